"""The course calendar: one row per cycle, one cell per day, from the cycle's first day to the day before the
next cycle may start. Each kind of day has a colour AND a pattern AND a mark, so it reads the same for a nurse
with a colour-vision deficiency and on a black-and-white printout:

    infusing        solid blue, day number in white
    infusion ends   white, blue up to the hour the infusion ends, then a black end bar (no number: it is the
                    tail of day 28 that began the date before, not a 29th day)
    interrupted     orange with diagonal hatching, a cross (the day number when a cycle day begins on it)
    treatment-free  light grey with dots
    planned         white with a dashed blue outline, day number in blue
    hospital day    a bar along the top with an "H"
    today           a thick black frame

Infusion cells carry the cycle day in progress at the end of the date, counted in infused time (so a cycle
shows 28 numbered infusion cells, and an interruption shifts the numbers); treatment-free cells are unnumbered.
The tooltip of a cell gives its date, cycle day, status, the day's dose and when the infusion ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from blinadesk.gui.i18n import format_date, format_number, format_time
from blinadesk.gui.models.chart_models import ward_word

CELL = 24
GAP = 2
LABEL_WIDTH = 150
ROW_HEIGHT = CELL + 8
LEGEND_HEIGHT = 34

INFUSING = QColor("#0072b2")  # Okabe-Ito blue
INTERRUPTED = QColor("#e69f00")  # Okabe-Ito orange
TREATMENT_FREE = QColor("#e4e4e4")
PLANNED_EDGE = QColor("#0072b2")
HOSPITAL = QColor("#cc79a7")  # Okabe-Ito reddish purple


@dataclass(frozen=True)
class CalendarDay:
    date: date
    day_number: int
    status: str  # planned, infusing, interrupted, ending, treatment-free
    dose_mcg_per_day: float | None
    hospitalised: bool
    ends_at: datetime | None = None  # the infusion ends on this date, at this moment
    starts_day: bool = True  # a cycle day begins on this date: its number is written in the cell


@dataclass(frozen=True)
class CalendarRow:
    title: str  # "C1 induction"
    subtitle: str  # "from 2 Mar 2026, running"
    days: tuple[CalendarDay, ...]


class CourseCalendar(QWidget):
    day_activated = Signal(object)  # the date clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[CalendarRow, ...] = ()
        self._today: date | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- data ------------------------------------------------------------------------------------------

    def set_rows(self, rows: tuple[CalendarRow, ...], today: date | None) -> None:
        self._rows = rows
        self._today = today
        self.updateGeometry()
        self.setMinimumSize(self.sizeHint())
        self.setAccessibleDescription(self.summary())
        self.update()

    def rows(self) -> tuple[CalendarRow, ...]:
        return self._rows

    def summary(self) -> str:
        """The calendar in words, for screen readers and tests."""
        lines = []
        for row in self._rows:
            counts: dict[str, int] = {}
            for day in row.days:
                counts[day.status] = counts.get(day.status, 0) + 1
            parts = ", ".join(f"{ward_word(status)} {count}" for status, count in counts.items())
            lines.append(f"{row.title}: {parts}")
        return "\n".join(lines)

    # --- geometry --------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        longest = max((len(r.days) for r in self._rows), default=28)
        return QSize(LABEL_WIDTH + longest * (CELL + GAP) + 8, LEGEND_HEIGHT + max(len(self._rows), 1) * ROW_HEIGHT + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_rect(self, row: int, index: int) -> QRect:
        return QRect(LABEL_WIDTH + index * (CELL + GAP), LEGEND_HEIGHT + row * ROW_HEIGHT + 4, CELL, CELL)

    def day_at(self, point: QPoint) -> tuple[CalendarRow, CalendarDay] | None:
        row = (point.y() - LEGEND_HEIGHT) // ROW_HEIGHT
        index = (point.x() - LABEL_WIDTH) // (CELL + GAP)
        if point.y() < LEGEND_HEIGHT or point.x() < LABEL_WIDTH or not 0 <= row < len(self._rows):
            return None
        days = self._rows[row].days
        if not 0 <= index < len(days) or not self.cell_rect(row, index).contains(point):
            return None
        return self._rows[row], days[index]

    # --- words -----------------------------------------------------------------------------------------

    def status_text(self, status: str) -> str:
        return ward_word(status)

    def day_tooltip(self, row: CalendarRow, day: CalendarDay) -> str:
        if day.status == "treatment-free":
            first = self.tr("{cycle}, treatment-free day {day}: {date}")
        else:
            first = self.tr("{cycle}, day {day}: {date}")
        lines = [first.format(cycle=row.title, day=day.day_number, date=format_date(day.date))]
        if day.status != "ending":
            lines.append(self.status_text(day.status))
        if day.ends_at is not None:
            lines.append(self.tr("infusion ends {time}").format(time=format_time(day.ends_at)))
        if day.dose_mcg_per_day is not None:
            lines.append(self.tr("Dose: {dose} mcg/day").format(dose=format_number(day.dose_mcg_per_day, 2)))
        if day.hospitalised:
            lines.append(self.tr("Hospital day (label)"))
        if self._today == day.date:
            lines.append(self.tr("Today"))
        return "\n".join(lines)

    # --- events ----------------------------------------------------------------------------------------

    def event(self, event: object) -> bool:  # type: ignore[override]
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QHelpEvent

        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            found = self.day_at(event.pos())
            if found is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.day_tooltip(*found), self)
            return True
        return super().event(event)  # type: ignore[arg-type]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.day_at(event.position().toPoint())
        if found is not None:
            self.day_activated.emit(found[1].date)
        super().mousePressEvent(event)

    # --- painting --------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._paint_legend(painter)
        if not self._rows:
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(8, LEGEND_HEIGHT, self.width() - 16, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, self.tr("No course planned yet."))
            return
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.8, 7.0))
        for r, row in enumerate(self._rows):
            top = LEGEND_HEIGHT + r * ROW_HEIGHT
            painter.setPen(self.palette().text().color())
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(QRect(4, top, LABEL_WIDTH - 8, ROW_HEIGHT // 2 + 2), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignBottom, row.title)
            painter.setFont(small)
            painter.drawText(QRect(4, top + ROW_HEIGHT // 2, LABEL_WIDTH - 8, ROW_HEIGHT // 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, row.subtitle)
            for i, day in enumerate(row.days):
                self._paint_day(painter, self.cell_rect(r, i), day, small)
        painter.end()

    def _paint_day(self, painter: QPainter, rect: QRect, day: CalendarDay, font: QFont) -> None:
        painter.setFont(font)
        number_colour = QColor("#000000")
        mark = str(day.day_number) if day.starts_day else ""
        if day.status == "infusing":
            painter.fillRect(rect, INFUSING)
            number_colour = QColor("#ffffff")
        elif day.status == "ending":
            self._paint_ending(painter, rect, day)
            mark = ""
        elif day.status == "interrupted":
            painter.fillRect(rect, INTERRUPTED)
            painter.fillRect(rect, QBrush(QColor("#7a4f00"), Qt.BrushStyle.BDiagPattern))
            mark = str(day.day_number) if day.starts_day else "✕"
            if day.starts_day:  # the number on a plain patch, readable over the hatching
                painter.fillRect(rect.adjusted(5, 6, -5, -6), INTERRUPTED)
        elif day.status == "treatment-free":
            painter.fillRect(rect, TREATMENT_FREE)
            painter.fillRect(rect, QBrush(QColor("#9a9a9a"), Qt.BrushStyle.Dense7Pattern))
            mark = ""
        else:  # planned
            painter.fillRect(rect, QColor("#ffffff"))
            pen = QPen(PLANNED_EDGE, 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            number_colour = PLANNED_EDGE
        if day.hospitalised:
            bar = QRect(rect.left(), rect.top(), rect.width(), 6)
            painter.fillRect(bar, HOSPITAL)
        painter.setPen(number_colour)
        painter.drawText(rect.adjusted(0, 4 if day.hospitalised else 0, 0, 0), Qt.AlignmentFlag.AlignCenter, mark)
        if self._today == day.date:
            painter.setPen(QPen(QColor("#000000"), 3))
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))

    def _paint_ending(self, painter: QPainter, rect: QRect, day: CalendarDay) -> None:
        """Blue up to the hour the infusion ends (half the cell when the hour is not known), then a black bar."""
        painter.fillRect(rect, QColor("#ffffff"))
        fraction = 0.5
        if day.ends_at is not None:
            local = day.ends_at.astimezone() if day.ends_at.tzinfo else day.ends_at
            fraction = min(max((local.hour * 60 + local.minute) / 1440, 0.15), 0.85)
        width = round(rect.width() * fraction)
        painter.fillRect(QRect(rect.left(), rect.top(), width, rect.height()), INFUSING)
        painter.fillRect(QRect(rect.left() + width, rect.top(), 3, rect.height()), QColor("#000000"))
        painter.setPen(QPen(PLANNED_EDGE, 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))

    def _legend_items(self) -> list[tuple[str, CalendarDay]]:
        today = self._today or date.today()
        return [(self.tr("infusing"), CalendarDay(today, 1, "infusing", None, False)),
                (self.tr("infusion ends"), CalendarDay(today, 28, "ending", None, False, starts_day=False)),
                (self.tr("interrupted"), CalendarDay(today, 1, "interrupted", None, False, starts_day=False)),
                (self.tr("treatment-free"), CalendarDay(today, 1, "treatment-free", None, False)),
                (self.tr("planned"), CalendarDay(today, 1, "planned", None, False)),
                (self.tr("hospital day"), CalendarDay(today, 1, "infusing", None, True))]

    def _paint_legend(self, painter: QPainter) -> None:
        x = 4
        y = 6
        small = QFont(self.font())
        metrics = painter.fontMetrics()
        saved_today = self._today
        self._today = None  # the legend's cells are never "today"
        for text, sample in self._legend_items():
            self._paint_day(painter, QRect(x, y, CELL, CELL), sample, small)
            painter.setPen(self.palette().text().color())
            painter.setFont(small)
            width = metrics.horizontalAdvance(text) + 8
            painter.drawText(QRect(x + CELL + 4, y, width, CELL), Qt.AlignmentFlag.AlignVCenter, text)
            x += CELL + 4 + width + 12
        today_rect = QRect(x, y, CELL, CELL)
        painter.fillRect(today_rect, QColor("#ffffff"))
        painter.setPen(QPen(QColor("#000000"), 3))
        painter.drawRect(today_rect.adjusted(1, 1, -1, -1))
        painter.setPen(self.palette().text().color())
        text = self.tr("today")
        painter.drawText(QRect(x + CELL + 4, y, metrics.horizontalAdvance(text) + 8, CELL),
                         Qt.AlignmentFlag.AlignVCenter, text)
        self._today = saved_today
