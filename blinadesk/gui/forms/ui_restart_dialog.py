# Generated from ui/restart_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restart_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout,
    QLabel, QTextBrowser, QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateTimeField

class Ui_RestartDialog(object):
    def setupUi(self, RestartDialog):
        if not RestartDialog.objectName():
            RestartDialog.setObjectName(u"RestartDialog")
        self.mainLayout = QVBoxLayout(RestartDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.interruptionLabel = QLabel(RestartDialog)
        self.interruptionLabel.setObjectName(u"interruptionLabel")
        self.interruptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.interruptionLabel)

        self.formLayout8 = QFormLayout()
        self.formLayout8.setObjectName(u"formLayout8")
        self.endsAtEditLabel = QLabel(RestartDialog)
        self.endsAtEditLabel.setObjectName(u"endsAtEditLabel")

        self.formLayout8.setWidget(0, QFormLayout.ItemRole.LabelRole, self.endsAtEditLabel)

        self.endsAtEdit = DateTimeField(RestartDialog)
        self.endsAtEdit.setObjectName(u"endsAtEdit")

        self.formLayout8.setWidget(0, QFormLayout.ItemRole.FieldRole, self.endsAtEdit)

        self.afterAdverseEventCheck = QCheckBox(RestartDialog)
        self.afterAdverseEventCheck.setObjectName(u"afterAdverseEventCheck")

        self.formLayout8.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.afterAdverseEventCheck)

        self.afterAdverseEventNote = QLabel(RestartDialog)
        self.afterAdverseEventNote.setObjectName(u"afterAdverseEventNote")
        self.afterAdverseEventNote.setWordWrap(True)

        self.formLayout8.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.afterAdverseEventNote)


        self.mainLayout.addLayout(self.formLayout8)

        self.verdictTitle = QLabel(RestartDialog)
        self.verdictTitle.setObjectName(u"verdictTitle")

        self.mainLayout.addWidget(self.verdictTitle)

        self.verdictBrowser = QTextBrowser(RestartDialog)
        self.verdictBrowser.setObjectName(u"verdictBrowser")
        self.verdictBrowser.setMinimumSize(QSize(560, 260))

        self.mainLayout.addWidget(self.verdictBrowser)

        self.saveProblemLabel = QLabel(RestartDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(RestartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.endsAtEditLabel.setBuddy(self.endsAtEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestartDialog)

        QMetaObject.connectSlotsByName(RestartDialog)
    # setupUi

    def retranslateUi(self, RestartDialog):
        RestartDialog.setWindowTitle(QCoreApplication.translate("RestartDialog", u"Restart the infusion", None))
        self.interruptionLabel.setText("")
        self.endsAtEditLabel.setText(QCoreApplication.translate("RestartDialog", u"Infusion &restarts at", None))
        self.afterAdverseEventCheck.setText(QCoreApplication.translate("RestartDialog", u"Restart after an &adverse event (repeat the step-up)", None))
        self.afterAdverseEventNote.setText("")
        self.verdictTitle.setText(QCoreApplication.translate("RestartDialog", u"The label's verdict for this restart:", None))
        self.saveProblemLabel.setText("")
    # retranslateUi

