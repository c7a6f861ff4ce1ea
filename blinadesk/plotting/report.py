"""Printable A4 documents: figures first, then headed tables and text, paginated, with matplotlib's PdfPages.

A report is described as plain data (ReportDocument, built by the services) and laid out here, so the same
document can be written from the command line and from the app's background task. Tables split across pages
with their column header repeated; long cells wrap inside their column, measured with the font they are drawn in
(a Russian word is longer, and its letters wider, than an English one: a count of characters would let it run into the
next column).

The layout's own words (a table's "(continued)", "none recorded", "page 1 of 3") are in the document's language:
`translate` is the one the document was built with (English by default, as the command line writes it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import LoadFlags

from blinadesk.plotting.data import ReportDocument, ReportTable, ReportText
from blinadesk.plotting.words import Translate, english, fill

A4_PORTRAIT_IN = (8.27, 11.69)
_MARGIN_IN = 0.55
_FONT_PT = 7.0
_LINE_IN = _FONT_PT * 1.38 / 72.0
_GAP_IN = 0.08  # white space between two columns
_RASTER_SPARE = 1.1  # see text_width_in
_USABLE_W = A4_PORTRAIT_IN[0] - 2 * _MARGIN_IN
_SUBTITLE_Y = A4_PORTRAIT_IN[1] - _MARGIN_IN - 0.22  # the running header's second line (the title is above it)
_BOTTOM = _MARGIN_IN + 0.3  # above the footer

Progress = Callable[[int, int], None]  # (pages done, pages in all)


@dataclass
class _Item:
    x_in: float
    y_in: float  # from the bottom of the page
    text: str
    bold: bool = False
    size: float = _FONT_PT
    rule: bool = False  # draw a thin line under the text's row instead of text
    right_in: float = A4_PORTRAIT_IN[0] - _MARGIN_IN  # where its column (or the page's text) ends


@lru_cache(maxsize=4096)
def _advance_in(char: str, bold: bool) -> float:
    """How far one letter moves the pen at 1 pt, in inches: the font file's own advance, unhinted, as the PDF places
    it. Letters are measured once (a two-year course prints thousands of cells); the font object is matplotlib's
    per-thread one, so a report written on a worker thread shares it with no screen plot."""
    font = get_font(findfont(FontProperties(weight="bold" if bold else "normal")))
    font.clear()
    font.set_size(72, 72)
    return float(font.load_char(ord(char), flags=LoadFlags.NO_HINTING).linearHoriAdvance) / 65536 / 72 / 72


def text_width_in(text: str, size: float = _FONT_PT, *, bold: bool = False) -> float:
    """How wide `text` is drawn in the report's font (matplotlib's default, DejaVu Sans), in inches, with room to spare.

    The sum of its letters' advances (kerning left out: it only narrows a line), plus a tenth: a raster preview of the
    same page (PNG at 80 dpi) hints each letter to whole pixels and draws it that much wider than the PDF does."""
    return sum(_advance_in(char, bold) for char in text) * size * _RASTER_SPARE


# A date with its time ("2026-09-26 09:00") is read as one word: it is not broken between two lines.
_WORD = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(?!\S)|\S+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _wrap(text: str, width_in: float, size: float = _FONT_PT, *, bold: bool = False) -> list[str]:
    """`text` in lines no wider than `width_in`, broken between words (inside a word only when the word alone is
    wider than the column: an MRN or a long code)."""

    def fits(line: str) -> bool:
        return text_width_in(line, size, bold=bold) <= width_in

    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        line = ""
        for word in _words(paragraph):
            candidate = f"{line} {word}" if line else word
            if fits(candidate):
                line = candidate
                continue
            if line:
                lines.append(line)
            while not fits(word) and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and not fits(word[:cut]):
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


class _Layout:
    def __init__(self, top_in: float) -> None:
        self.top = top_in  # below the running header
        self.pages: list[list[_Item]] = [[]]
        self.y = top_in

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def need(self, height_in: float) -> bool:
        """Start a new page unless `height_in` fits; True when a page was started."""
        if self.y - height_in < _BOTTOM and self.pages[-1]:
            self.new_page()
            return True
        return False

    def line(self, x: float, text: str, *, bold: bool = False, size: float = _FONT_PT,
             right_in: float = A4_PORTRAIT_IN[0] - _MARGIN_IN) -> None:
        self.pages[-1].append(_Item(x, self.y, text, bold, size, right_in=right_in))

    def rule(self) -> None:
        """A thin line under the row just written, below its letters' descenders (д, р, у: Russian has many)."""
        self.pages[-1].append(_Item(0, self.y + _LINE_IN * 0.1, "", rule=True))
        self.y -= _LINE_IN * 0.2


def _longest_word_in(texts: Sequence[str], *, bold: bool = False) -> float:
    return max((text_width_in(word, bold=bold) for text in texts for word in _words(text)), default=0.0)


def _columns(table: ReportTable) -> list[tuple[float, float]]:
    """(left edge, width of its text) of each column, in inches.

    The table's relative widths, except that a column is widened to its longest word (header or cell) where the
    others can give up the room: a Russian word ("консолидация", "тромбоциты/мкл") is longer than the English one
    the widths were chosen for, and would otherwise be cut in two. A word longer than a third of the page (a long
    code) is still broken."""
    relative = list(table.widths or tuple(1.0 for _ in table.columns))
    needed = [min(max(_longest_word_in([column], bold=True), _longest_word_in([str(row[i]) for row in table.rows]))
                  + _GAP_IN + 0.02, _USABLE_W / 3)  # a little more than measured: no word touches the next column
              for i, column in enumerate(table.columns)]
    widths = [_USABLE_W * w / sum(relative) for w in relative]
    if sum(needed) <= _USABLE_W:
        fixed: set[int] = set()
        while True:
            short = {i for i, width in enumerate(widths) if i not in fixed and width < needed[i] - 1e-9}
            if not short:
                break
            fixed |= short
            free = _USABLE_W - sum(needed[i] for i in fixed)
            share = sum(relative[i] for i in range(len(widths)) if i not in fixed)
            widths = [needed[i] if i in fixed else free * relative[i] / share for i in range(len(widths))]
    x = _MARGIN_IN
    result = []
    for width_in in widths:
        result.append((x, width_in - _GAP_IN))
        x += width_in
    return result


_HEADING_PT = _FONT_PT + 2.5


def _heading(layout: _Layout, text: str) -> None:
    for line in _wrap(text, _USABLE_W, _HEADING_PT, bold=True):
        layout.line(_MARGIN_IN, line, bold=True, size=_HEADING_PT)
        layout.y -= _LINE_IN * 1.6


def _table(layout: _Layout, table: ReportTable, tr: Translate) -> None:
    cols = _columns(table)

    def header(continued: bool) -> None:
        _heading(layout, fill(tr, "{heading} (continued)", heading=table.heading) if continued else table.heading)
        wrapped = [_wrap(c, width, bold=True) for c, (_, width) in zip(table.columns, cols, strict=True)]
        for i in range(max(len(w) for w in wrapped)):
            for (x, width), lines in zip(cols, wrapped, strict=True):
                if i < len(lines):
                    layout.line(x, lines[i], bold=True, right_in=x + width)
            layout.y -= _LINE_IN
        layout.rule()

    layout.need(_LINE_IN * 5)
    header(False)
    if not table.rows:
        layout.line(_MARGIN_IN, tr("none recorded"))
        layout.y -= _LINE_IN
    for row in table.rows:
        cells = [_wrap(str(value), width) for value, (_, width) in zip(row, cols, strict=True)]
        height = max(len(c) for c in cells)
        if layout.need(_LINE_IN * (height + 0.3)):
            header(True)
        for i in range(height):
            for (x, width), lines in zip(cols, cells, strict=True):
                if i < len(lines):
                    layout.line(x, lines[i], right_in=x + width)
            layout.y -= _LINE_IN
        layout.y -= _LINE_IN * 0.3
    if table.note:
        for line in _wrap(table.note, _USABLE_W, _FONT_PT - 0.5):
            layout.need(_LINE_IN)
            layout.line(_MARGIN_IN, line, size=_FONT_PT - 0.5)
            layout.y -= _LINE_IN
    layout.y -= _LINE_IN * 1.2


def _text(layout: _Layout, block: ReportText) -> None:
    layout.need(_LINE_IN * 4)
    _heading(layout, block.heading)
    for line in block.lines:
        for piece in _wrap(line, _USABLE_W):
            layout.need(_LINE_IN)
            layout.line(_MARGIN_IN, piece)
            layout.y -= _LINE_IN
    layout.y -= _LINE_IN * 1.2


def _fitting_size(text: str, width_in: float, size: float, *, bold: bool = False) -> float:
    """`size`, or smaller (not below 5 pt) when the one-line text would run past `width_in` (the running header's
    subtitle with several courses, a long footer next to the page number)."""
    width = text_width_in(text, size, bold=bold)
    return size if width <= width_in else max(5.0, size * width_in / width * 0.98)


def document_pages(document: ReportDocument, translate: Translate | None = None) -> list[Figure]:
    """The document's text pages as A4 portrait figures (without the figure pages).

    `translate`: the language the document was built in, for the layout's own words (default English)."""
    tr = translate or english
    subtitle = _wrap(document.subtitle, _USABLE_W)  # several courses make it long: it wraps, the pages start lower
    layout = _Layout(_SUBTITLE_Y - _LINE_IN * len(subtitle) - 0.06)
    for block in document.blocks:
        if isinstance(block, ReportTable):
            _table(layout, block, tr)
        else:
            _text(layout, block)
    figures = []
    for number, items in enumerate(layout.pages, start=1):
        fig = Figure(figsize=A4_PORTRAIT_IN)
        w, h = A4_PORTRAIT_IN
        fig.text(_MARGIN_IN / w, (h - _MARGIN_IN) / h, document.title, va="top", fontweight="bold",
                 fontsize=_fitting_size(document.title, _USABLE_W, _FONT_PT + 4, bold=True))
        for i, line in enumerate(subtitle):
            text = fig.text(_MARGIN_IN / w, (_SUBTITLE_Y - i * _LINE_IN) / h, line, va="top", fontsize=_FONT_PT)
            text.set_gid(f"report-text right={w - _MARGIN_IN:.4f}")
        for item in items:
            if item.rule:
                fig.add_artist(_rule(fig, item.y_in))
                continue
            text = fig.text(item.x_in / w, item.y_in / h, item.text, fontsize=item.size,
                            fontweight="bold" if item.bold else "normal", va="top", ha="left")
            text.set_gid(f"report-text right={item.right_in:.4f}")  # where it must end (tests measure it)
        page = fill(tr, "page {number} of {total}", number=number, total=len(layout.pages))
        page_width = text_width_in(page, _FONT_PT - 1)
        fig.text(_MARGIN_IN / w, _MARGIN_IN / h, document.footer, va="bottom",
                 fontsize=_fitting_size(document.footer, _USABLE_W - page_width - 0.2, _FONT_PT - 1))
        fig.text(1 - _MARGIN_IN / w, _MARGIN_IN / h, page, fontsize=_FONT_PT - 1, va="bottom", ha="right")
        figures.append(fig)
    return figures


def _rule(fig: Figure, y_in: float) -> object:
    from matplotlib.lines import Line2D

    w, h = A4_PORTRAIT_IN
    return Line2D([_MARGIN_IN / w, 1 - _MARGIN_IN / w], [y_in / h, y_in / h], transform=fig.transFigure,
                  color="black", linewidth=0.4)


def write_report_pdf(document: ReportDocument, path: Path, *, figures: Sequence[Figure] = (),
                     progress: Progress | None = None, translate: Translate | None = None) -> int:
    """Write the figures (one page each, at their own size) then the document's pages; returns the page count.

    `translate`: the language the document was built in, for the layout's own words (default English)."""
    pages = document_pages(document, translate)
    total = len(figures) + len(pages)
    done = 0
    metadata = {"Title": document.title, "Subject": document.subtitle, "Creator": "blinadesk",
                "CreationDate": datetime.now().astimezone()}
    with PdfPages(path, metadata=metadata) as pdf:
        for fig in [*figures, *pages]:
            pdf.savefig(fig)
            done += 1
            if progress is not None:
                progress(done, total)
    return total
