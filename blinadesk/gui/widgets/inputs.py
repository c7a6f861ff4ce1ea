"""Reading what a nurse typed: numbers with a decimal comma or point (dates: blinadesk.gui.widgets.date_fields)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def read_number(text: str) -> float | str | None:
    """`"28,5"` and `"28.5"` are 28.5; empty is None; anything else is returned as typed, so that the use
    case names the field and says what is wrong with it, in the same words as every other problem."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return text.strip()


def fill_choices(combo: QComboBox, choices: list[tuple[str | None, str]]) -> None:
    """Items shown in words, each carrying the value the use case expects (None: not recorded)."""
    combo.clear()
    for value, text in choices:
        combo.addItem(text, value)


def chosen(combo: QComboBox) -> str | None:
    value = combo.currentData()
    return None if value is None else str(value)
