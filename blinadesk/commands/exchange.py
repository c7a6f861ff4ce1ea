"""`blinadesk export` and `blinadesk import`: the record as a JSON document (or CSV tables) and back.

Import refuses the whole file when anything in it is wrong, naming every rejected item and field on
standard error (exit status 2), and writes nothing: a half-imported patient is worse than none.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from blinadesk.cli import UserError
from blinadesk.services.exchange import (
    DEFAULT_IMPORT_USER,
    ImportRejected,
    document_text,
    export_record,
    import_document,
    read_document,
    write_csv_tables,
)
from blinadesk.store.database import open_database
from blinadesk.store.errors import StoreError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser(
        "export", help="write the record (or one patient) as JSON, or as CSV files for a spreadsheet",
        description="Write the clinical record as a versioned JSON document (default: standard output) or as "
                    "one CSV file per table into a folder (--format csv --out DIR).")
    export.add_argument("--patient", metavar="MRN", help="only this patient")
    export.add_argument("--format", choices=("json", "csv", "fhir"), default="json",
                        help="json (re-importable), csv (one file per table) or fhir (an HL7 FHIR R4 Bundle)")
    export.add_argument("--out", metavar="PATH", type=Path,
                        help="file (json) or folder (csv) to write; json goes to standard output without it")
    export.add_argument("--no-timestamp", action="store_true",
                        help="leave exported_at out, so two exports of the same record are identical")
    export.add_argument("--force", action="store_true", help="overwrite an existing output file")
    export.add_argument("--user", default="export", help="who is exporting, for the audit trail (default: export)")
    export.set_defaults(func=run_export)
    from blinadesk.commands.interop import add_fhir_options

    add_fhir_options(export)

    importer = subparsers.add_parser(
        "import", help="add the patients of an export file to the record (all or nothing)",
        description="Check the whole file, then add all of its patients in one audited step, or none of them.")
    importer.add_argument("path", metavar="PATH", type=Path, help="a JSON file written by `blinadesk export`")
    importer.add_argument("--user", default=DEFAULT_IMPORT_USER,
                          help=f"who is importing, for the audit trail (default: {DEFAULT_IMPORT_USER})")
    importer.set_defaults(func=run_import)


def run_export(args: argparse.Namespace) -> int:
    if args.format == "fhir":
        from blinadesk.commands.interop import run_export_fhir

        return run_export_fhir(args)
    out: Path | None = args.out
    if args.format == "csv" and out is None:
        raise UserError("--format csv writes one file per table: give the folder with --out DIR")
    if args.format == "json" and out is not None and out.exists() and not args.force:
        raise UserError(f"{out} exists; choose another name or add --force to overwrite it")
    if args.format == "csv" and out is not None and out.exists() and not out.is_dir():
        raise UserError(f"{out} is a file; --format csv needs a folder")
    try:
        with open_database(args.db, create=False) as db:
            document = export_record(db, mrn=args.patient, timestamp=not args.no_timestamp, user=args.user)
    except LookupError as exc:
        raise UserError(str(exc.args[0])) from exc
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    try:
        if args.format == "csv":
            assert out is not None
            counts = write_csv_tables(document, out)
            print(f"wrote {len(counts)} CSV files to {out} ({counts['patients']} patients)", file=sys.stderr)
        elif out is None:
            sys.stdout.write(document_text(document))
        else:
            out.write_text(document_text(document), encoding="utf-8")
            print(f"wrote {len(document['patients'])} patients to {out}", file=sys.stderr)
    except OSError as exc:
        raise UserError(f"cannot write {exc.filename or out}: {exc.strerror}") from exc
    return 0


def run_import(args: argparse.Namespace) -> int:
    path: Path = args.path
    try:
        document = read_document(path)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    try:
        with open_database(args.db) as db:
            report = import_document(db, document, source=str(path), user=args.user)
    except ImportRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"blinadesk: {path} was refused ({len(exc.problems)} problem(s) above); nothing was imported",
              file=sys.stderr)
        return 2
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    print(f"imported {report.patients} patients ({report.rows} entries) from {path}", file=sys.stderr)
    return 0
