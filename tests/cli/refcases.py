"""The shared reference cases: loading them, comparing outputs as a subset, and running them in batches.

Every `*.json` file in tests/data/reference-cases/ is a list of cases `{"kind", "note"?, "input", "expect"}`
or `{"kind", "note"?, "input", "expect_error"}`; files dropped into that folder later are picked up
without any change. `expect` is compared as a subset of the output: keys it gives must match, lists
match in length and element by element, numbers within 5e-4 (the contract allows rounding to 3 decimals),
strings, booleans and null exactly.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .calcrun import CalcRun, rejection_problems, run_calc, run_many

CASES_DIR = Path(__file__).resolve().parents[1] / "data" / "reference-cases"
SHARED_CASES_DIR = Path("/work/shared/reference-cases")
TOLERANCE = 5e-4
NO_EXPECT = object()


@dataclass(frozen=True)
class RefCase:
    stem: str
    index: int
    kind: str
    note: str
    input: Any
    expect: Any = NO_EXPECT
    expect_error: str | None = None
    broken: str = ""  # why the case cannot be run (a malformed case file)

    @property
    def id(self) -> str:
        note = re.sub(r"[^\w.*+-]+", "_", self.note).strip("_")
        return f"{self.stem}-{self.index}" + (f"-{note}" if note else "")


def load_cases(directory: Path = CASES_DIR) -> list[RefCase]:
    cases: list[RefCase] = []
    for path in sorted(directory.glob("*.json")):
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            cases.append(RefCase(path.stem, 0, "", "", None, broken=f"{path.name} cannot be read: {exc}"))
            continue
        items = document if isinstance(document, list) else [document]
        for index, item in enumerate(items):
            if not isinstance(item, dict) or not isinstance(item.get("kind"), str) or "input" not in item or (
                    ("expect" in item) == ("expect_error" in item)):
                cases.append(RefCase(path.stem, index, "", "", None, broken=(
                    f"{path.name}[{index}] needs kind, input and exactly one of expect / expect_error")))
                continue
            cases.append(RefCase(path.stem, index, item["kind"], str(item.get("note", "")), item["input"],
                                 item.get("expect", NO_EXPECT), item.get("expect_error")))
    return cases


CASES = load_cases()


# ---------------------------------------------------------------------------------------------- comparison


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def subset_mismatches(expected: Any, actual: Any, path: str = "$") -> Iterator[str]:
    """Where `actual` does not match `expected` as a subset; nothing when it does."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            yield f"{path}: expected an object, got {json.dumps(actual)}"
            return
        for key, value in expected.items():
            if key not in actual:
                yield f"{path}.{key}: missing from the output"
            else:
                yield from subset_mismatches(value, actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        if not isinstance(actual, list):
            yield f"{path}: expected a list, got {json.dumps(actual)}"
        elif len(expected) != len(actual):
            yield f"{path}: expected {len(expected)} items, got {len(actual)}"
        else:
            for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
                yield from subset_mismatches(e, a, f"{path}[{i}]")
    elif _is_number(expected):
        if not _is_number(actual) or not math.isfinite(actual) or abs(actual - expected) > TOLERANCE:
            yield f"{path}: expected {expected} (within {TOLERANCE}), got {json.dumps(actual)}"
    elif expected is None or isinstance(expected, bool | str):
        # `is`/type check: True must not pass for 1, nor 0 for false.
        if type(actual) is not type(expected) or actual != expected:
            yield f"{path}: expected {json.dumps(expected)}, got {json.dumps(actual)}"
    else:
        yield f"{path}: unsupported expected value {expected!r}"


class ReferenceRunner:
    """Runs the cases of each (file, kind) as one list input, all groups at once, and keeps the outputs.

    Expected-output cases take their element of the output list. Error cases are attributed by the
    `[i].` prefix the command puts on the problems of list element i. A group whose call does not behave
    as a whole (an internal error, a wrong length) is re-run case by case, to pin the failure on its case.
    """

    def __init__(self, workdir: Path, cases: list[RefCase]) -> None:
        self.workdir = workdir
        self.results: dict[tuple[str, int], CaseResult] = {}
        groups: dict[tuple[str, str, bool], list[RefCase]] = {}
        for c in cases:
            if not c.broken:
                groups.setdefault((c.stem, c.kind, c.expect_error is not None), []).append(c)
        runs = run_many([functools.partial(self._call, kind, [c.input for c in group])
                         for (_, kind, _), group in groups.items()])
        retry: list[RefCase] = []
        for ((_, kind, errors), group), run in zip(groups.items(), runs, strict=True):
            if kind == "labels":
                for c in group:
                    self.results[(c.stem, c.index)] = CaseResult(run, run.output_or_none())
            elif errors and run.returncode == 2 and run.stdout == "":
                for i, c in enumerate(group):
                    self.results[(c.stem, c.index)] = CaseResult(run, None, element=i)
            elif not errors and isinstance(run.output_or_none(), list) and len(run.output_or_none()) == len(group):
                for c, out in zip(group, run.output_or_none(), strict=True):
                    self.results[(c.stem, c.index)] = CaseResult(run, out)
            else:
                retry.extend(group)
        singles = run_many([functools.partial(self._call, c.kind, c.input) for c in retry])
        for c, run in zip(retry, singles, strict=True):
            self.results[(c.stem, c.index)] = CaseResult(run, run.output_or_none())

    def _call(self, kind: str, payload: Any) -> CalcRun:
        if kind == "labels":  # `calc labels` takes no input
            return run_calc("labels", cwd=self.workdir)
        return run_calc(kind, payload, cwd=self.workdir)


@dataclass(frozen=True)
class CaseResult:
    run: CalcRun
    output: Any
    element: int | None = None  # the case's index in a list input that was rejected as a whole

    def rejection_problems(self, field: str) -> list[str]:
        return rejection_problems(self.run, field, self.element)
