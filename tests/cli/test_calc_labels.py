"""`blinadesk calc labels`, the default edition, and the traceability of every output to its rule set.

A pharmacist verifying a dose against the label needs to know which edition produced it and which of its
facts are not yet confirmed.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from blinadesk.resources import resource_path

from .calcrun import CalcRun, run_calc, run_many
from .inputs import GUIDANCE, INTERRUPTION
from .refcases import CASES, ReferenceRunner

KNOWN_EDITIONS = ("us-2014", "us-2018", "us-2024", "eu-smpc")
LABEL_FILES = sorted(p.stem for p in resource_path("labels").glob("*.toml"))


@pytest.fixture(scope="session")
def listing(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    run = run_calc("labels", cwd=tmp_path_factory.mktemp("labels"))
    assert run.returncode == 0, run.describe()
    assert run.stderr == ""
    assert isinstance(run.json, list)
    return run.json


def _edition(listing: list[dict[str, Any]], edition_id: str) -> dict[str, Any]:
    found = [e for e in listing if e.get("label") == edition_id]
    if not found and edition_id not in LABEL_FILES:
        pytest.skip(f"label edition {edition_id} is not written yet")
    assert len(found) == 1, f"{edition_id} is listed {len(found)} times"
    return found[0]


def test_us_2024_is_listed_and_is_the_only_default(listing: list[dict[str, Any]]) -> None:
    assert _edition(listing, "us-2024")["default"] is True
    assert [e["label"] for e in listing if e.get("default") is True] == ["us-2024"]


def test_every_edition_file_is_listed_once(listing: list[dict[str, Any]]) -> None:
    assert sorted(e["label"] for e in listing) == LABEL_FILES


@pytest.mark.parametrize("edition_id", KNOWN_EDITIONS)
def test_edition_is_listed_with_its_source_and_provisional_facts(listing: list[dict[str, Any]],
                                                                 edition_id: str) -> None:
    edition = _edition(listing, edition_id)
    assert isinstance(edition["source"], str) and edition["source"].strip(), "every edition names its source"
    assert isinstance(edition["provisional"], list)
    assert all(isinstance(fact, str) and fact.strip() for fact in edition["provisional"])
    assert edition["provisional"], "every edition so far rests on some unconfirmed fact (at least the BSA formula)"
    assert isinstance(edition["indications"], dict) and edition["indications"]
    assert edition["region"] in ("US", "EU")


@pytest.mark.parametrize(("edition_id", "max_cycles"), [
    pytest.param("us-2014", {"rr": 5}, id="us-2014-rr-only-5-cycles"),
    pytest.param("us-2018", {"rr": 5, "mrd": 4}, id="us-2018-adds-mrd"),
    pytest.param("us-2024", {"rr": 9, "mrd": 4, "consolidation": 4}, id="us-2024-continued-therapy-and-consolidation"),
])
def test_us_editions_cover_the_indications_and_cycles_of_their_time(
        listing: list[dict[str, Any]], edition_id: str, max_cycles: dict[str, int]) -> None:
    """domain.md section 1: 2014 R/R only up to 5 cycles; 2018 adds MRD+; current adds cycles 6-9 and
    the 2024 consolidation indication."""
    indications = _edition(listing, edition_id)["indications"]
    assert {code: ind["max_cycles"] for code, ind in indications.items()} == max_cycles


def test_eu_smpc_lists_up_to_5_rr_cycles(listing: list[dict[str, Any]]) -> None:
    indications = _edition(listing, "eu-smpc")["indications"]
    assert indications["rr"]["max_cycles"] == 5  # domain.md 1d: the EU text lists up to 5 cycles


def test_us_2024_lists_its_unconfirmed_facts(listing: list[dict[str, Any]]) -> None:
    edition = _edition(listing, "us-2024")
    text = "\n".join(edition["provisional"])
    assert edition["indications"]["consolidation"]["provisional"] is True
    assert edition["indications"]["rr"]["provisional"] is False
    for fragment in ("consolidation dose", "72 h bag", "96 h bag", "restart step-up days count", "BSA formula"):
        assert fragment in text, f"{fragment!r} should be listed as provisional"


# ---------------------------------------------------------------------------------------------- traceability


@pytest.fixture(scope="session")
def extension_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CalcRun]:
    workdir = tmp_path_factory.mktemp("extensions")
    child_guidance = {**GUIDANCE, "weight_kg": 20}
    requests = {"interruption": [INTERRUPTION], "guidance": [GUIDANCE, child_guidance]}
    runs = run_many([functools.partial(run_calc, kind, payload, cwd=workdir) for kind, payload in requests.items()])
    return dict(zip(requests, runs, strict=True))


@pytest.mark.parametrize(("kind", "key"), [("dose", "label"), ("schedule", "label"), ("fever", "scale"),
                                           ("crs", "scale"), ("icans", "scale"), ("response", "scale")])
def test_every_contract_output_carries_its_label_or_scale(kind: str, key: str,
                                                          reference_runner: ReferenceRunner) -> None:
    outputs = [reference_runner.results[(c.stem, c.index)].output for c in CASES
               if c.kind == kind and c.expect_error is None and not c.broken]
    assert outputs, f"no reference case of kind {kind}"
    for out in outputs:
        assert isinstance(out, dict), out
        assert isinstance(out.get(key), str) and out[key].strip(), f"{kind} output without {key!r}: {out}"


def test_label_defaults_to_us_2024_when_the_input_names_none(reference_runner: ReferenceRunner) -> None:
    for case in CASES:
        if case.kind in ("dose", "schedule") and case.expect_error is None and "label" not in case.input:
            assert reference_runner.results[(case.stem, case.index)].output["label"] == "us-2024", case.id


def test_icans_output_names_the_tool_used(reference_runner: ReferenceRunner) -> None:
    for case in CASES:
        if case.kind == "icans" and case.expect_error is None:
            scale = reference_runner.results[(case.stem, case.index)].output["scale"]
            tool = "CAPD" if "capd_score" in case.input else "ICE"
            assert tool in scale, f"{case.id}: scale {scale!r} does not say {tool} was used"


@pytest.mark.parametrize("kind", ["interruption", "guidance"])
def test_extension_outputs_carry_their_label(kind: str, extension_runs: dict[str, CalcRun]) -> None:
    run = extension_runs[kind]
    assert run.returncode == 0, run.describe()
    for out in run.json:
        assert out["label"] == "us-2024", out


def test_guidance_gives_the_bsa_wording_for_a_child_under_45_kg(extension_runs: dict[str, CalcRun]) -> None:
    adult, child = extension_runs["guidance"].json
    assert "9 mcg/day" in adult["guidance"][0]["text"]
    assert "5 mcg/m2/day" in child["guidance"][0]["text"]
