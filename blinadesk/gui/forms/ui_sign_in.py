# Generated from ui/sign_in.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QLabel, QLineEdit,
    QProgressBar, QTreeWidget, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        self.main_layout = QVBoxLayout(SignInDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.heading = QLabel(SignInDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.main_layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.username_label = QLabel(SignInDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username = QLineEdit(SignInDialog)
        self.username.setObjectName(u"username")
        self.username.setMaxLength(64)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.password_label = QLabel(SignInDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password = QLineEdit(SignInDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.main_layout.addLayout(self.form)

        self.problem = QLabel(SignInDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.demo_box = QGroupBox(SignInDialog)
        self.demo_box.setObjectName(u"demo_box")
        self.demo_layout = QVBoxLayout(self.demo_box)
        self.demo_layout.setObjectName(u"demo_layout")
        self.demo_hint = QLabel(self.demo_box)
        self.demo_hint.setObjectName(u"demo_hint")
        self.demo_hint.setWordWrap(True)

        self.demo_layout.addWidget(self.demo_hint)

        self.demo_users = QTreeWidget(self.demo_box)
        self.demo_users.setObjectName(u"demo_users")
        self.demo_users.setRootIsDecorated(False)
        self.demo_users.setUniformRowHeights(True)

        self.demo_layout.addWidget(self.demo_users)


        self.main_layout.addWidget(self.demo_box)

        self.status = QLabel(SignInDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.main_layout.addWidget(self.status)

        self.progress = QProgressBar(SignInDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximum(0)
        self.progress.setTextVisible(False)

        self.main_layout.addWidget(self.progress)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.demo_users)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in to blinadesk", None))
        self.heading.setText(QCoreApplication.translate("SignInDialog", u"Sign in with your ward account.", None))
        self.username_label.setText(QCoreApplication.translate("SignInDialog", u"&User name", None))
        self.password_label.setText(QCoreApplication.translate("SignInDialog", u"&Password", None))
        self.demo_box.setTitle(QCoreApplication.translate("SignInDialog", u"Demo accounts (fictitious ward, for training only)", None))
        self.demo_hint.setText(QCoreApplication.translate("SignInDialog", u"Double-click an account to fill in its user name and password.", None))
        ___qtreewidgetitem = self.demo_users.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SignInDialog", u"Role", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SignInDialog", u"Password", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SignInDialog", u"User name", None))
        self.status.setText(QCoreApplication.translate("SignInDialog", u"Opening the record\u2026", None))
    # retranslateUi

