"""REDCap and SDTM files of the demo ward: the columns the receiving tools expect, and the rows the record holds,
each patient named by the subject id of the trial's enrolment log (tests/interop/conftest.py)."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest

from blinadesk.interop.record import cycles_of, is_active, moment
from blinadesk.interop.redcap import DICTIONARY_FILE, DICTIONARY_HEADER, FIELDS, RECORDS_FILE, write_redcap
from blinadesk.interop.sdtm import DOMAINS, action_taken, study_day, write_sdtm
from tests.interop.conftest import AS_OF, Demo, write_log

REDCAP_HEADER = [
    "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
    "Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Type OR Show Slider Number",
    "Text Validation Min", "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
    "Required Field?", "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?",
    "Field Annotation",
]


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def redcap(demo: Demo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("redcap")
    write_redcap(demo.document, out, as_of=AS_OF, zone=UTC, enrolment=demo.enrolment)
    return out


@pytest.fixture(scope="module")
def sdtm(demo: Demo, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sdtm")
    write_sdtm(demo.document, out, as_of=AS_OF, zone=UTC, enrolment=demo.enrolment)
    return out


def test_redcap_dictionary_has_redcaps_exact_columns_and_valid_field_names(redcap: Path) -> None:
    header, rows = read_csv(redcap / DICTIONARY_FILE)
    assert header == REDCAP_HEADER == list(DICTIONARY_HEADER)
    assert rows[0]["Variable / Field Name"] == "record_id"  # REDCap: the first field is the record id
    names = [row["Variable / Field Name"] for row in rows]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]{0,25}", name) for name in names), names
    assert {row["Form Name"] for row in rows} == {"patient", "infusion_period", "daily_observation",
                                                  "marrow_result", "adverse_event"}
    for row in rows:
        if row["Field Type"] in ("dropdown", "radio"):
            assert all(re.fullmatch(r"[^,|]+, [^|]+", choice.strip())
                       for choice in row["Choices, Calculations, OR Slider Labels"].split("|"))


def test_redcap_records_use_repeating_instruments_for_the_demo_entries(demo: Demo, redcap: Path) -> None:
    header, rows = read_csv(redcap / RECORDS_FILE)
    assert header[:3] == ["record_id", "redcap_repeat_instrument", "redcap_repeat_instance"]
    field_names = {f.name for f in FIELDS}
    assert all(c in field_names or c.endswith("_complete") or c.startswith("redcap_") for c in header)
    patients = [p for p in demo.document["patients"] if is_active(p)]
    assert sum(1 for r in rows if not r["redcap_repeat_instrument"]) == len(patients)
    for patient in patients:
        mine = [r for r in rows if r["record_id"] == demo.subject(patient["mrn"])]
        for instrument, key in (("daily_observation", "observations"), ("marrow_result", "marrow_results"),
                                ("adverse_event", "adverse_events")):
            instances = [int(r["redcap_repeat_instance"]) for r in mine if r["redcap_repeat_instrument"] == instrument]
            assert instances == list(range(1, len([e for e in patient[key] if is_active(e)]) + 1)), instrument
    observations = [r for r in rows if r["redcap_repeat_instrument"] == "daily_observation"]
    assert observations and all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", r["obs_datetime"]) for r in observations)
    assert all(r["sex"] == "" for r in observations)  # a repeat row fills only its own instrument
    grades = {f.name: f.choices for f in FIELDS if f.kind == "dropdown"}
    for row in rows:
        for name, choices in grades.items():
            if row.get(name):
                assert row[name] in {c.split(",")[0].strip() for c in choices.split("|")}, (name, row[name])


def step_up_patient(demo: Demo) -> str:
    """An adult whose cycle 1 stepped up from 9 to 28 mcg/day before the export moment."""
    for patient in demo.document["patients"]:
        cycle = patient["courses"][0]["cycles"][0] if patient["courses"] else None
        if cycle and [p["rate_mcg_per_day"] for p in cycle["dose_periods"]][:2] == [9.0, 28.0] \
                and cycle["status"] == "completed":
            return str(patient["mrn"])
    raise AssertionError("the demo has no completed cycle-1 step-up from 9 to 28 mcg/day")


def test_sdtm_domains_have_their_variables(sdtm: Path) -> None:
    for name, columns in DOMAINS.items():
        header, rows = read_csv(sdtm / f"{name.lower()}.csv")
        assert header == list(columns)
        assert rows and {r["DOMAIN"] for r in rows} == {name}
    for variable in ("STUDYID", "DOMAIN", "USUBJID", "EXSEQ", "EXTRT", "EXDOSE", "EXDOSU", "EXDOSFRM", "EXROUTE",
                     "EXSTDTC", "EXENDTC"):
        assert variable in DOMAINS["EX"]
    for variable in ("AETERM", "AEDECOD", "AETOXGR", "AESTDTC", "AEENDTC", "AEACN"):
        assert variable in DOMAINS["AE"]


def test_sdtm_ex_has_a_row_per_constant_rate_period_so_the_step_up_is_a_new_row(demo: Demo, sdtm: Path) -> None:
    subject = demo.subject(step_up_patient(demo))
    _, rows = read_csv(sdtm / "ex.csv")
    mine = [r for r in rows if r["USUBJID"] == f"BLINADESK-01-{subject}"]
    first, second = mine[0], mine[1]
    assert (first["EXDOSE"], second["EXDOSE"]) == ("9", "28")
    assert first["EXDOSU"] == second["EXDOSU"] == "ug/day"
    assert first["EXENDTC"] == second["EXSTDTC"]  # the step-up moment ends one row and starts the next
    assert second["EXADJ"] == "STEP-UP" and first["EXSTDY"] == "1" and first["EXENDY"] == "8"
    assert [int(r["EXSEQ"]) for r in mine] == list(range(1, len(mine) + 1))
    assert all(r["EXROUTE"] == "INTRAVENOUS" and r["EXTRT"] == "BLINATUMOMAB" for r in mine)
    _, dm = read_csv(sdtm / "dm.csv")
    (dm_row,) = [r for r in dm if r["SUBJID"] == subject]
    assert dm_row["RFSTDTC"] == first["EXSTDTC"] and dm_row["ACTARMCD"] == "BLINA"
    assert len({r["USUBJID"] for r in dm}) == len(dm) == len(demo.document["patients"])


def test_sdtm_ex_never_lists_a_superseded_period_as_exposure(demo: Demo, sdtm: Path) -> None:
    _, rows = read_csv(sdtm / "ex.csv")
    superseded = 0
    for patient in demo.document["patients"]:
        expected = 0
        for course, cycle, _ in cycles_of(patient):
            if cycle["status"] == "planned" or not (is_active(cycle) and is_active(course)):
                continue
            started = [p for p in cycle["dose_periods"] if moment(p["starts_at"]) <= AS_OF]  # type: ignore[operator]
            expected += sum(1 for p in started if p["record_status"] == "active")
            superseded += sum(1 for p in started if p["record_status"] == "superseded")
        usubjid = f"BLINADESK-01-{demo.subject(patient['mrn'])}"
        assert sum(1 for r in rows if r["USUBJID"] == usubjid) == expected, patient["mrn"]
    assert superseded, "the demo has a planned period that an interruption superseded"


def test_sdtm_marrow_results_go_to_lb_and_responses_to_rs(demo: Demo, sdtm: Path) -> None:
    _, lb = read_csv(sdtm / "lb.csv")
    _, rs = read_csv(sdtm / "rs.csv")
    mrd = [r for r in lb if r["LBTESTCD"] == "MRD"]
    assert mrd and all(r["LBSPEC"] == "BONE MARROW" and r["LBSTRESU"] == "%" for r in mrd)
    assert any(r["LBMETHOD"] == "FLOW CYTOMETRY" for r in mrd)
    marrows = sum(1 for p in demo.document["patients"] for m in p["marrow_results"] if is_active(m))
    assert sum(1 for r in lb if r["LBTESTCD"] == "BLASTLE") == marrows
    assert {r["RSTESTCD"] for r in rs} == {"OVRLRESP", "MRDSTAT"}
    _, ae = read_csv(sdtm / "ae.csv")
    assert ae and all(r["AETOXGR"] in {"1", "2", "3", "4", "5"} for r in ae)
    assert {r["AEACN"] for r in ae} <= {"DRUG INTERRUPTED", "DRUG WITHDRAWN", "DOSE REDUCED", "DOSE NOT CHANGED",
                                        "UNKNOWN", ""}


def test_ae_action_and_study_day_rules() -> None:
    assert action_taken("interrupted; dexamethasone 8 mg every 8 hours") == \
        ("DRUG INTERRUPTED", "dexamethasone 8 mg every 8 hours")
    assert action_taken("none; monitored") == ("DOSE NOT CHANGED", "monitored")
    assert action_taken("permanently discontinued") == ("DRUG WITHDRAWN", "")
    assert action_taken(None) == ("", "")
    from datetime import date
    start = date(2026, 3, 1)
    assert [study_day(date(2026, 2, 28), start), study_day(start, start), study_day(date(2026, 3, 8), start)] == \
        ["-1", "1", "8"]


def test_export_commands_write_into_a_folder_and_refuse_to_overwrite(demo: Demo, tmp_path: Path) -> None:
    log = write_log(tmp_path / "enrolment.csv", demo.subjects)
    for command, name in (("export-redcap", RECORDS_FILE), ("export-sdtm", "ex.csv")):
        out = tmp_path / command
        run = [sys.executable, "-m", "blinadesk", "--db", demo.url, command, "--out", str(out), "--utc",
               "--enrolment-log", str(log)]
        first = subprocess.run(run, capture_output=True, text=True, timeout=120)
        assert first.returncode == 0, first.stderr
        assert (out / name).exists()
        second = subprocess.run(run, capture_output=True, text=True, timeout=120)
        assert second.returncode == 2 and "--force" in second.stderr
