"""Fixtures for the command-line tests: the real `blinadesk calc`, run in a subprocess."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from .calcrun import CalcRun, run_calc
from .refcases import CASES, ReferenceRunner


@pytest.fixture
def calc(tmp_path: Path) -> Callable[..., CalcRun]:
    """`calc(kind, payload)` runs the command line from a scratch directory."""

    def _run(kind: str, payload: Any = None, **kwargs: Any) -> CalcRun:
        kwargs.setdefault("cwd", tmp_path)
        return run_calc(kind, payload, **kwargs)

    return _run


@pytest.fixture(scope="session")
def reference_runner(tmp_path_factory: pytest.TempPathFactory) -> ReferenceRunner:
    return ReferenceRunner(tmp_path_factory.mktemp("reference-cases"), CASES)
