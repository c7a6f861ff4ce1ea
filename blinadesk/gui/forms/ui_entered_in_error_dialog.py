# Generated from ui/entered_in_error_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entered_in_error_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QVBoxLayout)

class Ui_EnteredInErrorDialog(object):
    def setupUi(self, EnteredInErrorDialog):
        if not EnteredInErrorDialog.objectName():
            EnteredInErrorDialog.setObjectName(u"EnteredInErrorDialog")
        self.mainLayout = QVBoxLayout(EnteredInErrorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.entryLabel = QLabel(EnteredInErrorDialog)
        self.entryLabel.setObjectName(u"entryLabel")
        self.entryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.entryLabel)

        self.explanationLabel = QLabel(EnteredInErrorDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.explanationLabel)

        self.formLayout17 = QFormLayout()
        self.formLayout17.setObjectName(u"formLayout17")
        self.reasonEditLabel = QLabel(EnteredInErrorDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.formLayout17.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(EnteredInErrorDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout17.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout17)

        self.saveProblemLabel = QLabel(EnteredInErrorDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(EnteredInErrorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EnteredInErrorDialog)

        QMetaObject.connectSlotsByName(EnteredInErrorDialog)
    # setupUi

    def retranslateUi(self, EnteredInErrorDialog):
        EnteredInErrorDialog.setWindowTitle(QCoreApplication.translate("EnteredInErrorDialog", u"Mark entered in error", None))
        self.entryLabel.setText("")
        self.explanationLabel.setText(QCoreApplication.translate("EnteredInErrorDialog", u"The entry disappears from every screen and calculation but stays in the record and its history.", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("EnteredInErrorDialog", u"&Why was it entered in error? (required)", None))
        self.saveProblemLabel.setText("")
    # retranslateUi

