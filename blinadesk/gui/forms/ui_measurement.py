# Generated from ui/measurement.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'measurement.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget)

from blinadesk.gui.widgets.date_fields import DateField

class Ui_MeasurementDialog(object):
    def setupUi(self, MeasurementDialog):
        if not MeasurementDialog.objectName():
            MeasurementDialog.setObjectName(u"MeasurementDialog")
        self.main_layout = QVBoxLayout(MeasurementDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.patient = QLabel(MeasurementDialog)
        self.patient.setObjectName(u"patient")
        self.patient.setWordWrap(True)

        self.main_layout.addWidget(self.patient)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.measured_on_label = QLabel(MeasurementDialog)
        self.measured_on_label.setObjectName(u"measured_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.measured_on_label)

        self.measured_on = DateField(MeasurementDialog)
        self.measured_on.setObjectName(u"measured_on")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.measured_on)

        self.weight_kg_label = QLabel(MeasurementDialog)
        self.weight_kg_label.setObjectName(u"weight_kg_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weight_kg_label)

        self.weight_kg = QLineEdit(MeasurementDialog)
        self.weight_kg.setObjectName(u"weight_kg")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weight_kg)

        self.height_cm_label = QLabel(MeasurementDialog)
        self.height_cm_label.setObjectName(u"height_cm_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.height_cm_label)

        self.height_cm = QLineEdit(MeasurementDialog)
        self.height_cm.setObjectName(u"height_cm")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.height_cm)


        self.main_layout.addLayout(self.form)

        self.height_hint = QLabel(MeasurementDialog)
        self.height_hint.setObjectName(u"height_hint")
        self.height_hint.setWordWrap(True)

        self.main_layout.addWidget(self.height_hint)

        self.problem = QLabel(MeasurementDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.main_layout.addWidget(self.problem)

        self.warnings = QLabel(MeasurementDialog)
        self.warnings.setObjectName(u"warnings")
        self.warnings.setWordWrap(True)

        self.main_layout.addWidget(self.warnings)

        self.buttons = QDialogButtonBox(MeasurementDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.measured_on_label.setBuddy(self.measured_on)
        self.weight_kg_label.setBuddy(self.weight_kg)
        self.height_cm_label.setBuddy(self.height_cm)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.measured_on, self.weight_kg)
        QWidget.setTabOrder(self.weight_kg, self.height_cm)

        self.retranslateUi(MeasurementDialog)

        QMetaObject.connectSlotsByName(MeasurementDialog)
    # setupUi

    def retranslateUi(self, MeasurementDialog):
        MeasurementDialog.setWindowTitle(QCoreApplication.translate("MeasurementDialog", u"Record weight and height", None))
        self.measured_on_label.setText(QCoreApplication.translate("MeasurementDialog", u"Measured &on *", None))
        self.weight_kg_label.setText(QCoreApplication.translate("MeasurementDialog", u"&Weight, kg *", None))
        self.height_cm_label.setText(QCoreApplication.translate("MeasurementDialog", u"&Height, cm", None))
        self.height_hint.setText(QCoreApplication.translate("MeasurementDialog", u"Leave the height empty if it was not measured today: the latest height is used.", None))
    # retranslateUi

