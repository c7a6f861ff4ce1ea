"""Helpers for running the real `blinadesk calc` command line in a subprocess, as a validation script (OQ) would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_DIR = Path(__file__).resolve().parents[2]
TIMEOUT_S = 60


@dataclass(frozen=True)
class CalcRun:
    """What a user of `blinadesk calc` sees: the exit status, standard output and standard error."""

    kind: str
    returncode: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)

    def output_or_none(self) -> Any:
        """The parsed output of a successful run; None when it failed or printed something that is not JSON."""
        if self.returncode != 0:
            return None
        try:
            return json.loads(self.stdout)
        except json.JSONDecodeError:
            return None

    def describe(self) -> str:
        return f"exit {self.returncode}\n--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}"


def run_calc(kind: str, payload: Any = None, *, text: str | None = None, args: Sequence[str] = (),
             cwd: Path | None = None) -> CalcRun:
    """`python -m blinadesk calc KIND [args]` with `payload` as JSON (or `text` verbatim) on standard input."""
    if text is None:
        text = "" if payload is None else json.dumps(payload)
    proc = subprocess.run(
        [sys.executable, "-m", "blinadesk", "calc", kind, *args],
        input=text, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT_S,
        cwd=cwd or REPO_DIR, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, check=False,
    )
    return CalcRun(kind, proc.returncode, proc.stdout, proc.stderr)


def run_many(requests: Sequence[Callable[[], CalcRun]], workers: int = (os.cpu_count() or 1) + 1) -> list[CalcRun]:
    """Run independent command lines concurrently (each is its own process), keeping the order."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda request: request(), requests))


def rejection_problems(run: CalcRun, field: str | Sequence[str], element: int | None = None) -> list[str]:
    """Why `run` is not a clean rejection of bad input naming `field` (any of them, if several), per the
    contract: exit status 2, nothing on standard output, one line per problem on standard error, each
    starting with `blinadesk: calc KIND: `, and never a traceback. An empty list means it is one.

    With `element`, the input was a list and only the lines of that element (prefixed `[element].`) count.
    """
    fields = [field] if isinstance(field, str) else list(field)
    prefix = f"blinadesk: calc {run.kind}: "
    problems = []
    if run.returncode != 2:
        problems.append(f"exit status is {run.returncode}, expected 2")
    if run.stdout != "":
        problems.append("standard output is not empty")
    lines = run.stderr.splitlines()
    if not lines:
        problems.append("standard error is empty")
    problems.extend(f"stderr line does not start with {prefix!r}: {line!r}" for line in lines
                    if not line.startswith(prefix))
    if "Traceback" in run.stderr:
        problems.append("a traceback was printed")
    if element is not None:
        lines = [line for line in lines if line.startswith(f"{prefix}[{element}].")]
        if not lines:
            problems.append(f"no problem was reported for list element {element}")
    if lines and not any(f in line for line in lines for f in fields):
        problems.append(f"no stderr line names the field {' or '.join(fields)}")
    return problems
