"""The shared reference cases, each run through the real `blinadesk calc` command line (one test per case).

To stay fast, the cases of one kind in one file run as a single list input (one process); a group whose
call misbehaves is re-run case by case, so a failure is always pinned to the case at fault.
"""

from __future__ import annotations

import functools
import json
import shutil
from pathlib import Path

import pytest

from .calcrun import run_calc, run_many
from .refcases import CASES, CASES_DIR, SHARED_CASES_DIR, RefCase, ReferenceRunner, load_cases, subset_mismatches


def test_subset_comparison_is_strict_where_a_pharmacist_needs_it() -> None:
    """The comparison itself must not wave through a wrong dose: check its edges once."""
    assert not list(subset_mismatches({"dose": 3.9087}, {"dose": 3.90868, "extra": 1}))
    assert not list(subset_mismatches({"dose": 9.0}, {"dose": 9}))
    assert list(subset_mismatches({"dose": 9.0}, {"dose": 9.001}))
    assert list(subset_mismatches({"dose": 9.0}, {"dose": "9.0"}))
    assert list(subset_mismatches({"hospitalized": True}, {"hospitalized": 1}))
    assert list(subset_mismatches({"grade": 0}, {"grade": False}))
    assert list(subset_mismatches({"premedication": None}, {"premedication": {"drug": "dexamethasone"}}))
    assert list(subset_mismatches({"days": [1, 2]}, {"days": [1, 2, 3]}))
    assert list(subset_mismatches({"mode": "bsa"}, {}))
    assert list(subset_mismatches({"a": {"b": [{"c": "x"}]}}, {"a": {"b": [{"c": "y"}]}}))


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_reference_case(case: RefCase, reference_runner: ReferenceRunner) -> None:
    assert not case.broken, case.broken
    result = reference_runner.results[(case.stem, case.index)]
    if case.expect_error is not None:
        problems = result.rejection_problems(case.expect_error)
        assert not problems, f"{case.id}: {problems}\n{result.run.describe()}"
        return
    assert result.run.returncode == 0, (f"{case.id}: the command refused a valid reference input\n"
                                        f"{result.run.describe()}")
    mismatches = list(subset_mismatches(case.expect, result.output))
    assert not mismatches, f"{case.id} ({case.note}):\n" + "\n".join(mismatches[:20])


def test_reference_cases_were_found() -> None:
    kinds = {c.kind for c in CASES}
    assert {"dose", "schedule", "fever", "crs", "icans", "response"} <= kinds
    assert any(c.expect_error is not None for c in CASES)


@pytest.mark.skipif(not SHARED_CASES_DIR.is_dir(), reason="the shared reference cases are not on this machine")
def test_reference_case_files_are_unchanged_copies_of_the_shared_ones() -> None:
    for shared in sorted(SHARED_CASES_DIR.glob("*.json")):
        local = CASES_DIR / shared.name
        assert local.is_file(), f"{shared.name} is not copied into {CASES_DIR}"
        assert local.read_bytes() == shared.read_bytes(), f"{shared.name} differs from the shared copy"


# ---------------------------------------------------------------------------------------------- input forms


def _expect_cases(kind: str) -> list[RefCase]:
    return [c for c in CASES if c.kind == kind and c.expect_error is None and not c.broken]


def test_input_file_gives_the_same_list_in_the_same_order_as_standard_input(
        tmp_path: Path, reference_runner: ReferenceRunner) -> None:
    """--input FILE with a list (here the dose cases in reverse order) gives the outputs in that order,
    identical to what the same objects give on standard input."""
    cases = _expect_cases("dose")[::-1]
    assert len(cases) >= 3
    path = tmp_path / "doses.json"
    path.write_text(json.dumps([c.input for c in cases]), encoding="utf-8")
    run = run_calc("dose", args=["--input", str(path)], cwd=tmp_path)
    assert run.returncode == 0, run.describe()
    assert isinstance(run.json, list) and len(run.json) == len(cases)
    for case, out in zip(cases, run.json, strict=True):
        assert not list(subset_mismatches(case.expect, out)), case.input
        assert out == reference_runner.results[(case.stem, case.index)].output


def test_one_object_in_gives_one_object_out(tmp_path: Path, reference_runner: ReferenceRunner) -> None:
    case = _expect_cases("schedule")[0]
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(case.input), encoding="utf-8")
    from_file, from_stdin = run_many([functools.partial(run_calc, "schedule", args=["--input", str(path)],
                                                        cwd=tmp_path),
                                      functools.partial(run_calc, "schedule", case.input, cwd=tmp_path)])
    for run in (from_file, from_stdin):
        assert run.returncode == 0, run.describe()
        assert isinstance(run.json, dict), "one input object must give one output object, not a list"
        assert run.json == reference_runner.results[(case.stem, case.index)].output


def test_cases_in_another_folder_are_discovered(tmp_path: Path) -> None:
    """A held-back case file in the same format needs no code change: it is found by its folder."""
    shutil.copy(CASES_DIR / "fever.json", tmp_path / "held-back-fever.json")
    (tmp_path / "held-back-errors.json").write_text(json.dumps(
        [{"kind": "response", "note": "blasts over 100 %", "input": {"marrow_blasts_pct": 101, "anc_per_ul": 1,
          "platelets_per_ul": 1, "mrd_fraction": None}, "expect_error": "marrow_blasts_pct"}]), encoding="utf-8")
    (tmp_path / "broken.json").write_text("[{\"kind\": \"dose\"}]", encoding="utf-8")
    found = load_cases(tmp_path)
    by_stem = {c.stem for c in found}
    assert by_stem == {"held-back-fever", "held-back-errors", "broken"}
    assert [c.broken != "" for c in found if c.stem == "broken"] == [True]
    assert any(c.expect_error == "marrow_blasts_pct" for c in found)
