# Generated from ui/plan_course_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_course_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QSpinBox, QTableView, QVBoxLayout)

from blinadesk.gui.widgets.date_fields import DateField

class Ui_PlanCourseDialog(object):
    def setupUi(self, PlanCourseDialog):
        if not PlanCourseDialog.objectName():
            PlanCourseDialog.setObjectName(u"PlanCourseDialog")
        PlanCourseDialog.resize(1100, 640)
        self.mainLayout = QVBoxLayout(PlanCourseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hBoxLayout7 = QHBoxLayout()
        self.hBoxLayout7.setObjectName(u"hBoxLayout7")
        self.formLayout4 = QFormLayout()
        self.formLayout4.setObjectName(u"formLayout4")
        self.indicationComboLabel = QLabel(PlanCourseDialog)
        self.indicationComboLabel.setObjectName(u"indicationComboLabel")

        self.formLayout4.setWidget(0, QFormLayout.ItemRole.LabelRole, self.indicationComboLabel)

        self.indicationCombo = QComboBox(PlanCourseDialog)
        self.indicationCombo.setObjectName(u"indicationCombo")
        self.indicationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicationCombo.setMinimumContentsLength(40)

        self.formLayout4.setWidget(0, QFormLayout.ItemRole.FieldRole, self.indicationCombo)

        self.editionComboLabel = QLabel(PlanCourseDialog)
        self.editionComboLabel.setObjectName(u"editionComboLabel")

        self.formLayout4.setWidget(1, QFormLayout.ItemRole.LabelRole, self.editionComboLabel)

        self.editionCombo = QComboBox(PlanCourseDialog)
        self.editionCombo.setObjectName(u"editionCombo")
        self.editionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.editionCombo.setMinimumContentsLength(40)

        self.formLayout4.setWidget(1, QFormLayout.ItemRole.FieldRole, self.editionCombo)


        self.hBoxLayout7.addLayout(self.formLayout4)

        self.formLayout5 = QFormLayout()
        self.formLayout5.setObjectName(u"formLayout5")
        self.startDateEditLabel = QLabel(PlanCourseDialog)
        self.startDateEditLabel.setObjectName(u"startDateEditLabel")

        self.formLayout5.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startDateEditLabel)

        self.startDateEdit = DateField(PlanCourseDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.formLayout5.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.cyclesSpinLabel = QLabel(PlanCourseDialog)
        self.cyclesSpinLabel.setObjectName(u"cyclesSpinLabel")

        self.formLayout5.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cyclesSpinLabel)

        self.cyclesSpin = QSpinBox(PlanCourseDialog)
        self.cyclesSpin.setObjectName(u"cyclesSpin")
        self.cyclesSpin.setMinimum(1)
        self.cyclesSpin.setMaximum(9)

        self.formLayout5.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cyclesSpin)


        self.hBoxLayout7.addLayout(self.formLayout5)

        self.hBoxLayout7.setStretch(0, 4)
        self.hBoxLayout7.setStretch(1, 1)

        self.mainLayout.addLayout(self.hBoxLayout7)

        self.bodySizeLabel = QLabel(PlanCourseDialog)
        self.bodySizeLabel.setObjectName(u"bodySizeLabel")
        self.bodySizeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.bodySizeLabel)

        self.warningsLabel = QLabel(PlanCourseDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setVisible(False)

        self.mainLayout.addWidget(self.warningsLabel)

        self.scheduleTitle = QLabel(PlanCourseDialog)
        self.scheduleTitle.setObjectName(u"scheduleTitle")

        self.mainLayout.addWidget(self.scheduleTitle)

        self.scheduleView = QTableView(PlanCourseDialog)
        self.scheduleView.setObjectName(u"scheduleView")
        self.scheduleView.setAlternatingRowColors(True)
        self.scheduleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scheduleView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.mainLayout.addWidget(self.scheduleView)

        self.provisionalLabel = QLabel(PlanCourseDialog)
        self.provisionalLabel.setObjectName(u"provisionalLabel")
        self.provisionalLabel.setWordWrap(True)
        self.provisionalLabel.setVisible(False)

        self.mainLayout.addWidget(self.provisionalLabel)

        self.notesLabel = QLabel(PlanCourseDialog)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.notesLabel)

        self.saveProblemLabel = QLabel(PlanCourseDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(PlanCourseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.indicationComboLabel.setBuddy(self.indicationCombo)
        self.editionComboLabel.setBuddy(self.editionCombo)
        self.startDateEditLabel.setBuddy(self.startDateEdit)
        self.cyclesSpinLabel.setBuddy(self.cyclesSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanCourseDialog)

        QMetaObject.connectSlotsByName(PlanCourseDialog)
    # setupUi

    def retranslateUi(self, PlanCourseDialog):
        PlanCourseDialog.setWindowTitle(QCoreApplication.translate("PlanCourseDialog", u"Plan a treatment course", None))
        self.indicationComboLabel.setText(QCoreApplication.translate("PlanCourseDialog", u"&Indication", None))
        self.editionComboLabel.setText(QCoreApplication.translate("PlanCourseDialog", u"&Label edition", None))
        self.startDateEditLabel.setText(QCoreApplication.translate("PlanCourseDialog", u"&Start date", None))
        self.cyclesSpinLabel.setText(QCoreApplication.translate("PlanCourseDialog", u"&Cycles", None))
        self.bodySizeLabel.setText("")
        self.warningsLabel.setText("")
        self.scheduleTitle.setText(QCoreApplication.translate("PlanCourseDialog", u"The engine's schedule, for review before saving:", None))
        self.provisionalLabel.setText("")
        self.notesLabel.setText("")
        self.saveProblemLabel.setText("")
    # retranslateUi

