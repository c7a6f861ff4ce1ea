"""The trial exports name patients by the enrolment log's subject id, never by MRN, name or birth date, and refuse
(writing nothing, in words, never a traceback) without a log, with a wrong log, or with a patient it misses."""

from __future__ import annotations

import csv
import io
import string
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from blinadesk.interop.enrolment import EnrolmentError, EnrolmentLog, parse_enrolment_log, read_enrolment_log
from blinadesk.interop.redcap import record_rows, write_redcap
from blinadesk.interop.sdtm import sdtm_tables, write_sdtm
from tests.interop.conftest import AS_OF, Demo, write_log


def _written(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file()) if folder.exists() else []


# --- the log ---------------------------------------------------------------------------------------------------

def test_a_log_maps_mrns_to_subject_ids_ignoring_blank_lines_a_bom_and_other_columns() -> None:
    text = "\ufeffMRN, Subject_ID ,initials\r\nBD-1,S-001,AB\r\n\r\n BD-2 , S-002 ,CD\r\n"
    assert parse_enrolment_log(text).subjects == {"BD-1": "S-001", "BD-2": "S-002"}


@pytest.mark.parametrize(("text", "words"), [
    ("mrn,subject_id\nBD-1,S-1\nBD-2,S-2\nBD-1,S-3\n", ["line 4", "BD-1", "line 2"]),
    ("mrn,subject_id\nBD-1,S-1\nBD-2,s-1\n", ["line 3", "subject id s-1", "line 2"]),
    ("mrn,subject_id\nBD-1,BD-1\n", ["line 2", "its own MRN"]),
    ("mrn,subject_id\nBD-1,BD-2\nBD-2,S-2\n", ["line 2", "the MRN of line 3"]),
    ("mrn,subject_id\nBD-1,\n", ["line 2", "subject id is empty"]),
    ("mrn,subject_id\n,S-1\n", ["line 2", "MRN is empty"]),
    ("BD-1,S-1\nBD-2,S-2\n", ["line 1", "header", "mrn or subject_id"]),
    ("mrn,subject_id\n", ["lists no patients"]),
    ("", ["empty"]),
    ("mrn,subject_id\nBD-1,S\u00001\n", ["line 2", "printable"]),
])
def test_a_wrong_log_is_refused_naming_the_line(text: str, words: list[str]) -> None:
    with pytest.raises(EnrolmentError) as refused:
        parse_enrolment_log(text, "log.csv")
    message = str(refused.value)
    assert all(word in message for word in words), message


def test_a_log_file_that_is_not_utf8_is_refused_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes("mrn,subject_id\nBD-1,S-1\nБД-2,S-2\n".encode("cp1251"))
    with pytest.raises(EnrolmentError, match="line 3: not UTF-8"):
        read_enrolment_log(path)
    with pytest.raises(EnrolmentError, match="does not exist"):
        read_enrolment_log(tmp_path / "absent.csv")


_ID = st.text(string.ascii_letters + string.digits + "-_./ ", min_size=1, max_size=12).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_ID, _ID, min_size=1, max_size=8))
def test_property_a_written_log_reads_back_as_written(mapping: dict[str, str]) -> None:
    keys = [value.casefold() for value in mapping.values()]
    assume(len(set(keys)) == len(keys) and not set(keys) & {mrn.casefold() for mrn in mapping})
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(("mrn", "subject_id"))
    writer.writerows(mapping.items())
    assert parse_enrolment_log(buffer.getvalue()).subjects == mapping


# --- the exports -----------------------------------------------------------------------------------------------

def test_without_a_log_neither_export_builds_or_writes_anything(demo: Demo, tmp_path: Path) -> None:
    for write in (write_sdtm, write_redcap):
        out = tmp_path / write.__name__
        with pytest.raises(EnrolmentError, match=r"enrolment log.*mrn,subject_id"):
            write(demo.document, out, as_of=AS_OF, zone=UTC)
        assert not out.exists()


def test_a_patient_missing_from_the_log_refuses_the_whole_export_naming_count_and_first_mrns(
        demo: Demo, tmp_path: Path) -> None:
    mrns = sorted(demo.subjects)
    assert len(mrns) > 7
    partial = EnrolmentLog({mrn: demo.subject(mrn) for mrn in mrns[7:]}, "log.csv")
    for write in (write_sdtm, write_redcap):
        out = tmp_path / write.__name__
        with pytest.raises(EnrolmentError) as refused:
            write(demo.document, out, as_of=AS_OF, zone=UTC, enrolment=partial)
        message = str(refused.value)
        assert message.startswith("7 patient(s)") and "and 2 more" in message and "nothing was written" in message
        assert all(mrn in message for mrn in mrns[:5]) and mrns[6] not in message
        assert not out.exists()


def test_a_subject_id_that_is_a_record_mrn_is_refused(demo: Demo) -> None:
    subjects = demo.subjects
    first, second = sorted(subjects)[:2]
    # Not an MRN of the log itself (that is refused on reading), but of a patient in the record.
    log = EnrolmentLog({**{m: s for m, s in subjects.items() if m != second}, first: second}, "log.csv")
    with pytest.raises(EnrolmentError, match=f"MRN {first} is the MRN of a patient"):
        sdtm_tables(demo.document, as_of=AS_OF, zone=UTC, enrolment=log)
    with pytest.raises(EnrolmentError, match="must not be an MRN"):
        record_rows(demo.document, as_of=AS_OF, zone=UTC, enrolment=log)


def _identifying(demo: Demo) -> list[str]:
    """Every MRN, name and birth date of the record, as they could appear in a file."""
    found = []
    for patient in demo.document["patients"]:
        found += [patient["mrn"], patient["family_name"], patient["given_name"], patient["birth_date"]]
    return found


def test_no_mrn_name_or_birth_date_appears_in_any_trial_file(demo: Demo, tmp_path: Path) -> None:
    write_sdtm(demo.document, tmp_path / "sdtm", as_of=AS_OF, zone=UTC, enrolment=demo.enrolment)
    write_redcap(demo.document, tmp_path / "redcap", as_of=AS_OF, zone=UTC, enrolment=demo.enrolment)
    files = _written(tmp_path)
    assert len(files) == 7
    for path in files:
        text = path.read_text(encoding="utf-8")
        leaked = [value for value in _identifying(demo) if value in text]
        assert not leaked, (path.name, leaked)
    dm = list(csv.DictReader((tmp_path / "sdtm" / "dm.csv").open(encoding="utf-8")))
    assert "BRTHDTC" not in dm[0] and any(row["AGE"] for row in dm)
    assert {row["SUBJID"] for row in dm} == set(demo.subjects.values())
    assert {row["USUBJID"] for row in dm} == {f"BLINADESK-01-{s}" for s in demo.subjects.values()}


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(string.ascii_uppercase + string.digits + "-", min_size=3, max_size=10), min_size=40,
                max_size=40, unique=True))
def test_property_every_subject_id_and_no_mrn_reaches_the_rows(demo: Demo, ids: list[str]) -> None:
    mrns = sorted(demo.subjects)
    assume(not any(mrn.casefold() in subject.casefold() for mrn in mrns for subject in ids))
    log = EnrolmentLog(dict(zip(mrns, ids, strict=False)), "log.csv")
    tables = sdtm_tables(demo.document, as_of=AS_OF, zone=UTC, enrolment=log)
    rows = record_rows(demo.document, as_of=AS_OF, zone=UTC, enrolment=log)
    assert {row["SUBJID"] for row in tables["DM"]} == set(log.subjects.values())
    assert {row["record_id"] for row in rows} == set(log.subjects.values())
    cells = [value for table in tables.values() for row in table for value in row.values()]
    cells += [value for row in rows for value in row.values()]
    assert not [cell for cell in cells for mrn in mrns if mrn in cell]


# --- the commands ----------------------------------------------------------------------------------------------

def _run(demo: Demo, command: str, out: Path, *more: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "blinadesk", "--db", demo.url, command, "--out", str(out), "--utc",
                           *more], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("command", ["export-redcap", "export-sdtm"])
def test_the_commands_refuse_in_words_and_write_nothing(demo: Demo, tmp_path: Path, command: str) -> None:
    mrns = sorted(demo.subjects)
    partial = write_log(tmp_path / "partial.csv", {m: demo.subject(m) for m in mrns[1:]})
    doubled = tmp_path / "doubled.csv"
    doubled.write_text(f"mrn,subject_id\n{mrns[0]},S-1\n{mrns[1]},S-1\n", encoding="utf-8")
    cases = [
        ((), ["needs the trial's enrolment log", "mrn,subject_id", "--enrolment-log FILE.csv"]),
        (("--enrolment-log", str(partial)), ["1 patient(s)", mrns[0], "nothing was written"]),
        (("--enrolment-log", str(doubled)), ["line 3", "subject id S-1", "nothing was written"]),
        (("--enrolment-log", str(tmp_path / "absent.csv")), ["does not exist"]),
    ]
    for number, (more, words) in enumerate(cases):
        out = tmp_path / f"out{number}"
        run = _run(demo, command, out, *more)
        assert run.returncode == 2, run.stderr
        assert all(word in run.stderr for word in words), run.stderr
        assert "Traceback" not in run.stderr and not out.exists()
    existing = tmp_path / "existing"
    existing.mkdir()
    assert _run(demo, command, existing).returncode == 2 and _written(existing) == []


def test_the_commands_write_the_trial_files_without_an_mrn(demo: Demo, tmp_path: Path) -> None:
    log = write_log(tmp_path / "enrolment.csv", demo.subjects)
    for command in ("export-redcap", "export-sdtm"):
        out = tmp_path / command
        run = _run(demo, command, out, "--enrolment-log", str(log))
        assert run.returncode == 0, run.stderr
        for path in _written(out):
            text = path.read_text(encoding="utf-8")
            assert not [mrn for mrn in demo.subjects if mrn in text], path.name
