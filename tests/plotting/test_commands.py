"""`blinadesk plot` and `blinadesk report` end to end, in a subprocess as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.plotting.helpers import pdf_pages, png_size

REPO = Path(__file__).resolve().parents[2]


def blinadesk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "blinadesk", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=240, check=False)


def test_plot_and_report_commands_write_their_files(demo_url: str, tmp_path: Path) -> None:
    timeline = blinadesk("--db", demo_url, "plot", "timeline", "--patient", "MSK17-08", "--out", "t.png",
                         cwd=tmp_path)
    assert timeline.returncode == 0, timeline.stderr
    assert png_size(tmp_path / "t.png")[0] > 1000
    swimmer = blinadesk("--db", demo_url, "plot", "swimmer", "--mrn-prefix", "MSK17-", "--sort", "response",
                        "--out", "s.svg", cwd=tmp_path)
    assert swimmer.returncode == 0, swimmer.stderr
    assert (tmp_path / "s.svg").read_text("utf-8").count("MSK17-") >= 14
    report = blinadesk("--db", demo_url, "report", "patient", "--patient", "BD-1006", "--out", "r.pdf", cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    assert pdf_pages(tmp_path / "r.pdf") >= 2
    cohort_pdf = blinadesk("--db", demo_url, "report", "cohort", "--mrn-prefix", "MSK17-", "--out", "c.pdf",
                           cwd=tmp_path)
    assert cohort_pdf.returncode == 0, cohort_pdf.stderr
    assert pdf_pages(tmp_path / "c.pdf") >= 2  # the swimmer page and the summary
    cohort_json = blinadesk("--db", demo_url, "report", "cohort", "--age-group", "child", "--indication", "rr",
                            cwd=tmp_path)
    assert cohort_json.returncode == 0, cohort_json.stderr
    summary = json.loads(cohort_json.stdout)
    assert summary["format"] == "blinadesk-cohort-summary"
    assert {"MSK17-01", "BD-1001"} <= set(summary["mrns"]) and "BD-1002" not in summary["mrns"]


def test_an_unknown_mrn_is_one_line_and_exit_2(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for args in (("plot", "timeline", "--patient", "NOBODY-1", "--out", "t.png"),
                 ("report", "patient", "--patient", "NOBODY-1", "--out", "r.pdf")):
        result = blinadesk("--db", demo_url, *args, cwd=out)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == ["blinadesk: no patient with MRN 'NOBODY-1'"]
        assert not list(out.iterdir())


def test_a_wrong_file_type_is_refused_before_reading_anything(tmp_path: Path) -> None:
    result = blinadesk("plot", "timeline", "--patient", "X", "--out", "t.gif", cwd=tmp_path)
    assert result.returncode == 2
    assert "must end in .png, .svg, .pdf" in result.stderr


def test_help_does_not_import_matplotlib(tmp_path: Path) -> None:
    code = ("import sys; from blinadesk.cli import build_parser; build_parser(); "
            "print(any(m == 'matplotlib' or m.startswith('matplotlib.') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert result.stdout.strip() == "False"
