# Generated from ui/lock_screen.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        self.main_layout = QVBoxLayout(LockScreen)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(LockScreen)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.main_layout.addWidget(self.heading)

        self.who = QLabel(LockScreen)
        self.who.setObjectName(u"who")
        self.who.setWordWrap(True)

        self.main_layout.addWidget(self.who)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.password_label = QLabel(LockScreen)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(LockScreen)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password)


        self.main_layout.addLayout(self.form)

        self.problem = QLabel(LockScreen)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.button_row = QWidget(LockScreen)
        self.button_row.setObjectName(u"button_row")
        self.button_layout = QHBoxLayout(self.button_row)
        self.button_layout.setObjectName(u"button_layout")
        self.button_layout.setContentsMargins(0, 0, 0, 0)
        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.sign_out = QPushButton(self.button_row)
        self.sign_out.setObjectName(u"sign_out")

        self.button_layout.addWidget(self.sign_out)

        self.unlock = QPushButton(self.button_row)
        self.unlock.setObjectName(u"unlock")

        self.button_layout.addWidget(self.unlock)


        self.main_layout.addWidget(self.button_row)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password, self.unlock)
        QWidget.setTabOrder(self.unlock, self.sign_out)

        self.retranslateUi(LockScreen)

        self.unlock.setDefault(True)


        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        LockScreen.setWindowTitle(QCoreApplication.translate("LockScreen", u"Screen locked", None))
        self.heading.setText(QCoreApplication.translate("LockScreen", u"The screen is locked", None))
        self.password_label.setText(QCoreApplication.translate("LockScreen", u"&Password", None))
        self.sign_out.setText(QCoreApplication.translate("LockScreen", u"Sign &out", None))
        self.unlock.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
    # retranslateUi

