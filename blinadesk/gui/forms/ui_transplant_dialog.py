# Generated from ui/transplant_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'transplant_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateField

class Ui_TransplantDialog(object):
    def setupUi(self, TransplantDialog):
        if not TransplantDialog.objectName():
            TransplantDialog.setObjectName(u"TransplantDialog")
        self.mainLayout = QVBoxLayout(TransplantDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout14 = QFormLayout()
        self.formLayout14.setObjectName(u"formLayout14")
        self.transplantedOnEditLabel = QLabel(TransplantDialog)
        self.transplantedOnEditLabel.setObjectName(u"transplantedOnEditLabel")

        self.formLayout14.setWidget(0, QFormLayout.ItemRole.LabelRole, self.transplantedOnEditLabel)

        self.transplantedOnEdit = DateField(TransplantDialog)
        self.transplantedOnEdit.setObjectName(u"transplantedOnEdit")

        self.formLayout14.setWidget(0, QFormLayout.ItemRole.FieldRole, self.transplantedOnEdit)

        self.donorTypeComboLabel = QLabel(TransplantDialog)
        self.donorTypeComboLabel.setObjectName(u"donorTypeComboLabel")

        self.formLayout14.setWidget(1, QFormLayout.ItemRole.LabelRole, self.donorTypeComboLabel)

        self.donorTypeCombo = QComboBox(TransplantDialog)
        self.donorTypeCombo.setObjectName(u"donorTypeCombo")

        self.formLayout14.setWidget(1, QFormLayout.ItemRole.FieldRole, self.donorTypeCombo)


        self.mainLayout.addLayout(self.formLayout14)

        self.saveProblemLabel = QLabel(TransplantDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(TransplantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.transplantedOnEditLabel.setBuddy(self.transplantedOnEdit)
        self.donorTypeComboLabel.setBuddy(self.donorTypeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TransplantDialog)

        QMetaObject.connectSlotsByName(TransplantDialog)
    # setupUi

    def retranslateUi(self, TransplantDialog):
        TransplantDialog.setWindowTitle(QCoreApplication.translate("TransplantDialog", u"Transplant", None))
        self.transplantedOnEditLabel.setText(QCoreApplication.translate("TransplantDialog", u"&Transplant date", None))
        self.donorTypeComboLabel.setText(QCoreApplication.translate("TransplantDialog", u"&Donor type", None))
        self.saveProblemLabel.setText("")
    # retranslateUi

