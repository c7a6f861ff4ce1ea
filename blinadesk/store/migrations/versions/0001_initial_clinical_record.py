"""The initial clinical record: every table except `decisions` (added by 0002), with the triggers that
make it append-only (see blinadesk.store.triggers).

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from blinadesk.store import triggers

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Tables of this revision whose rows are audited: never deleted, versioned on every UPDATE.
AUDITED_TABLES = (
    "users",
    "patients",
    "body_measurements",
    "treatment_courses",
    "cycles",
    "dose_periods",
    "infusion_bags",
    "interruptions",
    "premedications_given",
    "daily_observations",
    "adverse_events",
    "marrow_results",
    "transplants",
    "outcomes",
)


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=True),
        sa.Column("row_key", sa.String(length=60), nullable=True),
        sa.Column("old_values", sa.Text(), nullable=True),
        sa.Column("new_values", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_audit_entries_entry_hash")),
    )
    op.create_index("ix_audit_entries_row", "audit_entries", ["table_name", "row_key"], unique=False)

    op.create_table(
        "patients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mrn", sa.String(length=40), nullable=False),
        sa.Column("family_name", sa.String(length=100), nullable=False),
        sa.Column("given_name", sa.String(length=100), nullable=False),
        sa.Column("family_name_folded", sa.String(length=100), nullable=False),
        sa.Column("given_name_folded", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=20), nullable=True),
        sa.Column("ph_status", sa.String(length=20), nullable=True),
        sa.Column("cd19_status", sa.String(length=20), nullable=True),
        sa.Column("prior_hsct", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("marrow_blasts_at_start_pct", sa.Float(), nullable=True),
        sa.Column("diagnosis_notes", sa.Text(), nullable=True),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_patients_error_reason_given"),
        ),
        sa.CheckConstraint("record_status IN ('active', 'entered_in_error')", name=op.f("ck_patients_record_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patients")),
        sa.UniqueConstraint("mrn", name=op.f("uq_patients_mrn")),
    )
    op.create_index(
        "ix_patients_family_name_folded",
        "patients",
        ["family_name_folded"],
        unique=False,
        postgresql_ops={"family_name_folded": "text_pattern_ops"},
    )
    op.create_index(
        "ix_patients_given_name_folded",
        "patients",
        ["given_name_folded"],
        unique=False,
        postgresql_ops={"given_name_folded": "text_pattern_ops"},
    )

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("role IN ('nurse', 'physician', 'pharmacist', 'administrator')", name=op.f("ck_users_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "body_measurements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("weight_kg", sa.Float(), nullable=False),
        sa.Column("height_cm", sa.Float(), nullable=True),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_body_measurements_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_body_measurements_record_status")
        ),
        sa.CheckConstraint("height_cm IS NULL OR height_cm > 0", name=op.f("ck_body_measurements_height_positive")),
        sa.CheckConstraint("weight_kg > 0", name=op.f("ck_body_measurements_weight_positive")),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], name=op.f("fk_body_measurements_patient_id_patients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_body_measurements")),
    )
    op.create_index(
        "ix_body_measurements_patient_measured", "body_measurements", ["patient_id", "measured_on"], unique=False
    )

    op.create_table(
        "marrow_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("sampled_on", sa.Date(), nullable=False),
        sa.Column("blasts_pct", sa.Float(), nullable=True),
        sa.Column("mrd_fraction", sa.Float(), nullable=True),
        sa.Column("mrd_method", sa.String(length=10), nullable=True),
        sa.Column("cd19_status", sa.String(length=20), nullable=True),
        sa.Column("anc_per_ul", sa.Float(), nullable=True),
        sa.Column("platelets_per_ul", sa.Float(), nullable=True),
        sa.Column("extramedullary_disease", sa.Boolean(), nullable=True),
        sa.Column("response_status", sa.String(length=40), nullable=True),
        sa.Column("m_status", sa.String(length=10), nullable=True),
        sa.Column("mrd_status", sa.String(length=40), nullable=True),
        sa.Column("response_scale", sa.Text(), nullable=True),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "mrd_method IS NULL OR mrd_method IN ('flow', 'pcr', 'ngs')", name=op.f("ck_marrow_results_mrd_method")
        ),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_marrow_results_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_marrow_results_record_status")
        ),
        sa.CheckConstraint(
            "blasts_pct IS NULL OR (blasts_pct >= 0 AND blasts_pct <= 100)", name=op.f("ck_marrow_results_blasts_range")
        ),
        sa.CheckConstraint(
            "mrd_fraction IS NULL OR (mrd_fraction >= 0 AND mrd_fraction <= 1)",
            name=op.f("ck_marrow_results_mrd_fraction_range"),
        ),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], name=op.f("fk_marrow_results_patient_id_patients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marrow_results")),
    )
    op.create_index("ix_marrow_results_patient_sampled", "marrow_results", ["patient_id", "sampled_on"], unique=False)

    op.create_table(
        "outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("cd19_status", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("kind IN ('progression', 'relapse', 'death')", name=op.f("ck_outcomes_kind")),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_outcomes_error_reason_given"),
        ),
        sa.CheckConstraint("record_status IN ('active', 'entered_in_error')", name=op.f("ck_outcomes_record_status")),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], name=op.f("fk_outcomes_patient_id_patients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcomes")),
    )
    op.create_index("ix_outcomes_patient", "outcomes", ["patient_id", "occurred_on"], unique=False)

    op.create_table(
        "transplants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("transplanted_on", sa.Date(), nullable=False),
        sa.Column("donor_type", sa.String(length=40), nullable=False),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_transplants_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_transplants_record_status")
        ),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], name=op.f("fk_transplants_patient_id_patients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transplants")),
    )
    op.create_index("ix_transplants_patient", "transplants", ["patient_id", "transplanted_on"], unique=False)

    op.create_table(
        "treatment_courses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("indication", sa.String(length=20), nullable=False),
        sa.Column("label_edition", sa.String(length=40), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=False),
        sa.Column("actual_start", sa.Date(), nullable=True),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), server_default="planned", nullable=False),
        sa.Column("planned_by", sa.String(length=64), nullable=False),
        sa.Column("planning_weight_kg", sa.Float(), nullable=False),
        sa.Column("planning_height_cm", sa.Float(), nullable=True),
        sa.Column("planning_bsa_m2", sa.Float(), nullable=True),
        sa.Column("dosing_mode", sa.String(length=10), nullable=False),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("dosing_mode IN ('fixed', 'bsa')", name=op.f("ck_treatment_courses_dosing_mode")),
        sa.CheckConstraint(
            "indication IN ('rr', 'mrd', 'consolidation')", name=op.f("ck_treatment_courses_indication")
        ),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_treatment_courses_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_treatment_courses_record_status")
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'running', 'interrupted', 'completed', 'discontinued')",
            name=op.f("ck_treatment_courses_status"),
        ),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], name=op.f("fk_treatment_courses_patient_id_patients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_treatment_courses")),
    )
    op.create_index("ix_treatment_courses_patient", "treatment_courses", ["patient_id", "planned_start"], unique=False)

    op.create_table(
        "cycles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("planned_start", sa.Date(), nullable=False),
        sa.Column("actual_start", sa.DateTime(timezone=True), nullable=True),
        sa.Column("infusion_end_planned", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_start_earliest", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), server_default="planned", nullable=False),
        sa.Column("hospitalisation_days_planned", sa.Integer(), nullable=True),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("phase IN ('induction', 'consolidation', 'continued')", name=op.f("ck_cycles_phase")),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_cycles_error_reason_given"),
        ),
        sa.CheckConstraint("record_status IN ('active', 'entered_in_error')", name=op.f("ck_cycles_record_status")),
        sa.CheckConstraint(
            "status IN ('planned', 'running', 'interrupted', 'completed', 'discontinued')",
            name=op.f("ck_cycles_status"),
        ),
        sa.CheckConstraint("number >= 1", name=op.f("ck_cycles_number_positive")),
        sa.ForeignKeyConstraint(
            ["course_id"], ["treatment_courses.id"], name=op.f("fk_cycles_course_id_treatment_courses")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycles")),
    )
    op.create_index("ix_cycles_course_number", "cycles", ["course_id", "number"], unique=False)
    op.create_index(
        "uq_cycles_course_number_active",
        "cycles",
        ["course_id", "number"],
        unique=True,
        sqlite_where=sa.text("record_status = 'active'"),
        postgresql_where=sa.text("record_status = 'active'"),
    )

    op.create_table(
        "adverse_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=True),
        sa.Column("term", sa.String(length=200), nullable=False),
        sa.Column("grade", sa.Integer(), nullable=False),
        sa.Column("ctcae_version", sa.String(length=10), nullable=False),
        sa.Column("onset_on", sa.Date(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("action_taken", sa.Text(), nullable=True),
        sa.Column("guidance_shown", sa.JSON(), nullable=True),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_adverse_events_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_adverse_events_record_status")
        ),
        sa.CheckConstraint("grade >= 1 AND grade <= 5", name=op.f("ck_adverse_events_grade_range")),
        sa.CheckConstraint(
            "resolved_on IS NULL OR resolved_on >= onset_on", name=op.f("ck_adverse_events_resolved_after_onset")
        ),
        sa.ForeignKeyConstraint(["cycle_id"], ["cycles.id"], name=op.f("fk_adverse_events_cycle_id_cycles")),
        sa.ForeignKeyConstraint(["patient_id"], ["patients.id"], name=op.f("fk_adverse_events_patient_id_patients")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adverse_events")),
    )
    op.create_index("ix_adverse_events_patient_onset", "adverse_events", ["patient_id", "onset_on"], unique=False)

    op.create_table(
        "daily_observations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=True),
        sa.Column("observed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("temperature_c", sa.Float(), nullable=True),
        sa.Column("heart_rate_bpm", sa.Integer(), nullable=True),
        sa.Column("systolic_mmhg", sa.Integer(), nullable=True),
        sa.Column("diastolic_mmhg", sa.Integer(), nullable=True),
        sa.Column("respiratory_rate_per_min", sa.Integer(), nullable=True),
        sa.Column("spo2_pct", sa.Float(), nullable=True),
        sa.Column("oxygen_device", sa.String(length=40), nullable=True),
        sa.Column("oxygen_flow_l_min", sa.Float(), nullable=True),
        sa.Column("vasopressors", sa.JSON(), nullable=True),
        sa.Column("antipyretics_or_anticytokine", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("hypotension", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("assessment_tool", sa.String(length=4), nullable=True),
        sa.Column("assessment_items", sa.JSON(), nullable=True),
        sa.Column("assessment_score", sa.Integer(), nullable=True),
        sa.Column("consciousness", sa.String(length=60), nullable=True),
        sa.Column("seizure", sa.String(length=60), nullable=True),
        sa.Column("motor", sa.String(length=60), nullable=True),
        sa.Column("cerebral_edema", sa.String(length=60), nullable=True),
        sa.Column("neuro_events", sa.JSON(), nullable=True),
        sa.Column("fever_grade", sa.Integer(), nullable=True),
        sa.Column("fever_scale", sa.Text(), nullable=True),
        sa.Column("fever_reason", sa.Text(), nullable=True),
        sa.Column("crs_grade", sa.Integer(), nullable=True),
        sa.Column("crs_scale", sa.Text(), nullable=True),
        sa.Column("crs_reason", sa.Text(), nullable=True),
        sa.Column("icans_grade", sa.Integer(), nullable=True),
        sa.Column("icans_scale", sa.Text(), nullable=True),
        sa.Column("icans_reason", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "assessment_tool IS NULL OR assessment_tool IN ('ICE', 'CAPD')",
            name=op.f("ck_daily_observations_assessment_tool"),
        ),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_daily_observations_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_daily_observations_record_status")
        ),
        sa.CheckConstraint(
            "oxygen_flow_l_min IS NULL OR oxygen_flow_l_min >= 0", name=op.f("ck_daily_observations_oxygen_flow_range")
        ),
        sa.CheckConstraint(
            "spo2_pct IS NULL OR (spo2_pct >= 0 AND spo2_pct <= 100)", name=op.f("ck_daily_observations_spo2_range")
        ),
        sa.ForeignKeyConstraint(["cycle_id"], ["cycles.id"], name=op.f("fk_daily_observations_cycle_id_cycles")),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_daily_observations_patient_id_patients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_daily_observations")),
    )
    op.create_index("ix_daily_observations_cycle", "daily_observations", ["cycle_id"], unique=False)
    op.create_index(
        "ix_daily_observations_patient_observed", "daily_observations", ["patient_id", "observed_at"], unique=False
    )

    op.create_table(
        "dose_periods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("rate_mcg_per_day", sa.Float(), nullable=False),
        sa.Column("rate_mcg_per_m2_per_day", sa.Float(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_dose_periods_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_dose_periods_record_status")
        ),
        sa.CheckConstraint("ends_at IS NULL OR ends_at > starts_at", name=op.f("ck_dose_periods_ends_after_start")),
        sa.CheckConstraint("rate_mcg_per_day > 0", name=op.f("ck_dose_periods_rate_positive")),
        sa.ForeignKeyConstraint(["cycle_id"], ["cycles.id"], name=op.f("fk_dose_periods_cycle_id_cycles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_periods")),
    )
    op.create_index("ix_dose_periods_cycle", "dose_periods", ["cycle_id", "starts_at"], unique=False)

    op.create_table(
        "infusion_bags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("duration_hours", sa.Integer(), nullable=False),
        sa.Column("rate_ml_per_h", sa.Float(), nullable=False),
        sa.Column("volume_ml", sa.Float(), nullable=False),
        sa.Column("lot", sa.String(length=60), nullable=True),
        sa.Column("hung_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("hung_by", sa.String(length=64), nullable=True),
        sa.Column("pharmacy_entered_by", sa.String(length=64), nullable=False),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_infusion_bags_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_infusion_bags_record_status")
        ),
        sa.CheckConstraint("duration_hours > 0", name=op.f("ck_infusion_bags_duration_positive")),
        sa.CheckConstraint("rate_ml_per_h > 0", name=op.f("ck_infusion_bags_rate_positive")),
        sa.CheckConstraint("volume_ml > 0", name=op.f("ck_infusion_bags_volume_positive")),
        sa.ForeignKeyConstraint(["cycle_id"], ["cycles.id"], name=op.f("fk_infusion_bags_cycle_id_cycles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_infusion_bags")),
    )
    op.create_index("ix_infusion_bags_cycle", "infusion_bags", ["cycle_id"], unique=False)

    op.create_table(
        "interruptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("verdict", sa.JSON(), nullable=True),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_interruptions_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_interruptions_record_status")
        ),
        sa.CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name=op.f("ck_interruptions_ends_after_start")),
        sa.ForeignKeyConstraint(["cycle_id"], ["cycles.id"], name=op.f("fk_interruptions_cycle_id_cycles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interruptions")),
    )
    op.create_index("ix_interruptions_cycle", "interruptions", ["cycle_id", "starts_at"], unique=False)

    op.create_table(
        "premedications_given",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("given_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("drug", sa.String(length=80), nullable=False),
        sa.Column("dose_mg", sa.Float(), nullable=False),
        sa.Column("route", sa.String(length=20), nullable=False),
        sa.Column("given_by", sa.String(length=64), nullable=False),
        sa.Column("record_status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("error_reason", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "record_status = 'active' OR length(trim(coalesce(error_reason, ''))) > 0",
            name=op.f("ck_premedications_given_error_reason_given"),
        ),
        sa.CheckConstraint(
            "record_status IN ('active', 'entered_in_error')", name=op.f("ck_premedications_given_record_status")
        ),
        sa.CheckConstraint("dose_mg > 0", name=op.f("ck_premedications_given_dose_positive")),
        sa.ForeignKeyConstraint(["cycle_id"], ["cycles.id"], name=op.f("fk_premedications_given_cycle_id_cycles")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_premedications_given")),
    )
    op.create_index("ix_premedications_given_cycle", "premedications_given", ["cycle_id", "given_at"], unique=False)

    connection = op.get_bind()
    triggers.install_functions(connection)
    triggers.protect_audit_table(connection)
    triggers.protect_audited_tables(connection, AUDITED_TABLES)


def downgrade() -> None:
    # The record only moves forward: restore the pre-upgrade backup to go back.
    raise NotImplementedError("blinadesk does not downgrade; restore the pre-upgrade backup instead")
