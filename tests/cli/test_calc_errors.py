"""Bad input to `blinadesk calc`: exit status 2, nothing on standard output, one line per problem on
standard error naming the field, never a traceback (contract: ../shared/contracts/calc.md).

A validation script or a pharmacist must never get a number out of a typing error, and must be told which
field is wrong. The bad objects of one kind are sent as one list (one process per kind, to keep the run
fast) and each case is checked on the lines the command prefixes with that element's index; the
single-object form and the inputs that are not a list of objects run on their own.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from blinadesk.resources import resource_path

from .calcrun import CalcRun, rejection_problems, run_calc, run_many
from .inputs import CRS, DOSE, FEVER, GUIDANCE, ICANS, ICANS_CHILD, INTERRUPTION, RESPONSE, SCHEDULE, edit


def has_label(edition: str) -> bool:
    return resource_path("labels", f"{edition}.toml").is_file()


@dataclass(frozen=True)
class Bad:
    name: str
    kind: str
    payload: Any
    field: str | tuple[str, ...]  # the field the message must name (any of them, if several)
    needs_label: str = ""


BAD = [
    # unknown, missing and mistyped fields
    Bad("unknown field", "dose", edit(DOSE, weigth_kg=70), "weigth_kg"),
    Bad("missing required field", "dose", edit(DOSE, drop=("cycle_day",)), "cycle_day"),
    Bad("missing weight", "schedule", edit(SCHEDULE, drop=("weight_kg",)), "weight_kg"),
    Bad("string for a number", "dose", edit(DOSE, weight_kg="70"), "weight_kg"),
    Bad("bool for a number", "fever", edit(FEVER, temperature_c=True), "temperature_c"),
    Bad("float for cycle", "dose", edit(DOSE, cycle=1.5), "cycle"),
    Bad("float for cycles", "schedule", edit(SCHEDULE, cycles=2.5), "cycles"),
    Bad("null for a required number", "dose", edit(DOSE, weight_kg=None), "weight_kg"),
    Bad("NaN is not a number", "dose", edit(DOSE, weight_kg=math.nan), ("weight_kg", "input")),
    Bad("Infinity is not a temperature", "fever", edit(FEVER, temperature_c=math.inf), ("temperature_c", "input")),
    Bad("a list element that is not an object", "fever", "38.5", "input"),
    Bad("text for a bool", "crs", edit(CRS, hypotension="yes"), "hypotension"),
    Bad("date in the wrong format", "schedule", edit(SCHEDULE, start_date="05/01/2026"), "start_date"),
    Bad("impossible date", "schedule", edit(SCHEDULE, birth_date="2010-02-30"), "birth_date"),
    Bad("string for the oxygen object", "crs", edit(CRS, oxygen="nasal cannula"), "oxygen"),
    Bad("text for the vasopressor list", "crs", edit(CRS, vasopressors="norepinephrine"), "vasopressors"),
    # out of physiological range
    Bad("weight 0", "dose", edit(DOSE, weight_kg=0), "weight_kg"),
    Bad("weight 351", "dose", edit(DOSE, weight_kg=351), "weight_kg"),
    Bad("negative weight", "schedule", edit(SCHEDULE, weight_kg=-20), "weight_kg"),
    Bad("height 10 cm", "dose", edit(DOSE, height_cm=10), "height_cm"),
    Bad("height 300 cm", "schedule", edit(SCHEDULE, height_cm=300), "height_cm"),
    Bad("temperature 51", "fever", edit(FEVER, temperature_c=51), "temperature_c"),
    Bad("CRS temperature 51", "crs", edit(CRS, temperature_c=51), "temperature_c"),
    Bad("negative fever duration", "fever", {"temperature_c": 40.5, "duration_hours": -1}, "duration_hours"),
    Bad("blasts 101 %", "response", edit(RESPONSE, marrow_blasts_pct=101), "marrow_blasts_pct"),
    Bad("negative ANC", "response", edit(RESPONSE, anc_per_ul=-1), "anc_per_ul"),
    Bad("MRD fraction 1.5", "response", edit(RESPONSE, mrd_fraction=1.5), "mrd_fraction"),
    Bad("MRD given in percent as text", "response", edit(RESPONSE, mrd_fraction="0.01 %"), "mrd_fraction"),
    Bad("ICE 11", "icans", edit(ICANS, ice_score=11), "ice_score"),
    Bad("ICE -1", "icans", edit(ICANS, ice_score=-1), "ice_score"),
    Bad("CAPD 33", "icans", edit(ICANS_CHILD, capd_score=33), "capd_score"),
    Bad("oxygen flow 100 L/min", "crs", edit(CRS, oxygen={"device": "facemask", "flow_l_min": 100}),
        "oxygen.flow_l_min"),
    Bad("age 130", "icans", edit(ICANS, age_years=130), "age_years"),
    # what the label covers
    Bad("unknown indication", "dose", edit(DOSE, indication="aml"), "indication"),
    Bad("unknown indication in a schedule", "schedule", edit(SCHEDULE, indication="ALL"), "indication"),
    Bad("unknown label", "dose", edit(DOSE, label="us-1999"), "label"),
    Bad("unknown label in a schedule", "schedule", edit(SCHEDULE, label="US-2024"), "label"),
    Bad("rr 10 cycles under us-2024", "schedule", edit(SCHEDULE, cycles=10, label="us-2024"), "cycles"),
    Bad("cycle 10 under us-2024", "dose", edit(DOSE, cycle=10, label="us-2024"), "cycle"),
    Bad("mrd 5 cycles under us-2024", "schedule", edit(SCHEDULE, indication="mrd", cycles=5), "cycles"),
    Bad("zero cycles", "schedule", edit(SCHEDULE, cycles=0), "cycles"),
    Bad("rr 6 cycles under us-2014", "schedule", edit(SCHEDULE, cycles=6, label="us-2014"), "cycles", "us-2014"),
    Bad("rr cycle 6 under us-2014", "dose", edit(DOSE, cycle=6, label="us-2014"), "cycle", "us-2014"),
    Bad("mrd under us-2014 (not yet approved)", "dose", edit(DOSE, indication="mrd", label="us-2014"),
        "indication", "us-2014"),
    Bad("consolidation under us-2018 (approved 2024)", "schedule",
        edit(SCHEDULE, indication="consolidation", label="us-2018"), "indication", "us-2018"),
    Bad("cycle 0", "dose", edit(DOSE, cycle=0), "cycle"),
    Bad("cycle_day 0", "dose", edit(DOSE, cycle_day=0), "cycle_day"),
    Bad("cycle_day 29", "dose", edit(DOSE, cycle_day=29), "cycle_day"),
    Bad("30 kg child under us-2014 (>= 45 kg only), dose", "dose",
        edit(DOSE, label="us-2014", weight_kg=30, height_cm=135), "weight_kg", "us-2014"),
    Bad("30 kg child under us-2014 (>= 45 kg only), schedule", "schedule",
        edit(SCHEDULE, label="us-2014", weight_kg=30, height_cm=135, birth_date="2016-01-01"), "weight_kg",
        "us-2014"),
    Bad("44.9 kg under us-2014", "dose", edit(DOSE, label="us-2014", weight_kg=44.9), "weight_kg", "us-2014"),
    Bad("a 16-year-old of 60 kg under us-2014 (adults only)", "schedule",
        edit(SCHEDULE, label="us-2014", weight_kg=60, height_cm=170, birth_date="2010-01-01"), "birth_date",
        "us-2014"),
    Bad("birth date after the start date", "schedule", edit(SCHEDULE, birth_date="2026-01-06"), "birth_date"),
    # CRS inputs
    Bad("misspelt nested oxygen field", "crs", edit(CRS, oxygen={"device": "nasal_cannula", "flwo_l_min": 2}),
        "oxygen.flwo_l_min"),
    Bad("missing oxygen device", "crs", edit(CRS, oxygen={"flow_l_min": 2}), "oxygen.device"),
    Bad("unknown oxygen device", "crs", edit(CRS, oxygen={"device": "hood", "flow_l_min": 2}), "oxygen.device"),
    Bad("unknown vasopressor", "crs", edit(CRS, vasopressors=["norepinephrine", "dopamin"]), "vasopressors[1]"),
    Bad("a number in the vasopressor list", "crs", edit(CRS, vasopressors=[1]), "vasopressors[0]"),
    Bad("flow with device none", "crs", edit(CRS, oxygen={"device": "none", "flow_l_min": 4}), "oxygen.flow_l_min"),
    Bad("missing hypotension", "crs", edit(CRS, drop=("hypotension",)), "hypotension"),
    # ICANS inputs
    Bad("both ICE and CAPD", "icans", edit(ICANS, capd_score=3), ("capd_score", "ice_score")),
    Bad("neither ICE nor CAPD", "icans", edit(ICANS, drop=("ice_score",)), ("ice_score", "capd_score")),
    Bad("ICE for a 5-year-old", "icans", edit(ICANS, age_years=5, ice_score=8), "ice_score"),
    Bad("ICE for an 11.9-year-old", "icans", edit(ICANS, age_years=11.9, ice_score=8), "ice_score"),
    Bad("unknown consciousness", "icans", edit(ICANS, consciousness="asleep"), "consciousness"),
    Bad("unknown seizure", "icans", edit(ICANS, seizure="tonic-clonic"), "seizure"),
    Bad("unknown motor", "icans", edit(ICANS, motor="weak"), "motor"),
    Bad("unknown oedema", "icans", edit(ICANS, cerebral_edema="yes"), "cerebral_edema"),
    # the extensions
    Bad("interruption ends before it starts", "interruption",
        edit(INTERRUPTION, interruption_end="2026-01-07T07:00"), "interruption_end"),
    Bad("infused hours beyond 28 days", "interruption", edit(INTERRUPTION, infused_hours_before=672),
        "infused_hours_before"),
    Bad("interruption cycle beyond the label", "interruption", edit(INTERRUPTION, cycle=10), "cycle"),
    Bad("unknown adverse event", "guidance", edit(GUIDANCE, event="rash"), "event"),
    Bad("guidance grade 7", "guidance", edit(GUIDANCE, grade=7), "grade"),
    Bad("guidance weight 0", "guidance", edit(GUIDANCE, weight_kg=0), "weight_kg"),
]


def _param(bad: Bad) -> Any:
    marks = [pytest.mark.skip(reason=f"label edition {bad.needs_label} is not written yet")] \
        if bad.needs_label and not has_label(bad.needs_label) else []
    return pytest.param(bad, id=f"{bad.kind}-{bad.name}", marks=marks)


GOOD = {"dose": [DOSE], "schedule": [SCHEDULE], "fever": [FEVER], "crs": [CRS], "icans": [ICANS, ICANS_CHILD],
        "response": [RESPONSE], "interruption": [INTERRUPTION], "guidance": [GUIDANCE]}


class Rejections:
    """The bad objects of each kind sent as one list; each case keeps its element index.

    The good base objects the bad ones were made from ride along at the end of each list: they must get
    no problem line, which shows that each bad case differs from a valid input in the one field it tests.
    """

    def __init__(self, workdir: Path) -> None:
        by_kind: dict[str, list[Bad]] = {kind: [] for kind in GOOD}
        for bad in BAD:
            by_kind[bad.kind].append(bad)
        runs = run_many([functools.partial(run_calc, kind, [b.payload for b in group] + GOOD[kind], cwd=workdir)
                         for kind, group in by_kind.items()])
        self.found: dict[str, tuple[CalcRun, int | None]] = {}
        self.good: dict[str, tuple[CalcRun, range]] = {}
        retry = []
        for (kind, group), run in zip(by_kind.items(), runs, strict=True):
            self.good[kind] = (run, range(len(group), len(group) + len(GOOD[kind])))
            if run.returncode == 2 and run.stdout == "" and "Traceback" not in run.stderr:
                self.found.update({b.name: (run, i) for i, b in enumerate(group)})
            else:  # the list as a whole misbehaved: run each case alone to pin the one at fault
                retry.extend(group)
        singles = run_many([functools.partial(run_calc, b.kind, b.payload, cwd=workdir) for b in retry])
        self.found.update({b.name: (run, None) for b, run in zip(retry, singles, strict=True)})


@pytest.fixture(scope="session")
def rejections(tmp_path_factory: pytest.TempPathFactory) -> Rejections:
    return Rejections(tmp_path_factory.mktemp("calc-errors"))


@pytest.mark.parametrize("bad", [_param(b) for b in BAD])
def test_bad_input_is_rejected_naming_the_field(bad: Bad, rejections: Rejections) -> None:
    run, element = rejections.found[bad.name]
    problems = rejection_problems(run, bad.field, element)
    assert not problems, f"{bad.name}: {problems}\n{run.describe()}"


def test_bad_case_names_are_unique() -> None:
    assert len({b.name for b in BAD}) == len(BAD)


@pytest.mark.parametrize("kind", list(GOOD))
def test_the_good_base_inputs_get_no_problem_line(kind: str, rejections: Rejections) -> None:
    """The bad cases differ from these in one field only: the rest of each bad object is valid."""
    run, elements = rejections.good[kind]
    for element in elements:
        own = [line for line in run.stderr.splitlines() if line.startswith(f"blinadesk: calc {kind}: [{element}].")]
        assert not own, f"the valid base input {GOOD[kind][element - elements.start]} was refused: {own}"


# ---------------------------------------------------------------------------------------------- whole inputs


@pytest.mark.parametrize(("kind", "text"), [
    pytest.param("dose", '{"indication": "rr", "weight_kg": 70,', id="invalid-json"),
    pytest.param("dose", "", id="empty-input"),
    pytest.param("fever", '"38.5"', id="a-json-string-not-an-object"),
])
def test_input_that_is_not_a_json_object_is_rejected_as_input(calc: Any, kind: str, text: str) -> None:
    run = calc(kind, text=text)
    problems = rejection_problems(run, "input")
    assert not problems, f"{problems}\n{run.describe()}"


def test_single_object_error_has_no_list_index_and_says_what_is_allowed(calc: Any) -> None:
    run = calc("dose", edit(DOSE, weight_kg=0))
    assert not rejection_problems(run, "weight_kg"), run.describe()
    assert run.stderr.startswith("blinadesk: calc dose: weight_kg: ")
    assert "0.5" in run.stderr and "350" in run.stderr, "the message should give the allowed range"


def test_in_a_list_only_the_bad_elements_are_reported_and_nothing_is_output(calc: Any) -> None:
    """A validation script must not get a partial list it could mistake for the full answer."""
    run = calc("dose", [DOSE, 5, edit(DOSE, cycle_day=29), edit(DOSE, cycle_day=8)])
    assert not rejection_problems(run, "input", element=1), run.describe()
    assert not rejection_problems(run, "cycle_day", element=2), run.describe()
    assert len(run.stderr.splitlines()) == 2, "the valid elements 0 and 3 must not be reported"


def test_every_problem_of_an_object_gets_its_own_line(calc: Any) -> None:
    run = calc("dose", {"indication": "rr", "weigth_kg": 70, "height_cm": "tall", "cycle": 1})
    assert not rejection_problems(run, "weigth_kg"), run.describe()
    lines = run.stderr.splitlines()
    assert len(lines) == 4, run.stderr
    for field in ("weigth_kg", "weight_kg", "height_cm", "cycle_day"):
        assert any(line.startswith(f"blinadesk: calc dose: {field}: ") for line in lines), (field, lines)


def test_input_file_that_does_not_exist_is_rejected(calc: Any, tmp_path: Path) -> None:
    run = calc("dose", args=["--input", str(tmp_path / "missing.json")])
    problems = rejection_problems(run, "input")
    assert not problems, f"{problems}\n{run.describe()}"


def test_input_file_that_is_not_utf8_is_rejected(calc: Any, tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"temperature_c": 38.5, "note": "\xe9"}')
    run = calc("fever", args=["--input", str(path)])
    problems = rejection_problems(run, "input")
    assert not problems, f"{problems}\n{run.describe()}"


# ---------------------------------------------------------------------------------------------- engine bugs


def test_an_absurdly_long_number_is_rejected_naming_the_field(calc: Any) -> None:
    run = calc("dose", text='{"indication": "rr", "weight_kg": 1' + "0" * 400 + ', "height_cm": 175, '
                            '"cycle": 1, "cycle_day": 1}')
    problems = rejection_problems(run, "weight_kg")
    assert not problems, f"{problems}\n{run.describe()}"
