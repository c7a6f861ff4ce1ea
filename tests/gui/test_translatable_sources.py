"""Every text of the chart's dialogs reaches the translators: pyside6-lupdate does not read inside f-strings, so a
`self.tr("...")` written there is never put in chart_ru.ts and stays English in the Russian desktop."""

from __future__ import annotations

import ast
from pathlib import Path

import blinadesk.gui

GUI = Path(blinadesk.gui.__file__).parent
SOURCES = [*sorted((GUI / "dialogs").glob("*.py")), GUI / "windows" / "chart.py", GUI / "service_messages.py",
           GUI / "tasks.py"]


def translations_inside_fstrings(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute | ast.Name) and \
                        getattr(inner.func, "attr", getattr(inner.func, "id", "")) in ("tr", "translate"):
                    found.append(f"{path.relative_to(GUI)}:{inner.lineno}")
    return found


def test_no_translated_text_is_written_inside_an_fstring() -> None:
    assert [where for path in SOURCES for where in translations_inside_fstrings(path)] == []
