# Generated from ui/patient_chart.ui by scripts/build_forms; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'patient_chart.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from blinadesk.gui.widgets.course_calendar import CourseCalendar

class Ui_PatientChart(object):
    def setupUi(self, PatientChart):
        if not PatientChart.objectName():
            PatientChart.setObjectName(u"PatientChart")
        PatientChart.resize(1200, 800)
        self.chartLayout = QVBoxLayout(PatientChart)
        self.chartLayout.setObjectName(u"chartLayout")
        self.headerFrame = QFrame(PatientChart)
        self.headerFrame.setObjectName(u"headerFrame")
        self.headerFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.headerLayout = QVBoxLayout(self.headerFrame)
        self.headerLayout.setObjectName(u"headerLayout")
        self.hBoxLayout1 = QHBoxLayout()
        self.hBoxLayout1.setObjectName(u"hBoxLayout1")
        self.nameLabel = QLabel(self.headerFrame)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.hBoxLayout1.addWidget(self.nameLabel)

        self.spacer1 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hBoxLayout1.addItem(self.spacer1)

        self.measurementButton = QPushButton(self.headerFrame)
        self.measurementButton.setObjectName(u"measurementButton")

        self.hBoxLayout1.addWidget(self.measurementButton)

        self.reviewButton = QPushButton(self.headerFrame)
        self.reviewButton.setObjectName(u"reviewButton")

        self.hBoxLayout1.addWidget(self.reviewButton)

        self.loadingLabel = QLabel(self.headerFrame)
        self.loadingLabel.setObjectName(u"loadingLabel")
        self.loadingLabel.setWordWrap(True)

        self.hBoxLayout1.addWidget(self.loadingLabel)


        self.headerLayout.addLayout(self.hBoxLayout1)

        self.identityLabel = QLabel(self.headerFrame)
        self.identityLabel.setObjectName(u"identityLabel")
        self.identityLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.identityLabel)

        self.bodySizeLabel = QLabel(self.headerFrame)
        self.bodySizeLabel.setObjectName(u"bodySizeLabel")
        self.bodySizeLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.bodySizeLabel)

        self.weightWarningLabel = QLabel(self.headerFrame)
        self.weightWarningLabel.setObjectName(u"weightWarningLabel")
        self.weightWarningLabel.setWordWrap(True)
        self.weightWarningLabel.setVisible(False)

        self.headerLayout.addWidget(self.weightWarningLabel)

        self.courseLabel = QLabel(self.headerFrame)
        self.courseLabel.setObjectName(u"courseLabel")
        self.courseLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.courseLabel)

        self.provisionalLabel = QLabel(self.headerFrame)
        self.provisionalLabel.setObjectName(u"provisionalLabel")
        self.provisionalLabel.setWordWrap(True)
        self.provisionalLabel.setVisible(False)

        self.headerLayout.addWidget(self.provisionalLabel)


        self.chartLayout.addWidget(self.headerFrame)

        self.infusionFrame = QFrame(PatientChart)
        self.infusionFrame.setObjectName(u"infusionFrame")
        self.infusionFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.infusionLayout = QVBoxLayout(self.infusionFrame)
        self.infusionLayout.setObjectName(u"infusionLayout")
        self.doseLabel = QLabel(self.infusionFrame)
        self.doseLabel.setObjectName(u"doseLabel")
        self.doseLabel.setWordWrap(True)

        self.infusionLayout.addWidget(self.doseLabel)

        self.bagLabel = QLabel(self.infusionFrame)
        self.bagLabel.setObjectName(u"bagLabel")
        self.bagLabel.setWordWrap(True)

        self.infusionLayout.addWidget(self.bagLabel)

        self.neverFlushLabel = QLabel(self.infusionFrame)
        self.neverFlushLabel.setObjectName(u"neverFlushLabel")
        self.neverFlushLabel.setWordWrap(True)

        self.infusionLayout.addWidget(self.neverFlushLabel)


        self.chartLayout.addWidget(self.infusionFrame)

        self.actionsBar = QWidget(PatientChart)
        self.actionsBar.setObjectName(u"actionsBar")
        self.actionsLayout = QGridLayout(self.actionsBar)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(0, 0, 0, 0)
        self.recordObservationButton = QPushButton(self.actionsBar)
        self.recordObservationButton.setObjectName(u"recordObservationButton")

        self.actionsLayout.addWidget(self.recordObservationButton, 0, 0, 1, 1)

        self.recordBagButton = QPushButton(self.actionsBar)
        self.recordBagButton.setObjectName(u"recordBagButton")

        self.actionsLayout.addWidget(self.recordBagButton, 0, 1, 1, 1)

        self.interruptButton = QPushButton(self.actionsBar)
        self.interruptButton.setObjectName(u"interruptButton")

        self.actionsLayout.addWidget(self.interruptButton, 0, 2, 1, 1)

        self.restartButton = QPushButton(self.actionsBar)
        self.restartButton.setObjectName(u"restartButton")

        self.actionsLayout.addWidget(self.restartButton, 0, 3, 1, 1)

        self.startCycleButton = QPushButton(self.actionsBar)
        self.startCycleButton.setObjectName(u"startCycleButton")

        self.actionsLayout.addWidget(self.startCycleButton, 0, 4, 1, 1)

        self.premedicationButton = QPushButton(self.actionsBar)
        self.premedicationButton.setObjectName(u"premedicationButton")

        self.actionsLayout.addWidget(self.premedicationButton, 0, 5, 1, 1)

        self.planCourseButton = QPushButton(self.actionsBar)
        self.planCourseButton.setObjectName(u"planCourseButton")

        self.actionsLayout.addWidget(self.planCourseButton, 1, 0, 1, 1)

        self.adverseEventButton = QPushButton(self.actionsBar)
        self.adverseEventButton.setObjectName(u"adverseEventButton")

        self.actionsLayout.addWidget(self.adverseEventButton, 1, 1, 1, 1)

        self.marrowButton = QPushButton(self.actionsBar)
        self.marrowButton.setObjectName(u"marrowButton")

        self.actionsLayout.addWidget(self.marrowButton, 1, 2, 1, 1)

        self.transplantButton = QPushButton(self.actionsBar)
        self.transplantButton.setObjectName(u"transplantButton")

        self.actionsLayout.addWidget(self.transplantButton, 1, 3, 1, 1)

        self.outcomeButton = QPushButton(self.actionsBar)
        self.outcomeButton.setObjectName(u"outcomeButton")

        self.actionsLayout.addWidget(self.outcomeButton, 1, 4, 1, 1)


        self.chartLayout.addWidget(self.actionsBar)

        self.calendarScroll = QScrollArea(PatientChart)
        self.calendarScroll.setObjectName(u"calendarScroll")
        self.calendarScroll.setWidgetResizable(True)
        self.courseCalendar = CourseCalendar()
        self.courseCalendar.setObjectName(u"courseCalendar")
        self.calendarScroll.setWidget(self.courseCalendar)

        self.chartLayout.addWidget(self.calendarScroll)

        self.recordTabs = QTabWidget(PatientChart)
        self.recordTabs.setObjectName(u"recordTabs")
        self.observationsTab = QWidget()
        self.observationsTab.setObjectName(u"observationsTab")
        self.vBoxLayout1 = QVBoxLayout(self.observationsTab)
        self.vBoxLayout1.setObjectName(u"vBoxLayout1")
        self.observationsView = QTableView(self.observationsTab)
        self.observationsView.setObjectName(u"observationsView")
        self.observationsView.setAlternatingRowColors(True)
        self.observationsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.observationsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.vBoxLayout1.addWidget(self.observationsView)

        self.hBoxLayout2 = QHBoxLayout()
        self.hBoxLayout2.setObjectName(u"hBoxLayout2")
        self.newerButton = QPushButton(self.observationsTab)
        self.newerButton.setObjectName(u"newerButton")

        self.hBoxLayout2.addWidget(self.newerButton)

        self.pageLabel = QLabel(self.observationsTab)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setWordWrap(True)

        self.hBoxLayout2.addWidget(self.pageLabel)

        self.olderButton = QPushButton(self.observationsTab)
        self.olderButton.setObjectName(u"olderButton")

        self.hBoxLayout2.addWidget(self.olderButton)

        self.spacer2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hBoxLayout2.addItem(self.spacer2)

        self.gradeScalesLabel = QLabel(self.observationsTab)
        self.gradeScalesLabel.setObjectName(u"gradeScalesLabel")
        self.gradeScalesLabel.setWordWrap(True)

        self.hBoxLayout2.addWidget(self.gradeScalesLabel)


        self.vBoxLayout1.addLayout(self.hBoxLayout2)

        self.recordTabs.addTab(self.observationsTab, "")
        self.marrowTab = QWidget()
        self.marrowTab.setObjectName(u"marrowTab")
        self.vBoxLayout2 = QVBoxLayout(self.marrowTab)
        self.vBoxLayout2.setObjectName(u"vBoxLayout2")
        self.marrowView = QTableView(self.marrowTab)
        self.marrowView.setObjectName(u"marrowView")
        self.marrowView.setAlternatingRowColors(True)
        self.marrowView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.marrowView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.vBoxLayout2.addWidget(self.marrowView)

        self.recordTabs.addTab(self.marrowTab, "")
        self.adverseEventsTab = QWidget()
        self.adverseEventsTab.setObjectName(u"adverseEventsTab")
        self.vBoxLayout3 = QVBoxLayout(self.adverseEventsTab)
        self.vBoxLayout3.setObjectName(u"vBoxLayout3")
        self.adverseEventsView = QTableView(self.adverseEventsTab)
        self.adverseEventsView.setObjectName(u"adverseEventsView")
        self.adverseEventsView.setAlternatingRowColors(True)
        self.adverseEventsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.adverseEventsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.vBoxLayout3.addWidget(self.adverseEventsView)

        self.decisionsTitle = QLabel(self.adverseEventsTab)
        self.decisionsTitle.setObjectName(u"decisionsTitle")
        self.decisionsTitle.setWordWrap(True)

        self.vBoxLayout3.addWidget(self.decisionsTitle)

        self.decisionsView = QTableView(self.adverseEventsTab)
        self.decisionsView.setObjectName(u"decisionsView")
        self.decisionsView.setAlternatingRowColors(True)
        self.decisionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.vBoxLayout3.addWidget(self.decisionsView)

        self.recordTabs.addTab(self.adverseEventsTab, "")
        self.transplantsTab = QWidget()
        self.transplantsTab.setObjectName(u"transplantsTab")
        self.vBoxLayout4 = QVBoxLayout(self.transplantsTab)
        self.vBoxLayout4.setObjectName(u"vBoxLayout4")
        self.transplantsView = QTableView(self.transplantsTab)
        self.transplantsView.setObjectName(u"transplantsView")
        self.transplantsView.setAlternatingRowColors(True)
        self.transplantsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.transplantsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.vBoxLayout4.addWidget(self.transplantsView)

        self.outcomesView = QTableView(self.transplantsTab)
        self.outcomesView.setObjectName(u"outcomesView")
        self.outcomesView.setAlternatingRowColors(True)
        self.outcomesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcomesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.vBoxLayout4.addWidget(self.outcomesView)

        self.recordTabs.addTab(self.transplantsTab, "")
        self.bagsTab = QWidget()
        self.bagsTab.setObjectName(u"bagsTab")
        self.vBoxLayout5 = QVBoxLayout(self.bagsTab)
        self.vBoxLayout5.setObjectName(u"vBoxLayout5")
        self.bagsView = QTableView(self.bagsTab)
        self.bagsView.setObjectName(u"bagsView")
        self.bagsView.setAlternatingRowColors(True)
        self.bagsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bagsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.vBoxLayout5.addWidget(self.bagsView)

        self.interruptionsView = QTableView(self.bagsTab)
        self.interruptionsView.setObjectName(u"interruptionsView")
        self.interruptionsView.setAlternatingRowColors(True)
        self.interruptionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.interruptionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.vBoxLayout5.addWidget(self.interruptionsView)

        self.recordTabs.addTab(self.bagsTab, "")

        self.chartLayout.addWidget(self.recordTabs)


        self.retranslateUi(PatientChart)

        QMetaObject.connectSlotsByName(PatientChart)
    # setupUi

    def retranslateUi(self, PatientChart):
        PatientChart.setWindowTitle(QCoreApplication.translate("PatientChart", u"Patient chart", None))
        self.nameLabel.setText("")
        self.measurementButton.setText(QCoreApplication.translate("PatientChart", u"Record &weight and height\u2026", None))
        self.reviewButton.setText(QCoreApplication.translate("PatientChart", u"Review course\u2026", None))
#if QT_CONFIG(tooltip)
        self.reviewButton.setToolTip(QCoreApplication.translate("PatientChart", u"The whole course on one page: timeline, the label's guidance for the latest adverse events, a decision, exports", None))
#endif // QT_CONFIG(tooltip)
        self.loadingLabel.setText(QCoreApplication.translate("PatientChart", u"Loading\u2026", None))
        self.identityLabel.setText("")
        self.bodySizeLabel.setText("")
        self.weightWarningLabel.setText("")
        self.courseLabel.setText("")
        self.provisionalLabel.setText("")
        self.doseLabel.setText("")
        self.bagLabel.setText("")
        self.neverFlushLabel.setText("")
        self.recordObservationButton.setText(QCoreApplication.translate("PatientChart", u"Record &observation\u2026", None))
        self.recordBagButton.setText(QCoreApplication.translate("PatientChart", u"Record &bag\u2026", None))
        self.interruptButton.setText(QCoreApplication.translate("PatientChart", u"&Interrupt infusion\u2026", None))
        self.restartButton.setText(QCoreApplication.translate("PatientChart", u"&Restart infusion\u2026", None))
        self.startCycleButton.setText(QCoreApplication.translate("PatientChart", u"&Start cycle\u2026", None))
        self.premedicationButton.setText(QCoreApplication.translate("PatientChart", u"Record pr&emedication given\u2026", None))
        self.planCourseButton.setText(QCoreApplication.translate("PatientChart", u"&Plan course\u2026", None))
        self.adverseEventButton.setText(QCoreApplication.translate("PatientChart", u"&Adverse event\u2026", None))
        self.marrowButton.setText(QCoreApplication.translate("PatientChart", u"&Marrow result\u2026", None))
        self.transplantButton.setText(QCoreApplication.translate("PatientChart", u"&Transplant\u2026", None))
        self.outcomeButton.setText(QCoreApplication.translate("PatientChart", u"O&utcome\u2026", None))
        self.newerButton.setText(QCoreApplication.translate("PatientChart", u"\u25c0 &Newer", None))
        self.pageLabel.setText("")
        self.olderButton.setText(QCoreApplication.translate("PatientChart", u"O&lder \u25b6", None))
        self.gradeScalesLabel.setText("")
        self.recordTabs.setTabText(self.recordTabs.indexOf(self.observationsTab), QCoreApplication.translate("PatientChart", u"Observations", None))
        self.recordTabs.setTabText(self.recordTabs.indexOf(self.marrowTab), QCoreApplication.translate("PatientChart", u"Marrow", None))
        self.decisionsTitle.setText(QCoreApplication.translate("PatientChart", u"Decisions", None))
        self.recordTabs.setTabText(self.recordTabs.indexOf(self.adverseEventsTab), QCoreApplication.translate("PatientChart", u"Adverse events", None))
        self.recordTabs.setTabText(self.recordTabs.indexOf(self.transplantsTab), QCoreApplication.translate("PatientChart", u"Transplants and outcomes", None))
        self.recordTabs.setTabText(self.recordTabs.indexOf(self.bagsTab), QCoreApplication.translate("PatientChart", u"Bags and interruptions", None))
    # retranslateUi

