"""Errors the use cases raise. Every message is meant to be shown to a ward user as it is.

The GUI catches `ServiceError` (from here) and `blinadesk.store.errors.StoreError` (the record could not
be read or saved: disk full, database busy, someone else changed the entry, ...) and shows `str(exc)`.
When any of them is raised, nothing was written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from blinadesk.domain.errors import InvalidInput


class ServiceError(Exception):
    """A use case refused to act; the message says why and what to do."""


@dataclass(frozen=True)
class FieldProblem:
    """One wrong input field: `field` is the request's attribute name (for the form to highlight it),
    `message` the sentence to show, starting with the field's ward name ("Weight: must be ...")."""

    field: str
    message: str

    def __str__(self) -> str:
        return self.message


class ValidationError(ServiceError):
    """The input is wrong or does not fit the record's state; nothing was written."""

    def __init__(self, problems: Iterable[FieldProblem]) -> None:
        self.problems: list[FieldProblem] = list(problems)
        if not self.problems:
            raise ValueError("a ValidationError needs at least one problem")
        super().__init__("; ".join(p.message for p in self.problems))

    @classmethod
    def one(cls, field: str, message: str) -> ValidationError:
        return cls([FieldProblem(field, message)])

    def fields(self) -> set[str]:
        return {p.field for p in self.problems}


class PermissionDenied(ServiceError):
    """The signed-in user's role may not do this."""


class SignInRefused(ServiceError):
    """Wrong user name or password, a locked or deactivated account. Says nothing more than it must."""


# Ward names of the fields the engine and the use cases name in their problems.
FIELD_LABELS: dict[str, str] = {
    "weight_kg": "Weight", "height_cm": "Height", "birth_date": "Birth date", "start_date": "Start date",
    "cycles": "Number of cycles", "cycle": "Cycle", "cycle_day": "Cycle day", "indication": "Indication",
    "label": "Label edition", "label_edition": "Label edition", "temperature_c": "Temperature",
    "duration_hours": "Duration", "oxygen.device": "Oxygen device", "oxygen_device": "Oxygen device",
    "oxygen.flow_l_min": "Oxygen flow", "oxygen_flow_l_min": "Oxygen flow", "age_years": "Age",
    "marrow_blasts_pct": "Marrow blasts", "blasts_pct": "Marrow blasts", "anc_per_ul": "ANC",
    "platelets_per_ul": "Platelets", "mrd_fraction": "MRD", "heart_rate_bpm": "Heart rate",
    "systolic_mmhg": "Systolic pressure", "diastolic_mmhg": "Diastolic pressure",
    "respiratory_rate_per_min": "Respiratory rate", "spo2_pct": "SpO2", "consciousness": "Consciousness",
    "seizure": "Seizure", "motor": "Motor findings", "cerebral_edema": "Cerebral oedema",
    "ice_score": "ICE score", "capd_score": "CAPD score", "capd_items": "CAPD answers",
    "capd_answers": "CAPD answers",
    "assessment_tool": "Assessment tool", "vasopressors": "Vasopressors", "term": "Term", "grade": "Grade",
    "event": "Event", "interruption_end": "Restart time", "infused_hours_before": "Infused hours",
    "mrn": "MRN", "family_name": "Family name", "given_name": "Given name", "sex": "Sex",
    "ph_status": "Ph status", "cd19_status": "CD19 status", "prior_hsct": "Prior HSCT",
    "marrow_blasts_at_start_pct": "Marrow blasts at start", "measured_on": "Measurement date",
    "started_at": "Start time", "starts_at": "Interruption start", "ends_at": "Restart time",
    "reason": "Reason", "rate_ml_per_h": "Rate", "volume_ml": "Volume", "lot": "Lot",
    "hung_at": "Hung at", "removed_at": "Removed at", "hung_by": "Hung by", "given_at": "Given at",
    "drug": "Drug", "dose_mg": "Dose", "route": "Route", "given_by": "Given by", "observed_at": "Observed at",
    "ctcae_version": "CTCAE version", "onset_on": "Onset", "resolved_on": "Resolved on",
    "action_taken": "Action taken", "decided_at": "Decided at", "action": "Action", "sampled_on": "Sampled on",
    "mrd_method": "MRD method", "extramedullary_disease": "Extramedullary disease",
    "transplanted_on": "Transplant date", "donor_type": "Donor type", "kind": "Outcome",
    "occurred_on": "Date", "username": "User name", "full_name": "Full name", "role": "Role",
    "password": "Password", "new_password": "New password", "current_password": "Current password",
    "expected_version": "Version", "changes": "Changes", "table": "Entry type", "patient_id": "Patient",
    "cycle_id": "Cycle", "course_id": "Course", "neuro_events": "Neurological events",
    "category": "Guidance category", "seizure_count": "Seizure count", "ended_at": "End time",
    "status": "Status", "notes": "Notes", "diagnosis_notes": "Diagnosis notes",
}


def field_label(field: str) -> str:
    """The ward name of a field ("weight_kg" -> "Weight"); indexed names keep their index."""
    base, _, index = field.partition("[")
    label = FIELD_LABELS.get(base) or base.replace("_", " ").capitalize()
    return f"{label} [{index}" if index else label


def problem(field: str, message: str) -> FieldProblem:
    """A problem whose message starts with the field's ward name."""
    return FieldProblem(field, f"{field_label(field)}: {message}")


def from_invalid_input(exc: InvalidInput, prefix: str = "", rename: dict[str, str] | None = None) -> ValidationError:
    """The engine's InvalidInput as a ValidationError naming the request's fields in ward words."""
    problems = []
    for p in exc.problems:
        name = (rename or {}).get(p.field, p.field)
        problems.append(problem(prefix + name, p.message))
    return ValidationError(problems)
