# Generated from ui/first_admin.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_admin.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

class Ui_FirstAdministratorDialog(object):
    def setupUi(self, FirstAdministratorDialog):
        if not FirstAdministratorDialog.objectName():
            FirstAdministratorDialog.setObjectName(u"FirstAdministratorDialog")
        self.main_layout = QVBoxLayout(FirstAdministratorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation = QLabel(FirstAdministratorDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.main_layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.username_label = QLabel(FirstAdministratorDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(FirstAdministratorDialog)
        self.username.setObjectName(u"username")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.full_name_label = QLabel(FirstAdministratorDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(FirstAdministratorDialog)
        self.full_name.setObjectName(u"full_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.password_label = QLabel(FirstAdministratorDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(FirstAdministratorDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.password_again_label = QLabel(FirstAdministratorDialog)
        self.password_again_label.setObjectName(u"password_again_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_again_label)

        self.password_again = QLineEdit(FirstAdministratorDialog)
        self.password_again.setObjectName(u"password_again")
        self.password_again.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_again)


        self.main_layout.addLayout(self.form)

        self.problem = QLabel(FirstAdministratorDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(FirstAdministratorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.full_name_label.setBuddy(self.full_name)
        self.password_label.setBuddy(self.password)
        self.password_again_label.setBuddy(self.password_again)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.full_name)
        QWidget.setTabOrder(self.full_name, self.password)
        QWidget.setTabOrder(self.password, self.password_again)

        self.retranslateUi(FirstAdministratorDialog)

        QMetaObject.connectSlotsByName(FirstAdministratorDialog)
    # setupUi

    def retranslateUi(self, FirstAdministratorDialog):
        FirstAdministratorDialog.setWindowTitle(QCoreApplication.translate("FirstAdministratorDialog", u"Create the first administrator", None))
        self.explanation.setText(QCoreApplication.translate("FirstAdministratorDialog", u"This record has no users yet. Create the administrator account: it creates the accounts of the nurses, physicians and pharmacists, and does not see patient data itself.", None))
        self.username_label.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&User name", None))
        self.full_name_label.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&Full name", None))
        self.password_label.setText(QCoreApplication.translate("FirstAdministratorDialog", u"&Password", None))
        self.password_again_label.setText(QCoreApplication.translate("FirstAdministratorDialog", u"Password &again", None))
    # retranslateUi

