"""Plot and report tests read a real record: the demo ward (with its Moscow-shaped cohort), built once per session
through the use cases and copied into each test's own SQLite file (building it takes tens of seconds)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")  # headless; the plotting package itself never picks a backend


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from blinadesk.services.demo import build_demo
    from blinadesk.store.database import open_database

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    with open_database(f"sqlite:///{path}") as db:
        build_demo(db, date.today())
    return path


@pytest.fixture
def demo_url(db_url: str, demo_template: Path) -> Iterator[str]:
    """A copy of the demo ward in this test's own database file (SQLite: the plots do not depend on the engine)."""
    if not db_url.startswith("sqlite:///"):
        pytest.skip("plot tests copy a SQLite demo file")
    target = Path(db_url.removeprefix("sqlite:///"))
    shutil.copyfile(demo_template, target)
    yield db_url


@pytest.fixture
def ward(demo_url: str) -> Iterator[object]:
    from blinadesk.services.ward import Ward
    from blinadesk.store.database import open_database

    db = open_database(demo_url)
    try:
        yield Ward(db)
    finally:
        db.close()
