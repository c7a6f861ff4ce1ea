"""Start to a usable first window, and to the main window after signing in, against a bare PySide6 window.

    .venv/bin/python benchmarks/startup.py --db /tmp/bench/ward10y.sqlite3 [--repeat 5] [--user nurse]
    .venv/bin/python benchmarks/startup.py --db postgresql+psycopg://postgres@127.0.0.1:5432/ward10y

Each run is a fresh interpreter (offscreen Qt, a private empty user profile), timed by this script from launch
until the child says it got somewhere:
- bare: `QApplication` + a `QMainWindow` with a label, shown, event loop idle;
- blinadesk, through the app's own start code (`blinadesk.cli` parses an empty command line, then
  `blinadesk.gui.app.run_app` with a `StartWatch`, the hook this script times through):
  (a) first window: the sign-in window shown, event loop idle, accepting input (the record is still
      opening in the background);
  (b) main window: the credentials are typed in and Enter pressed the instant (a) is reached, the worst case
      (no typing time to hide the record's opening behind); timed until `MainWindow` is shown with the Today
      worklist loaded and the event loop idle.
  The start's daily automatic backup is left out (`StartWatch.auto_backup`): it runs at most once a day, off
  the GUI thread, and would copy the benchmark's record.
Memory: resident set size (VmRSS) of the child at (b), against the bare window's. Targets: (a) <= 1.5x the
bare window; RSS above the bare window <= 150 MB. Prints medians and ratios; never asserts. The CPU time the
child used up to each mark is printed too: on a shared machine it varies much less than the wall time.

The record needs a user with a known password: benchmarks/generate.py makes `nurse` (and others) with
`bench-password-1`.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_USER = "nurse"
DEFAULT_PASSWORD = "bench-password-1"  # benchmarks/generate.py's STAFF_PASSWORD
PASSWORD_VARIABLE = "BLINADESK_BENCH_PASSWORD"  # handed to the child in its environment, not its command line


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _say(mark: str, **figures: float) -> None:
    # CPU seconds of the whole child (every thread) so far: steadier than wall time on a busy machine.
    print(json.dumps({"mark": mark, "rss_mb": _rss_mb(), "cpu_s": time.process_time(), **figures}), flush=True)


def _when_idle(then: object) -> None:
    from PySide6.QtCore import QTimer

    # Twice through a zero timer: everything posted by showing (layout, paint) has been handled.
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, then))  # type: ignore[arg-type]


def _idle(app: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    for _ in range(2):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()
    QCoreApplication.processEvents()


def child_bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1200, 800)
    window.show()
    _idle(app)
    _say("bare")
    return 0


def child_app(url: str, username: str) -> int:
    password = os.environ.get(PASSWORD_VARIABLE, DEFAULT_PASSWORD)
    # What `blinadesk --db URL` does: the command line first, then the desktop's start.
    from blinadesk.cli import build_parser

    argv = ["--db", url]
    args = build_parser(argv).parse_args(argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from blinadesk.gui.app import StartWatch, run_app
    from blinadesk.gui.dialogs.sign_in import SignInDialog

    marks: dict[str, float] = {}

    def first_window(dialog: SignInDialog) -> None:
        def usable() -> None:
            marks["first_window_s"] = time.perf_counter()
            _say("first_window", record_open_at_first_window=float(dialog.record_is_open))
            # The typing robot is loaded after the mark: the app does not need it to be usable.
            from PySide6.QtCore import Qt
            from PySide6.QtTest import QTest

            dialog.ui.username.setText(username)
            dialog.ui.password.setText(password)
            QTest.keyClick(dialog.ui.password, Qt.Key.Key_Return)

        _when_idle(usable)

    def main_window(window: QWidget) -> None:
        marks["main_shown_s"] = time.perf_counter()
        today = getattr(window, "today", None)

        def loaded() -> None:
            if today is not None and today.worklist is None:
                QTimer.singleShot(5, loaded)
                return

            def done() -> None:
                _say("main_window", after_first_window_s=time.perf_counter() - marks["first_window_s"],
                     shown_after_first_window_s=marks["main_shown_s"] - marks["first_window_s"])
                window.quit()  # type: ignore[attr-defined]

            _when_idle(done)

        loaded()

    status = run_app(args, StartWatch(first_window, main_window, auto_backup=False))
    if "main_shown_s" not in marks:
        print(f"the main window never opened (status {status}): is {username!r}'s password right?",
              file=sys.stderr)
        return 1
    return status


def child(argv: list[str]) -> int:
    """`--child KIND [--user NAME] [--db URL]`: read without argparse, which the bare window does not need
    (the children import only what they measure; the parent's tools are imported in main())."""
    kind, options = argv[0], dict(zip(argv[1::2], argv[2::2], strict=False))
    sys.path.insert(0, str(REPO))
    if kind == "bare":
        return child_bare()
    return child_app(options["--db"], options.get("--user", DEFAULT_USER))


def run_child(kind: str, url: str | None, username: str, profile: Path) -> tuple[dict[str, float], dict]:
    """Launches one child; returns the seconds from launch to each mark it printed, and the marks."""
    import subprocess

    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--user", username]
    if url:
        command += ["--db", url]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(profile),
                   "XDG_CONFIG_HOME": str(profile / "config"), "XDG_DATA_HOME": str(profile / "data"),
                   "XDG_CACHE_HOME": str(profile / "cache"), "BLINADESK_DATA_DIR": str(profile / "blinadesk")}
    environment.pop("BLINADESK_DATABASE_URL", None)
    # Compiled modules cached as an installed app has them (kept in the private profile, not the source
    # tree); the warm-up run writes them.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    environment["PYTHONPYCACHEPREFIX"] = str(profile / "pycache")
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                               env=environment)
    assert process.stdout is not None
    elapsed: dict[str, float] = {}
    figures: dict[str, dict] = {}
    for line in process.stdout:
        if line.startswith("{"):
            now = time.perf_counter() - started
            mark = json.loads(line)
            elapsed[mark["mark"]] = now
            figures[mark["mark"]] = mark
    _, stderr = process.communicate(timeout=3600)
    expected = {"bare"} if kind == "bare" else {"first_window", "main_window"}
    if process.returncode != 0 or not expected <= set(elapsed):
        raise SystemExit(f"{kind} child failed (status {process.returncode}):\n{stderr}")
    return elapsed, figures


def main() -> int:
    import argparse
    import statistics
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="the record (SQLite path or URL); generate one with benchmarks/generate.py")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--user", default=DEFAULT_USER,
                        help=f"who signs in (password: ${PASSWORD_VARIABLE}, else {DEFAULT_PASSWORD!r})")
    args = parser.parse_args()
    if not args.db:
        parser.error("--db is required")
    with tempfile.TemporaryDirectory(prefix="blinadesk-startup-") as folder:
        profile = Path(folder)
        run_child("bare", None, args.user, profile)  # warm the file cache for both
        run_child("app", args.db, args.user, profile)
        bare_times, first_times, main_times, bare_rss, app_rss, open_at_first = [], [], [], [], [], []
        bare_cpu, first_cpu, main_cpu = [], [], []
        for _ in range(args.repeat):
            elapsed, figures = run_child("bare", None, args.user, profile)
            bare_times.append(elapsed["bare"])
            bare_rss.append(figures["bare"]["rss_mb"])
            bare_cpu.append(figures["bare"]["cpu_s"])
            elapsed, figures = run_child("app", args.db, args.user, profile)
            first_times.append(elapsed["first_window"])
            main_times.append(elapsed["main_window"])
            app_rss.append(figures["main_window"]["rss_mb"])
            first_cpu.append(figures["first_window"]["cpu_s"])
            main_cpu.append(figures["main_window"]["cpu_s"])
            open_at_first.append(figures["first_window"]["record_open_at_first_window"])
    bare, first, main_window = (statistics.median(t) for t in (bare_times, first_times, main_times))
    extra = statistics.median(app_rss) - statistics.median(bare_rss)
    cpu_bare, cpu_first, cpu_main = (statistics.median(t) for t in (bare_cpu, first_cpu, main_cpu))
    print(f"record: {args.db}")
    print(f"bare PySide6 window                   {bare:6.2f} s   RSS {statistics.median(bare_rss):6.0f} MB")
    print(f"(a) blinadesk sign-in window, usable   {first:6.2f} s   ratio {first / bare:5.2f}x (target <= 1.5x)"
          f"{'' if not any(open_at_first) else '  (record already open in some runs)'}")
    print(f"(b) main window, Today loaded, signing in at once "
          f"{main_window:6.2f} s   ratio {main_window / bare:5.2f}x   RSS {statistics.median(app_rss):6.0f} MB")
    print(f"memory above bare at (b) {extra:.0f} MB (target <= 150 MB)")
    print(f"CPU time: bare {cpu_bare:.2f} s; (a) {cpu_first:.2f} s, {cpu_first / cpu_bare:.2f}x; "
          f"(b) {cpu_main:.2f} s, {cpu_main / cpu_bare:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(child(sys.argv[2:]) if sys.argv[1:2] == ["--child"] else main())
