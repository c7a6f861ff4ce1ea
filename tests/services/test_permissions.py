"""The permission table, role by role: every use case refuses a role the table does not list, before it
looks at the input, and writes nothing; every listed role gets past the check."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from blinadesk.services.errors import PermissionDenied, ServiceError
from blinadesk.services.events import AdverseEventEntry, MarrowEntry
from blinadesk.services.infusions import BagEntry
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.patients import PatientRegistration
from blinadesk.services.permissions import PERMISSIONS, Action, Actor, Role, allowed
from blinadesk.services.ward import Ward
from blinadesk.store.database import Database
from tests.services.conftest import at, row_counts

MISSING = 999_999  # no such row: a role that passes the check is refused by validation instead
DAY = date(2026, 3, 1)

CALLS: dict[Action, Callable[[Ward, Actor], Any]] = {
    Action.VIEW_RECORD: lambda w, a: w.patient_chart(a, MISSING),
    Action.REGISTER_PATIENT: lambda w, a: w.register_patient(a, PatientRegistration("", "", "", DAY)),
    Action.RECORD_MEASUREMENT: lambda w, a: w.record_measurement(a, MISSING, DAY, 70.0, 170.0),
    Action.PLAN_COURSE: lambda w, a: w.plan_course(a, MISSING, "rr", "us-2024", DAY, 1),
    Action.START_CYCLE: lambda w, a: w.start_cycle(a, MISSING, at(2, 7)),
    Action.END_CYCLE: lambda w, a: w.end_cycle(a, MISSING, at(2, 7), discontinued=True, reason="test"),
    Action.INTERRUPT_INFUSION: lambda w, a: w.interrupt_infusion(a, MISSING, at(2, 7), "test"),
    Action.RESTART_INFUSION: lambda w, a: w.restart_infusion(a, MISSING, at(2, 7)),
    Action.RECORD_BAG: lambda w, a: w.record_bag(a, BagEntry(MISSING, 24, 10.0, 250.0)),
    Action.RECORD_PREMEDICATION: lambda w, a: w.record_premedication_given(a, MISSING, at(2, 7), "dexamethasone",
                                                                          20.0, "IV"),
    Action.RECORD_OBSERVATION: lambda w, a: w.record_observation(a, ObservationEntry(MISSING, at(2, 7),
                                                                                     temperature_c=37.0)),
    Action.RECORD_ADVERSE_EVENT: lambda w, a: w.record_adverse_event(a, AdverseEventEntry(
        MISSING, "Cytokine release syndrome", 3, "v5.0", DAY)),
    Action.RECORD_DECISION: lambda w, a: w.record_decision(a, MISSING, "interrupt", "CRS grade 3"),
    Action.RECORD_MARROW: lambda w, a: w.record_marrow_result(a, MarrowEntry(MISSING, DAY, blasts_pct=3.0)),
    Action.RECORD_TRANSPLANT: lambda w, a: w.record_transplant(a, MISSING, DAY, "haploidentical"),
    Action.RECORD_OUTCOME: lambda w, a: w.record_outcome(a, MISSING, "death", DAY),
    Action.VERIFY_DOSE: lambda w, a: w.verify_course_doses(a, MISSING),
    Action.MANAGE_USERS: lambda w, a: w.create_user(a, "new user", "", "nurse", "short"),
}


def test_every_action_has_a_rule_and_a_test() -> None:
    assert set(PERMISSIONS) == set(Action)
    assert set(CALLS) == set(Action)


def test_the_table_says_what_the_ward_agreed() -> None:
    nurse_actions = {a for a in Action if allowed(Role.NURSE, a)}
    assert nurse_actions == {Action.VIEW_RECORD, Action.REGISTER_PATIENT, Action.RECORD_MEASUREMENT,
                             Action.INTERRUPT_INFUSION, Action.RESTART_INFUSION, Action.RECORD_BAG,
                             Action.RECORD_PREMEDICATION, Action.RECORD_OBSERVATION}
    physician_actions = {a for a in Action if allowed(Role.PHYSICIAN, a)}
    assert nurse_actions < physician_actions
    assert {Action.PLAN_COURSE, Action.START_CYCLE, Action.RECORD_ADVERSE_EVENT, Action.RECORD_DECISION,
            Action.RECORD_MARROW, Action.RECORD_TRANSPLANT, Action.RECORD_OUTCOME} <= physician_actions
    assert {a for a in Action if allowed(Role.PHARMACIST, a)} == {Action.VIEW_RECORD, Action.RECORD_BAG,
                                                                  Action.VERIFY_DOSE}
    assert {a for a in Action if allowed(Role.ADMINISTRATOR, a)} == {Action.MANAGE_USERS}


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_each_role_is_let_through_or_refused_by_the_table(ward: Ward, db: Database, role: Role) -> None:
    actor = Actor(f"someone.{role.value}", role)
    before = row_counts(db)
    for action, call in CALLS.items():
        if role in PERMISSIONS[action]:
            with pytest.raises(ServiceError) as caught:
                call(ward, actor)
            assert not isinstance(caught.value, PermissionDenied), f"{role.value} refused {action.value}"
        else:
            with pytest.raises(PermissionDenied) as denied:
                call(ward, actor)
            message = str(denied.value)
            assert actor.username in message and action.value in message and "only" in message
    assert row_counts(db) == before


def test_a_missing_actor_is_refused(ward: Ward) -> None:
    with pytest.raises(PermissionDenied, match="sign in"):
        ward.search_patients(None, "x")  # type: ignore[arg-type]


def test_the_monitor_reads_and_writes_nothing() -> None:
    assert {action for action in Action if allowed(Role.MONITOR, action)} == {Action.VIEW_RECORD}
