# Generated from ui/register_patient.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_patient.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from blinadesk.gui.widgets.date_fields import DateField

class Ui_RegisterPatientDialog(object):
    def setupUi(self, RegisterPatientDialog):
        if not RegisterPatientDialog.objectName():
            RegisterPatientDialog.setObjectName(u"RegisterPatientDialog")
        self.main_layout = QVBoxLayout(RegisterPatientDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation = QLabel(RegisterPatientDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.main_layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.mrn_label = QLabel(RegisterPatientDialog)
        self.mrn_label.setObjectName(u"mrn_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mrn_label)

        self.mrn = QLineEdit(RegisterPatientDialog)
        self.mrn.setObjectName(u"mrn")
        self.mrn.setMaxLength(32)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mrn)

        self.family_name_label = QLabel(RegisterPatientDialog)
        self.family_name_label.setObjectName(u"family_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.family_name_label)

        self.family_name = QLineEdit(RegisterPatientDialog)
        self.family_name.setObjectName(u"family_name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.family_name)

        self.given_name_label = QLabel(RegisterPatientDialog)
        self.given_name_label.setObjectName(u"given_name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.given_name_label)

        self.given_name = QLineEdit(RegisterPatientDialog)
        self.given_name.setObjectName(u"given_name")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.given_name)

        self.birth_date_label = QLabel(RegisterPatientDialog)
        self.birth_date_label.setObjectName(u"birth_date_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birth_date_label)

        self.birth_date = DateField(RegisterPatientDialog)
        self.birth_date.setObjectName(u"birth_date")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.sex_label = QLabel(RegisterPatientDialog)
        self.sex_label.setObjectName(u"sex_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sex_label)

        self.sex = QComboBox(RegisterPatientDialog)
        self.sex.setObjectName(u"sex")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sex)

        self.ph_status_label = QLabel(RegisterPatientDialog)
        self.ph_status_label.setObjectName(u"ph_status_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ph_status_label)

        self.ph_status = QComboBox(RegisterPatientDialog)
        self.ph_status.setObjectName(u"ph_status")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ph_status)

        self.cd19_status_label = QLabel(RegisterPatientDialog)
        self.cd19_status_label.setObjectName(u"cd19_status_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.cd19_status_label)

        self.cd19_status = QComboBox(RegisterPatientDialog)
        self.cd19_status.setObjectName(u"cd19_status")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.cd19_status)

        self.prior_hsct_label = QLabel(RegisterPatientDialog)
        self.prior_hsct_label.setObjectName(u"prior_hsct_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.prior_hsct_label)

        self.prior_hsct = QCheckBox(RegisterPatientDialog)
        self.prior_hsct.setObjectName(u"prior_hsct")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.prior_hsct)

        self.marrow_blasts_at_start_pct_label = QLabel(RegisterPatientDialog)
        self.marrow_blasts_at_start_pct_label.setObjectName(u"marrow_blasts_at_start_pct_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.marrow_blasts_at_start_pct_label)

        self.marrow_blasts_at_start_pct = QLineEdit(RegisterPatientDialog)
        self.marrow_blasts_at_start_pct.setObjectName(u"marrow_blasts_at_start_pct")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.marrow_blasts_at_start_pct)

        self.diagnosis_notes_label = QLabel(RegisterPatientDialog)
        self.diagnosis_notes_label.setObjectName(u"diagnosis_notes_label")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.diagnosis_notes_label)

        self.diagnosis_notes = QPlainTextEdit(RegisterPatientDialog)
        self.diagnosis_notes.setObjectName(u"diagnosis_notes")
        self.diagnosis_notes.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.diagnosis_notes)


        self.main_layout.addLayout(self.form)

        self.problem = QLabel(RegisterPatientDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(RegisterPatientDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.mrn_label.setBuddy(self.mrn)
        self.family_name_label.setBuddy(self.family_name)
        self.given_name_label.setBuddy(self.given_name)
        self.birth_date_label.setBuddy(self.birth_date)
        self.sex_label.setBuddy(self.sex)
        self.ph_status_label.setBuddy(self.ph_status)
        self.cd19_status_label.setBuddy(self.cd19_status)
        self.prior_hsct_label.setBuddy(self.prior_hsct)
        self.marrow_blasts_at_start_pct_label.setBuddy(self.marrow_blasts_at_start_pct)
        self.diagnosis_notes_label.setBuddy(self.diagnosis_notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mrn, self.family_name)
        QWidget.setTabOrder(self.family_name, self.given_name)
        QWidget.setTabOrder(self.given_name, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.sex)
        QWidget.setTabOrder(self.sex, self.ph_status)
        QWidget.setTabOrder(self.ph_status, self.cd19_status)
        QWidget.setTabOrder(self.cd19_status, self.prior_hsct)
        QWidget.setTabOrder(self.prior_hsct, self.marrow_blasts_at_start_pct)
        QWidget.setTabOrder(self.marrow_blasts_at_start_pct, self.diagnosis_notes)

        self.retranslateUi(RegisterPatientDialog)

        QMetaObject.connectSlotsByName(RegisterPatientDialog)
    # setupUi

    def retranslateUi(self, RegisterPatientDialog):
        RegisterPatientDialog.setWindowTitle(QCoreApplication.translate("RegisterPatientDialog", u"Register a patient", None))
        self.explanation.setText(QCoreApplication.translate("RegisterPatientDialog", u"Fields marked * are required. The MRN is the hospital's medical record number.", None))
        self.mrn_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"&MRN *", None))
        self.family_name_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"&Family name *", None))
        self.given_name_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"&Given name(s) *", None))
        self.birth_date_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"&Birth date *", None))
        self.sex_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"&Sex", None))
        self.ph_status_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"P&h status", None))
        self.cd19_status_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"&CD19 status", None))
        self.prior_hsct_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"Prior &HSCT", None))
        self.prior_hsct.setText(QCoreApplication.translate("RegisterPatientDialog", u"Had a stem cell transplant before", None))
        self.marrow_blasts_at_start_pct_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"Marrow blasts at start, &%", None))
        self.diagnosis_notes_label.setText(QCoreApplication.translate("RegisterPatientDialog", u"Diagnosis &notes", None))
    # retranslateUi

