# Generated from ui/premedication_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'premedication_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateTimeField

class Ui_PremedicationDialog(object):
    def setupUi(self, PremedicationDialog):
        if not PremedicationDialog.objectName():
            PremedicationDialog.setObjectName(u"PremedicationDialog")
        self.mainLayout = QVBoxLayout(PremedicationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.cycleLabel = QLabel(PremedicationDialog)
        self.cycleLabel.setObjectName(u"cycleLabel")
        self.cycleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.cycleLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.dueComboLabel = QLabel(PremedicationDialog)
        self.dueComboLabel.setObjectName(u"dueComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dueComboLabel)

        self.dueCombo = QComboBox(PremedicationDialog)
        self.dueCombo.setObjectName(u"dueCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dueCombo)

        self.drugTitle = QLabel(PremedicationDialog)
        self.drugTitle.setObjectName(u"drugTitle")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.drugTitle)

        self.drugLabel = QLabel(PremedicationDialog)
        self.drugLabel.setObjectName(u"drugLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.drugLabel)

        self.doseEditLabel = QLabel(PremedicationDialog)
        self.doseEditLabel.setObjectName(u"doseEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.doseEditLabel)

        self.doseEdit = QLineEdit(PremedicationDialog)
        self.doseEdit.setObjectName(u"doseEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.doseEdit)

        self.routeTitle = QLabel(PremedicationDialog)
        self.routeTitle.setObjectName(u"routeTitle")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.routeTitle)

        self.routeLabel = QLabel(PremedicationDialog)
        self.routeLabel.setObjectName(u"routeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.routeLabel)

        self.givenAtEditLabel = QLabel(PremedicationDialog)
        self.givenAtEditLabel.setObjectName(u"givenAtEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.givenAtEditLabel)

        self.givenAtEdit = DateTimeField(PremedicationDialog)
        self.givenAtEdit.setObjectName(u"givenAtEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.givenAtEdit)

        self.givenByTitle = QLabel(PremedicationDialog)
        self.givenByTitle.setObjectName(u"givenByTitle")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.givenByTitle)

        self.givenByLabel = QLabel(PremedicationDialog)
        self.givenByLabel.setObjectName(u"givenByLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.givenByLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(PremedicationDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.saveProblemLabel = QLabel(PremedicationDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(PremedicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dueComboLabel.setBuddy(self.dueCombo)
        self.doseEditLabel.setBuddy(self.doseEdit)
        self.givenAtEditLabel.setBuddy(self.givenAtEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PremedicationDialog)

        QMetaObject.connectSlotsByName(PremedicationDialog)
    # setupUi

    def retranslateUi(self, PremedicationDialog):
        PremedicationDialog.setWindowTitle(QCoreApplication.translate("PremedicationDialog", u"Record premedication given", None))
        self.cycleLabel.setText("")
        self.dueComboLabel.setText(QCoreApplication.translate("PremedicationDialog", u"Premedication &due", None))
        self.drugTitle.setText(QCoreApplication.translate("PremedicationDialog", u"Drug", None))
        self.drugLabel.setText("")
        self.doseEditLabel.setText(QCoreApplication.translate("PremedicationDialog", u"D&ose given (mg)", None))
        self.routeTitle.setText(QCoreApplication.translate("PremedicationDialog", u"Route", None))
        self.routeLabel.setText("")
        self.givenAtEditLabel.setText(QCoreApplication.translate("PremedicationDialog", u"&Given at", None))
        self.givenByTitle.setText(QCoreApplication.translate("PremedicationDialog", u"Given by", None))
        self.givenByLabel.setText("")
        self.noteLabel.setText("")
        self.saveProblemLabel.setText("")
    # retranslateUi

