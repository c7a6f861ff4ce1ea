"""Russian: the window and its menus in Russian, dates and numbers in the Russian way; persisted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from blinadesk.gui.i18n import format_date, format_number, install_language
from blinadesk.gui.models.worklist_model import WorklistModel
from blinadesk.gui.settings import GuiSettings
from blinadesk.gui.windows.main_window import MainWindow

from .shell_support import on_sqlite, settle


@on_sqlite
def test_switching_to_russian_translates_the_window_live_and_is_remembered(qtbot, context, staff) -> None:
    context.sign_in_as(staff.nurse, "Olga Petrova")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, context)
    assert window.file_menu.title() == "&File"
    window.switch_language()
    qtbot.waitUntil(lambda: window.windowTitle() == "blinadesk — журнал отделения", timeout=2_000)
    assert window.file_menu.title() == "&Файл"
    assert window.tabs.tabText(0) == "Сегодня"
    assert window.tabs.tabText(1) == "Пациенты"
    assert window.today is not None
    assert window.today.model.headerData(WorklistModel.DOSE, Qt.Orientation.Horizontal) == "Доза, мкг/сут"
    assert GuiSettings().language == "ru"
    window.quit()


def test_dates_and_numbers_follow_the_chosen_language(qapp) -> None:
    install_language("ru")
    try:
        assert format_number(28.5, 1) == "28,5"
        assert format_date(date(2024, 3, 5)).startswith("5 мар")
    finally:
        install_language("en")
    assert format_number(28.5, 1) == "28.5"
    assert format_date(date(2024, 3, 5)) == "5 Mar 2024"
