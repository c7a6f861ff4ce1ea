"""Registering patients, finding them, and recording their weight and height."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from blinadesk.domain.schedule import age_in_years
from blinadesk.services.base import Change, WardBase
from blinadesk.services.checks import Checks, not_in_future
from blinadesk.services.errors import ValidationError, problem
from blinadesk.services.permissions import Action, Actor, require
from blinadesk.services.views import MeasurementView, PatientView, measurement_view, patient_view
from blinadesk.services.vocab import CD19_STATUSES, PH_STATUSES, SEXES
from blinadesk.store.audit import fold_for_search
from blinadesk.store.models import BodyMeasurement, Patient, TreatmentCourse


@dataclass(frozen=True)
class PatientRegistration:
    mrn: str
    family_name: str
    given_name: str
    birth_date: date
    sex: str | None = None
    ph_status: str | None = None
    cd19_status: str | None = None
    prior_hsct: bool = False
    marrow_blasts_at_start_pct: float | None = None
    diagnosis_notes: str | None = None


@dataclass(frozen=True)
class PatientRegistered:
    patient: PatientView
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class PatientPage:
    """One page of a search: `has_more` says whether asking again with offset + limit finds more."""

    patients: tuple[PatientView, ...]
    offset: int
    limit: int
    has_more: bool


@dataclass(frozen=True)
class MeasurementRecorded:
    measurement: MeasurementView
    warnings: tuple[str, ...]
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class BodySizeUsed:
    """The weight and height a dose is computed from, with the days they were measured."""

    weight_kg: float
    weight_measured_on: date
    height_cm: float
    height_measured_on: date


# Russian names are written with ё or with е for the same letter ("Артём", "Артем") in documents and wristbands
# alike: a search must find the patient either way, or a nurse may register the same child twice.
_YO_SPELLINGS_MAX = 3  # words with more е/ё than this: only the all-е and all-ё spellings are tried


def _spellings(word: str) -> set[str]:
    """The ways a folded search word may be stored: each е or ё as either letter. The stored keys keep what was
    typed at registration, so the search tries the spellings (each an indexed prefix) instead of refolding."""
    plain = word.replace("ё", "е")
    places = [i for i, letter in enumerate(plain) if letter == "е"]
    if len(places) > _YO_SPELLINGS_MAX:
        return {word, plain, plain.replace("е", "ё")}
    spellings = set()
    for mask in range(2 ** len(places)):
        letters = list(plain)
        for bit, place in enumerate(places):
            if mask >> bit & 1:
                letters[place] = "ё"
        spellings.add("".join(letters))
    return spellings


def _search_words(text: str) -> list[str]:
    """The words of a search as typed: "Иванов, Артём" as the lists show a name, or "иван арт"."""
    return fold_for_search((text or "").replace(",", " ").replace(";", " ")).split()


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%"


def active_patient(session: Session, patient_id: int, field: str = "patient_id") -> Patient:
    patient = session.get(Patient, patient_id) if isinstance(patient_id, int) else None
    if patient is None or patient.record_status != "active":
        raise ValidationError([problem(field, f"there is no patient #{patient_id}")])
    return patient


def percent_change(new: float, reference: float) -> float:
    return abs(new - reference) / reference * 100.0


class PatientUseCases(WardBase):
    def _check_registration(self, request: PatientRegistration) -> Checks:
        checks = Checks()
        checks.text("mrn", request.mrn, max_length=40)
        checks.text("family_name", request.family_name, max_length=100)
        checks.text("given_name", request.given_name, max_length=100)
        born = checks.a_date("birth_date", request.birth_date)
        if born is not None:
            today = self.today()
            if born > today:
                checks.add("birth_date", "must not be in the future")
            elif age_in_years(born, today) > 125:
                checks.add("birth_date", "gives an age over 125 years: check the year")
        checks.choice("sex", request.sex, SEXES, required=False)
        checks.choice("ph_status", request.ph_status, PH_STATUSES, required=False)
        checks.choice("cd19_status", request.cd19_status, CD19_STATUSES, required=False)
        checks.flag("prior_hsct", request.prior_hsct)
        checks.in_limits("marrow_blasts_at_start_pct", request.marrow_blasts_at_start_pct, "marrow_blasts_pct",
                         required=False)
        checks.text("diagnosis_notes", request.diagnosis_notes, max_length=4000, required=False)
        return checks

    def register_patient(self, actor: Actor, request: PatientRegistration) -> PatientRegistered:
        require(actor, Action.REGISTER_PATIENT)
        checks = self._check_registration(request)
        checks.done()
        mrn = request.mrn.strip()
        with self._write(actor) as uow:
            existing = uow.session.scalar(select(Patient).where(Patient.mrn == mrn))
            if existing is not None:
                raise ValidationError([problem("mrn", f"{mrn} is already registered "
                                                      f"({existing.family_name}, {existing.given_name})")])
            patient = Patient(
                mrn=mrn, family_name=" ".join(request.family_name.split()),
                given_name=" ".join(request.given_name.split()), birth_date=request.birth_date, sex=request.sex,
                ph_status=request.ph_status, cd19_status=request.cd19_status, prior_hsct=request.prior_hsct,
                marrow_blasts_at_start_pct=request.marrow_blasts_at_start_pct,
                diagnosis_notes=(request.diagnosis_notes or "").strip() or None)
            uow.session.add(patient)
            try:
                uow.session.flush()
            except IntegrityError as exc:  # registered by someone else a moment ago
                raise ValidationError([problem("mrn", f"{mrn} is already registered")]) from exc
            return PatientRegistered(patient_view(patient), uow.changes())

    def get_patient(self, actor: Actor, patient_id: int) -> PatientView:
        with self._read(actor) as session:
            return patient_view(active_patient(session, patient_id))

    def search_patients(self, actor: Actor, text: str, *, limit: int = 50, offset: int = 0) -> PatientPage:
        """Patients whose MRN starts with `text`, or whose names start with each of its words
        (case-insensitive in every alphabet: "иван" finds Иванов; "smi jo" finds John Smith; "артем" finds Артём
        and "артём" Артем; "Иванов, А" as the lists write a name)."""
        require(actor, Action.VIEW_RECORD)
        if not isinstance(limit, int) or not 1 <= limit <= 500:
            raise ValidationError([problem("limit", "must be between 1 and 500")])
        if not isinstance(offset, int) or offset < 0:
            raise ValidationError([problem("offset", "must not be negative")])
        with self._read(actor) as session:
            words = _search_words(text)
            statement = select(Patient).where(Patient.record_status == "active")
            if words:
                names = and_(*[or_(*[column.like(_like_prefix(spelling), escape="\\")
                                     for spelling in sorted(_spellings(w))
                                     for column in (Patient.family_name_folded, Patient.given_name_folded)])
                               for w in words])
                raw = (text or "").strip()
                mrn = or_(Patient.mrn.like(_like_prefix(raw), escape="\\"),
                          Patient.mrn.like(_like_prefix(raw.upper()), escape="\\"))
                statement = statement.where(or_(mrn, names))
            statement = (statement.order_by(Patient.family_name_folded, Patient.given_name_folded, Patient.id)
                         .offset(offset).limit(limit + 1))
            rows = list(session.scalars(statement))
            return PatientPage(tuple(patient_view(p) for p in rows[:limit]), offset, limit, len(rows) > limit)

    # --- weight and height ---------------------------------------------------------------------------

    def record_measurement(self, actor: Actor, patient_id: int, measured_on: date, weight_kg: float,
                           height_cm: float | None = None) -> MeasurementRecorded:
        """A new weight (and height). Warns, never refuses, when the new weight differs from the one a
        BSA-based dose was computed from by more than the ward's setting (`weight_change_warn_pct`)."""
        require(actor, Action.RECORD_MEASUREMENT)
        values = self.check_measurement(measured_on, weight_kg, height_cm)
        day, weight, height = values["measured_on"], values["weight_kg"], values["height_cm"]
        with self._write(actor) as uow:
            session = uow.session
            patient = active_patient(session, patient_id)
            if day < patient.birth_date:
                raise ValidationError([problem("measured_on", "is before the patient's birth date")])
            warnings = self._weight_warnings(session, patient, day, weight)
            row = BodyMeasurement(patient_id=patient.id, measured_on=day, weight_kg=weight, height_cm=height)
            session.add(row)
            session.flush()
            return MeasurementRecorded(measurement_view(row), tuple(warnings), uow.changes())

    def check_measurement(self, measured_on: date, weight_kg: float, height_cm: float | None) -> dict[str, Any]:
        checks = Checks()
        day = checks.a_date("measured_on", measured_on)
        not_in_future(checks, "measured_on", day, self.now(), self.today(), self.future_tolerance)
        weight = checks.in_limits("weight_kg", weight_kg)
        height = checks.in_limits("height_cm", height_cm, required=False)
        checks.done()
        return {"measured_on": day, "weight_kg": weight, "height_cm": height}

    def _weight_warnings(self, session: Session, patient: Patient, day: date, weight: float) -> list[str]:
        limit = self.settings.weight_change_warn_pct
        warnings: list[str] = []
        previous = session.scalars(
            select(BodyMeasurement).where(BodyMeasurement.patient_id == patient.id,
                                          BodyMeasurement.record_status == "active",
                                          BodyMeasurement.measured_on <= day)
            .order_by(BodyMeasurement.measured_on.desc(), BodyMeasurement.id.desc()).limit(1)).first()
        if previous is not None and percent_change(weight, previous.weight_kg) > limit:
            warnings.append(f"{weight:g} kg differs by {percent_change(weight, previous.weight_kg):.0f} % from the "
                            f"previous weight ({previous.weight_kg:g} kg on {previous.measured_on}): check that it "
                            "was typed right.")
        courses = session.scalars(
            select(TreatmentCourse).where(TreatmentCourse.patient_id == patient.id,
                                          TreatmentCourse.record_status == "active",
                                          TreatmentCourse.dosing_mode == "bsa",
                                          TreatmentCourse.status.in_(("planned", "running", "interrupted"))))
        for course in courses:
            change = percent_change(weight, course.planning_weight_kg)
            if change > limit:
                warnings.append(
                    f"The BSA-based dose of course #{course.id} ({course.indication}) was computed from "
                    f"{course.planning_weight_kg:g} kg; {weight:g} kg differs by {change:.0f} % (ward setting: "
                    f"warn above {limit:g} %). Ask the physician to review the dose.")
        return warnings

    def body_size_on(self, session: Session, patient_id: int, on: date) -> BodySizeUsed:
        """The latest weight measured on or before `on`, and the latest height (from any measurement)."""
        rows = session.scalars(
            select(BodyMeasurement).where(BodyMeasurement.patient_id == patient_id,
                                          BodyMeasurement.record_status == "active",
                                          BodyMeasurement.measured_on <= on)
            .order_by(BodyMeasurement.measured_on.desc(), BodyMeasurement.id.desc())).all()
        if not rows:
            raise ValidationError([problem("weight_kg", f"no weight recorded for this patient on or before {on}: "
                                                        "record weight and height first")])
        with_height = next((r for r in rows if r.height_cm is not None), None)
        if with_height is None or with_height.height_cm is None:
            raise ValidationError([problem("height_cm", "no height recorded for this patient: record it first")])
        return BodySizeUsed(rows[0].weight_kg, rows[0].measured_on, with_height.height_cm, with_height.measured_on)

    def measurements(self, actor: Actor, patient_id: int) -> tuple[MeasurementView, ...]:
        with self._read(actor) as session:
            active_patient(session, patient_id)
            return tuple(measurement_view(r) for r in session.scalars(
                select(BodyMeasurement).where(BodyMeasurement.patient_id == patient_id,
                                              BodyMeasurement.record_status == "active")
                .order_by(BodyMeasurement.measured_on.desc(), BodyMeasurement.id.desc())))


__all__ = ["BodySizeUsed", "MeasurementRecorded", "PatientPage", "PatientRegistered", "PatientRegistration",
           "PatientUseCases", "active_patient", "percent_change"]
