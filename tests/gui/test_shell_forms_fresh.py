"""Every Qt Designer form in ui/ has its generated module in blinadesk/gui/forms/, and it is up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_form_module_is_generated_from_its_current_ui_file(tmp_path: Path) -> None:
    forms = sorted((REPO / "ui").glob("*.ui"))
    assert forms, "no ui/*.ui forms found"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_forms"), "--output-dir", str(tmp_path)],
                   check=True, capture_output=True, text=True)
    stale = []
    for form in forms:
        committed = REPO / "blinadesk" / "gui" / "forms" / f"ui_{form.stem}.py"
        fresh = (tmp_path / committed.name).read_text(encoding="utf-8")
        if not committed.exists():
            stale.append(f"{committed.relative_to(REPO)} is missing")
        elif committed.read_text(encoding="utf-8") != fresh:
            stale.append(f"{committed.relative_to(REPO)} is stale")
        assert fresh.startswith(f"# Generated from ui/{form.name} by scripts/build_forms; do not edit.\n")
    assert not stale, "run scripts/build_forms and commit the result:\n  " + "\n  ".join(stale)
