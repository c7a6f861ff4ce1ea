"""`blinadesk report patient|cohort`: the printable course report (A4 PDF) and the cohort summary (PDF or JSON).

Reports read the record and never write to it. Matplotlib is imported inside the commands only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from blinadesk.cli import UserError
from blinadesk.commands.plot import add_cohort_filters, cohort_filter, output_path, reading_ward


def run_patient(args: argparse.Namespace) -> int:
    out = output_path(args.out, (".pdf",))
    from blinadesk.plotting.report import write_report_pdf
    from blinadesk.plotting.timeline import timeline_figure
    from blinadesk.services.reports import REPORT_READER, patient_id_for_mrn, patient_report

    with reading_ward(args) as ward:
        report = patient_report(ward, REPORT_READER, patient_id_for_mrn(ward, REPORT_READER, args.patient))
    try:
        pages = write_report_pdf(report.document, out, figures=[timeline_figure(report.timeline)])
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror}") from exc
    print(f"written {out} ({pages} pages)")
    return 0


def run_cohort(args: argparse.Namespace) -> int:
    fmt = args.format or (Path(args.out).suffix.lower().lstrip(".") if args.out else "json")
    if fmt not in ("json", "pdf"):
        raise UserError(f"cannot tell the format from {args.out!r}: add --format json or --format pdf")
    if fmt == "pdf" and not args.out:
        raise UserError("a PDF needs a file: add --out FILE.pdf")
    out = output_path(args.out, (f".{fmt}",)) if args.out else None
    from blinadesk.services.cohort import read_cohort, summarise, summary_document, summary_json, swimmer_lanes
    from blinadesk.services.reports import REPORT_READER

    with reading_ward(args) as ward:
        record = read_cohort(ward, REPORT_READER, cohort_filter(args))
        summary = summarise(ward, record)
        lanes = swimmer_lanes(ward, record)
    try:
        if fmt == "json":
            text = json.dumps(summary_json(summary), ensure_ascii=False, indent=2) + "\n"
            if out is None:
                sys.stdout.write(text)
                return 0
            out.write_text(text, encoding="utf-8")
            print(f"written {out} ({summary.patients} patients, {len(summary.findings)} findings)")
            return 0
        assert out is not None
        from blinadesk.plotting.report import write_report_pdf
        from blinadesk.plotting.swimmer import swimmer_figure

        figures = [swimmer_figure(lanes, sort="response")] if lanes.lanes else []
        pages = write_report_pdf(summary_document(summary), out, figures=figures)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror}") from exc
    print(f"written {out} ({pages} pages, {summary.patients} patients, {len(summary.contradictions)} contradictions)")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser("report", help="a patient's course report or a cohort summary",
                                   description="Printable reports read from the record (nothing is written to it).")
    reports = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    patient = reports.add_parser("patient", help="a patient's course report, A4 PDF",
                                 description="A patient's course report: timeline, schedule, doses, toxicities, "
                                             "marrow results and the audit of corrections (A4 PDF).")
    patient.add_argument("--patient", metavar="MRN", required=True, help="the patient's MRN")
    patient.add_argument("--out", metavar="FILE.pdf", required=True)
    patient.set_defaults(func=run_patient)
    cohort = reports.add_parser("cohort", help="a cohort summary, with its consistency checks, as JSON or PDF",
                                description="Summarise a cohort from the record: patients, age, blast burden, "
                                            "responses, transplants, relapses, toxicities. Counts that contradict "
                                            "each other are flagged. JSON goes to standard output without --out.")
    cohort.add_argument("--format", choices=("json", "pdf"), help="default: from --out, else json")
    cohort.add_argument("--out", metavar="FILE", help="FILE.json or FILE.pdf")
    add_cohort_filters(cohort)
    cohort.set_defaults(func=run_cohort)
