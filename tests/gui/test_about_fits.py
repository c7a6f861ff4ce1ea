"""The About window lists every label edition with its sources, and fits a 1366x768 screen with its OK in reach
(a message box grew to 969 pixels: found in a Russian ward walk-through)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser

from blinadesk.gui.windows.main_window import MainWindow

from .shell_support import on_sqlite


@on_sqlite
def test_the_about_window_scrolls_its_sources_and_fits_the_screen(qtbot, context, staff, russian) -> None:
    context.sign_in_as(staff.nurse)
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = window.about_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    available = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= min(available.height(), 768)
    assert dialog.frameGeometry().width() <= min(available.width(), 1366)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert all(edition.id in text for edition in context.ward.catalogue)
    assert "Загруженные редакции" in text or "Label editions" in text
    ok = dialog.findChild(QDialogButtonBox)
    assert ok is not None and ok.isVisible()
