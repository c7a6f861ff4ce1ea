# Generated from ui/outcome_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outcome_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateField

class Ui_OutcomeDialog(object):
    def setupUi(self, OutcomeDialog):
        if not OutcomeDialog.objectName():
            OutcomeDialog.setObjectName(u"OutcomeDialog")
        self.mainLayout = QVBoxLayout(OutcomeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout15 = QFormLayout()
        self.formLayout15.setObjectName(u"formLayout15")
        self.kindComboLabel = QLabel(OutcomeDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout15.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(OutcomeDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout15.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.occurredOnEditLabel = QLabel(OutcomeDialog)
        self.occurredOnEditLabel.setObjectName(u"occurredOnEditLabel")

        self.formLayout15.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurredOnEditLabel)

        self.occurredOnEdit = DateField(OutcomeDialog)
        self.occurredOnEdit.setObjectName(u"occurredOnEdit")

        self.formLayout15.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurredOnEdit)

        self.cd19ComboLabel = QLabel(OutcomeDialog)
        self.cd19ComboLabel.setObjectName(u"cd19ComboLabel")

        self.formLayout15.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cd19ComboLabel)

        self.cd19Combo = QComboBox(OutcomeDialog)
        self.cd19Combo.setObjectName(u"cd19Combo")

        self.formLayout15.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cd19Combo)

        self.notesEditLabel = QLabel(OutcomeDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout15.setWidget(3, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(OutcomeDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout15.setWidget(3, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout15)

        self.saveProblemLabel = QLabel(OutcomeDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(OutcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.occurredOnEditLabel.setBuddy(self.occurredOnEdit)
        self.cd19ComboLabel.setBuddy(self.cd19Combo)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OutcomeDialog)

        QMetaObject.connectSlotsByName(OutcomeDialog)
    # setupUi

    def retranslateUi(self, OutcomeDialog):
        OutcomeDialog.setWindowTitle(QCoreApplication.translate("OutcomeDialog", u"Outcome", None))
        self.kindComboLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Outcome", None))
        self.occurredOnEditLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Date", None))
        self.cd19ComboLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&CD19 status", None))
        self.notesEditLabel.setText(QCoreApplication.translate("OutcomeDialog", u"&Notes", None))
        self.saveProblemLabel.setText("")
    # retranslateUi

