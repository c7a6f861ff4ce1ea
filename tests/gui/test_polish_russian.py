"""In Russian, the services' messages are shown in Russian where their shape is known: field names and common
problems in forms, sign-in refusals, weight warnings, fever grade reasons; an unknown part stays as written."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from blinadesk.gui.dialogs.register_patient import RegisterPatientDialog
from blinadesk.gui.dialogs.sign_in import SignInDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import service_text, translate_message, translate_reason
from blinadesk.services.errors import SignInRefused, ValidationError, problem

from .shell_support import PASSWORD, on_sqlite, settle


def test_field_problems_and_refusals_in_russian(russian: None) -> None:
    assert translate_message("Given name: is required") == "Имя: обязательное поле"
    assert translate_message("Weight: must be between 0.3 and 300 kg, got 900") == \
        "Вес: допустимо от 0.3 до 300 кг, введено 900"
    assert translate_message("Unknown user name or wrong password.") == \
        "Неизвестное имя пользователя или неверный пароль."
    assert translate_message("nurse.joy (nurse) may not plan a treatment course: only physician may.") == \
        "nurse.joy (медсестра) не может планировать курс лечения: это доступно только ролям: врач."
    error = ValidationError([problem("given_name", "is required"), problem("mrn", "BD-1 is already registered")])
    assert service_text(error) == "Имя: обязательное поле; № карты: BD-1 уже зарегистрирован"
    # A problem this table does not know keeps the service's English after the translated field name.
    assert translate_message("Lot: looks odd") == "Серия: looks odd"
    assert translate_message("Something new entirely.") == "Something new entirely."
    assert translate_reason("39.4 °C is above 39.0 and at most 40.0 °C") == "39.4 °C выше 39.0, но не выше 40.0 °C"
    assert translate_reason("fever 39.4 °C with hypotension").endswith("(англ.)")


def test_english_is_unchanged() -> None:
    install_language("en")
    assert translate_message("Given name: is required") == "Given name: is required"
    assert translate_reason("fever 39.4 °C with hypotension") == "fever 39.4 °C with hypotension"


@on_sqlite
def test_a_form_and_the_sign_in_speak_russian(qtbot, context, staff, russian: None) -> None:
    context.sign_in_as(staff.nurse, "Olga Petrova")
    dialog = RegisterPatientDialog(context)
    qtbot.addWidget(dialog)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, context)
    messages = " ".join(dialog.errors.message(name) for name in ("mrn", "family_name", "given_name"))
    assert "обязательное поле" in messages and "is required" not in messages

    context.sign_in_as(None)
    sign_in = SignInDialog(context)
    qtbot.addWidget(sign_in)
    sign_in._refused(SignInRefused("Unknown user name or wrong password."))
    assert sign_in.ui.problem.text() == "Неизвестное имя пользователя или неверный пароль."
    assert PASSWORD  # the staff were made with it; no real sign-in is needed to see the refusal's words
