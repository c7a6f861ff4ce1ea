# Generated from ui/adverse_event_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'adverse_event_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QTextBrowser,
    QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateField

class Ui_AdverseEventDialog(object):
    def setupUi(self, AdverseEventDialog):
        if not AdverseEventDialog.objectName():
            AdverseEventDialog.setObjectName(u"AdverseEventDialog")
        self.mainLayout = QVBoxLayout(AdverseEventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hBoxLayout9 = QHBoxLayout()
        self.hBoxLayout9.setObjectName(u"hBoxLayout9")
        self.formLayout11 = QFormLayout()
        self.formLayout11.setObjectName(u"formLayout11")
        self.termComboLabel = QLabel(AdverseEventDialog)
        self.termComboLabel.setObjectName(u"termComboLabel")

        self.formLayout11.setWidget(0, QFormLayout.ItemRole.LabelRole, self.termComboLabel)

        self.termCombo = QComboBox(AdverseEventDialog)
        self.termCombo.setObjectName(u"termCombo")
        self.termCombo.setEditable(True)

        self.formLayout11.setWidget(0, QFormLayout.ItemRole.FieldRole, self.termCombo)

        self.termNoticeLabel = QLabel(AdverseEventDialog)
        self.termNoticeLabel.setObjectName(u"termNoticeLabel")
        self.termNoticeLabel.setWordWrap(True)

        self.formLayout11.setWidget(1, QFormLayout.ItemRole.FieldRole, self.termNoticeLabel)

        self.gradeComboLabel = QLabel(AdverseEventDialog)
        self.gradeComboLabel.setObjectName(u"gradeComboLabel")

        self.formLayout11.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gradeComboLabel)

        self.gradeCombo = QComboBox(AdverseEventDialog)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.formLayout11.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gradeCombo)

        self.ctcaeVersionComboLabel = QLabel(AdverseEventDialog)
        self.ctcaeVersionComboLabel.setObjectName(u"ctcaeVersionComboLabel")

        self.formLayout11.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ctcaeVersionComboLabel)

        self.ctcaeVersionCombo = QComboBox(AdverseEventDialog)
        self.ctcaeVersionCombo.setObjectName(u"ctcaeVersionCombo")
        self.ctcaeVersionCombo.setEditable(True)

        self.formLayout11.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ctcaeVersionCombo)


        self.hBoxLayout9.addLayout(self.formLayout11)

        self.formLayout12 = QFormLayout()
        self.formLayout12.setObjectName(u"formLayout12")
        self.onsetEditLabel = QLabel(AdverseEventDialog)
        self.onsetEditLabel.setObjectName(u"onsetEditLabel")

        self.formLayout12.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onsetEditLabel)

        self.onsetEdit = DateField(AdverseEventDialog)
        self.onsetEdit.setObjectName(u"onsetEdit")

        self.formLayout12.setWidget(0, QFormLayout.ItemRole.FieldRole, self.onsetEdit)

        self.resolvedCheck = QCheckBox(AdverseEventDialog)
        self.resolvedCheck.setObjectName(u"resolvedCheck")

        self.formLayout12.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.resolvedCheck)

        self.resolvedEditLabel = QLabel(AdverseEventDialog)
        self.resolvedEditLabel.setObjectName(u"resolvedEditLabel")

        self.formLayout12.setWidget(2, QFormLayout.ItemRole.LabelRole, self.resolvedEditLabel)

        self.resolvedEdit = DateField(AdverseEventDialog)
        self.resolvedEdit.setObjectName(u"resolvedEdit")

        self.formLayout12.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resolvedEdit)

        self.actionTakenComboLabel = QLabel(AdverseEventDialog)
        self.actionTakenComboLabel.setObjectName(u"actionTakenComboLabel")

        self.formLayout12.setWidget(3, QFormLayout.ItemRole.LabelRole, self.actionTakenComboLabel)

        self.actionTakenCombo = QComboBox(AdverseEventDialog)
        self.actionTakenCombo.setObjectName(u"actionTakenCombo")
        self.actionTakenCombo.setEditable(True)

        self.formLayout12.setWidget(3, QFormLayout.ItemRole.FieldRole, self.actionTakenCombo)


        self.hBoxLayout9.addLayout(self.formLayout12)


        self.mainLayout.addLayout(self.hBoxLayout9)

        self.guidanceGroup = QGroupBox(AdverseEventDialog)
        self.guidanceGroup.setObjectName(u"guidanceGroup")
        self.vBoxLayout10 = QVBoxLayout(self.guidanceGroup)
        self.vBoxLayout10.setObjectName(u"vBoxLayout10")
        self.guidanceBrowser = QTextBrowser(self.guidanceGroup)
        self.guidanceBrowser.setObjectName(u"guidanceBrowser")
        self.guidanceBrowser.setMinimumSize(QSize(560, 180))

        self.vBoxLayout10.addWidget(self.guidanceBrowser)

        self.guidanceOnlyLabel = QLabel(self.guidanceGroup)
        self.guidanceOnlyLabel.setObjectName(u"guidanceOnlyLabel")
        self.guidanceOnlyLabel.setWordWrap(True)

        self.vBoxLayout10.addWidget(self.guidanceOnlyLabel)


        self.mainLayout.addWidget(self.guidanceGroup)

        self.decisionGroup = QGroupBox(AdverseEventDialog)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.formLayout13 = QFormLayout(self.decisionGroup)
        self.formLayout13.setObjectName(u"formLayout13")
        self.decisionComboLabel = QLabel(self.decisionGroup)
        self.decisionComboLabel.setObjectName(u"decisionComboLabel")

        self.formLayout13.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionComboLabel)

        self.decisionCombo = QComboBox(self.decisionGroup)
        self.decisionCombo.setObjectName(u"decisionCombo")
        self.decisionCombo.setEditable(True)

        self.formLayout13.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.decisionReasonEditLabel = QLabel(self.decisionGroup)
        self.decisionReasonEditLabel.setObjectName(u"decisionReasonEditLabel")

        self.formLayout13.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionReasonEditLabel)

        self.decisionReasonEdit = QPlainTextEdit(self.decisionGroup)
        self.decisionReasonEdit.setObjectName(u"decisionReasonEdit")
        self.decisionReasonEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout13.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionReasonEdit)


        self.mainLayout.addWidget(self.decisionGroup)

        self.saveProblemLabel = QLabel(AdverseEventDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(AdverseEventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.termComboLabel.setBuddy(self.termCombo)
        self.gradeComboLabel.setBuddy(self.gradeCombo)
        self.ctcaeVersionComboLabel.setBuddy(self.ctcaeVersionCombo)
        self.onsetEditLabel.setBuddy(self.onsetEdit)
        self.resolvedEditLabel.setBuddy(self.resolvedEdit)
        self.actionTakenComboLabel.setBuddy(self.actionTakenCombo)
        self.decisionComboLabel.setBuddy(self.decisionCombo)
        self.decisionReasonEditLabel.setBuddy(self.decisionReasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdverseEventDialog)

        QMetaObject.connectSlotsByName(AdverseEventDialog)
    # setupUi

    def retranslateUi(self, AdverseEventDialog):
        AdverseEventDialog.setWindowTitle(QCoreApplication.translate("AdverseEventDialog", u"Adverse event", None))
        self.termComboLabel.setText(QCoreApplication.translate("AdverseEventDialog", u"&Term (CTCAE)", None))
        self.gradeComboLabel.setText(QCoreApplication.translate("AdverseEventDialog", u"&Grade", None))
        self.ctcaeVersionComboLabel.setText(QCoreApplication.translate("AdverseEventDialog", u"CTCAE &version", None))
        self.onsetEditLabel.setText(QCoreApplication.translate("AdverseEventDialog", u"&Onset", None))
        self.resolvedCheck.setText(QCoreApplication.translate("AdverseEventDialog", u"Re&solved", None))
        self.resolvedEditLabel.setText(QCoreApplication.translate("AdverseEventDialog", u"Resolved o&n", None))
        self.actionTakenComboLabel.setText(QCoreApplication.translate("AdverseEventDialog", u"Action &taken", None))
        self.guidanceGroup.setTitle(QCoreApplication.translate("AdverseEventDialog", u"Label guidance", None))
        self.guidanceOnlyLabel.setText(QCoreApplication.translate("AdverseEventDialog", u"Guidance only: the physician decides.", None))
        self.decisionGroup.setTitle(QCoreApplication.translate("AdverseEventDialog", u"The physician's decision", None))
        self.decisionComboLabel.setText(QCoreApplication.translate("AdverseEventDialog", u"&Decision", None))
        self.decisionReasonEditLabel.setText(QCoreApplication.translate("AdverseEventDialog", u"&Why", None))
        self.saveProblemLabel.setText("")
    # retranslateUi

