# Generated from ui/correction_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correction_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog):
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        self.mainLayout = QVBoxLayout(CorrectionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.entryLabel = QLabel(CorrectionDialog)
        self.entryLabel.setObjectName(u"entryLabel")
        self.entryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.entryLabel)

        self.fieldsHost = QWidget(CorrectionDialog)
        self.fieldsHost.setObjectName(u"fieldsHost")
        self.fieldsLayout = QFormLayout(self.fieldsHost)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)

        self.mainLayout.addWidget(self.fieldsHost)

        self.formLayout16 = QFormLayout()
        self.formLayout16.setObjectName(u"formLayout16")
        self.reasonEditLabel = QLabel(CorrectionDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.formLayout16.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(CorrectionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout16.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout16)

        self.saveProblemLabel = QLabel(CorrectionDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(CorrectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CorrectionDialog)

        QMetaObject.connectSlotsByName(CorrectionDialog)
    # setupUi

    def retranslateUi(self, CorrectionDialog):
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"Correct an entry", None))
        self.entryLabel.setText("")
        self.reasonEditLabel.setText(QCoreApplication.translate("CorrectionDialog", u"&Why is it corrected? (required)", None))
        self.saveProblemLabel.setText("")
    # retranslateUi

