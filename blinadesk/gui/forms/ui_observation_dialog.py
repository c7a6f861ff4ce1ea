# Generated from ui/observation_dialog.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'observation_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox,
    QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

from blinadesk.gui.widgets.date_fields import DateTimeField
from blinadesk.gui.widgets.grade_badge import GradeBadge

class Ui_ObservationDialog(object):
    def setupUi(self, ObservationDialog):
        if not ObservationDialog.objectName():
            ObservationDialog.setObjectName(u"ObservationDialog")
        self.mainLayout = QVBoxLayout(ObservationDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hBoxLayout5 = QHBoxLayout()
        self.hBoxLayout5.setObjectName(u"hBoxLayout5")
        self.observedAtLabel = QLabel(ObservationDialog)
        self.observedAtLabel.setObjectName(u"observedAtLabel")

        self.hBoxLayout5.addWidget(self.observedAtLabel)

        self.observedAtEdit = DateTimeField(ObservationDialog)
        self.observedAtEdit.setObjectName(u"observedAtEdit")

        self.hBoxLayout5.addWidget(self.observedAtEdit)

        self.spacer3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hBoxLayout5.addItem(self.spacer3)

        self.carryForwardButton = QPushButton(ObservationDialog)
        self.carryForwardButton.setObjectName(u"carryForwardButton")
        self.carryForwardButton.setAutoDefault(False)

        self.hBoxLayout5.addWidget(self.carryForwardButton)


        self.mainLayout.addLayout(self.hBoxLayout5)

        self.carryForwardLabel = QLabel(ObservationDialog)
        self.carryForwardLabel.setObjectName(u"carryForwardLabel")
        self.carryForwardLabel.setWordWrap(True)
        self.carryForwardLabel.setVisible(False)

        self.mainLayout.addWidget(self.carryForwardLabel)

        self.fieldsScrollArea = QScrollArea(ObservationDialog)
        self.fieldsScrollArea.setObjectName(u"fieldsScrollArea")
        self.fieldsScrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.fieldsScrollArea.setWidgetResizable(True)
        self.fieldsWidget = QWidget()
        self.fieldsWidget.setObjectName(u"fieldsWidget")
        self.hBoxLayout6 = QHBoxLayout(self.fieldsWidget)
        self.hBoxLayout6.setObjectName(u"hBoxLayout6")
        self.hBoxLayout6.setContentsMargins(0, 0, 0, 0)
        self.vBoxLayout7 = QVBoxLayout()
        self.vBoxLayout7.setObjectName(u"vBoxLayout7")
        self.vitalsGroup = QGroupBox(self.fieldsWidget)
        self.vitalsGroup.setObjectName(u"vitalsGroup")
        self.formLayout1 = QFormLayout(self.vitalsGroup)
        self.formLayout1.setObjectName(u"formLayout1")
        self.temperatureEditLabel = QLabel(self.vitalsGroup)
        self.temperatureEditLabel.setObjectName(u"temperatureEditLabel")

        self.formLayout1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.temperatureEditLabel)

        self.temperatureRowLayout = QHBoxLayout()
        self.temperatureRowLayout.setObjectName(u"temperatureRowLayout")
        self.temperatureEdit = QLineEdit(self.vitalsGroup)
        self.temperatureEdit.setObjectName(u"temperatureEdit")

        self.temperatureRowLayout.addWidget(self.temperatureEdit)

        self.feverDurationEditLabel = QLabel(self.vitalsGroup)
        self.feverDurationEditLabel.setObjectName(u"feverDurationEditLabel")

        self.temperatureRowLayout.addWidget(self.feverDurationEditLabel)

        self.feverDurationEdit = QLineEdit(self.vitalsGroup)
        self.feverDurationEdit.setObjectName(u"feverDurationEdit")

        self.temperatureRowLayout.addWidget(self.feverDurationEdit)


        self.formLayout1.setLayout(0, QFormLayout.ItemRole.FieldRole, self.temperatureRowLayout)

        self.heartRateEditLabel = QLabel(self.vitalsGroup)
        self.heartRateEditLabel.setObjectName(u"heartRateEditLabel")

        self.formLayout1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heartRateEditLabel)

        self.heartRateEdit = QLineEdit(self.vitalsGroup)
        self.heartRateEdit.setObjectName(u"heartRateEdit")

        self.formLayout1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.heartRateEdit)

        self.systolicEditLabel = QLabel(self.vitalsGroup)
        self.systolicEditLabel.setObjectName(u"systolicEditLabel")

        self.formLayout1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.systolicEditLabel)

        self.hBoxLayout3 = QHBoxLayout()
        self.hBoxLayout3.setObjectName(u"hBoxLayout3")
        self.systolicEdit = QLineEdit(self.vitalsGroup)
        self.systolicEdit.setObjectName(u"systolicEdit")

        self.hBoxLayout3.addWidget(self.systolicEdit)

        self.slashLabel = QLabel(self.vitalsGroup)
        self.slashLabel.setObjectName(u"slashLabel")
        self.slashLabel.setText(u"/")

        self.hBoxLayout3.addWidget(self.slashLabel)

        self.diastolicEdit = QLineEdit(self.vitalsGroup)
        self.diastolicEdit.setObjectName(u"diastolicEdit")

        self.hBoxLayout3.addWidget(self.diastolicEdit)


        self.formLayout1.setLayout(2, QFormLayout.ItemRole.FieldRole, self.hBoxLayout3)

        self.respiratoryRateEditLabel = QLabel(self.vitalsGroup)
        self.respiratoryRateEditLabel.setObjectName(u"respiratoryRateEditLabel")

        self.formLayout1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.respiratoryRateEditLabel)

        self.respiratoryRateEdit = QLineEdit(self.vitalsGroup)
        self.respiratoryRateEdit.setObjectName(u"respiratoryRateEdit")

        self.formLayout1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.respiratoryRateEdit)

        self.spo2EditLabel = QLabel(self.vitalsGroup)
        self.spo2EditLabel.setObjectName(u"spo2EditLabel")

        self.formLayout1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.spo2EditLabel)

        self.spo2Edit = QLineEdit(self.vitalsGroup)
        self.spo2Edit.setObjectName(u"spo2Edit")

        self.formLayout1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.spo2Edit)


        self.vBoxLayout7.addWidget(self.vitalsGroup)

        self.crsGroup = QGroupBox(self.fieldsWidget)
        self.crsGroup.setObjectName(u"crsGroup")
        self.formLayout2 = QFormLayout(self.crsGroup)
        self.formLayout2.setObjectName(u"formLayout2")
        self.oxygenDeviceComboLabel = QLabel(self.crsGroup)
        self.oxygenDeviceComboLabel.setObjectName(u"oxygenDeviceComboLabel")

        self.formLayout2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oxygenDeviceComboLabel)

        self.oxygenDeviceCombo = QComboBox(self.crsGroup)
        self.oxygenDeviceCombo.setObjectName(u"oxygenDeviceCombo")

        self.formLayout2.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oxygenDeviceCombo)

        self.oxygenFlowEditLabel = QLabel(self.crsGroup)
        self.oxygenFlowEditLabel.setObjectName(u"oxygenFlowEditLabel")

        self.formLayout2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.oxygenFlowEditLabel)

        self.oxygenFlowEdit = QLineEdit(self.crsGroup)
        self.oxygenFlowEdit.setObjectName(u"oxygenFlowEdit")

        self.formLayout2.setWidget(1, QFormLayout.ItemRole.FieldRole, self.oxygenFlowEdit)

        self.hypotensionCheck = QCheckBox(self.crsGroup)
        self.hypotensionCheck.setObjectName(u"hypotensionCheck")

        self.formLayout2.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.hypotensionCheck)

        self.vasopressorListLabel = QLabel(self.crsGroup)
        self.vasopressorListLabel.setObjectName(u"vasopressorListLabel")

        self.formLayout2.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vasopressorListLabel)

        self.vasopressorList = QListWidget(self.crsGroup)
        self.vasopressorList.setObjectName(u"vasopressorList")
        self.vasopressorList.setMaximumSize(QSize(16777215, 96))

        self.formLayout2.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vasopressorList)

        self.antipyreticsCheck = QCheckBox(self.crsGroup)
        self.antipyreticsCheck.setObjectName(u"antipyreticsCheck")

        self.formLayout2.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.antipyreticsCheck)


        self.vBoxLayout7.addWidget(self.crsGroup)

        self.spacer4 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vBoxLayout7.addItem(self.spacer4)


        self.hBoxLayout6.addLayout(self.vBoxLayout7)

        self.vBoxLayout8 = QVBoxLayout()
        self.vBoxLayout8.setObjectName(u"vBoxLayout8")
        self.icansGroup = QGroupBox(self.fieldsWidget)
        self.icansGroup.setObjectName(u"icansGroup")
        self.formLayout3 = QFormLayout(self.icansGroup)
        self.formLayout3.setObjectName(u"formLayout3")
        self.consciousnessComboLabel = QLabel(self.icansGroup)
        self.consciousnessComboLabel.setObjectName(u"consciousnessComboLabel")

        self.formLayout3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consciousnessComboLabel)

        self.consciousnessCombo = QComboBox(self.icansGroup)
        self.consciousnessCombo.setObjectName(u"consciousnessCombo")

        self.formLayout3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consciousnessCombo)

        self.assessmentToolLayout = QVBoxLayout()
        self.assessmentToolLayout.setObjectName(u"assessmentToolLayout")
        self.capdDelayCheck = QCheckBox(self.icansGroup)
        self.capdDelayCheck.setObjectName(u"capdDelayCheck")

        self.assessmentToolLayout.addWidget(self.capdDelayCheck)

        self.assessmentTitleLabel = QLabel(self.icansGroup)
        self.assessmentTitleLabel.setObjectName(u"assessmentTitleLabel")
        self.assessmentTitleLabel.setWordWrap(True)

        self.assessmentToolLayout.addWidget(self.assessmentTitleLabel)


        self.formLayout3.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.assessmentToolLayout)

        self.assessmentStack = QStackedWidget(self.icansGroup)
        self.assessmentStack.setObjectName(u"assessmentStack")
        self.icePage = QWidget()
        self.icePage.setObjectName(u"icePage")
        self.iceLayout = QGridLayout(self.icePage)
        self.iceLayout.setObjectName(u"iceLayout")
        self.iceYearCheck = QCheckBox(self.icePage)
        self.iceYearCheck.setObjectName(u"iceYearCheck")

        self.iceLayout.addWidget(self.iceYearCheck, 0, 0, 1, 1)

        self.iceMonthCheck = QCheckBox(self.icePage)
        self.iceMonthCheck.setObjectName(u"iceMonthCheck")

        self.iceLayout.addWidget(self.iceMonthCheck, 1, 0, 1, 1)

        self.iceCityCheck = QCheckBox(self.icePage)
        self.iceCityCheck.setObjectName(u"iceCityCheck")

        self.iceLayout.addWidget(self.iceCityCheck, 2, 0, 1, 1)

        self.iceHospitalCheck = QCheckBox(self.icePage)
        self.iceHospitalCheck.setObjectName(u"iceHospitalCheck")

        self.iceLayout.addWidget(self.iceHospitalCheck, 3, 0, 1, 1)

        self.iceObject1Check = QCheckBox(self.icePage)
        self.iceObject1Check.setObjectName(u"iceObject1Check")

        self.iceLayout.addWidget(self.iceObject1Check, 4, 0, 1, 1)

        self.iceObject2Check = QCheckBox(self.icePage)
        self.iceObject2Check.setObjectName(u"iceObject2Check")

        self.iceLayout.addWidget(self.iceObject2Check, 0, 1, 1, 1)

        self.iceObject3Check = QCheckBox(self.icePage)
        self.iceObject3Check.setObjectName(u"iceObject3Check")

        self.iceLayout.addWidget(self.iceObject3Check, 1, 1, 1, 1)

        self.iceCommandCheck = QCheckBox(self.icePage)
        self.iceCommandCheck.setObjectName(u"iceCommandCheck")

        self.iceLayout.addWidget(self.iceCommandCheck, 2, 1, 1, 1)

        self.iceWritesCheck = QCheckBox(self.icePage)
        self.iceWritesCheck.setObjectName(u"iceWritesCheck")

        self.iceLayout.addWidget(self.iceWritesCheck, 3, 1, 1, 1)

        self.iceCountsCheck = QCheckBox(self.icePage)
        self.iceCountsCheck.setObjectName(u"iceCountsCheck")

        self.iceLayout.addWidget(self.iceCountsCheck, 4, 1, 1, 1)

        self.assessmentStack.addWidget(self.icePage)
        self.capdPage = QWidget()
        self.capdPage.setObjectName(u"capdPage")
        self.capdLayout = QFormLayout(self.capdPage)
        self.capdLayout.setObjectName(u"capdLayout")
        self.capdItem1ComboLabel = QLabel(self.capdPage)
        self.capdItem1ComboLabel.setObjectName(u"capdItem1ComboLabel")

        self.capdLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.capdItem1ComboLabel)

        self.capdItem1Combo = QComboBox(self.capdPage)
        self.capdItem1Combo.setObjectName(u"capdItem1Combo")

        self.capdLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.capdItem1Combo)

        self.capdItem2ComboLabel = QLabel(self.capdPage)
        self.capdItem2ComboLabel.setObjectName(u"capdItem2ComboLabel")

        self.capdLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.capdItem2ComboLabel)

        self.capdItem2Combo = QComboBox(self.capdPage)
        self.capdItem2Combo.setObjectName(u"capdItem2Combo")

        self.capdLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capdItem2Combo)

        self.capdItem3ComboLabel = QLabel(self.capdPage)
        self.capdItem3ComboLabel.setObjectName(u"capdItem3ComboLabel")

        self.capdLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.capdItem3ComboLabel)

        self.capdItem3Combo = QComboBox(self.capdPage)
        self.capdItem3Combo.setObjectName(u"capdItem3Combo")

        self.capdLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.capdItem3Combo)

        self.capdItem4ComboLabel = QLabel(self.capdPage)
        self.capdItem4ComboLabel.setObjectName(u"capdItem4ComboLabel")

        self.capdLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capdItem4ComboLabel)

        self.capdItem4Combo = QComboBox(self.capdPage)
        self.capdItem4Combo.setObjectName(u"capdItem4Combo")

        self.capdLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capdItem4Combo)

        self.capdItem5ComboLabel = QLabel(self.capdPage)
        self.capdItem5ComboLabel.setObjectName(u"capdItem5ComboLabel")

        self.capdLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capdItem5ComboLabel)

        self.capdItem5Combo = QComboBox(self.capdPage)
        self.capdItem5Combo.setObjectName(u"capdItem5Combo")

        self.capdLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.capdItem5Combo)

        self.capdItem6ComboLabel = QLabel(self.capdPage)
        self.capdItem6ComboLabel.setObjectName(u"capdItem6ComboLabel")

        self.capdLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capdItem6ComboLabel)

        self.capdItem6Combo = QComboBox(self.capdPage)
        self.capdItem6Combo.setObjectName(u"capdItem6Combo")

        self.capdLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.capdItem6Combo)

        self.capdItem7ComboLabel = QLabel(self.capdPage)
        self.capdItem7ComboLabel.setObjectName(u"capdItem7ComboLabel")

        self.capdLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.capdItem7ComboLabel)

        self.capdItem7Combo = QComboBox(self.capdPage)
        self.capdItem7Combo.setObjectName(u"capdItem7Combo")

        self.capdLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.capdItem7Combo)

        self.capdItem8ComboLabel = QLabel(self.capdPage)
        self.capdItem8ComboLabel.setObjectName(u"capdItem8ComboLabel")

        self.capdLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.capdItem8ComboLabel)

        self.capdItem8Combo = QComboBox(self.capdPage)
        self.capdItem8Combo.setObjectName(u"capdItem8Combo")

        self.capdLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.capdItem8Combo)

        self.assessmentStack.addWidget(self.capdPage)

        self.formLayout3.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.assessmentStack)

        self.hBoxLayout4 = QHBoxLayout()
        self.hBoxLayout4.setObjectName(u"hBoxLayout4")
        self.assessmentScoreLabel = QLabel(self.icansGroup)
        self.assessmentScoreLabel.setObjectName(u"assessmentScoreLabel")
        self.assessmentScoreLabel.setWordWrap(True)

        self.hBoxLayout4.addWidget(self.assessmentScoreLabel)

        self.notAssessableCheck = QCheckBox(self.icansGroup)
        self.notAssessableCheck.setObjectName(u"notAssessableCheck")

        self.hBoxLayout4.addWidget(self.notAssessableCheck)


        self.formLayout3.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.hBoxLayout4)

        self.seizureComboLabel = QLabel(self.icansGroup)
        self.seizureComboLabel.setObjectName(u"seizureComboLabel")

        self.formLayout3.setWidget(4, QFormLayout.ItemRole.LabelRole, self.seizureComboLabel)

        self.seizureCombo = QComboBox(self.icansGroup)
        self.seizureCombo.setObjectName(u"seizureCombo")

        self.formLayout3.setWidget(4, QFormLayout.ItemRole.FieldRole, self.seizureCombo)

        self.motorComboLabel = QLabel(self.icansGroup)
        self.motorComboLabel.setObjectName(u"motorComboLabel")

        self.formLayout3.setWidget(5, QFormLayout.ItemRole.LabelRole, self.motorComboLabel)

        self.motorCombo = QComboBox(self.icansGroup)
        self.motorCombo.setObjectName(u"motorCombo")

        self.formLayout3.setWidget(5, QFormLayout.ItemRole.FieldRole, self.motorCombo)

        self.edemaComboLabel = QLabel(self.icansGroup)
        self.edemaComboLabel.setObjectName(u"edemaComboLabel")

        self.formLayout3.setWidget(6, QFormLayout.ItemRole.LabelRole, self.edemaComboLabel)

        self.edemaCombo = QComboBox(self.icansGroup)
        self.edemaCombo.setObjectName(u"edemaCombo")

        self.formLayout3.setWidget(6, QFormLayout.ItemRole.FieldRole, self.edemaCombo)


        self.vBoxLayout8.addWidget(self.icansGroup)

        self.neuroGroup = QGroupBox(self.fieldsWidget)
        self.neuroGroup.setObjectName(u"neuroGroup")
        self.neuroEventsLayout = QFormLayout(self.neuroGroup)
        self.neuroEventsLayout.setObjectName(u"neuroEventsLayout")

        self.vBoxLayout8.addWidget(self.neuroGroup)

        self.spacer5 = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.vBoxLayout8.addItem(self.spacer5)


        self.hBoxLayout6.addLayout(self.vBoxLayout8)

        self.fieldsScrollArea.setWidget(self.fieldsWidget)

        self.mainLayout.addWidget(self.fieldsScrollArea)

        self.gradesGroup = QGroupBox(ObservationDialog)
        self.gradesGroup.setObjectName(u"gradesGroup")
        self.vBoxLayout6 = QVBoxLayout(self.gradesGroup)
        self.vBoxLayout6.setObjectName(u"vBoxLayout6")
        self.badgesLayout = QHBoxLayout()
        self.badgesLayout.setObjectName(u"badgesLayout")
        self.feverBadge = GradeBadge(self.gradesGroup)
        self.feverBadge.setObjectName(u"feverBadge")

        self.badgesLayout.addWidget(self.feverBadge)

        self.crsBadge = GradeBadge(self.gradesGroup)
        self.crsBadge.setObjectName(u"crsBadge")

        self.badgesLayout.addWidget(self.crsBadge)

        self.icansBadge = GradeBadge(self.gradesGroup)
        self.icansBadge.setObjectName(u"icansBadge")

        self.badgesLayout.addWidget(self.icansBadge)


        self.vBoxLayout6.addLayout(self.badgesLayout)

        self.provisionalGradesLabel = QLabel(self.gradesGroup)
        self.provisionalGradesLabel.setObjectName(u"provisionalGradesLabel")
        self.provisionalGradesLabel.setWordWrap(True)
        self.provisionalGradesLabel.setVisible(False)

        self.vBoxLayout6.addWidget(self.provisionalGradesLabel)

        self.previewProblemLabel = QLabel(self.gradesGroup)
        self.previewProblemLabel.setObjectName(u"previewProblemLabel")
        self.previewProblemLabel.setWordWrap(True)
        self.previewProblemLabel.setVisible(False)

        self.vBoxLayout6.addWidget(self.previewProblemLabel)


        self.mainLayout.addWidget(self.gradesGroup)

        self.saveProblemLabel = QLabel(ObservationDialog)
        self.saveProblemLabel.setObjectName(u"saveProblemLabel")
        self.saveProblemLabel.setWordWrap(True)
        self.saveProblemLabel.setVisible(False)

        self.mainLayout.addWidget(self.saveProblemLabel)

        self.buttonBox = QDialogButtonBox(ObservationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.observedAtLabel.setBuddy(self.observedAtEdit)
        self.temperatureEditLabel.setBuddy(self.temperatureEdit)
        self.feverDurationEditLabel.setBuddy(self.feverDurationEdit)
        self.heartRateEditLabel.setBuddy(self.heartRateEdit)
        self.systolicEditLabel.setBuddy(self.systolicEdit)
        self.respiratoryRateEditLabel.setBuddy(self.respiratoryRateEdit)
        self.spo2EditLabel.setBuddy(self.spo2Edit)
        self.oxygenDeviceComboLabel.setBuddy(self.oxygenDeviceCombo)
        self.oxygenFlowEditLabel.setBuddy(self.oxygenFlowEdit)
        self.vasopressorListLabel.setBuddy(self.vasopressorList)
        self.consciousnessComboLabel.setBuddy(self.consciousnessCombo)
        self.capdItem1ComboLabel.setBuddy(self.capdItem1Combo)
        self.capdItem2ComboLabel.setBuddy(self.capdItem2Combo)
        self.capdItem3ComboLabel.setBuddy(self.capdItem3Combo)
        self.capdItem4ComboLabel.setBuddy(self.capdItem4Combo)
        self.capdItem5ComboLabel.setBuddy(self.capdItem5Combo)
        self.capdItem6ComboLabel.setBuddy(self.capdItem6Combo)
        self.capdItem7ComboLabel.setBuddy(self.capdItem7Combo)
        self.capdItem8ComboLabel.setBuddy(self.capdItem8Combo)
        self.seizureComboLabel.setBuddy(self.seizureCombo)
        self.motorComboLabel.setBuddy(self.motorCombo)
        self.edemaComboLabel.setBuddy(self.edemaCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ObservationDialog)

        QMetaObject.connectSlotsByName(ObservationDialog)
    # setupUi

    def retranslateUi(self, ObservationDialog):
        ObservationDialog.setWindowTitle(QCoreApplication.translate("ObservationDialog", u"Daily observation", None))
        self.observedAtLabel.setText(QCoreApplication.translate("ObservationDialog", u"Observed &at", None))
        self.carryForwardButton.setText(QCoreApplication.translate("ObservationDialog", u"Carry forward (F5)", None))
        self.carryForwardLabel.setText("")
        self.vitalsGroup.setTitle(QCoreApplication.translate("ObservationDialog", u"Vital signs", None))
        self.temperatureEditLabel.setText(QCoreApplication.translate("ObservationDialog", u"&Temperature (\u00b0C)", None))
        self.feverDurationEditLabel.setText(QCoreApplication.translate("ObservationDialog", u"Fever lasting (h)", None))
#if QT_CONFIG(tooltip)
        self.feverDurationEdit.setToolTip(QCoreApplication.translate("ObservationDialog", u"How long the fever has lasted, in hours: above 40.0 \u00b0C for more than 24 h is CTCAE grade 4. Leave empty when not known.", None))
#endif // QT_CONFIG(tooltip)
        self.heartRateEditLabel.setText(QCoreApplication.translate("ObservationDialog", u"Heart &rate (/min)", None))
        self.systolicEditLabel.setText(QCoreApplication.translate("ObservationDialog", u"&Blood pressure (mmHg)", None))
        self.systolicEdit.setPlaceholderText(QCoreApplication.translate("ObservationDialog", u"systolic", None))
        self.diastolicEdit.setPlaceholderText(QCoreApplication.translate("ObservationDialog", u"diastolic", None))
        self.respiratoryRateEditLabel.setText(QCoreApplication.translate("ObservationDialog", u"Res&piratory rate (/min)", None))
        self.spo2EditLabel.setText(QCoreApplication.translate("ObservationDialog", u"Sp&O2 (%)", None))
        self.crsGroup.setTitle(QCoreApplication.translate("ObservationDialog", u"Oxygen and circulation (CRS)", None))
        self.oxygenDeviceComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"O&xygen device", None))
        self.oxygenFlowEditLabel.setText(QCoreApplication.translate("ObservationDialog", u"Oxygen &flow (L/min)", None))
        self.hypotensionCheck.setText(QCoreApplication.translate("ObservationDialog", u"&Hypotension", None))
        self.vasopressorListLabel.setText(QCoreApplication.translate("ObservationDialog", u"&Vasopressors", None))
        self.antipyreticsCheck.setText(QCoreApplication.translate("ObservationDialog", u"Antip&yretic or anti-cytokine therapy given (masks fever)", None))
        self.icansGroup.setTitle(QCoreApplication.translate("ObservationDialog", u"ICANS (ASTCT 2019)", None))
        self.consciousnessComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"&Consciousness", None))
        self.capdDelayCheck.setText(QCoreApplication.translate("ObservationDialog", u"Developmental delay: assess with CAPD", None))
#if QT_CONFIG(tooltip)
        self.capdDelayCheck.setToolTip(QCoreApplication.translate("ObservationDialog", u"For an older child or adult who cannot do the ICE tasks because of developmental delay: assess delirium with the CAPD items instead", None))
#endif // QT_CONFIG(tooltip)
        self.assessmentTitleLabel.setText("")
        self.iceYearCheck.setText(QCoreApplication.translate("ObservationDialog", u"Oriented: year", None))
        self.iceMonthCheck.setText(QCoreApplication.translate("ObservationDialog", u"Oriented: month", None))
        self.iceCityCheck.setText(QCoreApplication.translate("ObservationDialog", u"Oriented: city", None))
        self.iceHospitalCheck.setText(QCoreApplication.translate("ObservationDialog", u"Oriented: hospital", None))
        self.iceObject1Check.setText(QCoreApplication.translate("ObservationDialog", u"Names object 1", None))
        self.iceObject2Check.setText(QCoreApplication.translate("ObservationDialog", u"Names object 2", None))
        self.iceObject3Check.setText(QCoreApplication.translate("ObservationDialog", u"Names object 3", None))
        self.iceCommandCheck.setText(QCoreApplication.translate("ObservationDialog", u"Follows a simple command", None))
        self.iceWritesCheck.setText(QCoreApplication.translate("ObservationDialog", u"Writes a standard sentence", None))
        self.iceCountsCheck.setText(QCoreApplication.translate("ObservationDialog", u"Counts back from 100 by 10", None))
        self.capdItem1ComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"Makes eye contact with the caregiver", None))
        self.capdItem2ComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"Actions are purposeful", None))
        self.capdItem3ComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"Aware of surroundings", None))
        self.capdItem4ComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"Communicates needs and wants", None))
        self.capdItem5ComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"Restless", None))
        self.capdItem6ComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"Inconsolable", None))
        self.capdItem7ComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"Underactive", None))
        self.capdItem8ComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"Slow to respond", None))
        self.assessmentScoreLabel.setText("")
        self.notAssessableCheck.setText(QCoreApplication.translate("ObservationDialog", u"Could not be assessed", None))
        self.seizureComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"&Seizure", None))
        self.motorComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"&Motor findings", None))
        self.edemaComboLabel.setText(QCoreApplication.translate("ObservationDialog", u"Cerebral o&edema", None))
        self.neuroGroup.setTitle(QCoreApplication.translate("ObservationDialog", u"CTCAE neurological events", None))
        self.gradesGroup.setTitle(QCoreApplication.translate("ObservationDialog", u"Grades derived from these values (before saving)", None))
        self.provisionalGradesLabel.setText("")
        self.previewProblemLabel.setText("")
        self.saveProblemLabel.setText("")
    # retranslateUi

