"""`blinadesk calc KIND`: the headless calculation contract (../shared/contracts/calc.md).

Input: one JSON object or a list of them (from --input FILE or standard input). Output: JSON on standard
output. Bad input: exit status 2, nothing on standard output, one line per problem on standard error,
naming the field. Field names and output keys are a contract other tools depend on: keep them exact.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from blinadesk.domain.dosing import daily_dose
from blinadesk.domain.errors import InvalidInput, LabelFileError, Problem
from blinadesk.domain.grading import crs_grade, fever_grade, icans_grade
from blinadesk.domain.guidance import dose_modification_guidance
from blinadesk.domain.interruptions import assess_interruption
from blinadesk.domain.labels import LabelCatalogue, default_catalogue
from blinadesk.domain.limits import LIMITS, check_range
from blinadesk.domain.response import marrow_response
from blinadesk.domain.schedule import Schedule, plan_schedule

MISSING = object()
# Dates outside these are typing errors (and would run off the calendar when a schedule is planned).
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2200, 12, 31)


@dataclass(frozen=True)
class Field:
    kind: str  # number, int, bool, text, date, datetime, texts, object
    required: bool = True
    nullable: bool = False
    default: Any = None


def _check(name: str, spec: Field, value: Any) -> tuple[Any, str | None]:
    if value is None:
        return (None, None) if spec.nullable else (None, "must not be null")
    k = spec.kind
    if k in ("number", "int"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None, f"must be a number, got {json.dumps(value)}"
        try:
            finite = math.isfinite(value)
        except OverflowError:
            finite = False
        if not finite:
            return None, "must be a finite number of a sensible size"
        if k == "int":
            if isinstance(value, float) and not value.is_integer():
                return None, f"must be a whole number, got {value}"
            return int(value), None
        return float(value), None
    if k == "bool":
        return (value, None) if isinstance(value, bool) else (None, f"must be true or false, got {json.dumps(value)}")
    if k == "text":
        return (value, None) if isinstance(value, str) else (None, f"must be a text, got {json.dumps(value)}")
    if k in ("date", "datetime"):
        if not isinstance(value, str):
            return None, f"must be a {'date YYYY-MM-DD' if k == 'date' else 'date-time YYYY-MM-DDTHH:MM'}"
        try:
            parsed = date.fromisoformat(value) if k == "date" else datetime.fromisoformat(value)
            if not EARLIEST_DATE <= (parsed if k == "date" else parsed.date()) <= LATEST_DATE:
                return None, f"must be between {EARLIEST_DATE} and {LATEST_DATE}, got {value!r}"
            return parsed, None
        except ValueError:
            return None, f"must be a {'date YYYY-MM-DD' if k == 'date' else 'date-time YYYY-MM-DDTHH:MM'}, " \
                         f"got {value!r}"
    if k == "texts":
        if not isinstance(value, list):
            return None, "must be a list of texts"
        return value, None
    if k == "object":
        return (value, None) if isinstance(value, dict) else (None, "must be a JSON object")
    raise AssertionError(k)


def parse_fields(obj: Any, spec: dict[str, Field], prefix: str = "") -> tuple[dict[str, Any], list[Problem]]:
    problems: list[Problem] = []
    if not isinstance(obj, dict):
        return {}, [Problem(prefix.rstrip(".") or "input", "must be a JSON object")]
    values: dict[str, Any] = {}
    for name in obj:
        if name not in spec:
            problems.append(Problem(prefix + name, f"unknown field (expected: {', '.join(spec)})"))
    for name, field in spec.items():
        raw = obj.get(name, MISSING)
        if raw is MISSING:
            if field.required:
                problems.append(Problem(prefix + name, "is required"))
            values[name] = field.default
            continue
        value, error = _check(name, field, raw)
        if error:
            problems.append(Problem(prefix + name, error))
        values[name] = value
    return values, problems


def _r(value: float, places: int = 4) -> float:
    return round(value, places)


# ---------------------------------------------------------------------------------------------- kinds

DOSE = {"indication": Field("text"), "label": Field("text", required=False), "weight_kg": Field("number"),
        "height_cm": Field("number"), "cycle": Field("int"), "cycle_day": Field("int")}
SCHEDULE = {"indication": Field("text"), "label": Field("text", required=False), "weight_kg": Field("number"),
            "height_cm": Field("number"), "birth_date": Field("date"), "start_date": Field("date"),
            "cycles": Field("int")}
FEVER = {"temperature_c": Field("number"), "duration_hours": Field("number", required=False, nullable=True)}
CRS = {"temperature_c": Field("number", nullable=True), "fever_masked": Field("bool", required=False, default=False),
       "hypotension": Field("bool"), "vasopressors": Field("texts", required=False, default=[]),
       "oxygen": Field("object")}
OXYGEN = {"device": Field("text"), "flow_l_min": Field("number", required=False, nullable=True)}
ICANS = {"age_years": Field("number"), "ice_score": Field("int", required=False, nullable=True),
         "capd_score": Field("int", required=False, nullable=True), "consciousness": Field("text"),
         "seizure": Field("text"), "motor": Field("text"), "cerebral_edema": Field("text")}
RESPONSE = {"marrow_blasts_pct": Field("number"), "anc_per_ul": Field("number"), "platelets_per_ul": Field("number"),
            "extramedullary_disease": Field("bool", required=False, default=False),
            "mrd_fraction": Field("number", nullable=True)}
INTERRUPTION = {"indication": Field("text"), "label": Field("text", required=False), "weight_kg": Field("number"),
                "height_cm": Field("number"), "birth_date": Field("date"), "cycle": Field("int"),
                "infused_hours_before": Field("number"), "interruption_start": Field("datetime"),
                "interruption_end": Field("datetime"),
                "after_adverse_event": Field("bool", required=False, default=False)}
GUIDANCE = {"event": Field("text"), "label": Field("text", required=False),
            "grade": Field("int", required=False, nullable=True),
            "seizure_count": Field("int", required=False, nullable=True),
            "weight_kg": Field("number"), "resolution_days": Field("int", required=False, nullable=True),
            "occurred_at_reduced_dose": Field("bool", required=False, default=False)}


def calc_dose(v: dict[str, Any], labels: LabelCatalogue) -> dict[str, Any]:
    edition = labels.get(v["label"])
    d = daily_dose(edition, v["indication"], v["weight_kg"], v["height_cm"], v["cycle"], v["cycle_day"])
    out: dict[str, Any] = {"label": d.label, "mode": d.mode, "bsa_m2": _r(d.bsa_m2),
                           "dose_mcg_per_day": _r(d.dose_mcg_per_day), "capped": d.capped,
                           "derivation": d.derivation, "source": d.source}
    if d.provisional:
        out["provisional"] = True
    return out


def schedule_json(s: Schedule) -> dict[str, Any]:
    cycles = []
    for c in s.cycles:
        days = []
        for d in c.days:
            premed = d.premedications[0] if d.premedications else None
            days.append({
                "date": d.date.isoformat(), "cycle_day": d.cycle_day, "dose_mcg_per_day": _r(d.dose_mcg_per_day),
                "hospitalized": d.hospitalised,
                "premedication": {"drug": premed.drug, "dose_mg": _r(premed.dose_mg, 3)} if premed else None,
            })
        cycles.append({"number": c.number, "phase": c.phase, "start": c.start.isoformat(),
                       "infusion_end": c.infusion_end.isoformat(), "next_start": c.next_start.isoformat(),
                       "days": days})
    # Premedication beyond the one per day the contract carries (e.g. the EU two-step dexamethasone).
    more = [f"cycle {c.number} day {d.cycle_day}: also {p.describe()}" for c in s.cycles for d in c.days
            for p in d.premedications[1:]]
    out: dict[str, Any] = {"label": s.label, "indication": s.indication, "mode": s.mode, "bsa_m2": _r(s.bsa_m2),
                           "cycles": cycles, "notes": [*s.notes, *more]}
    if s.provisional:
        out["provisional"] = list(s.provisional)
    return out


def calc_schedule(v: dict[str, Any], labels: LabelCatalogue) -> dict[str, Any]:
    edition = labels.get(v["label"])
    return schedule_json(plan_schedule(edition, v["indication"], v["weight_kg"], v["height_cm"], v["birth_date"],
                                       v["start_date"], v["cycles"]))


def calc_fever(v: dict[str, Any], labels: LabelCatalogue) -> dict[str, Any]:
    g = fever_grade(v["temperature_c"], v["duration_hours"])
    return {"scale": g.scale, "grade": g.grade, "reason": g.reason}


def calc_crs(v: dict[str, Any], labels: LabelCatalogue) -> dict[str, Any]:
    oxygen = v["oxygen"]
    g = crs_grade(v["temperature_c"], v["fever_masked"], v["hypotension"], v["vasopressors"], oxygen["device"],
                  oxygen["flow_l_min"])
    return {"scale": g.scale, "grade": g.grade, "reason": g.reason}


def calc_icans(v: dict[str, Any], labels: LabelCatalogue, raw: dict[str, Any]) -> dict[str, Any]:
    g = icans_grade(v["age_years"], v["consciousness"], v["seizure"], v["motor"], v["cerebral_edema"],
                    v["ice_score"], v["capd_score"], ice_given="ice_score" in raw, capd_given="capd_score" in raw)
    out: dict[str, Any] = {"scale": g.scale, "grade": g.grade, "reason": g.reason}
    if g.provisional:
        out["provisional"] = True
    return out


def calc_response(v: dict[str, Any], labels: LabelCatalogue) -> dict[str, Any]:
    r = marrow_response(v["marrow_blasts_pct"], v["anc_per_ul"], v["platelets_per_ul"], v["extramedullary_disease"],
                        v["mrd_fraction"])
    out: dict[str, Any] = {"scale": r.scale, "status": r.status, "m_status": r.m_status, "mrd_status": r.mrd_status,
                           "mrd_at_or_above_1e-3": r.mrd_at_or_above_indication, "reason": r.reason}
    if r.provisional:
        out["provisional"] = True
    return out


def calc_interruption(v: dict[str, Any], labels: LabelCatalogue) -> dict[str, Any]:
    edition = labels.get(v["label"])
    r = assess_interruption(edition, v["indication"], weight_kg=v["weight_kg"], height_cm=v["height_cm"],
                            birth_date=v["birth_date"], cycle=v["cycle"],
                            infused_hours_before=v["infused_hours_before"],
                            interruption_start=v["interruption_start"], interruption_end=v["interruption_end"],
                            after_adverse_event=v["after_adverse_event"])
    return {
        "label": r.label, "duration_hours": _r(r.duration_hours, 3), "same_cycle": r.same_cycle, "cycle": r.cycle,
        "cycles_exhausted": r.cycles_exhausted, "remaining_infusion_hours": _r(r.remaining_infusion_hours, 3),
        "infusion_end": r.infusion_end.isoformat() if r.infusion_end else None,
        "supervision_due": r.supervision_due,
        "premedication": [{"at": e.at.isoformat(), "why": e.why,
                           "items": [{"drug": p.drug, "dose_mg": _r(p.dose_mg, 3)} for p in e.premedications]}
                          for e in r.premedication],
        "dose_periods": [{"starts_at": p.starts_at.isoformat(), "ends_at": p.ends_at.isoformat(),
                          "dose_mcg_per_day": _r(p.dose_mcg_per_day), "reason": p.reason} for p in r.dose_periods],
        "reasons": list(r.reasons), "provisional": list(r.provisional),
    }


def calc_guidance(v: dict[str, Any], labels: LabelCatalogue) -> dict[str, Any]:
    edition = labels.get(v["label"])
    check_range("weight_kg", v["weight_kg"])
    mode = "fixed" if v["weight_kg"] >= edition.fixed_dose_min_weight_kg else "bsa"
    found = dose_modification_guidance(edition, v["event"], grade=v["grade"], seizure_count=v["seizure_count"],
                                       dosing_mode=mode, resolution_days=v["resolution_days"],
                                       occurred_at_reduced_dose=v["occurred_at_reduced_dose"])
    return {"label": edition.id, "guidance": [
        {"rule": g.rule_id, "action": g.action, "discontinue": g.discontinue, "restart_step_up": g.restart_step_up,
         "text": g.text, "why": g.why, "source": g.source, "provisional": g.provisional} for g in found],
        "note": "Guidance from the label only: the treating physician decides."}


def labels_json(labels: LabelCatalogue) -> list[dict[str, Any]]:
    default = labels.default.id
    return [{"label": e.id, "title": e.title, "region": e.region, "effective": e.effective.isoformat(),
             "source": e.fact.source, "default": e.id == default,
             "indications": {code: {"name": ind.name, "max_cycles": ind.max_cycles, "provisional": ind.fact.provisional}
                             for code, ind in e.indications.items()},
             "provisional": e.provisional_facts()} for e in labels]


KINDS: dict[str, tuple[dict[str, Field], Callable[..., dict[str, Any]]]] = {
    "dose": (DOSE, calc_dose), "schedule": (SCHEDULE, calc_schedule), "fever": (FEVER, calc_fever),
    "crs": (CRS, calc_crs), "icans": (ICANS, calc_icans), "response": (RESPONSE, calc_response),
    "interruption": (INTERRUPTION, calc_interruption), "guidance": (GUIDANCE, calc_guidance),
}
def calculate(kind: str, obj: Any, labels: LabelCatalogue) -> tuple[dict[str, Any] | None, list[Problem]]:
    spec, func = KINDS[kind]
    values, problems = parse_fields(obj, spec)
    if kind == "crs" and isinstance(values.get("oxygen"), dict):
        values["oxygen"], more = parse_fields(values["oxygen"], OXYGEN, "oxygen.")
        problems.extend(more)
    # Every value outside its plausibility limits is reported at once, not only the first.
    for name, value in values.items():
        if name in LIMITS and isinstance(value, int | float) and not isinstance(value, bool):
            try:
                check_range(name, value)
            except InvalidInput as exc:
                problems.extend(p for p in exc.problems if p not in problems)
    if problems:
        return None, problems
    try:
        if kind == "icans":
            return calc_icans(values, labels, obj), []
        return func(values, labels), []
    except InvalidInput as exc:
        return None, exc.problems


def run(args: argparse.Namespace) -> int:
    kind: str = args.kind
    prefix = f"blinadesk: calc {kind}: "
    try:
        labels = default_catalogue()
    except LabelFileError as exc:
        print(f"blinadesk: calc: label editions cannot be used: {exc}", file=sys.stderr)
        return 2
    if kind == "labels":
        json.dump(labels_json(labels), sys.stdout, indent=1, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    try:
        # utf-8-sig: a file saved by Windows Notepad starts with a byte-order mark.
        text = Path(args.input).read_text(encoding="utf-8-sig") if args.input else sys.stdin.read().lstrip("\ufeff")
    except OSError as exc:
        print(f"{prefix}input: cannot read {args.input}: {exc.strerror}", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"{prefix}input: not UTF-8 text", file=sys.stderr)
        return 2
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        print(f"{prefix}input: not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", file=sys.stderr)
        return 2
    single = not isinstance(document, list)
    items = [document] if single else document
    results: list[dict[str, Any]] = []
    problems: list[str] = []
    for index, item in enumerate(items):
        result, found = calculate(kind, item, labels)
        where = "" if single else f"[{index}]."
        problems.extend(f"{prefix}{where}{p}" for p in found)
        if result is not None:
            results.append(result)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    json.dump(results[0] if single else results, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "calc", help="headless calculations (dose, schedule, grades, response)",
        description="Headless calculation contract: JSON in, JSON out. Kinds: labels, "
                    + ", ".join(KINDS) + ".")
    parser.add_argument("kind", choices=["labels", *KINDS], metavar="KIND",
                        help="labels, " + ", ".join(KINDS))
    parser.add_argument("--input", metavar="FILE", help="JSON file (default: standard input)")
    parser.set_defaults(func=run)
