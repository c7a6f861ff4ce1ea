"""Today on a 1366 × 768 ward screen: a long alert badge wraps onto further lines in a column of bounded width (its
row grows) instead of widening the alerts column until the last columns' headers are cut off. In English and in
Russian (the longer)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem

from blinadesk.gui.i18n import install_language
from blinadesk.gui.models.worklist_model import WorklistModel
from blinadesk.gui.widgets.alert_badges import ALERTS_MAX_CHARS
from blinadesk.gui.windows.main_window import MainWindow

from .shell_support import infusing_with_fever, on_sqlite, register, settle


def _past_planned_end(ward, staff) -> int:  # type: ignore[no-untyped-def]
    """An adult whose 28 days of infusion ended two hours ago: "Infusion past planned end (time, date)"."""
    patient = register(ward, staff.nurse, "BD-731", "Орлова", "Вера", date(1979, 6, 1))
    started = ward.now() - timedelta(days=28, hours=2)
    ward.record_measurement(staff.nurse, patient, ward.local_date(started), 70.0, 175.0)
    planned = ward.plan_course(staff.physician, patient, "rr", ward.catalogue.default.id, ward.local_date(started), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, started)
    return patient


def _weight_changed(ward, staff) -> int:  # type: ignore[no-untyped-def]
    """A child dosed by body surface, weighed 28 kg when planned and 32 kg today: the weight-difference alert."""
    child = register(ward, staff.nurse, "BD-732", "Lee", "Tom", date(2016, 3, 1), 28.0, 130.0)
    started = ward.now() - timedelta(hours=3)
    planned = ward.plan_course(staff.physician, child, "rr", ward.catalogue.default.id, ward.local_date(started), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, started)
    ward.record_measurement(staff.nurse, child, ward.today(), 32.0, 130.0)
    return child


def _cell_option(table, row: int, column: int) -> QStyleOptionViewItem:  # type: ignore[no-untyped-def]
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = table.font()
    option.rect = QRect(0, 0, table.columnWidth(column) - 1, table.rowHeight(row))
    return option


@on_sqlite
@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_long_alert_wraps_and_every_header_shows_whole_at_1366(qtbot, context, staff, language) -> None:
    ward = context.ward
    short = infusing_with_fever(ward, staff)  # "Fever grade 2": one short badge
    ended = _past_planned_end(ward, staff)
    weighed = _weight_changed(ward, staff)
    install_language(language)
    context.sign_in_as(staff.nurse, "Olga Petrova")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    settle(qtbot, context)
    assert window.today is not None
    screen = window.today
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3, timeout=10_000)
    table = screen.table
    qtbot.waitUntil(lambda: table.viewport().width() > 1200, timeout=5_000)
    table.executeDelayedItemsLayout()
    qtbot.wait(50)
    header = table.horizontalHeader()
    model = screen.model

    # Every header whole: each section at least as wide as its text (and the header's margins around it).
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(model.columnCount()):
        title = model.headerData(column, header.orientation())
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title) + 2 * margin, (language, title)
    # All of them on the screen, no scrolling sideways; the two long texts still take the room left over.
    assert header.length() <= table.viewport().width()
    for column in (WorklistModel.PREMEDICATION, WorklistModel.MISSING):
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch

    # The alerts column: no wider than its bound, the long badges wrapped onto further lines within it.
    char = QFontMetrics(table.font()).averageCharWidth()
    alerts_width = table.columnWidth(WorklistModel.ALERTS)
    assert alerts_width <= (ALERTS_MAX_CHARS + 4) * char
    rows = {model.entry(row).patient_id: row for row in range(model.rowCount())}
    delegate = table.itemDelegateForColumn(WorklistModel.ALERTS)

    def badge_height(patient_id: int) -> int:
        row = rows[patient_id]
        return delegate.sizeHint(_cell_option(table, row, WorklistModel.ALERTS),
                                 model.index(row, WorklistModel.ALERTS)).height()

    one_line = badge_height(short)
    for patient_id in (ended, weighed):
        assert badge_height(patient_id) > one_line, (language, model.entry(rows[patient_id]).alerts)
        assert table.rowHeight(rows[patient_id]) >= badge_height(patient_id)
        assert table.rowHeight(rows[patient_id]) > table.rowHeight(rows[short])
    # The weight's sentence, three times the column's bound, takes at least three lines.
    assert badge_height(weighed) >= one_line + 2 * QFontMetrics(table.font()).height()
    window.quit()
