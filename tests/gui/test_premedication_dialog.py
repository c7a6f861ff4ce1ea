"""Recording a premedication as given, from the chart and from Today, and recording a weight from the chart: real
widgets over a real SQLite record, the course built through the Ward use cases, every write through a dialog's Save.

Tasks run on the calling thread (`runner.blocking`), so each click's use case has finished when the click returns.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from blinadesk.gui.context import AppContext
from blinadesk.gui.dialogs.measurement import MeasurementDialog
from blinadesk.gui.dialogs.premedication import PremedicationDialog
from blinadesk.gui.models.worklist_model import WorklistModel
from blinadesk.gui.windows.chart import PatientChartWidget
from blinadesk.gui.windows.today import TodayScreen
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.settings import WardSettings
from blinadesk.services.ward import Ward
from blinadesk.store.database import open_database
from tests.gui.test_chart_widgets import NURSE, PHYSICIAN, ZONE, Clock
from tests.gui.test_chart_widgets import Ward_ as ChartWard

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

PHARMACIST = Actor("pharm.pat", Role.PHARMACIST)
MONITOR = Actor("monitor.mia", Role.MONITOR)


@dataclass
class Ward_(ChartWard):
    """The chart tests' ward, with the premedications recorded in it."""

    def premedications(self) -> list:
        chart = self.ward.patient_chart(PHYSICIAN, self.patient_id)
        return [p for course in chart.courses for c in course.cycles for p in c.premedications]


def make_ward(db_url: str, weight_kg: float | None) -> Ward_:
    from argon2 import PasswordHasher

    db = open_database(db_url)
    clock = Clock(datetime(2026, 3, 2, 8, 0, tzinfo=ZONE))
    service = Ward(db, settings=WardSettings(time_zone=ZONE), clock=clock,
                   password_hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    patient = service.register_patient(NURSE, PatientRegistration("MRN-7", "Petrov", "Pavel", date(1980, 5, 17),
                                                                  "male")).patient
    if weight_kg is not None:
        service.record_measurement(NURSE, patient.id, date(2026, 3, 1), weight_kg, 175.0)
    context = AppContext(service)
    context.runner.blocking = True
    context.runner.modal_errors = False
    return Ward_(db, service, clock, context, patient.id)


@pytest.fixture
def ward(db_url: str, qapp: object) -> Iterator[Ward_]:
    w = make_ward(db_url, 70.0)
    try:
        yield w
    finally:
        w.db.close()


@pytest.fixture
def unweighed(db_url: str, qapp: object) -> Iterator[Ward_]:
    w = make_ward(db_url, None)
    try:
        yield w
    finally:
        w.db.close()


def started_cycle(w: Ward_) -> int:
    """Cycle 1 of a relapsed/refractory course started at 08:00 today: the label (us-2024, adult) asks for
    dexamethasone 20 mg IV 1 hour before its first dose. Returns the cycle's id; the clock moves to 08:30."""
    planned = w.ward.plan_course(PHYSICIAN, w.patient_id, "rr", "us-2024", date(2026, 3, 2), 2)
    first = planned.cycles[0].id
    w.ward.start_cycle(PHYSICIAN, first, w.clock.now)
    w.clock.now = datetime(2026, 3, 2, 8, 30, tzinfo=ZONE)
    return first


def the_due(w: Ward_):
    """What the worklist service says is due today for the patient (the dialog's one source)."""
    now = w.clock.now
    entry = next(e for e in w.ward.today_worklist(NURSE, now.date(), now).entries if e.patient_id == w.patient_id)
    return entry.premedication_due


def chart_for(w: Ward_, actor: Actor, qtbot) -> PatientChartWidget:
    widget = PatientChartWidget(w.as_(actor), w.patient_id)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.chart is not None)
    return widget


def save(dialog: object) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()  # type: ignore[attr-defined]


def test_a_nurse_records_the_premedication_given_from_the_chart_with_the_dose_she_gave(ward: Ward_, qtbot) -> None:
    cycle_id = started_cycle(ward)
    due = the_due(ward)
    assert [(p.drug, p.dose_mg, p.route, p.given) for p in due] == [("dexamethasone", 20, "IV", False)]
    widget = chart_for(ward, NURSE, qtbot)
    assert widget.ui.premedicationButton.isVisibleTo(widget) and widget.ui.premedicationButton.isEnabled()
    widget.ui.premedicationButton.click()
    dialog = next(iter(widget.findChildren(PremedicationDialog)))
    # It asked the worklist service what is due (as Today shows it), off the GUI thread.
    qtbot.waitUntil(lambda: dialog.due == due)
    # Pre-filled from the label edition as the service works it out; given now, by the signed-in nurse.
    assert dialog.ui.drugLabel.text() == "dexamethasone"
    assert dialog.ui.doseEdit.text() == "20"
    assert dialog.ui.routeLabel.text() == "IV"
    assert dialog.ui.givenByLabel.text() == "nurse.joy"
    assert dialog.ui.givenAtEdit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-02 08:30"
    assert "dexamethasone 20 mg IV, 1 hour before" in dialog.ui.dueCombo.currentText()
    dialog.ui.doseEdit.setText("19,5")  # what was actually drawn up, typed with a decimal comma
    save(dialog)
    assert dialog.recorded is not None

    [given] = ward.premedications()
    assert (given.drug, given.dose_mg, given.route, given.given_by, given.cycle_id) == \
        ("dexamethasone", 19.5, "IV", "nurse.joy", cycle_id)
    assert given.given_at == datetime(2026, 3, 2, 8, 30, tzinfo=ZONE)

    from sqlalchemy import select

    from blinadesk.store.models import AuditEntry

    with ward.db.read_session() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "premedications_given")).all()
    assert len(audit) == 1 and audit[0].username == "nurse.joy" and audit[0].action == "insert"
    assert json.loads(audit[0].new_values or "{}")["dose_mg"] == 19.5

    # Today no longer shows it as due; the chart offers it again marked as recorded (a further dose can be given).
    assert [p.given for p in the_due(ward)] == [True]
    again = widget.record_premedication()
    assert again is not None
    qtbot.waitUntil(lambda: "already recorded as given today" in again.ui.dueCombo.currentText())


def test_today_offers_the_premedication_due_and_shows_it_given_once_recorded(ward: Ward_, qtbot) -> None:
    started_cycle(ward)
    context = ward.as_(NURSE)
    screen = TodayScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    entry = screen.model.entry(0)
    menu = screen.context_menu_actions(entry)
    texts = [a.text() for a in menu.actions()]
    assert "Record pr&emedication given…" in texts
    dialog = screen.record_premedication(entry)
    assert isinstance(dialog, PremedicationDialog) and dialog.ui.doseEdit.text() == "20"
    save(dialog)
    assert [p.dose_mg for p in ward.premedications()] == [20]
    qtbot.waitUntil(lambda: "given" in screen.model.index(0, WorklistModel.PREMEDICATION).data(), timeout=10_000)


@pytest.mark.parametrize("actor", [PHARMACIST, MONITOR], ids=["pharmacist", "monitor"])
def test_whoever_may_not_record_premedication_is_not_offered_it(ward: Ward_, qtbot, actor: Actor) -> None:
    started_cycle(ward)
    widget = chart_for(ward, actor, qtbot)
    assert not widget.ui.premedicationButton.isVisibleTo(widget)
    assert not widget.ui.measurementButton.isVisibleTo(widget)
    assert widget.record_measurement() is None
    screen = TodayScreen(ward.context)
    qtbot.addWidget(screen)
    screen.show()
    screen.reload()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    entry = screen.model.entry(0)
    assert entry.premedication_due  # due, but not theirs to record
    assert all("emedication" not in a.text() for a in screen.context_menu_actions(entry).actions())
    assert screen.record_premedication(entry) is None


@pytest.mark.parametrize(("typed", "said"), [("0", "Dose: must be more than 0"), ("abc", "Dose: type a number"),
                                             ("", "Dose: type the dose given")])
def test_a_bad_dose_is_refused_next_to_the_dose_and_nothing_is_written(ward: Ward_, qtbot, typed: str,
                                                                       said: str) -> None:
    started_cycle(ward)
    dialog = PremedicationDialog(ward.as_(NURSE), *_cycle(ward), "Petrov, Pavel · MRN-7", the_due(ward))
    qtbot.addWidget(dialog)
    before = ward.rows()
    dialog.ui.doseEdit.setText(typed)
    save(dialog)
    assert dialog.recorded is None
    assert dialog.errors is not None and dialog.errors.message("dose_mg").startswith(said)
    assert ward.rows() == before and ward.premedications() == []


def test_a_time_in_the_future_is_refused_next_to_the_time(ward: Ward_, qtbot) -> None:
    started_cycle(ward)
    dialog = PremedicationDialog(ward.as_(NURSE), *_cycle(ward), "Petrov, Pavel · MRN-7", the_due(ward))
    qtbot.addWidget(dialog)
    before = ward.rows()
    dialog.ui.givenAtEdit.setDateTime(dialog.ui.givenAtEdit.dateTime().addSecs(6 * 3600))
    save(dialog)
    assert dialog.recorded is None and dialog.errors.message("given_at").startswith("Given at:")
    assert ward.rows() == before


def _cycle(w: Ward_) -> tuple[int, int]:
    now = w.clock.now
    entry = next(e for e in w.ward.today_worklist(NURSE, now.date(), now).entries if e.patient_id == w.patient_id)
    return entry.cycle_id, entry.cycle_number


def test_nothing_due_is_said_and_cannot_be_saved(ward: Ward_, qtbot) -> None:
    dialog = PremedicationDialog(ward.as_(NURSE), 1, 1, "Petrov, Pavel · MRN-7", ())
    qtbot.addWidget(dialog)
    assert "No premedication is due" in dialog.ui.noteLabel.text()
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_the_chart_offers_no_premedication_without_a_cycle_today(ward: Ward_, qtbot) -> None:
    widget = chart_for(ward, NURSE, qtbot)  # no course: nothing can be due
    assert widget.ui.premedicationButton.isVisibleTo(widget)
    assert not widget.ui.premedicationButton.isEnabled()
    assert widget.record_premedication() is None


def test_a_running_cycle_with_nothing_due_today_says_so(ward: Ward_, qtbot) -> None:
    started_cycle(ward)
    ward.clock.now = datetime(2026, 3, 3, 9, 0, tzinfo=ZONE)  # day 2: no premedication due
    widget = chart_for(ward, NURSE, qtbot)
    dialog = widget.record_premedication()
    assert dialog is not None
    qtbot.waitUntil(lambda: "No premedication is due" in dialog.ui.noteLabel.text())
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_a_nurse_records_the_missing_weight_from_the_chart(unweighed: Ward_, qtbot) -> None:
    widget = chart_for(unweighed, NURSE, qtbot)
    assert "No weight recorded" in widget.ui.weightWarningLabel.text()
    assert widget.ui.measurementButton.isVisibleTo(widget) and widget.ui.measurementButton.isEnabled()
    widget.ui.measurementButton.click()
    dialog = next(d for d in widget.findChildren(MeasurementDialog))
    assert "Petrov" in dialog.ui.patient.text()
    dialog.ui.weight_kg.setText("71,5")
    dialog.ui.height_cm.setText("175")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    chart = unweighed.ward.patient_chart(NURSE, unweighed.patient_id)
    assert [m.weight_kg for m in chart.measurements] == [71.5]
    qtbot.waitUntil(lambda: "71" in widget.ui.bodySizeLabel.text() and widget.ui.weightWarningLabel.isHidden())
