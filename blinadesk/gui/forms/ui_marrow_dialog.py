# Generated from ui/marrow_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'marrow_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateField

class Ui_MarrowDialog(object):
    def setupUi(self, MarrowDialog):
        if not MarrowDialog.objectName():
            MarrowDialog.setObjectName(u"MarrowDialog")
        self.mainLayout = QVBoxLayout(MarrowDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout10 = QFormLayout()
        self.formLayout10.setObjectName(u"formLayout10")
        self.sampledOnEditLabel = QLabel(MarrowDialog)
        self.sampledOnEditLabel.setObjectName(u"sampledOnEditLabel")

        self.formLayout10.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sampledOnEditLabel)

        self.sampledOnEdit = DateField(MarrowDialog)
        self.sampledOnEdit.setObjectName(u"sampledOnEdit")

        self.formLayout10.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sampledOnEdit)

        self.blastsEditLabel = QLabel(MarrowDialog)
        self.blastsEditLabel.setObjectName(u"blastsEditLabel")

        self.formLayout10.setWidget(1, QFormLayout.ItemRole.LabelRole, self.blastsEditLabel)

        self.blastsEdit = QLineEdit(MarrowDialog)
        self.blastsEdit.setObjectName(u"blastsEdit")

        self.formLayout10.setWidget(1, QFormLayout.ItemRole.FieldRole, self.blastsEdit)

        self.mrdEditLabel = QLabel(MarrowDialog)
        self.mrdEditLabel.setObjectName(u"mrdEditLabel")

        self.formLayout10.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mrdEditLabel)

        self.hBoxLayout8 = QHBoxLayout()
        self.hBoxLayout8.setObjectName(u"hBoxLayout8")
        self.mrdEdit = QLineEdit(MarrowDialog)
        self.mrdEdit.setObjectName(u"mrdEdit")

        self.hBoxLayout8.addWidget(self.mrdEdit)

        self.mrdFractionLabel = QLabel(MarrowDialog)
        self.mrdFractionLabel.setObjectName(u"mrdFractionLabel")
        self.mrdFractionLabel.setWordWrap(True)

        self.hBoxLayout8.addWidget(self.mrdFractionLabel)


        self.formLayout10.setLayout(2, QFormLayout.ItemRole.FieldRole, self.hBoxLayout8)

        self.mrdMethodComboLabel = QLabel(MarrowDialog)
        self.mrdMethodComboLabel.setObjectName(u"mrdMethodComboLabel")

        self.formLayout10.setWidget(3, QFormLayout.ItemRole.LabelRole, self.mrdMethodComboLabel)

        self.mrdMethodCombo = QComboBox(MarrowDialog)
        self.mrdMethodCombo.setObjectName(u"mrdMethodCombo")

        self.formLayout10.setWidget(3, QFormLayout.ItemRole.FieldRole, self.mrdMethodCombo)

        self.cd19ComboLabel = QLabel(MarrowDialog)
        self.cd19ComboLabel.setObjectName(u"cd19ComboLabel")

        self.formLayout10.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cd19ComboLabel)

        self.cd19Combo = QComboBox(MarrowDialog)
        self.cd19Combo.setObjectName(u"cd19Combo")

        self.formLayout10.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cd19Combo)

        self.ancEditLabel = QLabel(MarrowDialog)
        self.ancEditLabel.setObjectName(u"ancEditLabel")

        self.formLayout10.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ancEditLabel)

        self.ancEdit = QLineEdit(MarrowDialog)
        self.ancEdit.setObjectName(u"ancEdit")

        self.formLayout10.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ancEdit)

        self.plateletsEditLabel = QLabel(MarrowDialog)
        self.plateletsEditLabel.setObjectName(u"plateletsEditLabel")

        self.formLayout10.setWidget(6, QFormLayout.ItemRole.LabelRole, self.plateletsEditLabel)

        self.plateletsEdit = QLineEdit(MarrowDialog)
        self.plateletsEdit.setObjectName(u"plateletsEdit")

        self.formLayout10.setWidget(6, QFormLayout.ItemRole.FieldRole, self.plateletsEdit)

        self.extramedullaryCheck = QCheckBox(MarrowDialog)
        self.extramedullaryCheck.setObjectName(u"extramedullaryCheck")

        self.formLayout10.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.extramedullaryCheck)


        self.mainLayout.addLayout(self.formLayout10)

        self.responseGroup = QGroupBox(MarrowDialog)
        self.responseGroup.setObjectName(u"responseGroup")
        self.vBoxLayout9 = QVBoxLayout(self.responseGroup)
        self.vBoxLayout9.setObjectName(u"vBoxLayout9")
        self.responseLabel = QLabel(self.responseGroup)
        self.responseLabel.setObjectName(u"responseLabel")
        self.responseLabel.setWordWrap(True)

        self.vBoxLayout9.addWidget(self.responseLabel)

        self.responseReasonLabel = QLabel(self.responseGroup)
        self.responseReasonLabel.setObjectName(u"responseReasonLabel")
        self.responseReasonLabel.setWordWrap(True)

        self.vBoxLayout9.addWidget(self.responseReasonLabel)


        self.mainLayout.addWidget(self.responseGroup)

        self.saveProblemLabel = QLabel(MarrowDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(MarrowDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.sampledOnEditLabel.setBuddy(self.sampledOnEdit)
        self.blastsEditLabel.setBuddy(self.blastsEdit)
        self.mrdEditLabel.setBuddy(self.mrdEdit)
        self.mrdMethodComboLabel.setBuddy(self.mrdMethodCombo)
        self.cd19ComboLabel.setBuddy(self.cd19Combo)
        self.ancEditLabel.setBuddy(self.ancEdit)
        self.plateletsEditLabel.setBuddy(self.plateletsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MarrowDialog)

        QMetaObject.connectSlotsByName(MarrowDialog)
    # setupUi

    def retranslateUi(self, MarrowDialog):
        MarrowDialog.setWindowTitle(QCoreApplication.translate("MarrowDialog", u"Marrow result", None))
        self.sampledOnEditLabel.setText(QCoreApplication.translate("MarrowDialog", u"&Sampled on", None))
        self.blastsEditLabel.setText(QCoreApplication.translate("MarrowDialog", u"Marrow &blasts (%)", None))
        self.mrdEditLabel.setText(QCoreApplication.translate("MarrowDialog", u"&MRD (%)", None))
        self.mrdFractionLabel.setText("")
        self.mrdMethodComboLabel.setText(QCoreApplication.translate("MarrowDialog", u"MRD me&thod", None))
        self.cd19ComboLabel.setText(QCoreApplication.translate("MarrowDialog", u"CD&19", None))
        self.ancEditLabel.setText(QCoreApplication.translate("MarrowDialog", u"&ANC (/\u00b5L)", None))
        self.plateletsEditLabel.setText(QCoreApplication.translate("MarrowDialog", u"&Platelets (/\u00b5L)", None))
        self.extramedullaryCheck.setText(QCoreApplication.translate("MarrowDialog", u"&Extramedullary disease", None))
        self.responseGroup.setTitle(QCoreApplication.translate("MarrowDialog", u"Response (derived)", None))
        self.responseLabel.setText("")
        self.responseReasonLabel.setText("")
        self.saveProblemLabel.setText("")
    # retranslateUi

