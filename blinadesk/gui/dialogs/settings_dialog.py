"""The user's desktop preferences: language (applied at once) and the idle time before the screen locks."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from blinadesk.gui.context import AppContext
from blinadesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from blinadesk.gui.i18n import LANGUAGE_NAMES


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        for code, name in LANGUAGE_NAMES.items():
            self.ui.language.addItem(name, code)
        self.ui.language.setCurrentIndex(max(0, self.ui.language.findData(context.settings.language)))
        self.ui.idle_lock_minutes.setValue(context.settings.idle_lock_minutes)
        self.ui.idle_lock_minutes.setSuffix(self.tr(" min"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    @property
    def chosen_language(self) -> str:
        return str(self.ui.language.currentData())

    def accept(self) -> None:
        self.context.settings.language = self.chosen_language
        self.context.settings.idle_lock_minutes = self.ui.idle_lock_minutes.value()
        self.context.settings.sync()
        super().accept()
