# Generated from ui/create_user.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'create_user.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QVBoxLayout, QWidget)

class Ui_CreateUserDialog(object):
    def setupUi(self, CreateUserDialog):
        if not CreateUserDialog.objectName():
            CreateUserDialog.setObjectName(u"CreateUserDialog")
        self.main_layout = QVBoxLayout(CreateUserDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.username_label = QLabel(CreateUserDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(CreateUserDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.full_name_label = QLabel(CreateUserDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name = QLineEdit(CreateUserDialog)
        self.full_name.setObjectName(u"full_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.role_label = QLabel(CreateUserDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(CreateUserDialog)
        self.role.setObjectName(u"role")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.password_label = QLabel(CreateUserDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(CreateUserDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.password_again_label = QLabel(CreateUserDialog)
        self.password_again_label.setObjectName(u"password_again_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_again_label)

        self.password_again = QLineEdit(CreateUserDialog)
        self.password_again.setObjectName(u"password_again")
        self.password_again.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_again)


        self.main_layout.addLayout(self.form)

        self.problem = QLabel(CreateUserDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(CreateUserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.full_name_label.setBuddy(self.full_name)
        self.role_label.setBuddy(self.role)
        self.password_label.setBuddy(self.password)
        self.password_again_label.setBuddy(self.password_again)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.full_name)
        QWidget.setTabOrder(self.full_name, self.role)
        QWidget.setTabOrder(self.role, self.password)
        QWidget.setTabOrder(self.password, self.password_again)

        self.retranslateUi(CreateUserDialog)

        QMetaObject.connectSlotsByName(CreateUserDialog)
    # setupUi

    def retranslateUi(self, CreateUserDialog):
        CreateUserDialog.setWindowTitle(QCoreApplication.translate("CreateUserDialog", u"Create a user", None))
        self.username_label.setText(QCoreApplication.translate("CreateUserDialog", u"&User name *", None))
        self.full_name_label.setText(QCoreApplication.translate("CreateUserDialog", u"&Full name *", None))
        self.role_label.setText(QCoreApplication.translate("CreateUserDialog", u"&Role *", None))
        self.password_label.setText(QCoreApplication.translate("CreateUserDialog", u"&Password *", None))
        self.password_again_label.setText(QCoreApplication.translate("CreateUserDialog", u"Password &again *", None))
    # retranslateUi

