"""The patient chart and its clinical dialogs, driven as a nurse and a physician drive them: real widgets over a
real SQLite record, the data built through the Ward use cases, every write made through a dialog's Save.

Tasks run on the calling thread (`runner.blocking`), so each click's use case has finished when the click
returns; the debounced previews are either waited for (as a user waits) or asked for directly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.bag import BagDialog
from blinadesk.gui.dialogs.history import CorrectionDialog, HistoryDialog
from blinadesk.gui.dialogs.interruption import InterruptDialog, RestartDialog
from blinadesk.gui.dialogs.marrow import MarrowDialog
from blinadesk.gui.dialogs.observation import ObservationDialog
from blinadesk.gui.dialogs.plan_course import PlanCourseDialog
from blinadesk.gui.dialogs.start_cycle import StartCycleDialog
from blinadesk.gui.models.chart_models import (
    AdverseEventTableModel,
    BagTableModel,
    DecisionTableModel,
    HistoryTableModel,
    InterruptionTableModel,
    MarrowTableModel,
    ObservationTableModel,
    OutcomeTableModel,
    ScheduleTableModel,
    TransplantTableModel,
)
from blinadesk.gui.windows.chart import PatientChartWidget
from blinadesk.services.events import MarrowEntry
from blinadesk.services.infusions import BagEntry
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database, open_database

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

ZONE = timezone(timedelta(hours=3), "ward")
NURSE = Actor("nurse.joy", Role.NURSE)
PHYSICIAN = Actor("dr.house", Role.PHYSICIAN)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Ward_:
    db: Database
    ward: Ward
    clock: Clock
    context: AppContext
    patient_id: int

    def as_(self, actor: Actor) -> AppContext:
        self.context.sign_in_as(actor)
        return self.context

    def chart(self):
        return self.ward.patient_chart(PHYSICIAN, self.patient_id)

    def rows(self) -> int:
        from sqlalchemy import func, select

        from blinadesk.store.models import AUDITED_MODELS, AuditEntry

        with self.db.read_session() as session:
            total = sum(session.scalar(select(func.count()).select_from(m)) or 0 for m in AUDITED_MODELS)
            return total + (session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.fixture
def ward(db_url: str, qapp: object) -> Iterator[Ward_]:
    from argon2 import PasswordHasher

    db = open_database(db_url)
    clock = Clock(datetime(2026, 3, 2, 8, 0, tzinfo=ZONE))
    service = Ward(db, settings=WardSettings(time_zone=ZONE), clock=clock,
                   password_hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    patient = service.register_patient(NURSE, PatientRegistration("MRN-7", "Petrov", "Pavel", date(1980, 5, 17),
                                                                  "male")).patient
    service.record_measurement(NURSE, patient.id, date(2026, 3, 1), 70.0, 175.0)
    context = AppContext(service)
    context.runner.blocking = True
    context.runner.modal_errors = False
    try:
        yield Ward_(db, service, clock, context, patient.id)
    finally:
        db.close()


def running_course(w: Ward_) -> int:
    """A course planned and cycle 1 started at 08:00 today (through the use cases); returns cycle 1's id."""
    planned = w.ward.plan_course(PHYSICIAN, w.patient_id, "rr", "us-2024", date(2026, 3, 2), 2)
    first = planned.cycles[0].id
    w.ward.start_cycle(PHYSICIAN, first, w.clock.now)
    return first


def save(dialog: object) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()  # type: ignore[attr-defined]


# --- courses -----------------------------------------------------------------------------------------------

def test_a_physician_plans_a_course_after_reviewing_the_schedule_and_starts_cycle_1(ward: Ward_, qtbot) -> None:
    context = ward.as_(PHYSICIAN)
    dialog = PlanCourseDialog(context, ward.patient_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.editionCombo.currentData() == "us-2024"  # the newest US edition by default
    dialog.ui.indicationCombo.setCurrentIndex(dialog.ui.indicationCombo.findData("rr"))
    assert not dialog.save_button.isEnabled()  # nothing is saved unseen
    qtbot.waitUntil(lambda: dialog.preview_shown is not None, timeout=3000)
    assert dialog.model.rowCount() == 2
    assert "days 1–7: 9" in dialog.model.text(dialog.model.rows()[0], 4)
    assert "Dexamethasone" in dialog.model.text(dialog.model.rows()[0], 5) or \
        "dexamethasone" in dialog.model.text(dialog.model.rows()[0], 5).lower()
    save(dialog)
    chart = ward.chart()
    assert len(chart.courses) == 1 and chart.courses[0].course.label_edition == "us-2024"
    cycle = chart.courses[0].cycles[0].cycle

    widget = PatientChartWidget(context, ward.patient_id)
    qtbot.addWidget(widget)
    assert widget.ui.startCycleButton.isEnabled()
    start = widget.start_cycle()
    assert isinstance(start, StartCycleDialog)
    save(start)
    assert start.started is not None
    assert "dexamethasone" in start.ui.premedicationLabel.text().lower()
    assert ward.chart().current_cycle.id == cycle.id
    qtbot.waitUntil(lambda: widget.chart is not None and widget.chart.current_cycle is not None)
    assert "infusing" in widget.ui.courseCalendar.summary()
    assert widget.ui.interruptButton.isEnabled()


def test_a_monitor_reads_the_chart_and_is_offered_nothing_that_writes(ward: Ward_, qtbot) -> None:
    running_course(ward)
    widget = PatientChartWidget(ward.as_(Actor("monitor.mia", Role.MONITOR)), ward.patient_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.chart is not None and widget.chart.current_cycle is not None)
    assert "infusing" in widget.ui.courseCalendar.summary()  # the record reads as for anyone
    ui = widget.ui
    writing = (ui.recordObservationButton, ui.recordBagButton, ui.interruptButton, ui.restartButton,
               ui.startCycleButton, ui.planCourseButton, ui.adverseEventButton, ui.marrowButton,
               ui.transplantButton, ui.outcomeButton, ui.reviewButton)
    assert [b.objectName() for b in writing if b.isVisibleTo(widget) and b.isEnabled()] == []


def test_a_nurse_is_not_offered_what_only_a_physician_may_do(ward: Ward_, qtbot) -> None:
    widget = PatientChartWidget(ward.as_(NURSE), ward.patient_id)
    qtbot.addWidget(widget)
    assert widget.ui.recordObservationButton.isVisibleTo(widget)
    assert not widget.ui.planCourseButton.isVisibleTo(widget)
    assert not widget.ui.adverseEventButton.isVisibleTo(widget)


# --- observations ------------------------------------------------------------------------------------------

def test_grades_appear_live_before_saving_and_are_stored(ward: Ward_, qtbot) -> None:
    running_course(ward)
    context = ward.as_(NURSE)
    dialog = ObservationDialog(context, ward.patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.temperatureEdit, "38,6")  # a decimal comma, as typed on a Russian keyboard
    dialog.ui.oxygenDeviceCombo.setCurrentIndex(dialog.ui.oxygenDeviceCombo.findData("nasal_cannula"))
    qtbot.keyClicks(dialog.ui.oxygenFlowEdit, "3")
    qtbot.waitUntil(lambda: dialog.ui.crsBadge.text().startswith("Grade 2"), timeout=3000)
    assert dialog.ui.feverBadge.text().startswith("Grade 1")
    assert "ASTCT" in dialog.ui.crsBadge.scale_label.text()
    assert ward.chart().observations_total == 0  # nothing saved yet
    qtbot.keyClick(dialog.ui.oxygenFlowEdit, Qt.Key.Key_Return)  # Enter saves
    stored = ward.chart().observations
    assert len(stored) == 1 and stored[0].grades.crs.grade == 2 and stored[0].temperature_c == 38.6


def test_a_fever_lasting_more_than_24_hours_above_40_is_grade_4(ward: Ward_, qtbot) -> None:
    running_course(ward)
    dialog = ObservationDialog(ward.as_(NURSE), ward.patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.temperatureEdit, "40,4")
    qtbot.waitUntil(lambda: dialog.ui.feverBadge.text().startswith("Grade 3"), timeout=3000)
    qtbot.keyClicks(dialog.ui.feverDurationEdit, "30")  # the field next to the temperature
    qtbot.waitUntil(lambda: dialog.ui.feverBadge.text().startswith("Grade 4"), timeout=3000)
    save(dialog)
    stored = ward.chart().observations
    assert len(stored) == 1 and stored[0].fever_duration_hours == 30 and stored[0].grades.fever.grade == 4
    # An impossible duration is named next to its field, and nothing more is written.
    before = ward.rows()
    again = ObservationDialog(ward.as_(NURSE), ward.patient_id)
    qtbot.addWidget(again)
    qtbot.keyClicks(again.ui.temperatureEdit, "40,4")
    qtbot.keyClicks(again.ui.feverDurationEdit, "2000")
    save(again)
    assert "1440" in again.errors.message("fever_duration_hours")
    assert ward.rows() == before


def test_ice_items_are_summed_and_grade_icans(ward: Ward_, qtbot) -> None:
    context = ward.as_(NURSE)
    dialog = ObservationDialog(context, ward.patient_id)
    qtbot.addWidget(dialog)
    dialog.ui.consciousnessCombo.setCurrentIndex(dialog.ui.consciousnessCombo.findData("awake"))
    for check in dialog.ice_checks[:5]:
        check.setChecked(True)
    assert dialog.ice_score() == 5
    dialog.preview()
    assert dialog.ui.icansBadge.text().startswith("Grade 2")  # ICE 3-6


def test_carry_forward_copies_the_last_values_but_not_the_ice_answers(ward: Ward_, qtbot) -> None:
    ward.ward.record_observation(NURSE, ObservationEntry(ward.patient_id, ward.clock.now - timedelta(hours=4),
                                                         temperature_c=37.9, heart_rate_bpm=96,
                                                         consciousness="awake", ice_score=10))
    dialog = ObservationDialog(ward.as_(NURSE), ward.patient_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.ui.temperatureEdit, Qt.Key.Key_F5)
    assert dialog.ui.heartRateEdit.text() == "96"
    assert dialog.ui.temperatureEdit.text() in ("37.9", "37,9")
    assert dialog.ice_score() == 0
    assert dialog.ui.carryForwardLabel.isVisibleTo(dialog)


def test_a_bad_field_is_shown_next_to_it_and_nothing_is_written(ward: Ward_, qtbot) -> None:
    context = ward.as_(NURSE)
    before = ward.rows()
    dialog = ObservationDialog(context, ward.patient_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.temperatureEdit, "abc")
    save(dialog)
    assert "Temperature" in dialog.errors.message("temperature_c")
    dialog.ui.temperatureEdit.setText("52")  # a number, but not a body temperature: the service refuses it
    save(dialog)
    assert dialog.errors.message("temperature_c").startswith("Temperature")
    assert dialog.isVisible() or dialog.result() == 0
    assert ward.rows() == before


# --- the pump ----------------------------------------------------------------------------------------------

def test_an_interruption_and_restart_show_the_label_verdict_before_confirming(ward: Ward_, qtbot) -> None:
    running_course(ward)
    ward.clock.now += timedelta(days=2)
    context = ward.as_(NURSE)
    widget = PatientChartWidget(context, ward.patient_id)
    qtbot.addWidget(widget)
    interrupt = widget.interrupt_infusion()
    assert isinstance(interrupt, InterruptDialog)
    interrupt.ui.reasonCombo.setEditText("Line occlusion")
    save(interrupt)
    assert ward.chart().current_cycle.status == "interrupted"
    ward.clock.now += timedelta(hours=6)
    qtbot.waitUntil(lambda: widget.ui.restartButton.isEnabled())
    restart = widget.restart_infusion()
    assert isinstance(restart, RestartDialog)
    assert not restart.save_button.isEnabled()  # not before the verdict is on screen
    qtbot.waitUntil(lambda: restart.verdict is not None, timeout=3000)
    text = restart.ui.verdictBrowser.toPlainText()
    assert "SAME CYCLE" in text and "Premedication due" in text and "New expected end" in text
    save(restart)
    assert ward.chart().current_cycle.status == "running"
    model = widget.models["interruptions"]
    qtbot.waitUntil(lambda: model.rowCount() == 1 and "same cycle 1" in model.text(model.rows()[0], 3))


def test_a_bag_is_recorded_with_the_never_flush_warning_in_sight(ward: Ward_, qtbot) -> None:
    cycle_id = running_course(ward)
    context = ward.as_(NURSE)
    widget = PatientChartWidget(context, ward.patient_id)
    qtbot.addWidget(widget)
    assert "NEVER FLUSH" in widget.ui.neverFlushLabel.text()
    dialog = widget.record_bag()
    assert isinstance(dialog, BagDialog)
    assert "NEVER FLUSH" in dialog.ui.neverFlushLabel.text()
    dialog.ui.durationCombo.setCurrentIndex(dialog.ui.durationCombo.findData(24))
    dialog.ui.rateEdit.setText("10")
    dialog.ui.volumeEdit.setText("270")
    dialog.ui.lotEdit.setText("LOT-42")
    save(dialog)
    bags = ward.ward.cycle_bags(NURSE, cycle_id)
    assert len(bags) == 1 and bags[0].lot == "LOT-42" and bags[0].volume_ml == 270


def test_a_preserved_bag_is_refused_next_to_the_field_for_a_low_weight(ward: Ward_, qtbot) -> None:
    cycle_id = running_course(ward)
    edition = ward.ward.catalogue.editions["us-2024"]
    preserved = next((b for b in edition.bags if b.preserved and b.min_weight_kg), None)
    if preserved is None:
        pytest.skip("this edition has no weight-limited bag")
    cycle = next(c.cycle for c in ward.chart().courses[0].cycles if c.cycle.id == cycle_id)
    dialog = BagDialog(ward.as_(NURSE), cycle, edition, preserved.min_weight_kg - 1)
    qtbot.addWidget(dialog)
    dialog.ui.durationCombo.setCurrentIndex(dialog.ui.durationCombo.findData(preserved.duration_hours))
    assert "not recommended below" in dialog.errors.message("duration_hours")


# --- marrow ------------------------------------------------------------------------------------------------

def test_a_marrow_result_shows_the_derived_response_then_stores_it(ward: Ward_, qtbot) -> None:
    context = ward.as_(PHYSICIAN)
    dialog = MarrowDialog(context, ward.patient_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.blastsEdit, "2")
    qtbot.keyClicks(dialog.ui.mrdEdit, "0,005")
    dialog.ui.mrdMethodCombo.setCurrentIndex(dialog.ui.mrdMethodCombo.findData("flow"))
    qtbot.keyClicks(dialog.ui.ancEdit, "1500")
    qtbot.keyClicks(dialog.ui.plateletsEdit, "150000")
    assert "<b>CR</b>" in dialog.ui.responseLabel.text()
    assert "negative" in dialog.ui.responseLabel.text()
    save(dialog)
    stored = ward.chart().marrow_results
    assert len(stored) == 1 and stored[0].response_status == "CR" and stored[0].mrd_fraction == pytest.approx(5e-5)


# --- corrections -------------------------------------------------------------------------------------------

def test_a_correction_is_audited_and_a_stale_one_overwrites_nothing(ward: Ward_, qtbot) -> None:
    ward.ward.record_observation(NURSE, ObservationEntry(ward.patient_id, ward.clock.now, temperature_c=38.6))
    context = ward.as_(NURSE)
    widget = PatientChartWidget(context, ward.patient_id)
    qtbot.addWidget(widget)
    view = widget.ui.observationsView
    view.setCurrentIndex(widget.models["daily_observations"].index(0, 0))
    stale = widget.selected("daily_observations")
    dialog = widget.correct("daily_observations")
    assert isinstance(dialog, CorrectionDialog)
    dialog.editors["temperature_c"].setText("37,2")
    save(dialog)
    assert "Reason" in dialog.errors.message("reason")  # a correction needs its reason
    dialog.ui.reasonEdit.setPlainText("typed into the wrong patient's row first")
    save(dialog)
    corrected = ward.chart().observations[0]
    assert corrected.temperature_c == 37.2 and corrected.grades.fever is not None and corrected.grades.fever.grade == 0

    history = HistoryDialog(context, "daily_observations", corrected.id, "observation")
    qtbot.addWidget(history)
    rows = history.model.rows()
    assert [r.action for r in rows][-1] == "correct"
    text = history.model.changes_text(rows[-1])
    assert "38" in text and "37" in text and "→" in text
    assert history.model.text(rows[-1], 4) == "typed into the wrong patient's row first"

    # Someone corrects from a screen that still shows the old version: refused, nothing overwritten.
    late = CorrectionDialog(context, "daily_observations", stale, "observation")
    qtbot.addWidget(late)
    late.editors["temperature_c"].setText("39")
    late.ui.reasonEdit.setPlainText("late")
    save(late)
    assert "nothing was overwritten" in late.ui.saveProblemLabel.text()
    assert ward.chart().observations[0].temperature_c == 37.2


def test_undo_marks_the_last_entry_entered_in_error(ward: Ward_, qtbot) -> None:
    context = ward.as_(NURSE)
    widget = PatientChartWidget(context, ward.patient_id)
    qtbot.addWidget(widget)
    dialog = widget.record_observation()
    dialog.ui.temperatureEdit.setText("37,0")
    save(dialog)
    qtbot.waitUntil(lambda: widget.undo_action.isEnabled())
    undo = widget.undo_last_entry()
    assert undo is not None and undo.ui.reasonEdit.toPlainText()
    save(undo)
    assert ward.chart().observations_total == 0
    assert ward.rows() > 0  # kept in the record, hidden from the chart


# --- models ------------------------------------------------------------------------------------------------

def test_every_table_model_passes_the_model_tester(ward: Ward_, qtmodeltester) -> None:
    cycle_id = running_course(ward)
    w = ward.ward
    w.record_observation(NURSE, ObservationEntry(ward.patient_id, ward.clock.now, temperature_c=38.4,
                                                 consciousness="awake", ice_score=9, neuro_events=(("tremor", 1),)))
    w.record_bag(NURSE, BagEntry(cycle_id, 24, 10.0, 270.0, "L1", ward.clock.now))
    w.record_marrow_result(PHYSICIAN, MarrowEntry(ward.patient_id, date(2026, 3, 1), 3.0, 1200, 120000))
    w.record_decision(PHYSICIAN, ward.patient_id, "continue", "grade 1 only")
    w.record_transplant(PHYSICIAN, ward.patient_id, date(2026, 3, 1), "haploidentical")
    w.record_outcome(PHYSICIAN, ward.patient_id, "relapse", date(2026, 3, 1), cd19_status="negative")
    from blinadesk.services.events import AdverseEventEntry

    w.record_adverse_event(PHYSICIAN, AdverseEventEntry(ward.patient_id, "Cytokine release syndrome", 3, "v5.0",
                                                        date(2026, 3, 2)))
    ward.clock.now += timedelta(hours=2)
    w.interrupt_infusion(NURSE, cycle_id, ward.clock.now - timedelta(hours=1), "line")
    chart = ward.chart()
    preview = w.preview_course(PHYSICIAN, ward.patient_id, "rr", "us-2024", date(2026, 3, 2), 3)
    schedule = ScheduleTableModel()
    schedule.set_schedule(preview.schedule)
    history = HistoryTableModel(w.entry_history(PHYSICIAN, "daily_observations", chart.observations[0].id))
    bags = [b for course in chart.courses for c in course.cycles for b in c.bags]
    interruptions = [i for course in chart.courses for c in course.cycles for i in c.interruptions]
    models = [ObservationTableModel(chart.observations), MarrowTableModel(chart.marrow_results),
              AdverseEventTableModel(chart.adverse_events), DecisionTableModel(chart.decisions),
              TransplantTableModel(chart.transplants), OutcomeTableModel(chart.outcomes), BagTableModel(bags),
              InterruptionTableModel(interruptions), schedule, history]
    for model in models:
        assert model.rowCount() >= 1, type(model).__name__
        qtmodeltester.check(model)
