"""Test-wide set-up: headless Qt, a private user profile, and the `db_url` fixture.

Nothing here imports Qt, SQLAlchemy or psycopg at import time, so the domain tests stay fast and pure.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists: the machine running the tests has no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A private profile for the whole session, so that no test reads or writes a real user's settings, data
# or backups: platformdirs, QSettings and QStandardPaths all resolve through the XDG variables on Linux,
# and anything that falls back to the home directory finds an empty one.
_PROFILE_ROOT = Path(tempfile.mkdtemp(prefix="blinadesk-tests-"))
atexit.register(shutil.rmtree, _PROFILE_ROOT, ignore_errors=True)

_PROFILE_VARIABLES = {
    "HOME": "home",
    "XDG_CONFIG_HOME": "config",
    "XDG_DATA_HOME": "data",
    "XDG_CACHE_HOME": "cache",
    "XDG_STATE_HOME": "state",
    "BLINADESK_DATA_DIR": "blinadesk",
}


def _point_profile_at(root: Path, environ: pytest.MonkeyPatch | None = None) -> dict[str, Path]:
    paths = {name: root / subdir for name, subdir in _PROFILE_VARIABLES.items()}
    for name, path in paths.items():
        path.mkdir(parents=True, exist_ok=True)
        if environ is None:
            os.environ[name] = str(path)
        else:
            environ.setenv(name, str(path))
    return paths


_point_profile_at(_PROFILE_ROOT)
# Matplotlib caches its font list; keep it once per session rather than rebuilding it in every test.
os.environ.setdefault("MPLCONFIGDIR", str(_PROFILE_ROOT / "matplotlib"))
# Never pick up a database from the developer's shell.
os.environ.pop("BLINADESK_DATABASE_URL", None)


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets an empty profile: settings one test saves are never seen by the next.

    Returns the BLINADESK_DATA_DIR of this test. It lives outside `tmp_path`, so a test that lists
    `tmp_path` sees only the files it made itself.
    """
    paths = _point_profile_at(tmp_path_factory.mktemp("profile"), monkeypatch)
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None:
        # Qt computes the settings location once per process; point it at this test's profile again.
        settings = qt_core.QSettings
        for settings_format in (settings.Format.NativeFormat, settings.Format.IniFormat):
            settings.setPath(settings_format, settings.Scope.UserScope, str(paths["XDG_CONFIG_HOME"]))
    return paths["BLINADESK_DATA_DIR"]


POSTGRES_URL_VARIABLE = "BLINADESK_TEST_POSTGRES_URL"


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A SQLAlchemy URL of an empty database of its own: a SQLite file in tmp_path, or a fresh database
    on the PostgreSQL server named by BLINADESK_TEST_POSTGRES_URL (dropped after the test)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'blinadesk.sqlite3'}"
        return
    server_url = os.environ.get(POSTGRES_URL_VARIABLE)
    if not server_url:
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_URL_VARIABLE} (./.ci/run starts a server)")
    yield from _fresh_postgres_database(server_url)


def _fresh_postgres_database(server_url: str) -> Iterator[str]:
    # Imported here: tests that never touch PostgreSQL must not pay for (or depend on) these.
    import psycopg
    from psycopg import sql
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    # psycopg takes a libpq URL; the server's own database is where CREATE/DROP DATABASE run from.
    admin_dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"blinadesk_t_{uuid.uuid4().hex}"
    with psycopg.connect(admin_dsn, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_dsn, autocommit=True) as admin:
            # FORCE: an engine the test forgot to dispose must not leave a database behind.
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def russian(qapp: object) -> Iterator[None]:
    """The desktop in Russian for one test (plots included), English again afterwards."""
    from blinadesk.gui.i18n import install_language
    from blinadesk.gui.service_messages import plot_text  # noqa: F401  (the desktop installs the plots' words)

    install_language("ru")
    try:
        yield
    finally:
        install_language("en")
