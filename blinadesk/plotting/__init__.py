"""Plots and printable documents built as matplotlib `Figure` objects (never pyplot, never Qt).

    from blinadesk.plotting.timeline import timeline_figure
    from blinadesk.plotting.swimmer import swimmer_figure
    from blinadesk.plotting.export import save_figure
    from blinadesk.plotting.report import write_report_pdf

`blinadesk.plotting.data` holds the plain dataclasses the plots take (standard library only, so the services
can fill them without importing matplotlib); nothing is imported here, so importing the package stays cheap.
"""
