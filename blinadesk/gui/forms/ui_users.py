# Generated from ui/users.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'users.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        self.main_layout = QVBoxLayout(UsersDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation = QLabel(UsersDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.main_layout.addWidget(self.explanation)

        self.users_table = QTableView(UsersDialog)
        self.users_table.setObjectName(u"users_table")
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SingleSelection)

        self.main_layout.addWidget(self.users_table)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.create_user = QPushButton(UsersDialog)
        self.create_user.setObjectName(u"create_user")

        self.actions_layout.addWidget(self.create_user)

        self.reset_password = QPushButton(UsersDialog)
        self.reset_password.setObjectName(u"reset_password")

        self.actions_layout.addWidget(self.reset_password)

        self.unlock_user = QPushButton(UsersDialog)
        self.unlock_user.setObjectName(u"unlock_user")

        self.actions_layout.addWidget(self.unlock_user)

        self.deactivate_user = QPushButton(UsersDialog)
        self.deactivate_user.setObjectName(u"deactivate_user")

        self.actions_layout.addWidget(self.deactivate_user)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.main_layout.addLayout(self.actions_layout)

        self.buttons = QDialogButtonBox(UsersDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.main_layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.users_table, self.create_user)
        QWidget.setTabOrder(self.create_user, self.reset_password)
        QWidget.setTabOrder(self.reset_password, self.unlock_user)
        QWidget.setTabOrder(self.unlock_user, self.deactivate_user)

        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"Users", None))
        self.explanation.setText(QCoreApplication.translate("UsersDialog", u"Accounts of this ward. A deactivated account can no longer sign in; it stays in the record, which names it.", None))
        self.create_user.setText(QCoreApplication.translate("UsersDialog", u"&Create user\u2026", None))
        self.reset_password.setText(QCoreApplication.translate("UsersDialog", u"&Reset password\u2026", None))
        self.unlock_user.setText(QCoreApplication.translate("UsersDialog", u"&Unlock\u2026", None))
        self.deactivate_user.setText(QCoreApplication.translate("UsersDialog", u"&Deactivate\u2026", None))
    # retranslateUi

