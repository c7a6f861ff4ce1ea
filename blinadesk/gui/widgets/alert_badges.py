"""Alerts drawn as badges that say what they are: a shape, a word and a colour, never the colour alone
(a red-green colour-blind nurse reads "▲ CRS grade 2" as well as anyone)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from blinadesk.gui.models.worklist_model import ALERTS_ROLE
from blinadesk.gui.widgets.ward_words import Urgency

# (background, text, shape): dark red/orange/yellow differ in lightness too, and each has its own shape.
BADGE_LOOK: dict[Urgency, tuple[str, str, str]] = {
    Urgency.NOW: ("#a50e0e", "#ffffff", "▲"),
    Urgency.SOON: ("#b45309", "#ffffff", "◆"),
    Urgency.CHECK: ("#fde68a", "#3b2f00", "●"),
    Urgency.NONE: ("#e5e7eb", "#111827", "●"),
}

Index = QModelIndex | QPersistentModelIndex


def badge_text(text: str, urgency: Urgency) -> str:
    """The shape, then the alert's words; where a long badge wraps, its shape stays with the first word and a
    percent sign with its number ("11 %" is never split over two lines)."""
    return f"{BADGE_LOOK[urgency][2]}\u00a0{text}".replace(" %", "\u00a0%")


# How wide the alerts column may grow, in average characters: a longer badge wraps onto further lines in it (the
# row grows) rather than widen the column and squeeze the others off a 1366 px ward screen. Its tooltip has it all.
ALERTS_MAX_CHARS = 32


class AlertBadgeDelegate(QStyledItemDelegate):
    """Paints the alerts column: one badge per alert, one per line when they do not fit side by side, and a
    badge wider than the column wraps its words onto further lines. Asked for its width (no cell yet), it lays
    the badges out in `max_chars` average characters: the column is as wide as its badges need, never wider."""

    def __init__(self, parent: QObject | None = None, max_chars: int = ALERTS_MAX_CHARS) -> None:
        super().__init__(parent)
        self.max_chars = max_chars

    def _badges(self, index: Index) -> list[tuple[str, Urgency]]:
        value = index.data(ALERTS_ROLE)
        return list(value) if value else []

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> list[tuple[QRect, str, Urgency, bool]]:
        """Each badge's box within the cell, its label and whether its words wrap inside the box."""
        metrics = QFontMetrics(option.font)
        pad_x = metrics.averageCharWidth()
        pad_y = max(2, metrics.height() // 6)
        gap = max(3, metrics.averageCharWidth() // 2)
        if option.rect.width() > 0:
            width = option.rect.width()
        else:  # a width hint: as the column would be at its widest
            width = self.max_chars * metrics.averageCharWidth() + 2 * gap
        room = max(1, width - 2 * gap - 2 * pad_x)  # for the text of a badge alone on its line
        x, y, line_height = gap, gap, 0
        placed = []
        for text, urgency in self._badges(index):
            label = badge_text(text, urgency)
            one_line = metrics.horizontalAdvance(label)
            wraps = one_line > room
            if wraps:
                bounds = metrics.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap), label)
                w, h = bounds.width() + 2 * pad_x, bounds.height() + 2 * pad_y
            else:
                w, h = one_line + 2 * pad_x, metrics.height() + 2 * pad_y
            if x > gap and x + w > width - gap:
                x, y, line_height = gap, y + line_height + gap, 0
            placed.append((QRect(x, y, w, h), label, urgency, wraps))
            x += w + gap
            line_height = max(line_height, h)
            if wraps:  # nothing beside a wrapped badge
                x = width
        return placed

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        badges = self._layout(option, index)
        if not badges:
            super().paint(painter, option, index)
            return
        # The row's selection and focus background first, then the badges on top.
        style = option.widget.style() if option.widget is not None else QApplication.style()
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        metrics = QFontMetrics(option.font)
        pad_x = metrics.averageCharWidth()
        pad_y = max(2, metrics.height() // 6)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        for rect, label, urgency, wraps in badges:
            background, foreground, _shape = BADGE_LOOK[urgency]
            box = rect.translated(option.rect.topLeft())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            radius = min(box.height(), metrics.height() + 2 * pad_y) / 3
            painter.drawRoundedRect(box, radius, radius)
            painter.setPen(QColor(foreground))
            if wraps:
                painter.drawText(box.adjusted(pad_x, pad_y, -pad_x, -pad_y),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                                 | int(Qt.TextFlag.TextWordWrap), label)
            else:
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        badges = self._layout(option, index)
        if not badges:
            return super().sizeHint(option, index)
        right = max(r.right() for r, _l, _u, _w in badges)
        bottom = max(r.bottom() for r, _l, _u, _w in badges)
        gap = max(3, QFontMetrics(option.font).averageCharWidth() // 2)
        # Room for the cell's own margins too, so that badges laid out side by side here stay side by side.
        return QSize(right + 3 * gap, bottom + gap)
