"""A failure that is not one of the services' worded refusals (a bug, a library's error) reaches a dialog as
a short apology in the user's language; its Python message and traceback go to the error log, never to the
screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from blinadesk.gui.dialogs.history import HistoryDialog
from blinadesk.gui.dialogs.plan_course import PlanCourseDialog
from blinadesk.gui.i18n import install_language

from .shell_support import on_sqlite, register, settle


def boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("boom")


def assert_apology(shown: str, data_dir: Path, apology: str) -> None:
    assert apology in shown
    assert "boom" not in shown and "Traceback" not in shown
    log = (data_dir / "blinadesk-error.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: boom" in log


@on_sqlite
def test_a_failing_schedule_preview_shows_an_apology_and_logs_the_traceback(
        qtbot, context, staff, ward, monkeypatch: pytest.MonkeyPatch, isolated_profile: Path) -> None:
    patient_id = register(ward, staff.nurse, "BD-500", "Иванова", "Мария", date(1990, 1, 2))
    context.sign_in_as(staff.physician, "Elena Sokolova")
    monkeypatch.setattr(ward, "preview_course", boom)
    dialog = PlanCourseDialog(context, patient_id)
    qtbot.addWidget(dialog)
    dialog.preview()
    settle(qtbot, context)
    assert dialog.preview_shown is None and not dialog.save_button.isEnabled()
    assert_apology(dialog.ui.warningsLabel.text(), isolated_profile, "Something went wrong inside blinadesk")


@on_sqlite
def test_a_failing_history_says_so_in_russian(qtbot, context, staff, ward, monkeypatch: pytest.MonkeyPatch,
                                               isolated_profile: Path) -> None:
    install_language("ru")  # the context fixture switches back to English
    context.sign_in_as(staff.nurse, "Olga Petrova")
    monkeypatch.setattr(ward, "entry_history", boom)
    dialog = HistoryDialog(context, "observations", 1, "observation")
    qtbot.addWidget(dialog)
    settle(qtbot, context)
    assert dialog.loaded
    assert_apology(dialog.ui.problemLabel.text(), isolated_profile, "Внутренняя ошибка blinadesk (RuntimeError)")
