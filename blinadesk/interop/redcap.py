"""The record as REDCap-ready CSV: a data dictionary to build the project, and records to import into it.

The project is a classic (non-longitudinal) REDCap project with one non-repeating instrument, `patient`,
and four repeating instruments: `infusion_period` (one per constant-rate dose period given), `daily_observation`,
`marrow_result` and `adverse_event`. The records file is REDCap's flat import format: one row per record for the
non-repeating instrument (redcap_repeat_instrument and redcap_repeat_instance empty) and one row per instance
of a repeating instrument, with only that instrument's fields filled.

Choices: REDCap wants "code, label | code, label"; dates as YYYY-MM-DD (date_ymd) and moments as
YYYY-MM-DD HH:MM (datetime_ymd) in the ward's local time, which is what the ward wrote down.
Entries entered in error are left out: a trial database holds the corrected record, and the audit trail
stays in blinadesk.

The files go to a trial, so they do not identify patients: record_id is the trial's subject id from the
enrolment log (blinadesk.interop.enrolment), never the hospital MRN (REDCap's de-identified export cannot drop
a record_id), and there are no names or birth date, only the age in years at the first blinatumomab infusion.
Without a log, or with a patient the log does not list, nothing is written (EnrolmentError).
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from blinadesk.domain.schedule import age_in_years
from blinadesk.interop.enrolment import EnrolmentLog, require_log
from blinadesk.interop.record import format_number, is_active, moment, periods_given
from blinadesk.services.vocab import CD19_STATUSES, MRD_METHODS, PH_STATUSES, SEXES

DICTIONARY_HEADER = (
    "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
    "Choices, Calculations, OR Slider Labels", "Field Note", "Text Validation Type OR Show Slider Number",
    "Text Validation Min", "Text Validation Max", "Identifier?", "Branching Logic (Show field only if...)",
    "Required Field?", "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name",
    "Matrix Ranking?", "Field Annotation",
)
RECORD_ID = "record_id"
REPEAT_COLUMNS = ("redcap_repeat_instrument", "redcap_repeat_instance")
DICTIONARY_FILE = "blinadesk_redcap_data_dictionary.csv"
RECORDS_FILE = "blinadesk_redcap_records.csv"
COMPLETE_STATUS = "2"  # REDCap's "<form>_complete": 0 incomplete, 1 unverified, 2 complete


def _choices(values: Sequence[str]) -> str:
    return " | ".join(f"{value}, {value.replace('_', ' ').capitalize()}" for value in values)


GRADE_CHOICES = " | ".join(f"{grade}, Grade {grade}" for grade in range(6))
AE_GRADE_CHOICES = " | ".join(f"{grade}, Grade {grade}" for grade in range(1, 6))


@dataclass(frozen=True)
class Field:
    name: str
    form: str
    kind: str  # REDCap field type: text, notes, dropdown, radio, yesno, descriptive
    label: str
    choices: str = ""
    note: str = ""
    validation: str = ""  # date_ymd, datetime_ymd, number, integer
    low: str = ""
    high: str = ""
    identifier: bool = False
    required: bool = False
    section: str = ""

    def dictionary_row(self) -> list[str]:
        return [self.name, self.form, self.section, self.kind, self.label, self.choices, self.note, self.validation,
                self.low, self.high, "y" if self.identifier else "", "", "y" if self.required else "", "", "", "",
                "", ""]


def _t(name: str, form: str, label: str, validation: str = "", low: str = "", high: str = "", note: str = "",
       **more: Any) -> Field:
    return Field(name, form, "text", label, validation=validation, low=low, high=high, note=note, **more)


LOCAL_TIME_NOTE = "ward local time"
MRD_METHOD_LABELS = {"flow": "Flow cytometry", "pcr": "PCR", "ngs": "NGS"}

FIELDS: tuple[Field, ...] = (
    # patient (non-repeating)
    _t(RECORD_ID, "patient", "Study subject id", required=True, note="from the trial's enrolment log",
       section="Patient at the start of blinatumomab"),
    _t("age_start", "patient", "Age at the first blinatumomab infusion (years)", "integer", "0", "120",
       note="empty before the first infusion"),
    Field("sex", "patient", "dropdown", "Sex", _choices(SEXES)),
    Field("ph_status", "patient", "dropdown", "Philadelphia chromosome status", _choices(PH_STATUSES)),
    Field("cd19_status", "patient", "dropdown", "CD19 status at diagnosis", _choices(CD19_STATUSES)),
    Field("prior_hsct", "patient", "yesno", "Prior haematopoietic stem cell transplant"),
    _t("blasts_start_pct", "patient", "Marrow blasts at the start (%)", "number", "0", "100"),
    # infusion_period (repeating)
    _t("inf_course", "infusion_period", "Treatment course number", "integer", "1",
       section="One row per constant-rate period of blinatumomab infusion"),
    _t("inf_cycle", "infusion_period", "Cycle number", "integer", "1"),
    Field("inf_phase", "infusion_period", "dropdown", "Phase",
          _choices(("induction", "consolidation", "continued"))),
    _t("inf_start", "infusion_period", "Period start", "datetime_ymd", note=LOCAL_TIME_NOTE),
    _t("inf_end", "infusion_period", "Period end (empty while running)", "datetime_ymd", note=LOCAL_TIME_NOTE),
    _t("inf_rate_mcg_day", "infusion_period", "Rate (mcg/day)", "number", "0", "1000", note="mcg/day"),
    _t("inf_rate_mcg_m2_day", "infusion_period", "Rate by body surface area (mcg/m2/day)", "number", "0", "1000",
       note="only for BSA-based dosing"),
    _t("inf_reason", "infusion_period", "Why this rate (cycle start, step-up, restart...)"),
    # daily_observation (repeating)
    _t("obs_datetime", "daily_observation", "Observed at", "datetime_ymd", note=LOCAL_TIME_NOTE,
       section="Vital signs and neurological assessment"),
    _t("obs_temp_c", "daily_observation", "Temperature (°C)", "number", "30", "45"),
    _t("obs_hr", "daily_observation", "Heart rate (/min)", "integer", "20", "250"),
    _t("obs_sbp", "daily_observation", "Systolic blood pressure (mmHg)", "integer", "40", "260"),
    _t("obs_dbp", "daily_observation", "Diastolic blood pressure (mmHg)", "integer", "20", "160"),
    _t("obs_rr", "daily_observation", "Respiratory rate (/min)", "integer", "4", "80"),
    _t("obs_spo2", "daily_observation", "SpO2 (%)", "number", "0", "100"),
    _t("obs_o2_device", "daily_observation", "Oxygen device"),
    _t("obs_o2_flow", "daily_observation", "Oxygen flow (L/min)", "number", "0", "80"),
    Field("obs_ice_capd_tool", "daily_observation", "dropdown", "Neurological assessment tool",
          "ICE, ICE | CAPD, CAPD"),
    _t("obs_ice_capd_score", "daily_observation", "ICE or CAPD score", "integer", "0", "40"),
    Field("obs_crs_grade", "daily_observation", "dropdown", "CRS grade", GRADE_CHOICES,
          section="Grades derived by blinadesk"),
    _t("obs_crs_scale", "daily_observation", "CRS grading scale", note="e.g. ASTCT 2019 CRS"),
    Field("obs_icans_grade", "daily_observation", "dropdown", "ICANS grade", GRADE_CHOICES),
    _t("obs_icans_scale", "daily_observation", "ICANS grading scale", note="e.g. ASTCT 2019 ICANS (ICE)"),
    Field("obs_fever_grade", "daily_observation", "dropdown", "Fever grade", GRADE_CHOICES),
    _t("obs_fever_scale", "daily_observation", "Fever grading scale", note="e.g. CTCAE v6.0"),
    # marrow_result (repeating)
    _t("mar_date", "marrow_result", "Marrow sampled on", "date_ymd", section="Bone marrow assessment"),
    _t("mar_blasts_pct", "marrow_result", "Marrow blasts (%)", "number", "0", "100"),
    _t("mar_mrd_fraction", "marrow_result", "MRD (fraction of nucleated cells)", "number", "0", "1",
       note="0.0001 = 10^-4"),
    # Built from the store's vocabulary so a new method can never be exported as an unknown dropdown code.
    Field("mar_mrd_method", "marrow_result", "dropdown", "MRD method",
          " | ".join(f"{m}, {MRD_METHOD_LABELS.get(m, m)}" for m in MRD_METHODS)),
    Field("mar_mrd_status", "marrow_result", "dropdown", "MRD status", "negative, Negative | positive, Positive"),
    Field("mar_cd19", "marrow_result", "dropdown", "CD19 status", _choices(CD19_STATUSES)),
    _t("mar_anc", "marrow_result", "ANC (/µL)", "number", "0", "100000"),
    _t("mar_platelets", "marrow_result", "Platelets (/µL)", "number", "0", "2000000"),
    _t("mar_m_status", "marrow_result", "Marrow status (M1/M2/M3)"),
    _t("mar_response", "marrow_result", "Response (e.g. CR, CRh*, no remission)"),
    _t("mar_response_scale", "marrow_result", "Response definitions used"),
    # adverse_event (repeating)
    _t("ae_term", "adverse_event", "Adverse event term (CTCAE)", section="Adverse event"),
    Field("ae_grade", "adverse_event", "dropdown", "Grade", AE_GRADE_CHOICES),
    _t("ae_scale", "adverse_event", "Grading scale and version", note="e.g. CTCAE v5.0 or ASTCT 2019"),
    _t("ae_onset", "adverse_event", "Onset", "date_ymd"),
    _t("ae_resolved", "adverse_event", "Resolved on (empty while ongoing)", "date_ymd"),
    _t("ae_course", "adverse_event", "During treatment course", "integer", "1"),
    _t("ae_cycle", "adverse_event", "During cycle", "integer", "1"),
    Field("ae_action", "adverse_event", "notes", "Action taken"),
)
FORMS = ("patient", "infusion_period", "daily_observation", "marrow_result", "adverse_event")
REPEATING_FORMS = FORMS[1:]


def records_header() -> list[str]:
    header = [RECORD_ID, *REPEAT_COLUMNS]
    for form in FORMS:
        header += [f.name for f in FIELDS if f.form == form and f.name != RECORD_ID]
        header.append(f"{form}_complete")
    return header


def _local(text: str | None, zone: tzinfo) -> str:
    value = moment(text)
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return format_number(value)
    return str(value)


def _scale(version: str) -> str:
    return f"CTCAE {version}" if version.lower().startswith("v") else version


def record_rows(document: Mapping[str, Any], *, as_of: datetime, zone: tzinfo,
                enrolment: EnrolmentLog | None = None) -> list[dict[str, str]]:
    """One dict per import row (keys from records_header()), in REDCap's flat format, each record named by
    its subject id in `enrolment` (EnrolmentError without a log or with a patient it does not list)."""
    subjects = require_log(enrolment, "REDCap").subject_ids(document["patients"])
    rows: list[dict[str, str]] = []
    for patient in sorted(document["patients"], key=lambda p: subjects.get(p["mrn"], "")):
        if not is_active(patient):
            continue
        record_id = subjects[patient["mrn"]]
        given = [g for g in periods_given(patient, as_of)
                 if is_active(g.period) and is_active(g.cycle) and is_active(g.course)]
        first_day = given[0].starts_at.astimezone(zone).date() if given else None
        age = age_in_years(date.fromisoformat(patient["birth_date"]), first_day) if first_day else None
        rows.append({RECORD_ID: record_id, "age_start": _cell(age),
                     "sex": _cell(patient.get("sex")), "ph_status": _cell(patient.get("ph_status")),
                     "cd19_status": _cell(patient.get("cd19_status")), "prior_hsct": _cell(patient["prior_hsct"]),
                     "blasts_start_pct": _cell(patient.get("marrow_blasts_at_start_pct")),
                     "patient_complete": COMPLETE_STATUS})

        def repeat(form: str, instance: int, values: dict[str, str], record_id: str = record_id) -> None:
            rows.append({RECORD_ID: record_id, "redcap_repeat_instrument": form,
                         "redcap_repeat_instance": str(instance), **values, f"{form}_complete": COMPLETE_STATUS})

        for instance, period in enumerate(given, start=1):
            repeat("infusion_period", instance, {
                "inf_course": str(period.cycle_ref.course), "inf_cycle": str(period.cycle_ref.cycle),
                "inf_phase": period.cycle["phase"], "inf_start": _local(period.period["starts_at"], zone),
                "inf_end": period.ends_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if period.ends_at else "",
                "inf_rate_mcg_day": format_number(period.rate_mcg_per_day, 2),
                "inf_rate_mcg_m2_day": format_number(period.period.get("rate_mcg_per_m2_per_day"), 2),
                "inf_reason": period.period["reason"]})
        observations = [o for o in patient["observations"] if is_active(o)]
        for instance, obs in enumerate(observations, start=1):
            repeat("daily_observation", instance, {
                "obs_datetime": _local(obs["observed_at"], zone), "obs_temp_c": _cell(obs.get("temperature_c")),
                "obs_hr": _cell(obs.get("heart_rate_bpm")), "obs_sbp": _cell(obs.get("systolic_mmhg")),
                "obs_dbp": _cell(obs.get("diastolic_mmhg")), "obs_rr": _cell(obs.get("respiratory_rate_per_min")),
                "obs_spo2": _cell(obs.get("spo2_pct")), "obs_o2_device": _cell(obs.get("oxygen_device")),
                "obs_o2_flow": _cell(obs.get("oxygen_flow_l_min")),
                "obs_ice_capd_tool": _cell(obs.get("assessment_tool")),
                "obs_ice_capd_score": _cell(obs.get("assessment_score")),
                "obs_crs_grade": _cell(obs.get("crs_grade")), "obs_crs_scale": _cell(obs.get("crs_scale")),
                "obs_icans_grade": _cell(obs.get("icans_grade")), "obs_icans_scale": _cell(obs.get("icans_scale")),
                "obs_fever_grade": _cell(obs.get("fever_grade")), "obs_fever_scale": _cell(obs.get("fever_scale"))})
        marrows = [m for m in patient["marrow_results"] if is_active(m)]
        for instance, marrow in enumerate(marrows, start=1):
            repeat("marrow_result", instance, {
                "mar_date": marrow["sampled_on"], "mar_blasts_pct": _cell(marrow.get("blasts_pct")),
                "mar_mrd_fraction": _cell(marrow.get("mrd_fraction")),
                "mar_mrd_method": _cell(marrow.get("mrd_method")),
                "mar_mrd_status": marrow.get("mrd_status") if marrow.get("mrd_status") in ("negative", "positive")
                else "",
                "mar_cd19": _cell(marrow.get("cd19_status")), "mar_anc": _cell(marrow.get("anc_per_ul")),
                "mar_platelets": _cell(marrow.get("platelets_per_ul")), "mar_m_status": _cell(marrow.get("m_status")),
                "mar_response": _cell(marrow.get("response_status")),
                "mar_response_scale": _cell(marrow.get("response_scale"))})
        events = [a for a in patient["adverse_events"] if is_active(a)]
        for instance, event in enumerate(events, start=1):
            cycle = event.get("cycle") or {}
            repeat("adverse_event", instance, {
                "ae_term": event["term"], "ae_grade": str(event["grade"]), "ae_scale": _scale(event["ctcae_version"]),
                "ae_onset": event["onset_on"], "ae_resolved": _cell(event.get("resolved_on")),
                "ae_course": _cell(cycle.get("course")), "ae_cycle": _cell(cycle.get("cycle")),
                "ae_action": _cell(event.get("action_taken"))})
    return rows


def write_redcap(document: Mapping[str, Any], directory: Path, *, as_of: datetime, zone: tzinfo,
                 enrolment: EnrolmentLog | None = None) -> dict[str, int]:
    """Writes the data dictionary and the records file into `directory`; returns rows written per file.
    The rows are built before the folder is touched, so a refused enrolment writes nothing."""
    rows = record_rows(document, as_of=as_of, zone=zone, enrolment=enrolment)
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / DICTIONARY_FILE).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(DICTIONARY_HEADER)
        for field in FIELDS:
            writer.writerow(field.dictionary_row())
    header = records_header()
    with (directory / RECORDS_FILE).open("w", encoding="utf-8", newline="") as handle:
        dict_writer = csv.DictWriter(handle, fieldnames=header, restval="")
        dict_writer.writeheader()
        dict_writer.writerows(rows)
    return {DICTIONARY_FILE: len(FIELDS), RECORDS_FILE: len(rows)}


__all__ = ["DICTIONARY_FILE", "DICTIONARY_HEADER", "FIELDS", "FORMS", "RECORDS_FILE", "REPEATING_FORMS",
           "record_rows", "records_header", "write_redcap"]
