"""Who may do what: one table, checked by every use case before it reads or writes anything."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from blinadesk.services.errors import PermissionDenied


class Role(StrEnum):
    NURSE = "nurse"
    PHYSICIAN = "physician"
    PHARMACIST = "pharmacist"
    ADMINISTRATOR = "administrator"
    MONITOR = "monitor"


class Action(StrEnum):
    VIEW_RECORD = "view the clinical record"
    REGISTER_PATIENT = "register a patient"
    RECORD_MEASUREMENT = "record weight and height"
    PLAN_COURSE = "plan a treatment course"
    START_CYCLE = "start a cycle"
    END_CYCLE = "end a cycle"
    INTERRUPT_INFUSION = "record an interruption of the infusion"
    RESTART_INFUSION = "record the restart of the infusion"
    RECORD_BAG = "record an infusion bag"
    RECORD_PREMEDICATION = "record premedication given"
    RECORD_OBSERVATION = "record an observation"
    RECORD_ADVERSE_EVENT = "record an adverse event"
    RECORD_DECISION = "record a dose decision"
    RECORD_MARROW = "record a marrow result"
    RECORD_TRANSPLANT = "record a transplant"
    RECORD_OUTCOME = "record an outcome"
    VERIFY_DOSE = "verify doses"
    MANAGE_USERS = "manage users"


_NURSE = frozenset({Role.NURSE, Role.PHYSICIAN})
_PHYSICIAN = frozenset({Role.PHYSICIAN})
_CLINICAL = frozenset({Role.NURSE, Role.PHYSICIAN, Role.PHARMACIST})

# The nurse records what happens at the bedside; the physician plans, starts and decides, and may do all
# a nurse does; the pharmacist records bags and verifies doses; the administrator manages user accounts
# and, holding no clinical role, neither reads nor writes the clinical record. The monitor (a trial monitor,
# an auditor, a researcher) reads the record, the cohort and the reports, and writes nothing.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_RECORD: _CLINICAL | {Role.MONITOR},
    Action.REGISTER_PATIENT: _NURSE,
    Action.RECORD_MEASUREMENT: _NURSE,
    Action.PLAN_COURSE: _PHYSICIAN,
    Action.START_CYCLE: _PHYSICIAN,
    Action.END_CYCLE: _PHYSICIAN,
    Action.INTERRUPT_INFUSION: _NURSE,
    Action.RESTART_INFUSION: _NURSE,
    Action.RECORD_BAG: frozenset({Role.NURSE, Role.PHYSICIAN, Role.PHARMACIST}),
    Action.RECORD_PREMEDICATION: _NURSE,
    Action.RECORD_OBSERVATION: _NURSE,
    Action.RECORD_ADVERSE_EVENT: _PHYSICIAN,
    Action.RECORD_DECISION: _PHYSICIAN,
    Action.RECORD_MARROW: _PHYSICIAN,
    Action.RECORD_TRANSPLANT: _PHYSICIAN,
    Action.RECORD_OUTCOME: _PHYSICIAN,
    Action.VERIFY_DOSE: frozenset({Role.PHARMACIST}),
    Action.MANAGE_USERS: frozenset({Role.ADMINISTRATOR}),
}


@dataclass(frozen=True)
class Actor:
    """The signed-in user a use case acts for (returned by `sign_in`)."""

    username: str
    role: Role


def allowed(role: Role | str, action: Action) -> bool:
    try:
        return Role(role) in PERMISSIONS[action]
    except ValueError:  # a role the ward does not know may do nothing
        return False


def require(actor: Actor, action: Action) -> None:
    if not isinstance(actor, Actor):
        raise PermissionDenied("Nobody is signed in: sign in first.")
    if not allowed(actor.role, action):
        roles = ", ".join(sorted(r.value for r in PERMISSIONS[action])) or "nobody"
        raise PermissionDenied(f"{actor.username} ({getattr(actor.role, 'value', actor.role)}) may not {action.value}: "
                               f"only {roles} may.")
