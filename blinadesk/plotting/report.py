"""Printable A4 documents: figures first, then headed tables and text, paginated, with matplotlib's PdfPages.

A report is described as plain data (ReportDocument, built by the services) and laid out here, so the same
document can be written from the command line and from the app's background task. Tables split across pages
with their column header repeated; long cells wrap inside their column.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from blinadesk.plotting.data import ReportDocument, ReportTable, ReportText

A4_PORTRAIT_IN = (8.27, 11.69)
_MARGIN_IN = 0.55
_FONT_PT = 7.0
_LINE_IN = _FONT_PT * 1.38 / 72.0
# Width of an average character of the sans-serif font at _FONT_PT, in inches (DejaVu Sans ~0.55 em).
_CHAR_IN = _FONT_PT * 0.56 / 72.0
_USABLE_W = A4_PORTRAIT_IN[0] - 2 * _MARGIN_IN
_TOP = A4_PORTRAIT_IN[1] - _MARGIN_IN - 0.35  # below the running header
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


def _wrap(text: str, chars: int) -> list[str]:
    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, max(chars, 4), break_long_words=True) or [""])
    return lines


class _Layout:
    def __init__(self) -> None:
        self.pages: list[list[_Item]] = [[]]
        self.y = _TOP

    def new_page(self) -> None:
        self.pages.append([])
        self.y = _TOP

    def need(self, height_in: float) -> bool:
        """Start a new page unless `height_in` fits; True when a page was started."""
        if self.y - height_in < _BOTTOM and self.pages[-1]:
            self.new_page()
            return True
        return False

    def line(self, x: float, text: str, *, bold: bool = False, size: float = _FONT_PT) -> None:
        self.pages[-1].append(_Item(x, self.y, text, bold, size))

    def rule(self) -> None:
        self.pages[-1].append(_Item(0, self.y + _LINE_IN * 0.35, "", rule=True))


def _columns(table: ReportTable) -> list[tuple[float, int]]:
    widths = table.widths or tuple(1.0 for _ in table.columns)
    total = sum(widths)
    x = _MARGIN_IN
    result = []
    for w in widths:
        width_in = _USABLE_W * w / total
        result.append((x, max(int((width_in - 0.08) / _CHAR_IN), 4)))
        x += width_in
    return result


def _table(layout: _Layout, table: ReportTable) -> None:
    cols = _columns(table)

    def header(continued: bool) -> None:
        layout.line(_MARGIN_IN, table.heading + (" (continued)" if continued else ""), bold=True, size=_FONT_PT + 2.5)
        layout.y -= _LINE_IN * 1.6
        wrapped = [_wrap(c, chars) for c, (_, chars) in zip(table.columns, cols, strict=True)]
        for i in range(max(len(w) for w in wrapped)):
            for (x, _), lines in zip(cols, wrapped, strict=True):
                if i < len(lines):
                    layout.line(x, lines[i], bold=True)
            layout.y -= _LINE_IN
        layout.rule()

    layout.need(_LINE_IN * 5)
    header(False)
    if not table.rows:
        layout.line(_MARGIN_IN, "none recorded")
        layout.y -= _LINE_IN
    for row in table.rows:
        cells = [_wrap(str(value), chars) for value, (_, chars) in zip(row, cols, strict=True)]
        height = max(len(c) for c in cells)
        if layout.need(_LINE_IN * (height + 0.3)):
            header(True)
        for i in range(height):
            for (x, _), lines in zip(cols, cells, strict=True):
                if i < len(lines):
                    layout.line(x, lines[i])
            layout.y -= _LINE_IN
        layout.y -= _LINE_IN * 0.3
    if table.note:
        for line in _wrap(table.note, int(_USABLE_W / _CHAR_IN)):
            layout.need(_LINE_IN)
            layout.line(_MARGIN_IN, line, size=_FONT_PT - 0.5)
            layout.y -= _LINE_IN
    layout.y -= _LINE_IN * 1.2


def _text(layout: _Layout, block: ReportText) -> None:
    layout.need(_LINE_IN * 4)
    layout.line(_MARGIN_IN, block.heading, bold=True, size=_FONT_PT + 2.5)
    layout.y -= _LINE_IN * 1.6
    for line in block.lines:
        for piece in _wrap(line, int(_USABLE_W / _CHAR_IN)):
            layout.need(_LINE_IN)
            layout.line(_MARGIN_IN, piece)
            layout.y -= _LINE_IN
    layout.y -= _LINE_IN * 1.2


def document_pages(document: ReportDocument) -> list[Figure]:
    """The document's text pages as A4 portrait figures (without the figure pages)."""
    layout = _Layout()
    for block in document.blocks:
        if isinstance(block, ReportTable):
            _table(layout, block)
        else:
            _text(layout, block)
    figures = []
    for number, items in enumerate(layout.pages, start=1):
        fig = Figure(figsize=A4_PORTRAIT_IN)
        w, h = A4_PORTRAIT_IN
        fig.text(_MARGIN_IN / w, (h - _MARGIN_IN) / h, document.title, fontsize=_FONT_PT + 4, fontweight="bold",
                 va="top")
        fig.text(_MARGIN_IN / w, (h - _MARGIN_IN - 0.22) / h, document.subtitle, fontsize=_FONT_PT, va="top")
        for item in items:
            if item.rule:
                fig.add_artist(_rule(fig, item.y_in))
                continue
            fig.text(item.x_in / w, item.y_in / h, item.text, fontsize=item.size,
                     fontweight="bold" if item.bold else "normal", va="top", ha="left")
        fig.text(_MARGIN_IN / w, _MARGIN_IN / h, document.footer, fontsize=_FONT_PT - 1, va="bottom")
        fig.text(1 - _MARGIN_IN / w, _MARGIN_IN / h, f"page {number} of {len(layout.pages)}", fontsize=_FONT_PT - 1,
                 va="bottom", ha="right")
        figures.append(fig)
    return figures


def _rule(fig: Figure, y_in: float) -> object:
    from matplotlib.lines import Line2D

    w, h = A4_PORTRAIT_IN
    return Line2D([_MARGIN_IN / w, 1 - _MARGIN_IN / w], [y_in / h, y_in / h], transform=fig.transFigure,
                  color="black", linewidth=0.4)


def write_report_pdf(document: ReportDocument, path: Path, *, figures: Sequence[Figure] = (),
                     progress: Progress | None = None) -> int:
    """Write the figures (one page each, at their own size) then the document's pages; returns the page count."""
    pages = document_pages(document)
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
