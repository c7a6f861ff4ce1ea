# Generated from ui/settings_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.language_label = QLabel(SettingsDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(SettingsDialog)
        self.language.setObjectName(u"language")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.idle_lock_minutes_label = QLabel(SettingsDialog)
        self.idle_lock_minutes_label.setObjectName(u"idle_lock_minutes_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idle_lock_minutes_label)

        self.idle_lock_minutes = QSpinBox(SettingsDialog)
        self.idle_lock_minutes.setObjectName(u"idle_lock_minutes")
        self.idle_lock_minutes.setMinimum(1)
        self.idle_lock_minutes.setMaximum(60)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idle_lock_minutes)


        self.main_layout.addLayout(self.form)

        self.idle_hint = QLabel(SettingsDialog)
        self.idle_hint.setObjectName(u"idle_hint")
        self.idle_hint.setWordWrap(True)

        self.main_layout.addWidget(self.idle_hint)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.language_label.setBuddy(self.language)
        self.idle_lock_minutes_label.setBuddy(self.idle_lock_minutes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.language, self.idle_lock_minutes)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.language_label.setText(QCoreApplication.translate("SettingsDialog", u"&Language", None))
        self.idle_lock_minutes_label.setText(QCoreApplication.translate("SettingsDialog", u"Lock the screen &after", None))
        self.idle_hint.setText(QCoreApplication.translate("SettingsDialog", u"After this many minutes without a key press or mouse movement, the screen hides patient data until the password is typed again.", None))
    # retranslateUi

