"""The trial's enrolment log: which study subject id each patient (by hospital MRN) has in the trial.

Trial files (REDCap, SDTM) leave the hospital, so they must name a patient by the study's subject id, never
by the medical record number, which identifies the patient directly. The trial coordinator keeps the log as a
CSV file (UTF-8, header row required) with the columns `mrn` and `subject_id`; other columns are ignored.

A log is refused, naming the line, when a line misses either value, when an MRN or a subject id is listed
twice, or when a subject id is an MRN (its own or another patient's): such a log would put the MRN back into
the trial files. An export is refused when any patient it holds has no subject id in the log; nothing is
written then. Every refusal is an EnrolmentError (a ValueError) whose text is meant for the user.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from blinadesk.interop.record import is_active

MRN_COLUMN = "mrn"
SUBJECT_COLUMN = "subject_id"
MAX_SUBJECT_ID = 40
SHOWN_MRNS = 5  # how many unlisted MRNs a refusal names


class EnrolmentError(ValueError):
    """A missing or wrong enrolment log, or a patient it does not list; the message is for the user."""


def missing_log_message(export: str) -> str:
    return (f"the {export} export needs the trial's enrolment log: a CSV file with the columns "
            f"{MRN_COLUMN},{SUBJECT_COLUMN} (from the trial coordinator) giving each patient's study subject id; "
            "trial files name patients by subject id, never by MRN. Nothing was written.")


def _key(value: str) -> str:
    return value.strip().casefold()


@dataclass(frozen=True)
class EnrolmentLog:
    """MRN -> study subject id, as read from `source` (a file name, for messages)."""

    subjects: Mapping[str, str]
    source: str = "the enrolment log"

    def subject_ids(self, patients: Iterable[Mapping[str, Any]]) -> dict[str, str]:
        """MRN -> subject id for the active patients of `patients` (a document's, entered-in-error ones too);
        EnrolmentError when one is not listed or a subject id equals the MRN of any of them."""
        everyone = list(patients)
        mrns = {_key(str(p["mrn"])): str(p["mrn"]) for p in everyone}
        for mrn, subject in self.subjects.items():
            if _key(subject) in mrns:
                raise EnrolmentError(f"{self.source}: the subject id of MRN {mrn} is the MRN of a patient in the "
                                     "record; a subject id must not be an MRN. Nothing was written.")
        patients = [p for p in everyone if is_active(p)]
        unlisted = sorted(str(p["mrn"]) for p in patients if str(p["mrn"]) not in self.subjects)
        if unlisted:
            shown = ", ".join(unlisted[:SHOWN_MRNS])
            more = f" and {len(unlisted) - SHOWN_MRNS} more" if len(unlisted) > SHOWN_MRNS else ""
            raise EnrolmentError(f"{len(unlisted)} patient(s) to export have no subject id in {self.source}: "
                                 f"MRN {shown}{more}. Add them to the log; nothing was written.")
        return {str(p["mrn"]): self.subjects[str(p["mrn"])] for p in patients}


def require_log(log: EnrolmentLog | None, export: str) -> EnrolmentLog:
    if log is None:
        raise EnrolmentError(missing_log_message(export))
    return log


def parse_enrolment_log(text: str, source: str = "the enrolment log") -> EnrolmentLog:
    """The log in `text` (already decoded); EnrolmentError naming the line of the first problem."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        header = next(reader, None)
        while header is not None and not any(cell.strip() for cell in header):
            header = next(reader, None)
        if header is None:
            raise EnrolmentError(f"{source} is empty; it needs a header line {MRN_COLUMN},{SUBJECT_COLUMN} "
                                 "and a line per enrolled patient")
        names = [cell.strip().lower() for cell in header]
        absent = [column for column in (MRN_COLUMN, SUBJECT_COLUMN) if column not in names]
        if absent:
            raise EnrolmentError(f"{source}, line {reader.line_num}: the header has no {' or '.join(absent)} "
                                 f"column; the first line must name the columns {MRN_COLUMN},{SUBJECT_COLUMN}")
        for column in (MRN_COLUMN, SUBJECT_COLUMN):
            if names.count(column) > 1:
                raise EnrolmentError(f"{source}, line {reader.line_num}: the header names {column} twice")
        mrn_at, subject_at = names.index(MRN_COLUMN), names.index(SUBJECT_COLUMN)
        subjects: dict[str, str] = {}
        mrn_lines: dict[str, int] = {}
        subject_lines: dict[str, tuple[int, str]] = {}
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            mrn = row[mrn_at].strip() if mrn_at < len(row) else ""
            subject = row[subject_at].strip() if subject_at < len(row) else ""
            if not mrn or not subject:
                raise EnrolmentError(f"{source}, line {line}: {'the MRN' if not mrn else 'the subject id'} "
                                     "is empty")
            if len(subject) > MAX_SUBJECT_ID or not subject.isprintable():
                raise EnrolmentError(f"{source}, line {line}: the subject id must be printable text of at most "
                                     f"{MAX_SUBJECT_ID} characters")
            if mrn in mrn_lines:
                raise EnrolmentError(f"{source}, line {line}: MRN {mrn} is listed again (first on line "
                                     f"{mrn_lines[mrn]}); each patient has one subject id")
            if _key(subject) in subject_lines:
                first, _ = subject_lines[_key(subject)]
                raise EnrolmentError(f"{source}, line {line}: subject id {subject} is listed again (first on line "
                                     f"{first}); each subject id belongs to one patient")
            mrn_lines[mrn] = line
            subject_lines[_key(subject)] = (line, mrn)
            subjects[mrn] = subject
    except csv.Error as exc:
        raise EnrolmentError(f"{source}, line {reader.line_num}: not a readable CSV line ({exc})") from exc
    mrns = {_key(mrn): mrn for mrn in subjects}
    for key, (line, mrn) in subject_lines.items():
        if key in mrns:
            other = "its own MRN" if mrns[key] == mrn else f"the MRN of line {mrn_lines[mrns[key]]}"
            raise EnrolmentError(f"{source}, line {line}: the subject id of MRN {mrn} is {other}; a subject id "
                                 "must not be an MRN")
    if not subjects:
        raise EnrolmentError(f"{source} lists no patients (only the header)")
    return EnrolmentLog(subjects, source)


def read_enrolment_log(path: Path) -> EnrolmentLog:
    """The log file at `path`; EnrolmentError when it cannot be read, is not UTF-8 or is wrong."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise EnrolmentError(f"the enrolment log {path} does not exist") from exc
    except OSError as exc:
        raise EnrolmentError(f"cannot read the enrolment log {path}: {exc.strerror}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise EnrolmentError(f"{path}, line {line}: not UTF-8 text; save the enrolment log as CSV UTF-8") from exc
    return parse_enrolment_log(text, str(path))


__all__ = ["EnrolmentError", "EnrolmentLog", "missing_log_message", "parse_enrolment_log", "read_enrolment_log",
           "require_log"]
