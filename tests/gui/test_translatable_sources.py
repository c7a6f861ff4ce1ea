"""Every text of the desktop reaches the translators and reads in Russian.

pyside6-lupdate does not read inside f-strings, so a `self.tr("...")` written there is never put in a .ts file and
stays English in the Russian desktop; a text marked for translation in a file that no .ts is made from (or added
since the .ts was last made) stays English too. Every GUI source is checked (the generated forms aside: their texts
come from ui/*.ui, which lupdate reads), and the Russian files use one set of abbreviations."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import blinadesk.gui
from blinadesk.resources import resource_path

GUI = Path(blinadesk.gui.__file__).parent
SOURCES = sorted(path for path in GUI.rglob("*.py") if "forms" not in path.relative_to(GUI).parts)
TRANSLATIONS = sorted(Path(resource_path("translations")).glob("*_ru.ts"))


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
    assert any(path.parent.name == "models" for path in SOURCES)
    assert [where for path in SOURCES for where in translations_inside_fstrings(path)] == []


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_texts(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, text) of every literal marked for translation: `self.tr("...")` in a class (the class is the
    context, as for lupdate), `translate("Context", "...")` and `QT_TRANSLATE_NOOP("Context", "...")`."""
    found: list[tuple[int, str, str]] = []

    def visit(node: ast.AST, context: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call):
                name = getattr(child.func, "attr", getattr(child.func, "id", ""))
                texts = [_literal(a) for a in child.args[:2]]
                if name == "tr" and texts and texts[0] is not None:
                    found.append((child.lineno, context, texts[0]))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2 and None not in texts:
                    found.append((child.lineno, texts[0], texts[1]))  # type: ignore[arg-type]
            visit(child, child.name if isinstance(child, ast.ClassDef) else context)

    visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def russian() -> dict[tuple[str, str], str]:
    """(context, source) -> the finished Russian translation, from every *_ru.ts."""
    found = {}
    for path in TRANSLATIONS:
        for context in ET.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") is None and translation.text:
                    found[(context.findtext("name", ""), message.findtext("source", ""))] = translation.text
    return found


def test_every_marked_text_has_a_russian_translation() -> None:
    known = russian()
    missing = [f"{path.relative_to(GUI)}:{line} [{context}] {text!r}" for path in SOURCES
               for line, context, text in marked_texts(path) if (context, text) not in known]
    assert len(known) > 1000
    assert missing == []


def test_no_translation_is_left_unfinished() -> None:
    assert TRANSLATIONS
    for path in TRANSLATIONS:
        assert 'type="unfinished"' not in path.read_text(encoding="utf-8"), path.name


def test_the_russian_screens_keep_the_international_abbreviations() -> None:
    """CRS, ICANS, MRD (and CTCAE, ASTCT) as Russian haematology wards write them, and as the plots draw them: never
    ЦРС (or СВЦ), ИКАНС or МОБ on one screen and the Latin ones on the next."""
    local = re.compile(r"ЦРС|СВЦ|ИКАНС|МОБ|СТСАЕ|АСТКТ")
    translations = russian()
    assert [text for text in translations.values() if local.search(text)] == []
    assert translations[("WardWords", "CRS grade {0}")].startswith("CRS")
    assert "MRD" in translations[("CohortWidget", "  MRD-negative remission")]
