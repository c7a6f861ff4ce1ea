"""Every use case of `Ward`, driven with random and malformed input.

Whatever comes in, a use case either does its work or refuses with the services' ValidationError /
PermissionDenied / SignInRefused or a store error, with a message for the user (a ValidationError names
each wrong field), and a refusal writes nothing: every audited table and the audit trail keep their row
counts. (A refused sign-in is the one refusal that writes: the failed attempt is audited on purpose.)
"""

from __future__ import annotations

import inspect
import os
import typing
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from blinadesk.services.errors import ServiceError, SignInRefused, ValidationError
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.ward import Ward
from blinadesk.store.errors import StoreError
from tests.hostile.conftest import NOW, HostileRecord, row_counts
from tests.hostile.strategies import hostile, value_for

# The use cases: what the GUI and the command line call. Helpers that take a Session, and the clock and
# label helpers, are internals of the use cases and reached through them.
NOT_USE_CASES = {"aware", "bag_dose_alert", "bag_warnings", "body_size_on", "clock_text", "cycle_anchor",
                 "cycle_running_at", "day_bounds", "derive_grades", "derive_marrow", "edition", "local_date",
                 "local_midnight", "next_start_after", "now", "push_following_cycles", "today", "weight_warnings"}
USE_CASES = sorted(name for name, member in inspect.getmembers(Ward, inspect.isfunction)
                   if not name.startswith("_") and name not in NOT_USE_CASES)
WRITES_ON_REFUSAL = {"sign_in"}  # a failed sign-in is audited (and counted towards the lock-out)
# Shrinking a failure to its simplest form takes minutes on a record; BLINADESK_HOSTILE_SHRINK=1 turns it on.
# The normal run is repeatable (the same examples every time); BLINADESK_HOSTILE_RANDOM=1 explores anew with
# BLINADESK_HOSTILE_EXAMPLES examples per use case (e.g. 500 for a night run).
RANDOM = bool(os.environ.get("BLINADESK_HOSTILE_RANDOM"))
EXAMPLES = int(os.environ.get("BLINADESK_HOSTILE_EXAMPLES") or 8)
PHASES = tuple(Phase) if os.environ.get("BLINADESK_HOSTILE_SHRINK") else (Phase.explicit, Phase.generate)


def test_the_list_of_use_cases_is_complete() -> None:
    """A new public method of Ward lands here automatically; this guards the exclusions staying small."""
    assert len(USE_CASES) >= 40
    assert {"record_observation", "register_patient", "correct_entry", "today_worklist", "patient_chart",
            "search_patients", "sign_in"} <= set(USE_CASES)


def _arguments(record: HostileRecord, name: str) -> st.SearchStrategy[dict[str, Any]]:
    method: Callable[..., Any] = getattr(Ward, name)
    hints = typing.get_type_hints(method)
    ids = {"patient": record.patient_ids, "cycle": record.cycle_ids, "course": record.course_ids,
           "bag": record.bag_ids, "observation": record.observation_ids}
    strategies: dict[str, st.SearchStrategy[Any]] = {}
    for parameter in list(inspect.signature(method).parameters.values())[1:]:
        if parameter.name == "actor":
            strategies["actor"] = st.one_of(
                st.sampled_from(record.actors),
                st.sampled_from([None, "physician", Actor("ghost", Role.PHYSICIAN), Actor("", Role.NURSE)]),
                hostile)
            continue
        strategies[parameter.name] = value_for(parameter.name, hints.get(parameter.name, Any), ids)
    return st.fixed_dictionaries(strategies)


def _check_refusal(name: str, exc: BaseException) -> None:
    assert isinstance(exc, ServiceError | StoreError), f"{name} raised {type(exc).__name__}: {exc!r}"
    message = str(exc)
    assert message.strip(), f"{name}: {type(exc).__name__} without a message"
    lowered = message.lower()
    for leak in ("traceback", "sqlalchemy", "psycopg", "sqlite3.", "background on this error"):
        assert leak not in lowered, f"{name}: internal detail shown to the user: {message[:300]}"
    if isinstance(exc, ValidationError):
        for problem in exc.problems:
            assert problem.field and problem.message.strip(), f"{name}: a problem names no field: {problem!r}"


KNOWN_BUGS: dict[str, str] = {}  # use case -> why it fails today (strict xfail)


@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name]))
                                  if name in KNOWN_BUGS else name for name in USE_CASES])
def test_hostile_input_is_refused_cleanly_and_writes_nothing(hostile_record: HostileRecord, name: str) -> None:
    record = hostile_record

    @settings(max_examples=EXAMPLES, deadline=None, database=None, phases=PHASES, report_multiple_bugs=False,
              derandomize=not RANDOM,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(arguments=_arguments(record, name))
    def attempt(arguments: dict[str, Any]) -> None:
        before = row_counts(record.ward.db)
        try:
            getattr(record.ward, name)(**arguments)
        except Exception as exc:
            _check_refusal(name, exc)
            if name not in WRITES_ON_REFUSAL or not isinstance(exc, SignInRefused):
                assert row_counts(record.ward.db) == before, f"{name} refused ({exc}) but wrote rows"

    attempt()


@pytest.mark.parametrize("call", [
    pytest.param(lambda ward, actor, record: ward.today_worklist(actor, record.patient_ids and NOW.date(), NOW),
                 id="today_worklist"),
    pytest.param(lambda ward, actor, record: ward.patient_chart(actor, record.patient_ids[0]), id="patient_chart"),
    pytest.param(lambda ward, actor, record: ward.search_patients(actor, "ho"), id="search_patients"),
])
def test_an_actor_with_a_role_the_ward_does_not_know_is_refused(hostile_record: HostileRecord,
                                                                call: Callable[..., Any]) -> None:
    impostor = Actor("physician", "superuser")  # type: ignore[arg-type]
    with pytest.raises(ServiceError):
        call(hostile_record.ward, impostor, hostile_record)


def test_a_nul_character_in_a_name_is_refused_as_a_field_problem(hostile_record: HostileRecord) -> None:
    from datetime import date

    from blinadesk.services.patients import PatientRegistration

    before = row_counts(hostile_record.ward.db)
    with pytest.raises(ValidationError) as refused:
        hostile_record.ward.register_patient(hostile_record.nurse, PatientRegistration(
            "NUL-1", "Nul\x00l", "Nina", date(1980, 1, 1), "female"))
    assert "family_name" in refused.value.fields()
    assert row_counts(hostile_record.ward.db) == before
