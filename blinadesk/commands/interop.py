"""`blinadesk export-fhir`, `export-redcap`, `export-sdtm` and `import-patients`: data in the forms hospital
systems and trial sites read, and a patient list from a spreadsheet.

The REDCap and SDTM exports go to a trial, so they name patients by the trial's subject id: they need the
trial's enrolment log (--enrolment-log FILE.csv, columns mrn,subject_id) and refuse, writing nothing, without
it or when it misses a patient. The FHIR export is for the hospital's own systems and keeps the MRN.

Every export notes in the audit trail who took data out (as `blinadesk export` does). Times in REDCap and SDTM
files are in the ward's local time (this computer's zone unless --utc); FHIR carries UTC moments with their zone.
`run_export_fhir(args)` is also what `blinadesk export --format fhir` delegates to.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from blinadesk.cli import UserError

DEFAULT_EXPORT_USER = "export"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fhir = subparsers.add_parser(
        "export-fhir", help="write the record (or one patient) as an HL7 FHIR R4 Bundle (JSON)",
        description="Write a FHIR R4 Bundle (type collection): Patient, MedicationRequest per cycle, "
                    "MedicationAdministration per dose period with its rate in ug/d, vital-sign and grade "
                    "Observations, marrow DiagnosticReports and AdverseEvents.")
    fhir.add_argument("--patient", metavar="MRN", help="only this patient")
    add_fhir_options(fhir)
    fhir.add_argument("--out", metavar="FILE.json", type=Path, required=True, help="the Bundle file to write")
    _common(fhir)
    fhir.set_defaults(func=run_export_fhir)

    redcap = subparsers.add_parser(
        "export-redcap", help="write a REDCap data dictionary and records CSV (repeating instruments)",
        description="Write blinadesk_redcap_data_dictionary.csv (upload it in REDCap's Data Dictionary page) and "
                    "blinadesk_redcap_records.csv (import it with the Data Import Tool) into a folder.")
    redcap.add_argument("--out", metavar="DIR", type=Path, required=True, help="the folder to write into")
    _enrolment_option(redcap)
    _common(redcap, zone=True)
    redcap.set_defaults(func=run_export_redcap)

    sdtm = subparsers.add_parser(
        "export-sdtm", help="write CDISC SDTM-shaped CSV domains (DM, EX, AE, LB, RS)",
        description="Write dm.csv, ex.csv, ae.csv, lb.csv and rs.csv into a folder: one EX row per constant-rate "
                    "period of infusion, marrow blasts and MRD in LB, the marrow response in RS.")
    sdtm.add_argument("--out", metavar="DIR", type=Path, required=True, help="the folder to write into")
    sdtm.add_argument("--study-id", default="BLINADESK", help="STUDYID (default: BLINADESK)")
    sdtm.add_argument("--site-id", default="01", help="SITEID, also part of USUBJID (default: 01)")
    sdtm.add_argument("--country", default="", help="COUNTRY in DM, ISO 3166-1 alpha-3 (e.g. DEU)")
    _enrolment_option(sdtm)
    _common(sdtm, zone=True)
    sdtm.set_defaults(func=run_export_sdtm)

    importer = subparsers.add_parser(
        "import-patients", help="register the patients of a CSV list (all or nothing)",
        description="Check every row of a patient list as the Register patient form does; when all rows are "
                    "right, register them all in one step, else write nothing and name every problem "
                    "(row, field, message) with exit status 2. Columns: mrn, family_name, given_name, birth_date, "
                    "sex, ph_status, cd19_status, prior_hsct, marrow_blasts_at_start_pct, weight_kg, height_cm, "
                    "measured_on.")
    importer.add_argument("path", metavar="FILE.csv", type=Path)
    importer.add_argument("--dry-run", action="store_true", help="check the file only; write nothing")
    importer.add_argument("--user", default="import", help="who is importing, for the audit trail (default: import)")
    importer.set_defaults(func=run_import_patients)


def add_fhir_options(parser: argparse.ArgumentParser) -> None:
    """The FHIR options, for `blinadesk export --format fhir` to add to its own parser too."""
    from blinadesk.interop.fhir import DEFAULT_MRN_SYSTEM

    if not any("--mrn-system" in action.option_strings for action in parser._actions):
        parser.add_argument("--mrn-system", metavar="URI", default=DEFAULT_MRN_SYSTEM,
                            help="the hospital's identifier system for MRNs in Patient.identifier "
                                 f"(default: {DEFAULT_MRN_SYSTEM})")


def _enrolment_option(parser: argparse.ArgumentParser) -> None:
    # Not required by argparse, so that its absence is explained in words rather than a usage line.
    parser.add_argument("--enrolment-log", metavar="FILE.csv", type=Path,
                        help="the trial's enrolment log (needed): a UTF-8 CSV with the header mrn,subject_id; "
                             "patients are named by subject id, never by MRN")


def _enrolment(args: argparse.Namespace, export: str) -> Any:
    """The enrolment log of --enrolment-log; a user error when it is not given or is wrong."""
    from blinadesk.interop.enrolment import EnrolmentError, missing_log_message, read_enrolment_log

    path: Path | None = getattr(args, "enrolment_log", None)
    if path is None:
        raise UserError(f"{missing_log_message(export)} Give it with --enrolment-log FILE.csv.")
    try:
        return read_enrolment_log(path)
    except EnrolmentError as exc:
        raise UserError(f"{exc}; nothing was written") from exc


def _common(parser: argparse.ArgumentParser, *, zone: bool = False) -> None:
    parser.add_argument("--force", action="store_true", help="overwrite existing output")
    parser.add_argument("--user", default=DEFAULT_EXPORT_USER,
                        help=f"who is exporting, for the audit trail (default: {DEFAULT_EXPORT_USER})")
    if zone:
        parser.add_argument("--utc", action="store_true", help="write times in UTC instead of this computer's zone")


@contextmanager
def _record(args: argparse.Namespace, mrn: str | None = None) -> Iterator[tuple[Any, dict[str, Any]]]:
    """The open database and its exchange document; store problems and unknown MRNs become user errors."""
    from blinadesk.interop.record import read_record
    from blinadesk.store.database import open_database
    from blinadesk.store.errors import StoreError

    try:
        with open_database(args.db, create=False) as db:
            try:
                document = read_record(db, mrn=mrn)
            except LookupError as exc:
                raise UserError(str(exc.args[0])) from exc
            yield db, document
    except StoreError as exc:
        raise UserError(str(exc)) from exc


def _note_export(db: Any, user: str, kind: str, details: dict[str, Any]) -> None:
    from blinadesk.store import audit

    with db.unit_of_work(user=user) as session:
        audit.append_event(session, "export", user, details={"format": kind, **details})


def _zone(args: argparse.Namespace) -> tzinfo:
    if getattr(args, "utc", False):
        return UTC
    local = datetime.now().astimezone().tzinfo
    return local or UTC


def _writing(target: Path, write: Callable[[], Any]) -> Any:
    try:
        return write()
    except OSError as exc:
        raise UserError(f"cannot write {exc.filename or target}: {exc.strerror}") from exc


def _check_folder(out: Path, names: list[str], force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is a file; give a folder with --out DIR")
    existing = [name for name in names if (out / name).exists()]
    if existing and not force:
        raise UserError(f"{out} already holds {', '.join(existing)}; choose another folder or add --force")


def run_export_fhir(args: argparse.Namespace) -> int:
    from blinadesk.interop.fhir import DEFAULT_MRN_SYSTEM, bundle_text, fhir_bundle, resource_counts

    out: Path | None = getattr(args, "out", None)
    if out is None:
        raise UserError("give the Bundle file to write with --out FILE.json")
    if out.exists() and not args.force:
        raise UserError(f"{out} exists; choose another name or add --force to overwrite it")
    mrn = getattr(args, "patient", None)
    with _record(args, mrn) as (db, document):
        as_of = datetime.now(UTC)
        bundle = fhir_bundle(document, as_of=as_of, mrn_system=getattr(args, "mrn_system", DEFAULT_MRN_SYSTEM))
        _writing(out, lambda: out.write_text(bundle_text(bundle), encoding="utf-8"))
        counts = resource_counts(bundle)
        _note_export(db, args.user or DEFAULT_EXPORT_USER, "fhir", {"patients": counts.get("Patient", 0), "mrn": mrn})
    summary = ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
    print(f"wrote a FHIR R4 Bundle to {out}: {summary}", file=sys.stderr)
    return 0


def run_export_redcap(args: argparse.Namespace) -> int:
    from blinadesk.interop.enrolment import EnrolmentError
    from blinadesk.interop.redcap import DICTIONARY_FILE, RECORDS_FILE, write_redcap

    out: Path = args.out
    _check_folder(out, [DICTIONARY_FILE, RECORDS_FILE], args.force)
    enrolment = _enrolment(args, "REDCap")
    with _record(args) as (db, document):
        try:
            counts = _writing(out, lambda: write_redcap(document, out, as_of=datetime.now(UTC), zone=_zone(args),
                                                        enrolment=enrolment))
        except EnrolmentError as exc:
            raise UserError(str(exc)) from exc
        _note_export(db, args.user, "redcap", {"patients": len(document["patients"])})
    print(f"wrote {out / DICTIONARY_FILE} ({counts[DICTIONARY_FILE]} fields) and {out / RECORDS_FILE} "
          f"({counts[RECORDS_FILE]} rows)", file=sys.stderr)
    return 0


def run_export_sdtm(args: argparse.Namespace) -> int:
    from blinadesk.interop.enrolment import EnrolmentError
    from blinadesk.interop.sdtm import DOMAINS, Study, write_sdtm

    out: Path = args.out
    _check_folder(out, [f"{name.lower()}.csv" for name in DOMAINS], args.force)
    study = Study(study_id=args.study_id, site_id=args.site_id, country=args.country)
    enrolment = _enrolment(args, "SDTM")
    with _record(args) as (db, document):
        try:
            counts = _writing(out, lambda: write_sdtm(document, out, as_of=datetime.now(UTC), zone=_zone(args),
                                                      study=study, enrolment=enrolment))
        except EnrolmentError as exc:
            raise UserError(str(exc)) from exc
        _note_export(db, args.user, "sdtm", {"patients": len(document["patients"]), "study": study.study_id})
    summary = ", ".join(f"{name} {count}" for name, count in counts.items())
    print(f"wrote SDTM-shaped domains to {out}: {summary} rows", file=sys.stderr)
    return 0


def run_import_patients(args: argparse.Namespace) -> int:
    from blinadesk.interop.patient_csv import PatientImportRejected, import_patients, read_patient_file
    from blinadesk.services.ward import Ward
    from blinadesk.store.database import open_database
    from blinadesk.store.errors import StoreError

    path: Path = args.path
    try:
        text = read_patient_file(path)
    except FileNotFoundError as exc:
        raise UserError(f"{path} does not exist") from exc
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        with open_database(args.db) as db:
            report = import_patients(Ward(db), text, source=path.name, user=args.user, dry_run=args.dry_run)
    except PatientImportRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"blinadesk: {path} was refused ({len(exc.problems)} problem(s) above); nothing was imported",
              file=sys.stderr)
        return 2
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    if report.dry_run:
        print(f"{path}: all {report.patients} patients ({report.measurements} measurements) are correct; "
              "nothing was written (--dry-run)", file=sys.stderr)
    else:
        print(f"registered {report.patients} patients ({report.measurements} measurements) from {path}",
              file=sys.stderr)
    return 0
