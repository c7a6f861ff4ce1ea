"""`blinadesk plot timeline|swimmer`: the physician's plots, written headless to PNG, SVG or PDF.

Matplotlib and the use cases are imported inside the commands, so `blinadesk --help` never pays for them.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from blinadesk.cli import UserError

if TYPE_CHECKING:
    from blinadesk.services.cohort import CohortFilter
    from blinadesk.services.ward import Ward

FIGURE_SUFFIXES = (".png", ".svg", ".pdf")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def add_cohort_filters(parser: argparse.ArgumentParser) -> None:
    """The cohort filters shared by `plot swimmer` and `report cohort`."""
    parser.add_argument("--mrn-prefix", metavar="PREFIX", help="only MRNs starting with PREFIX, e.g. MSK17-")
    parser.add_argument("--indication", action="append", choices=("rr", "mrd", "consolidation"),
                        help="only courses for this indication (repeatable)")
    parser.add_argument("--age-group", choices=("child", "adult"), help="age at the first infusion (<18: child)")
    parser.add_argument("--from", dest="started_from", metavar="YYYY-MM-DD", type=_day,
                        help="first infusion on or after this day")
    parser.add_argument("--to", dest="started_to", metavar="YYYY-MM-DD", type=_day,
                        help="first infusion on or before this day")


def cohort_filter(args: argparse.Namespace) -> CohortFilter:
    from blinadesk.services.cohort import CohortFilter

    return CohortFilter(indications=tuple(args.indication or ()), age_group=args.age_group,
                        started_from=args.started_from, started_to=args.started_to, mrn_prefix=args.mrn_prefix)


@contextmanager
def reading_ward(args: argparse.Namespace) -> Iterator[Ward]:
    """The record named by --db (or the default), opened as it is, with every service error as a UserError."""
    from blinadesk.services.errors import ServiceError
    from blinadesk.services.ward import Ward
    from blinadesk.store import StoreError, open_database

    try:
        db = open_database(args.db, migrate=False, create=False)
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    try:
        yield Ward(db)
    except (ServiceError, StoreError) as exc:
        raise UserError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    finally:
        db.close()


def output_path(text: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(text).expanduser()
    if path.suffix.lower() not in suffixes:
        raise UserError(f"{path.name}: the file name must end in {', '.join(suffixes)}")
    if path.is_dir():
        raise UserError(f"{path} is a folder: give a file name")
    if not path.parent.exists():
        raise UserError(f"folder {path.parent} does not exist")
    return path


def _written(path: Path) -> None:
    print(f"written {path} ({path.stat().st_size} bytes)")


def run_timeline(args: argparse.Namespace) -> int:
    out = output_path(args.out, FIGURE_SUFFIXES)
    from blinadesk.plotting.export import save_figure
    from blinadesk.plotting.timeline import timeline_figure
    from blinadesk.services.reports import REPORT_READER, patient_id_for_mrn, timeline_data

    with reading_ward(args) as ward:
        patient_id = patient_id_for_mrn(ward, REPORT_READER, args.patient)
        data = timeline_data(ward, REPORT_READER, patient_id)
    try:
        save_figure(timeline_figure(data), out)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror}") from exc
    _written(out)
    return 0


def run_swimmer(args: argparse.Namespace) -> int:
    out = output_path(args.out, FIGURE_SUFFIXES)
    from blinadesk.plotting.export import save_figure
    from blinadesk.plotting.swimmer import swimmer_figure
    from blinadesk.services.cohort import cohort_swimmer
    from blinadesk.services.reports import REPORT_READER

    with reading_ward(args) as ward:
        data = cohort_swimmer(ward, REPORT_READER, cohort_filter(args))
    if not data.lanes:
        raise UserError("no patient matches these filters (none has started an infusion)")
    try:
        save_figure(swimmer_figure(data, sort=args.sort), out)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror}") from exc
    _written(out)
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    plot = subparsers.add_parser("plot", help="draw a patient's course timeline or a cohort swimmer plot",
                                 description="Draw the physician's plots to PNG, SVG or PDF (format from the name).")
    plots = plot.add_subparsers(dest="plot_command", metavar="PLOT", required=True)
    timeline = plots.add_parser("timeline", help="one patient's whole course on one page",
                                description="One patient's whole course on one page: cycles, doses, temperature, "
                                            "CRS/ICANS, neurological events, marrow and MRD, transplant and relapse.")
    timeline.add_argument("--patient", metavar="MRN", required=True, help="the patient's MRN")
    timeline.add_argument("--out", metavar="FILE", required=True, help="FILE.png, FILE.svg or FILE.pdf")
    timeline.set_defaults(func=run_timeline)
    swimmer = plots.add_parser("swimmer", help="one lane per patient of a cohort",
                               description="A swimmer plot of the cohort: one lane per patient from the first "
                                           "infusion, with responses, transplant, relapse and death.")
    swimmer.add_argument("--out", metavar="FILE", required=True, help="FILE.png, FILE.svg or FILE.pdf")
    swimmer.add_argument("--sort", choices=("time", "response"), default="time",
                         help="order of the lanes (default: time on treatment)")
    add_cohort_filters(swimmer)
    swimmer.set_defaults(func=run_swimmer)
