"""Start to a usable main window, and its memory, against a bare PySide6 window, on a large record.

    .venv/bin/python benchmarks/startup.py --db /tmp/bench/ward10y.sqlite3 [--repeat 5]
    .venv/bin/python benchmarks/startup.py --db postgresql+psycopg://postgres@127.0.0.1:5432/ward10y

Each run is a fresh interpreter (offscreen Qt), timed by this script from launch until the child says it
is ready:
- bare: `QApplication` + a `QMainWindow` with a label, shown, event loop idle;
- blinadesk: what `blinadesk` does after a successful sign-in: imports the GUI, opens the record
  (`open_database` with its start-up checks), builds the `Ward`, signs a nurse in, constructs and shows
  `MainWindow`, then waits until the Today worklist has loaded in the background and the event loop is idle.
  (The sign-in dialog itself is skipped: its time is the user's. When the GUI gains a smoke-test flag this
  can launch `blinadesk --smoke-test` instead; the measured path is the same.)
Memory: resident set size (VmRSS) of the child at "ready". Targets: time ratio <= 1.5, RSS above the bare
window <= 150 MB. Prints medians and the ratio; never asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _idle(app: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    # Twice through a zero timer: everything posted by showing (layout, paint) has been handled.
    for _ in range(2):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
    QCoreApplication.processEvents()


def child_bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1200, 800)
    window.show()
    _idle(app)
    return {"rss_mb": _rss_mb()}


def child_app(url: str, check: bool) -> dict[str, float]:
    from datetime import UTC

    from blinadesk.gui.app import make_application
    from blinadesk.gui.context import AppContext
    from blinadesk.gui.tasks import TaskRunner
    from blinadesk.gui.windows.main_window import MainWindow
    from blinadesk.services.permissions import Actor, Role
    from blinadesk.services.settings import WardSettings
    from blinadesk.services.ward import Ward
    from blinadesk.store.database import open_database

    app = make_application(sys.argv[:1])
    runner = TaskRunner(app)
    marks: dict[str, float] = {"imported": time.perf_counter()}
    ward = Ward(open_database(url, check=check), settings=WardSettings(time_zone=UTC))
    marks["opened"] = time.perf_counter()
    context = AppContext(ward, runner=runner)
    context.sign_in_as(Actor("nurse", Role.NURSE), "Night Nurse")
    window = MainWindow(context)
    window.resize(1200, 800)
    window.show()
    marks["shown"] = time.perf_counter()
    runner.wait_idle(60_000)  # the Today worklist, loaded off the GUI thread
    _idle(app)
    marks["idle"] = time.perf_counter()
    result = {"rss_mb": _rss_mb(), **{f"{k}_s": v - marks["imported"] for k, v in marks.items()}}
    runner.shutdown()
    ward.db.close()
    return result


def run_child(kind: str, url: str | None, skip_check: bool = False) -> tuple[float, dict[str, float]]:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind]
    if skip_check:
        command.append("--skip-startup-check")
    if url:
        command += ["--db", url]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                               env=environment)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _, stderr = process.communicate(timeout=3600)
    if not line.startswith("{"):
        raise SystemExit(f"{kind} child failed:\n{line}{stderr}")
    return elapsed, json.loads(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the record (SQLite path or URL); generate one with benchmarks/generate.py")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", choices=("bare", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--skip-startup-check", action="store_true",
                        help="open without open_database's integrity check: start-up once that check runs "
                             "elsewhere (it reads the whole file: minutes on a ten-year SQLite record)")
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(REPO))
        result = child_bare() if args.child == "bare" else child_app(args.db, not args.skip_startup_check)
        print(json.dumps(result), flush=True)
        return 0
    if not args.db:
        parser.error("--db is required")
    run_child("bare", None)  # warm the file cache for both
    run_child("app", args.db, args.skip_startup_check)
    bare_times, app_times, bare_rss, app_rss, phases = [], [], [], [], []
    for _ in range(args.repeat):
        elapsed, result = run_child("bare", None)
        bare_times.append(elapsed)
        bare_rss.append(result["rss_mb"])
        elapsed, result = run_child("app", args.db, args.skip_startup_check)
        app_times.append(elapsed)
        app_rss.append(result["rss_mb"])
        phases.append(result)
    bare, app = statistics.median(bare_times), statistics.median(app_times)
    extra = statistics.median(app_rss) - statistics.median(bare_rss)
    phase_text = ", ".join(f"{key[:-2]} +{statistics.median(p[key] for p in phases):.2f} s"
                           for key in ("opened_s", "shown_s", "idle_s"))
    print(f"record: {args.db}{' (start-up integrity check skipped)' if args.skip_startup_check else ''}")
    print(f"bare PySide6 window  {bare:6.2f} s   RSS {statistics.median(bare_rss):6.0f} MB")
    print(f"blinadesk main window {app:6.2f} s   RSS {statistics.median(app_rss):6.0f} MB   (after imports: "
          f"{phase_text})")
    print(f"start ratio {app / bare:.2f}x (target <= 1.5x); memory above bare {extra:.0f} MB (target <= 150 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
