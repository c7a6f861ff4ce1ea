"""The clinic bundle: built from a clean copy of the tracked tree with the one documented command, then run
from somewhere else with the source tree gone, as on a locked-down workstation where nobody runs pip.

Slow (a few minutes): runs only with BLINADESK_TEST_BUNDLE=1. Prints the build time and the bundle size.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TODAY = "2026-03-16"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.timeout(2400),
    pytest.mark.skipif(os.environ.get("BLINADESK_TEST_BUNDLE") != "1",
                       reason="builds the PyInstaller bundle; set BLINADESK_TEST_BUNDLE=1"),
]


@dataclass(frozen=True)
class Bundle:
    executable: Path
    build_seconds: float
    size_mib: float


def folder_size_mib(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20


def bundle_env(tmp: Path) -> dict[str, str]:
    """An environment that offers nothing from the source tree or the venv."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "BLINADESK_RESOURCES", "BLINADESK_DATABASE_URL")}
    env["PATH"] = "/usr/bin:/bin"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp / "home")
    env["BLINADESK_DATA_DIR"] = str(tmp / "data")
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    source = tmp_path_factory.mktemp("clean-tree")
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if (REPO / name).is_file():
            shutil.copy2(REPO / name, target)
    env = dict(os.environ, BLINADESK_VENV=str(Path(sys.prefix)))
    started = time.monotonic()
    build = subprocess.run([str(source / "scripts" / "build_bundle")], cwd=source, env=env, capture_output=True,
                           text=True, timeout=2000)
    seconds = time.monotonic() - started
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-5000:]
    # Installed elsewhere, and the tree it was built from removed: nothing may come from there.
    installed = tmp_path_factory.mktemp("installed") / "blinadesk"
    shutil.move(str(source / "dist" / "blinadesk"), installed)
    shutil.rmtree(source)
    size = folder_size_mib(installed)
    print(f"\nbundle: built in {seconds:.0f} s, {size:.0f} MiB")
    return Bundle(installed / "blinadesk", seconds, size)


def test_the_bundle_runs_a_command_with_no_source_tree(bundle: Bundle, tmp_path: Path) -> None:
    result = subprocess.run([str(bundle.executable), "calc", "labels"], cwd="/tmp", env=bundle_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "us-2024" in result.stdout and "eu-smpc" in result.stdout
    version = subprocess.run([str(bundle.executable), "--version"], cwd="/tmp", env=bundle_env(tmp_path),
                             capture_output=True, text=True, timeout=60)
    from blinadesk import __version__

    assert version.stdout.strip() == f"blinadesk {__version__}"
    assert bundle.size_mib < 600


def test_the_bundle_migrates_a_fresh_database_and_exports_fhir(bundle: Bundle, tmp_path: Path) -> None:
    env = bundle_env(tmp_path)
    demo = tmp_path / "demo.sqlite3"
    made = subprocess.run([str(bundle.executable), "demo", "--out", str(demo), "--today", TODAY], cwd="/tmp", env=env,
                          capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr  # the Alembic migrations were found inside the bundle
    check = subprocess.run([str(bundle.executable), "--db", str(demo), "db", "check"], cwd="/tmp", env=env,
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stdout + check.stderr
    out = tmp_path / "bundle.json"
    export = subprocess.run([str(bundle.executable), "--db", str(demo), "export-fhir", "--out", str(out)],
                            cwd="/tmp", env=env, capture_output=True, text=True, timeout=300)
    assert export.returncode == 0, export.stderr
    assert out.stat().st_size > 0


def test_the_bundle_opens_the_main_window_offscreen(bundle: Bundle, tmp_path: Path) -> None:
    env = bundle_env(tmp_path)
    help_text = subprocess.run([str(bundle.executable), "--help"], cwd="/tmp", env=env, capture_output=True,
                               text=True, timeout=60).stdout
    if "--smoke-test" not in help_text:
        pytest.skip("blinadesk.gui.app has no --smoke-test flag yet")
    demo = tmp_path / "demo.sqlite3"
    subprocess.run([str(bundle.executable), "demo", "--out", str(demo), "--today", TODAY], cwd="/tmp", env=env,
                   capture_output=True, text=True, timeout=300, check=True)
    smoke = subprocess.run([str(bundle.executable), "--db", str(demo), "--smoke-test"], cwd="/tmp", env=env,
                           capture_output=True, text=True, timeout=120)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "blinadesk: window opened" in smoke.stdout + smoke.stderr
