"""The record as CDISC SDTM-shaped CSV: DM, EX, AE, LB and RS, one file per domain (dm.csv, ex.csv, ...).

"Shaped" because a sponsor's SDTM also needs define.xml, controlled-terminology versions and MedDRA coding
that only the sponsor can supply; these files carry the variables, one record per SDTM row, in the SDTMIG
variable order, with ISO 8601 dates in the ward's local time (SDTM keeps collected times without an offset).

Patients are named by the trial's subject id from the enrolment log (blinadesk.interop.enrolment), never by
the hospital MRN: SUBJID is the subject id and USUBJID is STUDYID-SITEID-SUBJID. Without a log, or with a
patient the log does not list, nothing is built (EnrolmentError). DM carries AGE but no birth date (BRTHDTC
is a permissible SDTM variable, and a birth date with the site identifies a patient), and no names.

- DM: one row per patient; RFSTDTC/RFXSTDTC = start of the first blinatumomab infusion, RFENDTC/RFXENDTC =
  end of the last one; AGE in years at RFSTDTC; ACTARMCD NOTTRT when nothing has been given yet.
- EX: one row per constant-rate period actually given (the cycle-1 step-up from 9 to 28 mcg/day is two rows;
  so is a restart after an interruption). EXDOSE in ug/day (the infusion rate), EXDOSFRM SOLUTION,
  EXROUTE INTRAVENOUS, EXADJ says why the rate changed (step-up, restart...), EXSPID = course.cycle.period.
  EXENDTC is empty for a period still running at export time.
- AE: AETERM and AEDECOD are the CTCAE term (CTCAE v5 terms are MedDRA lowest-level terms; the sponsor's
  coder assigns the MedDRA preferred term), AETOXGR the grade, AEACN mapped to CDISC terms from the action the
  ward wrote (the full text, e.g. the steroid given, goes to AEACNOTH).
- LB (not MB, not a custom domain): marrow blasts and MRD are quantitative laboratory measurements on a bone
  marrow specimen, which is what LB models (LBSPEC = BONE MARROW, LBMETHOD = FLOW CYTOMETRY/PCR/NGS), and the
  ANC and platelets of the same assessment are ordinary blood counts. MB is for microorganisms, and a custom
  domain would make every sponsor re-map it. Test codes BLASTLE, NEUT and PLAT are CDISC's; MRD has no CDISC
  LB test code, so MRD (sponsor-defined) is used and flagged in the README.
- RS: the response assessment of the same marrow (RSTESTCD OVRLRESP, e.g. CR, CRh*) and the MRD status
  (MRDSTAT, sponsor-defined), because a response is an evaluation, not a lab value.

Entries entered in error are left out: SDTM holds the corrected record.
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
from blinadesk.interop.record import PeriodGiven, format_number, is_active, local_iso, periods_given

DEFAULT_STUDY_ID = "BLINADESK"
DEFAULT_SITE_ID = "01"

DM_COLUMNS = ("STUDYID", "DOMAIN", "USUBJID", "SUBJID", "RFSTDTC", "RFENDTC", "RFXSTDTC", "RFXENDTC", "SITEID",
              "AGE", "AGEU", "SEX", "ARMCD", "ARM", "ACTARMCD", "ACTARM", "COUNTRY")
EX_COLUMNS = ("STUDYID", "DOMAIN", "USUBJID", "EXSEQ", "EXSPID", "EXTRT", "EXDOSE", "EXDOSU", "EXDOSFRM",
              "EXROUTE", "EXADJ", "EPOCH", "EXSTDTC", "EXENDTC", "EXSTDY", "EXENDY")
AE_COLUMNS = ("STUDYID", "DOMAIN", "USUBJID", "AESEQ", "AESPID", "AETERM", "AEDECOD", "AETOXGR", "AEACN",
              "AEACNOTH", "AEOUT", "AESTDTC", "AEENDTC", "AESTDY", "AEENDY")
LB_COLUMNS = ("STUDYID", "DOMAIN", "USUBJID", "LBSEQ", "LBTESTCD", "LBTEST", "LBCAT", "LBORRES", "LBORRESU",
              "LBSTRESC", "LBSTRESN", "LBSTRESU", "LBSPEC", "LBMETHOD", "LBDTC", "LBDY")
RS_COLUMNS = ("STUDYID", "DOMAIN", "USUBJID", "RSSEQ", "RSTESTCD", "RSTEST", "RSCAT", "RSORRES", "RSSTRESC",
              "RSDTC", "RSDY")
DOMAINS: dict[str, tuple[str, ...]] = {"DM": DM_COLUMNS, "EX": EX_COLUMNS, "AE": AE_COLUMNS, "LB": LB_COLUMNS,
                                       "RS": RS_COLUMNS}

_SEX = {"female": "F", "male": "M"}
_MRD_METHOD = {"flow": "FLOW CYTOMETRY", "pcr": "POLYMERASE CHAIN REACTION", "ngs": "NEXT GENERATION SEQUENCING"}


@dataclass(frozen=True)
class Study:
    study_id: str = DEFAULT_STUDY_ID
    site_id: str = DEFAULT_SITE_ID
    country: str = ""  # ISO 3166-1 alpha-3, e.g. RUS, DEU; empty when the exporter was not told

    def usubjid(self, subject_id: str) -> str:
        """USUBJID from the trial's subject id (never the hospital MRN)."""
        return f"{self.study_id}-{self.site_id}-{subject_id}"


def study_day(day: date, reference: date | None) -> str:
    """SDTM --DY: day 1 is the reference start day and there is no day 0."""
    if reference is None:
        return ""
    delta = (day - reference).days
    return str(delta + 1 if delta >= 0 else delta)


def action_taken(text: str | None) -> tuple[str, str]:
    """(AEACN, AEACNOTH) from the ward's free text, e.g. "interrupted; dexamethasone 8 mg every 8 hours"."""
    if not text or not text.strip():
        return "", ""
    lowered = text.strip().lower()
    if lowered.startswith(("interrupt", "withheld", "held")):
        acn = "DRUG INTERRUPTED"
    elif "discontinu" in lowered or "withdraw" in lowered or "stopped permanently" in lowered:
        acn = "DRUG WITHDRAWN"
    elif "reduc" in lowered:
        acn = "DOSE REDUCED"
    elif lowered.startswith(("none", "no change", "continued")):
        acn = "DOSE NOT CHANGED"
    else:
        acn = "UNKNOWN"
    _, _, rest = text.partition(";")
    return acn, rest.strip()


def _periods(patient: Mapping[str, Any], as_of: datetime) -> list[PeriodGiven]:
    return [g for g in periods_given(patient, as_of) if is_active(g.period) and is_active(g.cycle)
            and is_active(g.course)]


def sdtm_tables(document: Mapping[str, Any], *, as_of: datetime, zone: tzinfo, study: Study | None = None,
                enrolment: EnrolmentLog | None = None) -> dict[str, list[dict[str, str]]]:
    """The rows of each domain (keys from DOMAINS), for the active patients of the exchange document, named by
    their subject ids in `enrolment` (EnrolmentError without a log or with a patient it does not list)."""
    study = study or Study()
    subjects = require_log(enrolment, "SDTM").subject_ids(document["patients"])
    tables: dict[str, list[dict[str, str]]] = {name: [] for name in DOMAINS}
    for patient in sorted(document["patients"], key=lambda p: subjects.get(p["mrn"], "")):
        if not is_active(patient):
            continue
        subject_id = subjects[patient["mrn"]]
        usubjid = study.usubjid(subject_id)
        common = {"STUDYID": study.study_id, "USUBJID": usubjid}
        given = _periods(patient, as_of)
        first = given[0].starts_at if given else None
        ends = [g.ends_at for g in given if g.ends_at is not None]
        last = max(ends) if ends and all(g.ends_at is not None for g in given) else None
        ref_day = first.astimezone(zone).date() if first else None
        birth = date.fromisoformat(patient["birth_date"])
        treated = bool(given)
        tables["DM"].append({
            **common, "DOMAIN": "DM", "SUBJID": subject_id,
            "RFSTDTC": local_iso(first, zone) if first else "", "RFENDTC": local_iso(last, zone) if last else "",
            "RFXSTDTC": local_iso(first, zone) if first else "", "RFXENDTC": local_iso(last, zone) if last else "",
            "SITEID": study.site_id,
            "AGE": str(age_in_years(birth, ref_day)) if ref_day else "", "AGEU": "YEARS" if ref_day else "",
            "SEX": _SEX.get(patient.get("sex") or "", "U"),
            "ARMCD": "BLINA", "ARM": "Blinatumomab",
            "ACTARMCD": "BLINA" if treated else "NOTTRT", "ACTARM": "Blinatumomab" if treated else "Not Treated",
            "COUNTRY": study.country,
        })
        for seq, period in enumerate(given, start=1):
            reason = str(period.period["reason"])
            tables["EX"].append({
                **common, "DOMAIN": "EX", "EXSEQ": str(seq),
                "EXSPID": f"{period.cycle_ref.course}.{period.cycle_ref.cycle}.{period.index}",
                "EXTRT": "BLINATUMOMAB", "EXDOSE": format_number(period.rate_mcg_per_day, 2), "EXDOSU": "ug/day",
                "EXDOSFRM": "SOLUTION", "EXROUTE": "INTRAVENOUS",
                "EXADJ": "" if reason == "cycle start" else reason.upper(), "EPOCH": "TREATMENT",
                "EXSTDTC": local_iso(period.starts_at, zone),
                "EXENDTC": local_iso(period.ends_at, zone) if period.ends_at else "",
                "EXSTDY": study_day(period.starts_at.astimezone(zone).date(), ref_day),
                "EXENDY": study_day(period.ends_at.astimezone(zone).date(), ref_day) if period.ends_at else "",
            })
        events = [a for a in patient["adverse_events"] if is_active(a)]
        for seq, event in enumerate(events, start=1):
            acn, acn_other = action_taken(event.get("action_taken"))
            onset = date.fromisoformat(event["onset_on"])
            resolved = date.fromisoformat(event["resolved_on"]) if event.get("resolved_on") else None
            grade = int(event["grade"])
            outcome = "FATAL" if grade == 5 else "RECOVERED/RESOLVED" if resolved else "NOT RECOVERED/NOT RESOLVED"
            cycle = event.get("cycle") or {}
            tables["AE"].append({
                **common, "DOMAIN": "AE", "AESEQ": str(seq),
                "AESPID": f"{cycle['course']}.{cycle['cycle']}" if cycle else "",
                "AETERM": event["term"], "AEDECOD": event["term"], "AETOXGR": str(grade), "AEACN": acn,
                "AEACNOTH": acn_other, "AEOUT": outcome, "AESTDTC": event["onset_on"],
                "AEENDTC": event.get("resolved_on") or "", "AESTDY": study_day(onset, ref_day),
                "AEENDY": study_day(resolved, ref_day) if resolved else "",
            })
        lb_seq = rs_seq = 0
        for marrow in (m for m in patient["marrow_results"] if is_active(m)):
            sampled = marrow["sampled_on"]
            dy = study_day(date.fromisoformat(sampled), ref_day)

            method = _MRD_METHOD.get(marrow.get("mrd_method") or "", "")
            # (code, test, result, unit, standard result, standard unit, specimen, method)
            labs: list[tuple[str, str, float, str, float, str, str, str]] = []
            if marrow.get("blasts_pct") is not None:
                blasts = marrow["blasts_pct"]
                labs.append(("BLASTLE", "Blasts/Leukocytes", blasts, "%", blasts, "%", "BONE MARROW", ""))
            if marrow.get("mrd_fraction") is not None:
                mrd = marrow["mrd_fraction"]
                labs.append(("MRD", "Minimal Residual Disease", mrd, "FRACTION", mrd * 100.0, "%", "BONE MARROW",
                             method))
            if marrow.get("anc_per_ul") is not None:
                anc = marrow["anc_per_ul"]
                labs.append(("NEUT", "Neutrophils", anc, "/uL", anc / 1000.0, "10^9/L", "BLOOD", ""))
            if marrow.get("platelets_per_ul") is not None:
                platelets = marrow["platelets_per_ul"]
                labs.append(("PLAT", "Platelets", platelets, "/uL", platelets / 1000.0, "10^9/L", "BLOOD", ""))
            for code, test, result, unit, standard, standard_unit, specimen, lab_method in labs:
                lb_seq += 1
                tables["LB"].append({
                    **common, "DOMAIN": "LB", "LBSEQ": str(lb_seq), "LBTESTCD": code, "LBTEST": test,
                    "LBCAT": "HEMATOLOGY", "LBORRES": format_number(result), "LBORRESU": unit,
                    "LBSTRESC": format_number(standard), "LBSTRESN": format_number(standard),
                    "LBSTRESU": standard_unit, "LBSPEC": specimen, "LBMETHOD": lab_method, "LBDTC": sampled,
                    "LBDY": dy,
                })
            responses: Sequence[tuple[str, str, str | None]] = (
                ("OVRLRESP", "Overall Response", marrow.get("response_status")),
                ("MRDSTAT", "MRD Status", (marrow.get("mrd_status") or "").upper() or None))
            for code, test, value in responses:
                if not value:
                    continue
                rs_seq += 1
                tables["RS"].append({
                    **common, "DOMAIN": "RS", "RSSEQ": str(rs_seq), "RSTESTCD": code, "RSTEST": test,
                    "RSCAT": marrow.get("response_scale") or "", "RSORRES": value, "RSSTRESC": value.upper(),
                    "RSDTC": sampled, "RSDY": dy,
                })
    return tables


def write_sdtm(document: Mapping[str, Any], directory: Path, *, as_of: datetime, zone: tzinfo,
               study: Study | None = None, enrolment: EnrolmentLog | None = None) -> dict[str, int]:
    """Writes dm.csv, ex.csv, ae.csv, lb.csv and rs.csv into `directory`; returns the rows per domain.
    Every row is built before the folder is touched, so a refused enrolment writes nothing."""
    tables = sdtm_tables(document, as_of=as_of, zone=zone, study=study, enrolment=enrolment)
    directory.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with (directory / f"{name.lower()}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=DOMAINS[name])
            writer.writeheader()
            writer.writerows(rows)
    return {name: len(rows) for name, rows in tables.items()}


__all__ = ["DOMAINS", "Study", "action_taken", "sdtm_tables", "study_day", "write_sdtm"]
