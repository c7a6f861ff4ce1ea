# Generated from ui/start_cycle_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_cycle_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateTimeField

class Ui_StartCycleDialog(object):
    def setupUi(self, StartCycleDialog):
        if not StartCycleDialog.objectName():
            StartCycleDialog.setObjectName(u"StartCycleDialog")
        self.mainLayout = QVBoxLayout(StartCycleDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.cycleLabel = QLabel(StartCycleDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")
        self.cycleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.cycleLabel)

        self.formLayout6 = QFormLayout()
        self.formLayout6.setObjectName(u"formLayout6")
        self.startedAtEditLabel = QLabel(StartCycleDialog)
        self.startedAtEditLabel.setObjectName(u"startedAtEditLabel")

        self.formLayout6.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startedAtEditLabel)

        self.startedAtEdit = DateTimeField(StartCycleDialog)
        self.startedAtEdit.setObjectName(u"startedAtEdit")

        self.formLayout6.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startedAtEdit)


        self.mainLayout.addLayout(self.formLayout6)

        self.premedicationLabel = QLabel(StartCycleDialog)
        self.premedicationLabel.setObjectName(u"premedicationLabel")
        self.premedicationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.premedicationLabel)

        self.saveProblemLabel = QLabel(StartCycleDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(StartCycleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.startedAtEditLabel.setBuddy(self.startedAtEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StartCycleDialog)

        QMetaObject.connectSlotsByName(StartCycleDialog)
    # setupUi

    def retranslateUi(self, StartCycleDialog):
        StartCycleDialog.setWindowTitle(QCoreApplication.translate("StartCycleDialog", u"Start a cycle", None))
        self.cycleLabel.setText("")
        self.startedAtEditLabel.setText(QCoreApplication.translate("StartCycleDialog", u"First bag &up at", None))
        self.premedicationLabel.setText("")
        self.saveProblemLabel.setText("")
    # retranslateUi

