"""The language of the words the plots draw (labels, legends, notes).

The plots write English: the command line's exports (`blinadesk plot`, `blinadesk report`) stay English. A
figure function takes `translate`, a callable from an English text to the text to draw; without one it uses
the translation this process installed with `install_translation`, which is English until the desktop installs
its own (blinadesk.gui.service_messages.plot_text: the chosen language, as far as its words are known).

Every text passes whole (a sentence with `{placeholders}`, filled after translation), so a translation never
has to assemble a sentence from pieces. Standard library only: the plotting package imports no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from string import Formatter

Translate = Callable[[str], str]


def english(text: str) -> str:
    return text


_installed: dict[str, Translate] = {"translate": english}


def install_translation(translate: Translate | None) -> None:
    """The translation figures use when they are given none (None: back to English)."""
    _installed["translate"] = translate or english


def translation(translate: Translate | None = None) -> Translate:
    """`translate` if given, else the installed translation."""
    return translate or _installed["translate"]


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def fill(translate: Translate, template: str, **values: object) -> str:
    """`template` translated whole, then its `{placeholders}` filled with `values` (numbers, dates, names: never
    translated). A translation that drops or misnames a placeholder (or breaks a brace) gives the English sentence:
    never a traceback, never a sentence with a value missing."""
    translated = translate(template)
    try:
        if _fields(translated) == _fields(template):
            return translated.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        pass
    return template.format(**values)


# The month abbreviations matplotlib's date axis writes (in the C locale, whatever the language chosen).
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
