# Generated from ui/bag_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bag_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateTimeField

class Ui_BagDialog(object):
    def setupUi(self, BagDialog):
        if not BagDialog.objectName():
            BagDialog.setObjectName(u"BagDialog")
        self.mainLayout = QVBoxLayout(BagDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.neverFlushLabel = QLabel(BagDialog)
        self.neverFlushLabel.setObjectName(u"neverFlushLabel")
        self.neverFlushLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.neverFlushLabel)

        self.cycleLabel = QLabel(BagDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")
        self.cycleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.cycleLabel)

        self.formLayout9 = QFormLayout()
        self.formLayout9.setObjectName(u"formLayout9")
        self.durationComboLabel = QLabel(BagDialog)
        self.durationComboLabel.setObjectName(u"durationComboLabel")

        self.formLayout9.setWidget(0, QFormLayout.ItemRole.LabelRole, self.durationComboLabel)

        self.durationCombo = QComboBox(BagDialog)
        self.durationCombo.setObjectName(u"durationCombo")

        self.formLayout9.setWidget(0, QFormLayout.ItemRole.FieldRole, self.durationCombo)

        self.rateEditLabel = QLabel(BagDialog)
        self.rateEditLabel.setObjectName(u"rateEditLabel")

        self.formLayout9.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rateEditLabel)

        self.rateEdit = QLineEdit(BagDialog)
        self.rateEdit.setObjectName(u"rateEdit")

        self.formLayout9.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rateEdit)

        self.rateNoticeLabel = QLabel(BagDialog)
        self.rateNoticeLabel.setObjectName(u"rateNoticeLabel")
        self.rateNoticeLabel.setWordWrap(True)
        self.rateNoticeLabel.setVisible(False)

        self.formLayout9.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rateNoticeLabel)

        self.rateConfirmCheck = QCheckBox(BagDialog)
        self.rateConfirmCheck.setObjectName(u"rateConfirmCheck")
        self.rateConfirmCheck.setVisible(False)

        self.formLayout9.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rateConfirmCheck)

        self.volumeEditLabel = QLabel(BagDialog)
        self.volumeEditLabel.setObjectName(u"volumeEditLabel")

        self.formLayout9.setWidget(4, QFormLayout.ItemRole.LabelRole, self.volumeEditLabel)

        self.volumeEdit = QLineEdit(BagDialog)
        self.volumeEdit.setObjectName(u"volumeEdit")

        self.formLayout9.setWidget(4, QFormLayout.ItemRole.FieldRole, self.volumeEdit)

        self.lotEditLabel = QLabel(BagDialog)
        self.lotEditLabel.setObjectName(u"lotEditLabel")

        self.formLayout9.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lotEditLabel)

        self.lotEdit = QLineEdit(BagDialog)
        self.lotEdit.setObjectName(u"lotEdit")

        self.formLayout9.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lotEdit)

        self.hungCheck = QCheckBox(BagDialog)
        self.hungCheck.setObjectName(u"hungCheck")

        self.formLayout9.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.hungCheck)

        self.hungAtEditLabel = QLabel(BagDialog)
        self.hungAtEditLabel.setObjectName(u"hungAtEditLabel")

        self.formLayout9.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hungAtEditLabel)

        self.hungAtEdit = DateTimeField(BagDialog)
        self.hungAtEdit.setObjectName(u"hungAtEdit")

        self.formLayout9.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hungAtEdit)


        self.mainLayout.addLayout(self.formLayout9)

        self.labelRateLabel = QLabel(BagDialog)
        self.labelRateLabel.setObjectName(u"labelRateLabel")
        self.labelRateLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.labelRateLabel)

        self.saveProblemLabel = QLabel(BagDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(BagDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.durationComboLabel.setBuddy(self.durationCombo)
        self.rateEditLabel.setBuddy(self.rateEdit)
        self.volumeEditLabel.setBuddy(self.volumeEdit)
        self.lotEditLabel.setBuddy(self.lotEdit)
        self.hungAtEditLabel.setBuddy(self.hungAtEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BagDialog)

        QMetaObject.connectSlotsByName(BagDialog)
    # setupUi

    def retranslateUi(self, BagDialog):
        BagDialog.setWindowTitle(QCoreApplication.translate("BagDialog", u"Record an infusion bag", None))
        self.neverFlushLabel.setText("")
        self.cycleLabel.setText("")
        self.durationComboLabel.setText(QCoreApplication.translate("BagDialog", u"Bag &duration", None))
        self.rateEditLabel.setText(QCoreApplication.translate("BagDialog", u"&Rate (mL/h), as on the pharmacy label", None))
        self.rateNoticeLabel.setText("")
        self.rateConfirmCheck.setText(QCoreApplication.translate("BagDialog", u"The pharmacy &confirmed this rate", None))
        self.volumeEditLabel.setText(QCoreApplication.translate("BagDialog", u"&Volume (mL), as on the pharmacy label", None))
        self.lotEditLabel.setText(QCoreApplication.translate("BagDialog", u"&Lot", None))
        self.hungCheck.setText(QCoreApplication.translate("BagDialog", u"The bag is &hung now", None))
        self.hungAtEditLabel.setText(QCoreApplication.translate("BagDialog", u"Hung &at", None))
        self.labelRateLabel.setText("")
        self.saveProblemLabel.setText("")
    # retranslateUi

