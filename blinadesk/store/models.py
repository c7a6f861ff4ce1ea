"""The clinical record: one table per thing the ward writes down, in the ward's words, units in names.

Rules every table follows (enforced by blinadesk.store.audit and by database triggers):
- no row is ever physically deleted: a mistaken entry is marked `record_status = 'entered_in_error'`
  with an `error_reason`, so what was seen at the bedside stays reconstructible;
- every insert and update writes an audit entry in the same transaction; an update needs a reason;
- `version` is SQLAlchemy's `version_id_col`: a save based on an outdated copy of a row is refused
  (StaleEditError) instead of silently overwriting someone else's entry.

Vocabularies the ward uses are short strings with CHECK constraints; label editions are plain strings
because editions are data files (resources/labels/*.toml), not code.

Keep table and column names stable: the migrations in blinadesk/store/migrations spell them out, and
services build on them. A change here needs a new migration revision (tests/store compare the two).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from blinadesk.store.types import UTCDateTime

# Vocabularies. Kept here (not in the domain package) because they are what the database accepts;
# the domain may use richer types and convert at the service boundary.
INDICATIONS = ("rr", "mrd", "consolidation")
PHASES = ("induction", "consolidation", "continued")
CYCLE_STATUSES = ("planned", "running", "interrupted", "completed", "discontinued")
ROLES = ("nurse", "physician", "pharmacist", "administrator", "monitor")
# Every status a clinical row can have. "superseded" is only for a planned dose period that was never given
# because the infusion stopped or was re-planned: it is not a mistake, so it is not "entered_in_error".
RECORD_STATUSES = ("active", "entered_in_error", "superseded")
# What most tables accept: something observed or done can be entered in error, never superseded.
ENTRY_STATUSES = ("active", "entered_in_error")
SUPERSEDABLE_TABLES = ("dose_periods",)
VERIFICATION_OUTCOMES = ("matches", "discrepancies")
# How much of the audit trail a checkpoint's verification covered.
VERIFY_SCOPES = ("full", "incremental")
DOSING_MODES = ("fixed", "bsa")
MRD_METHODS = ("flow", "pcr", "ngs")
ASSESSMENT_TOOLS = ("ICE", "CAPD")
OUTCOME_KINDS = ("progression", "relapse", "death")

# Constraint names must be deterministic so that migrations (and SQLite table rebuilds) can name them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

USERNAME_LENGTH = 64


def record_statuses(table: str) -> tuple[str, ...]:
    """The record statuses `table` accepts (its CHECK constraint and what the importer allows)."""
    return RECORD_STATUSES if table in SUPERSEDABLE_TABLES else ENTRY_STATUSES


def one_of(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    """SQL for a CHECK that `column` holds one of `values` (or NULL when allowed)."""
    allowed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({allowed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Every datetime column is a UTC moment; JSON holds lists/dicts the domain produced.
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON(),
    }


class AuditedRecord:
    """Columns of every audited row: who wrote it, when, and the optimistic-concurrency version.

    The created_*/updated_* columns are filled by the audit session hook from the unit of work's user,
    never by callers, so they always agree with the audit trail.
    """

    # sort_order: id first, the bookkeeping columns last, the table's own columns in between.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-100)
    version: Mapped[int] = mapped_column(Integer, nullable=False, sort_order=100)
    created_at: Mapped[datetime] = mapped_column(nullable=False, sort_order=101)
    created_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False, sort_order=102)
    updated_at: Mapped[datetime] = mapped_column(nullable=False, sort_order=103)
    updated_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False, sort_order=104)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class ClinicalRecord(AuditedRecord):
    """An audited row that can be marked entered-in-error (instead of being deleted); a planned dose period
    can also be marked superseded. Either status needs its reason in `error_reason`."""

    record_status: Mapped[str] = mapped_column(String(20), nullable=False, default="active",
                                               server_default="active", sort_order=90)
    error_reason: Mapped[str | None] = mapped_column(Text, sort_order=91)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (
            CheckConstraint(one_of("record_status", record_statuses(cls.__tablename__)),  # type: ignore[attr-defined]
                            name="record_status"),
            CheckConstraint("record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
                            name="error_reason_given"),
            *getattr(cls, "__extra_table_args__", ()),
        )


class User(AuditedRecord, Base):
    """A person who signs in. Users are deactivated, never deleted: the audit trail names them."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(one_of("role", ROLES), name="role"),)

    username: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False, unique=True)
    full_name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False)
    # An argon2 hash made by blinadesk.services; the store never sees a password.
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    failed_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default=text("0"))
    locked_until: Mapped[datetime | None] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default=text("true"))


class Patient(ClinicalRecord, Base):
    __tablename__ = "patients"
    __extra_table_args__ = (
        # Case-insensitive prefix search on names ("smi" finds Smith, "ива" finds Иванов). The folded
        # copies are made in Python (str.casefold) because SQLite's lower() only folds ASCII; on
        # PostgreSQL text_pattern_ops lets `LIKE 'prefix%'` use the index whatever the collation.
        Index("ix_patients_family_name_folded", "family_name_folded",
              postgresql_ops={"family_name_folded": "text_pattern_ops"}),
        Index("ix_patients_given_name_folded", "given_name_folded",
              postgresql_ops={"given_name_folded": "text_pattern_ops"}),
    )

    mrn: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    family_name: Mapped[str] = mapped_column(String(100), nullable=False)
    given_name: Mapped[str] = mapped_column(String(100), nullable=False)
    # Maintained by the store on every save (blinadesk.store.audit.fold_for_search); never set these.
    family_name_folded: Mapped[str] = mapped_column(String(100), nullable=False)
    given_name_folded: Mapped[str] = mapped_column(String(100), nullable=False)
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    sex: Mapped[str | None] = mapped_column(String(20))
    ph_status: Mapped[str | None] = mapped_column(String(20))
    cd19_status: Mapped[str | None] = mapped_column(String(20))
    prior_hsct: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                             server_default=text("false"))
    marrow_blasts_at_start_pct: Mapped[float | None] = mapped_column(Float)
    diagnosis_notes: Mapped[str | None] = mapped_column(Text)

    body_measurements: Mapped[list[BodyMeasurement]] = relationship(back_populates="patient")
    treatment_courses: Mapped[list[TreatmentCourse]] = relationship(back_populates="patient")


class BodyMeasurement(ClinicalRecord, Base):
    __tablename__ = "body_measurements"
    __extra_table_args__ = (
        CheckConstraint("weight_kg > 0", name="weight_positive"),
        CheckConstraint("height_cm IS NULL OR height_cm > 0", name="height_positive"),
        Index("ix_body_measurements_patient_measured", "patient_id", "measured_on"),
    )

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), nullable=False)
    measured_on: Mapped[date] = mapped_column(Date, nullable=False)
    weight_kg: Mapped[float] = mapped_column(Float, nullable=False)
    height_cm: Mapped[float | None] = mapped_column(Float)

    patient: Mapped[Patient] = relationship(back_populates="body_measurements")


class TreatmentCourse(ClinicalRecord, Base):
    """A planned run of blinatumomab cycles for one indication under one label edition."""

    __tablename__ = "treatment_courses"
    __extra_table_args__ = (
        CheckConstraint(one_of("indication", INDICATIONS), name="indication"),
        CheckConstraint(one_of("status", CYCLE_STATUSES), name="status"),
        CheckConstraint(one_of("dosing_mode", DOSING_MODES), name="dosing_mode"),
        Index("ix_treatment_courses_patient", "patient_id", "planned_start"),
    )

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), nullable=False)
    indication: Mapped[str] = mapped_column(String(20), nullable=False)
    label_edition: Mapped[str] = mapped_column(String(40), nullable=False)
    planned_start: Mapped[date] = mapped_column(Date, nullable=False)
    actual_start: Mapped[date | None] = mapped_column(Date)
    actual_end: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned",
                                        server_default="planned")
    planned_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False)
    # The body size the plan was computed from: the dose must stay explainable after the weight changes.
    planning_weight_kg: Mapped[float] = mapped_column(Float, nullable=False)
    planning_height_cm: Mapped[float | None] = mapped_column(Float)
    planning_bsa_m2: Mapped[float | None] = mapped_column(Float)
    dosing_mode: Mapped[str] = mapped_column(String(10), nullable=False)

    patient: Mapped[Patient] = relationship(back_populates="treatment_courses")
    cycles: Mapped[list[InfusionCycle]] = relationship(back_populates="treatment_course",
                                                       order_by="InfusionCycle.number")


class InfusionCycle(ClinicalRecord, Base):
    __tablename__ = "cycles"
    __extra_table_args__ = (
        CheckConstraint(one_of("phase", PHASES), name="phase"),
        CheckConstraint(one_of("status", CYCLE_STATUSES), name="status"),
        CheckConstraint("number >= 1", name="number_positive"),
        Index("ix_cycles_course_number", "course_id", "number"),
        # Two active cycles with the same number in one course would double a dose plan; a cycle entered
        # in error may be re-entered with its number.
        Index("uq_cycles_course_number_active", "course_id", "number", unique=True,
              sqlite_where=text("record_status = 'active'"),
              postgresql_where=text("record_status = 'active'")),
    )

    course_id: Mapped[int] = mapped_column(ForeignKey("treatment_courses.id"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    phase: Mapped[str] = mapped_column(String(20), nullable=False)
    planned_start: Mapped[date] = mapped_column(Date, nullable=False)
    actual_start: Mapped[datetime | None] = mapped_column()
    infusion_end_planned: Mapped[datetime | None] = mapped_column()
    next_start_earliest: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="planned",
                                        server_default="planned")
    hospitalisation_days_planned: Mapped[int | None] = mapped_column(Integer)

    treatment_course: Mapped[TreatmentCourse] = relationship(back_populates="cycles")
    dose_periods: Mapped[list[DosePeriod]] = relationship(back_populates="cycle",
                                                          order_by="DosePeriod.starts_at")
    infusion_bags: Mapped[list[InfusionBag]] = relationship(back_populates="cycle",
                                                            order_by="InfusionBag.id")
    interruptions: Mapped[list[Interruption]] = relationship(back_populates="cycle",
                                                             order_by="Interruption.starts_at")
    premedications_given: Mapped[list[PremedicationGiven]] = relationship(
        back_populates="cycle", order_by="PremedicationGiven.given_at")


class DosePeriod(ClinicalRecord, Base):
    """A stretch of a cycle at one infusion rate (initial dose, step-up, restart after interruption)."""

    __tablename__ = "dose_periods"
    __extra_table_args__ = (
        CheckConstraint("rate_mcg_per_day > 0", name="rate_positive"),
        CheckConstraint("ends_at IS NULL OR ends_at > starts_at", name="ends_after_start"),
        Index("ix_dose_periods_cycle", "cycle_id", "starts_at"),
    )

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id"), nullable=False)
    rate_mcg_per_day: Mapped[float] = mapped_column(Float, nullable=False)
    # Set for BSA-based dosing (<45 kg), so the mcg/day figure can be traced back to mcg/m²/day.
    rate_mcg_per_m2_per_day: Mapped[float | None] = mapped_column(Float)
    starts_at: Mapped[datetime] = mapped_column(nullable=False)
    ends_at: Mapped[datetime | None] = mapped_column()
    reason: Mapped[str] = mapped_column(String(40), nullable=False)

    cycle: Mapped[InfusionCycle] = relationship(back_populates="dose_periods")


class InfusionBag(ClinicalRecord, Base):
    """One bag as prepared by the pharmacy. Volumes are entered by the pharmacy, never calculated here."""

    __tablename__ = "infusion_bags"
    __extra_table_args__ = (
        CheckConstraint("duration_hours > 0", name="duration_positive"),
        CheckConstraint("rate_ml_per_h > 0", name="rate_positive"),
        CheckConstraint("volume_ml > 0", name="volume_positive"),
        Index("ix_infusion_bags_cycle", "cycle_id"),
    )

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id"), nullable=False)
    duration_hours: Mapped[int] = mapped_column(Integer, nullable=False)
    rate_ml_per_h: Mapped[float] = mapped_column(Float, nullable=False)
    volume_ml: Mapped[float] = mapped_column(Float, nullable=False)
    lot: Mapped[str | None] = mapped_column(String(60))
    hung_at: Mapped[datetime | None] = mapped_column()
    removed_at: Mapped[datetime | None] = mapped_column()
    hung_by: Mapped[str | None] = mapped_column(String(USERNAME_LENGTH))
    pharmacy_entered_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False)

    cycle: Mapped[InfusionCycle] = relationship(back_populates="infusion_bags")


class Interruption(ClinicalRecord, Base):
    __tablename__ = "interruptions"
    __extra_table_args__ = (
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ends_after_start"),
        Index("ix_interruptions_cycle", "cycle_id", "starts_at"),
    )

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id"), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(nullable=False)
    ends_at: Mapped[datetime | None] = mapped_column()
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    # The domain's verdict as shown to the ward (same_cycle/new_cycle, premedication_due, restart dose,
    # and the label source it came from), kept verbatim so later label updates do not rewrite history.
    verdict: Mapped[dict[str, Any] | None] = mapped_column()

    cycle: Mapped[InfusionCycle] = relationship(back_populates="interruptions")


class PremedicationGiven(ClinicalRecord, Base):
    __tablename__ = "premedications_given"
    __extra_table_args__ = (
        CheckConstraint("dose_mg > 0", name="dose_positive"),
        Index("ix_premedications_given_cycle", "cycle_id", "given_at"),
    )

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id"), nullable=False)
    given_at: Mapped[datetime] = mapped_column(nullable=False)
    drug: Mapped[str] = mapped_column(String(80), nullable=False)
    dose_mg: Mapped[float] = mapped_column(Float, nullable=False)
    route: Mapped[str] = mapped_column(String(20), nullable=False)
    given_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False)

    cycle: Mapped[InfusionCycle] = relationship(back_populates="premedications_given")


class DailyObservation(ClinicalRecord, Base):
    """Vital signs and neurological assessment at one moment, with the grades derived from them.

    The derived grade/scale/reason columns store what the domain computed when the entry was saved,
    so the ward can always see why a grade was shown, even after grading rules change.
    """

    __tablename__ = "daily_observations"
    __extra_table_args__ = (
        CheckConstraint(one_of("assessment_tool", ASSESSMENT_TOOLS, nullable=True), name="assessment_tool"),
        CheckConstraint("spo2_pct IS NULL OR (spo2_pct >= 0 AND spo2_pct <= 100)", name="spo2_range"),
        CheckConstraint("oxygen_flow_l_min IS NULL OR oxygen_flow_l_min >= 0", name="oxygen_flow_range"),
        Index("ix_daily_observations_patient_observed", "patient_id", "observed_at"),
        Index("ix_daily_observations_cycle", "cycle_id"),
    )

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), nullable=False)
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id"))
    observed_at: Mapped[datetime] = mapped_column(nullable=False)
    temperature_c: Mapped[float | None] = mapped_column(Float)
    heart_rate_bpm: Mapped[int | None] = mapped_column(Integer)
    systolic_mmhg: Mapped[int | None] = mapped_column(Integer)
    diastolic_mmhg: Mapped[int | None] = mapped_column(Integer)
    respiratory_rate_per_min: Mapped[int | None] = mapped_column(Integer)
    spo2_pct: Mapped[float | None] = mapped_column(Float)
    oxygen_device: Mapped[str | None] = mapped_column(String(40))
    oxygen_flow_l_min: Mapped[float | None] = mapped_column(Float)
    vasopressors: Mapped[list[Any] | None] = mapped_column()
    # Antipyretics or anti-cytokine therapy can mask fever: CRS grading must know.
    antipyretics_or_anticytokine: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                                               server_default=text("false"))
    hypotension: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False,
                                              server_default=text("false"))
    assessment_tool: Mapped[str | None] = mapped_column(String(4))
    assessment_items: Mapped[dict[str, Any] | None] = mapped_column()
    assessment_score: Mapped[int | None] = mapped_column(Integer)
    consciousness: Mapped[str | None] = mapped_column(String(60))
    seizure: Mapped[str | None] = mapped_column(String(60))
    motor: Mapped[str | None] = mapped_column(String(60))
    cerebral_edema: Mapped[str | None] = mapped_column(String(60))
    neuro_events: Mapped[list[Any] | None] = mapped_column()
    # How long the fever has lasted (added in migration 0003): CTCAE grade 4 is above 40.0 °C for more than 24 h.
    fever_duration_hours: Mapped[float | None] = mapped_column(Float)
    fever_grade: Mapped[int | None] = mapped_column(Integer)
    fever_scale: Mapped[str | None] = mapped_column(Text)
    fever_reason: Mapped[str | None] = mapped_column(Text)
    crs_grade: Mapped[int | None] = mapped_column(Integer)
    crs_scale: Mapped[str | None] = mapped_column(Text)
    crs_reason: Mapped[str | None] = mapped_column(Text)
    icans_grade: Mapped[int | None] = mapped_column(Integer)
    icans_scale: Mapped[str | None] = mapped_column(Text)
    icans_reason: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False)

    patient: Mapped[Patient] = relationship()
    cycle: Mapped[InfusionCycle | None] = relationship()


class AdverseEvent(ClinicalRecord, Base):
    __tablename__ = "adverse_events"
    __extra_table_args__ = (
        CheckConstraint("grade >= 1 AND grade <= 5", name="grade_range"),
        CheckConstraint("resolved_on IS NULL OR resolved_on >= onset_on", name="resolved_after_onset"),
        Index("ix_adverse_events_patient_onset", "patient_id", "onset_on"),
    )

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), nullable=False)
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id"))
    term: Mapped[str] = mapped_column(String(200), nullable=False)
    grade: Mapped[int] = mapped_column(Integer, nullable=False)
    ctcae_version: Mapped[str] = mapped_column(String(10), nullable=False)
    onset_on: Mapped[date] = mapped_column(Date, nullable=False)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    action_taken: Mapped[str | None] = mapped_column(Text)
    # The dose-modification guidance the app showed, with its label source, exactly as shown.
    guidance_shown: Mapped[dict[str, Any] | None] = mapped_column()

    patient: Mapped[Patient] = relationship()
    cycle: Mapped[InfusionCycle | None] = relationship()


class MarrowResult(ClinicalRecord, Base):
    __tablename__ = "marrow_results"
    __extra_table_args__ = (
        CheckConstraint(one_of("mrd_method", MRD_METHODS, nullable=True), name="mrd_method"),
        CheckConstraint("mrd_fraction IS NULL OR (mrd_fraction >= 0 AND mrd_fraction <= 1)",
                        name="mrd_fraction_range"),
        CheckConstraint("blasts_pct IS NULL OR (blasts_pct >= 0 AND blasts_pct <= 100)", name="blasts_range"),
        Index("ix_marrow_results_patient_sampled", "patient_id", "sampled_on"),
    )

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), nullable=False)
    sampled_on: Mapped[date] = mapped_column(Date, nullable=False)
    blasts_pct: Mapped[float | None] = mapped_column(Float)
    # A fraction, not a percentage: 0.001 is 10⁻³ (0.1 %), the MRD+ indication threshold.
    mrd_fraction: Mapped[float | None] = mapped_column(Float)
    mrd_method: Mapped[str | None] = mapped_column(String(10))
    cd19_status: Mapped[str | None] = mapped_column(String(20))
    anc_per_ul: Mapped[float | None] = mapped_column(Float)
    platelets_per_ul: Mapped[float | None] = mapped_column(Float)
    extramedullary_disease: Mapped[bool | None] = mapped_column(Boolean)
    response_status: Mapped[str | None] = mapped_column(String(40))
    m_status: Mapped[str | None] = mapped_column(String(10))
    mrd_status: Mapped[str | None] = mapped_column(String(40))
    response_scale: Mapped[str | None] = mapped_column(Text)

    patient: Mapped[Patient] = relationship()


class Transplant(ClinicalRecord, Base):
    __tablename__ = "transplants"
    __extra_table_args__ = (Index("ix_transplants_patient", "patient_id", "transplanted_on"),)

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), nullable=False)
    transplanted_on: Mapped[date] = mapped_column(Date, nullable=False)
    donor_type: Mapped[str] = mapped_column(String(40), nullable=False)

    patient: Mapped[Patient] = relationship()


class Outcome(ClinicalRecord, Base):
    __tablename__ = "outcomes"
    __extra_table_args__ = (
        CheckConstraint(one_of("kind", OUTCOME_KINDS), name="kind"),
        Index("ix_outcomes_patient", "patient_id", "occurred_on"),
    )

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False)
    # For a relapse: CD19-negative escape changes what can be given next.
    cd19_status: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)

    patient: Mapped[Patient] = relationship()


class Decision(ClinicalRecord, Base):
    """A physician's dose-modification decision (added in migration 0002)."""

    __tablename__ = "decisions"
    __extra_table_args__ = (Index("ix_decisions_patient_decided", "patient_id", "decided_at"),)

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), nullable=False)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_courses.id"))
    decided_at: Mapped[datetime] = mapped_column(nullable=False)
    decided_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False)
    action: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)

    patient: Mapped[Patient] = relationship()
    treatment_course: Mapped[TreatmentCourse | None] = relationship()


class DoseVerification(ClinicalRecord, Base):
    """A pharmacist's check of a course's stored doses against its pinned label edition (added in 0003)."""

    __tablename__ = "dose_verifications"
    __extra_table_args__ = (
        CheckConstraint(one_of("outcome", VERIFICATION_OUTCOMES), name="outcome"),
        CheckConstraint("periods_checked >= 0", name="periods_checked_range"),
        Index("ix_dose_verifications_course_verified", "course_id", "verified_at"),
    )

    course_id: Mapped[int] = mapped_column(ForeignKey("treatment_courses.id"), nullable=False)
    verified_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False)
    verified_at: Mapped[datetime] = mapped_column(nullable=False)
    label_edition: Mapped[str] = mapped_column(String(40), nullable=False)
    periods_checked: Mapped[int] = mapped_column(Integer, nullable=False)
    # Each discrepancy as the sentence shown to the pharmacist; empty when the doses match.
    discrepancies: Mapped[list[Any]] = mapped_column(nullable=False)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)

    treatment_course: Mapped[TreatmentCourse] = relationship()


class AuditEntry(Base):
    """One link of the append-only, hash-chained audit trail (see blinadesk.store.audit).

    `id` is assigned by the audit code (previous id + 1, under the writers' lock), not by a sequence,
    so the chain has no gaps and a removed entry shows up as a missing number. JSON values are stored
    as the exact canonical text that was hashed.
    """

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_row", "table_name", "row_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    occurred_at: Mapped[datetime] = mapped_column(nullable=False)
    username: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False)
    action: Mapped[str] = mapped_column(String(30), nullable=False)
    table_name: Mapped[str | None] = mapped_column(String(60))
    row_key: Mapped[str | None] = mapped_column(String(60))
    old_values: Mapped[str | None] = mapped_column(Text)
    new_values: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    entry_hash: Mapped[str] = mapped_column(String(64), nullable=False)  # not indexed: see migration 0005


class AuditCheckpoint(Base):
    """A verification of the audit trail that passed (added in migration 0004; see blinadesk.store.verify).

    Append-only like the trail (database triggers refuse UPDATE and DELETE). `entry_id`/`entry_hash` are
    the last entry verified; the next verification may start there instead of at the first entry, after
    checking that the entry still carries that hash. `row_counts` holds, per audited table, the number of
    rows and the highest id at that moment, so that a row added or removed behind the app's back since
    then shows up without reading every row. `entry_id` 0 with the genesis hash: an empty trail.
    """

    __tablename__ = "audit_checkpoints"
    __table_args__ = (
        CheckConstraint(one_of("scope", VERIFY_SCOPES), name="scope"),
        CheckConstraint("entry_id >= 0", name="entry_id_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(Integer, nullable=False)
    entry_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    verified_at: Mapped[datetime] = mapped_column(nullable=False)
    verified_by: Mapped[str] = mapped_column(String(USERNAME_LENGTH), nullable=False)
    # 'full': every entry, row and value; 'incremental': the entries after the previous checkpoint and the
    # rows they touch.
    scope: Mapped[str] = mapped_column(String(20), nullable=False)
    entries_checked: Mapped[int] = mapped_column(Integer, nullable=False)
    rows_checked: Mapped[int] = mapped_column(Integer, nullable=False)
    row_counts: Mapped[dict[str, Any]] = mapped_column(nullable=False)


# Every table whose rows are audited and may never be deleted, in foreign-key order.
AUDITED_MODELS: tuple[type[AuditedRecord], ...] = (
    User, Patient, BodyMeasurement, TreatmentCourse, InfusionCycle, DosePeriod, InfusionBag,
    Interruption, PremedicationGiven, DailyObservation, AdverseEvent, MarrowResult, Transplant,
    Outcome, Decision, DoseVerification,
)
AUDITED_TABLES: tuple[str, ...] = tuple(model.__tablename__ for model in AUDITED_MODELS)  # type: ignore[attr-defined]

__all__ = [
    "AUDITED_MODELS", "AUDITED_TABLES", "AdverseEvent", "AuditCheckpoint", "AuditEntry", "AuditedRecord", "Base",
    "BodyMeasurement", "ClinicalRecord", "DailyObservation", "Decision", "DosePeriod", "DoseVerification",
    "InfusionBag", "InfusionCycle", "Interruption", "MarrowResult", "Outcome", "Patient", "PremedicationGiven",
    "Transplant", "TreatmentCourse", "User",
]
