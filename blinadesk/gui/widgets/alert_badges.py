"""Alerts drawn as badges that say what they are: a shape, a word and a colour, never the colour alone
(a red-green colour-blind nurse reads "▲ CRS grade 2" as well as anyone)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
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
    return f"{BADGE_LOOK[urgency][2]} {text}"


class AlertBadgeDelegate(QStyledItemDelegate):
    """Paints the alerts column: one badge per alert, one per line when they do not fit side by side."""

    def _badges(self, index: Index) -> list[tuple[str, Urgency]]:
        value = index.data(ALERTS_ROLE)
        return list(value) if value else []

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> list[tuple[QRect, str, Urgency]]:
        metrics = QFontMetrics(option.font)
        pad_x = metrics.averageCharWidth()
        pad_y = max(2, metrics.height() // 6)
        gap = max(3, metrics.averageCharWidth() // 2)
        width = option.rect.width() if option.rect.width() > 0 else 10_000
        x, y = gap, gap
        placed = []
        for text, urgency in self._badges(index):
            label = badge_text(text, urgency)
            w = metrics.horizontalAdvance(label) + 2 * pad_x
            h = metrics.height() + 2 * pad_y
            if x > gap and x + w > width - gap:
                x, y = gap, y + h + gap
            placed.append((QRect(x, y, w, h), label, urgency))
            x += w + gap
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
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(option.font)
        for rect, label, urgency in badges:
            background, foreground, _shape = BADGE_LOOK[urgency]
            box = rect.translated(option.rect.topLeft())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            radius = box.height() / 3
            painter.drawRoundedRect(box, radius, radius)
            painter.setPen(QColor(foreground))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        badges = self._layout(option, index)
        if not badges:
            return super().sizeHint(option, index)
        right = max(r.right() for r, _l, _u in badges)
        bottom = max(r.bottom() for r, _l, _u in badges)
        gap = max(3, QFontMetrics(option.font).averageCharWidth() // 2)
        # Room for the cell's own margins too, so that badges laid out side by side here stay side by side.
        return QSize(right + 3 * gap, bottom + gap)


