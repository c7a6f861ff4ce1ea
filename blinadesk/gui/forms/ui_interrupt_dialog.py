# Generated from ui/interrupt_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'interrupt_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateTimeField

class Ui_InterruptDialog(object):
    def setupUi(self, InterruptDialog):
        if not InterruptDialog.objectName():
            InterruptDialog.setObjectName(u"InterruptDialog")
        self.mainLayout = QVBoxLayout(InterruptDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.cycleLabel = QLabel(InterruptDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")
        self.cycleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.cycleLabel)

        self.formLayout7 = QFormLayout()
        self.formLayout7.setObjectName(u"formLayout7")
        self.startsAtEditLabel = QLabel(InterruptDialog)
        self.startsAtEditLabel.setObjectName(u"startsAtEditLabel")

        self.formLayout7.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startsAtEditLabel)

        self.startsAtEdit = DateTimeField(InterruptDialog)
        self.startsAtEdit.setObjectName(u"startsAtEdit")

        self.formLayout7.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startsAtEdit)

        self.reasonComboLabel = QLabel(InterruptDialog)
        self.reasonComboLabel.setObjectName(u"reasonComboLabel")

        self.formLayout7.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonComboLabel)

        self.reasonCombo = QComboBox(InterruptDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")
        self.reasonCombo.setEditable(True)

        self.formLayout7.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)


        self.mainLayout.addLayout(self.formLayout7)

        self.hintLabel = QLabel(InterruptDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.saveProblemLabel = QLabel(InterruptDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(InterruptDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.startsAtEditLabel.setBuddy(self.startsAtEdit)
        self.reasonComboLabel.setBuddy(self.reasonCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InterruptDialog)

        QMetaObject.connectSlotsByName(InterruptDialog)
    # setupUi

    def retranslateUi(self, InterruptDialog):
        InterruptDialog.setWindowTitle(QCoreApplication.translate("InterruptDialog", u"Interrupt the infusion", None))
        self.cycleLabel.setText("")
        self.startsAtEditLabel.setText(QCoreApplication.translate("InterruptDialog", u"Infusion &stopped at", None))
        self.reasonComboLabel.setText(QCoreApplication.translate("InterruptDialog", u"&Reason", None))
        self.hintLabel.setText("")
        self.saveProblemLabel.setText("")
    # retranslateUi

