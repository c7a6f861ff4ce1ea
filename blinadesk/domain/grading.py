"""Grades derived from raw bedside observations: CTCAE fever, ASTCT 2019 CRS and ICANS, CTCAE
neurological terms. Every grade comes with its scale and one sentence a clinician can check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.limits import check_range
from blinadesk.domain.scales import Scales, default_scales

CONSCIOUSNESS = ("awake", "wakes_to_voice", "wakes_to_touch", "unarousable")
SEIZURE = ("none", "brief", "prolonged")
MOTOR = ("none", "deep_focal_weakness")
CEREBRAL_EDEMA = ("none", "focal", "diffuse")
# Aliases staff type for the same drug; the scale's list holds the canonical names.
VASOPRESSOR_ALIASES = {"noradrenaline": "norepinephrine", "adrenaline": "epinephrine", "adh": "vasopressin"}


@dataclass(frozen=True)
class Grade:
    scale: str
    grade: int
    reason: str
    provisional: bool = False


def _choice(field: str, value: str, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise InvalidInput.one(field, f"must be one of {', '.join(allowed)}, got {value!r}")
    return value


# ---------------------------------------------------------------------------------------------- fever


def fever_grade(temperature_c: float, duration_hours: float | None = None, scales: Scales | None = None) -> Grade:
    scale = (scales or default_scales()).fever
    check_range("temperature_c", temperature_c)
    if duration_hours is not None:
        check_range("duration_hours", duration_hours)
    t = temperature_c
    if t < scale.grade1_min_c:
        return Grade(scale.version, 0, f"{t:g} °C is below {scale.grade1_min_c:.1f} °C: no fever")
    if t <= scale.grade2_above_c:
        return Grade(scale.version, 1, f"{t:g} °C is within {scale.grade1_min_c:.1f}-{scale.grade2_above_c:.1f} °C")
    if t <= scale.grade3_above_c:
        return Grade(scale.version, 2, f"{t:g} °C is above {scale.grade2_above_c:.1f} and at most "
                                       f"{scale.grade3_above_c:.1f} °C")
    limit = scale.grade4_after_hours
    if duration_hours is None:
        return Grade(scale.version, 3, f"{t:g} °C is above {scale.grade3_above_c:.1f} °C; duration not given, "
                                       f"grade 4 if it lasts more than {limit:g} h")
    if duration_hours > limit:
        return Grade(scale.version, 4, f"{t:g} °C above {scale.grade3_above_c:.1f} °C for {duration_hours:g} h "
                                       f"(more than {limit:g} h)")
    return Grade(scale.version, 3, f"{t:g} °C above {scale.grade3_above_c:.1f} °C for {duration_hours:g} h "
                                   f"({limit:g} h or less)")


# ---------------------------------------------------------------------------------------------- CRS


def normalise_vasopressors(names: Sequence[str], scales: Scales | None = None) -> tuple[str, ...]:
    known = (scales or default_scales()).crs.vasopressors
    found: list[str] = []
    for i, raw in enumerate(names):
        if not isinstance(raw, str):
            raise InvalidInput.one(f"vasopressors[{i}]", "must be a drug name")
        name = VASOPRESSOR_ALIASES.get(raw.strip().lower(), raw.strip().lower())
        if name not in known:
            raise InvalidInput.one(f"vasopressors[{i}]", f"unknown vasopressor {raw!r} (known: {', '.join(known)})")
        if name not in found:
            found.append(name)
    return tuple(found)


def crs_grade(temperature_c: float | None, fever_masked: bool, hypotension: bool, vasopressors: Sequence[str],
              oxygen_device: str, oxygen_flow_l_min: float | None, scales: Scales | None = None) -> Grade:
    scale = (scales or default_scales()).crs
    if temperature_c is not None:
        check_range("temperature_c", temperature_c)
    _choice("oxygen.device", oxygen_device, scale.devices)
    if oxygen_device == "nasal_cannula" and oxygen_flow_l_min is None:
        # Without the flow a cannula cannot be told low-flow (grade 2) from high-flow (grade 3).
        raise InvalidInput.one("oxygen.flow_l_min", f"is required for a nasal cannula (up to "
                                                    f"{scale.low_flow_max_l_min:g} L/min is low flow)")
    if oxygen_flow_l_min is not None:
        check_range("oxygen.flow_l_min", oxygen_flow_l_min, "flow_l_min")
        if oxygen_device == "none" and oxygen_flow_l_min > 0:
            raise InvalidInput.one("oxygen.flow_l_min", "a flow is given but the device is 'none'")
    pressors = normalise_vasopressors(vasopressors, scales)

    # Hypotension domain.
    counted = [p for p in pressors if p not in scale.not_counted_as_additional]
    if len(counted) >= 2:
        hypo, hypo_why = 4, f"several vasopressors ({', '.join(counted)}; vasopressin not counted)"
    elif pressors:
        hypo, hypo_why = 3, f"one vasopressor ({', '.join(pressors)})"
    elif hypotension:
        hypo, hypo_why = 2, "hypotension not needing vasopressors"
    else:
        hypo, hypo_why = 0, ""

    # Hypoxia domain.
    flow = oxygen_flow_l_min
    device = oxygen_device.replace("_", " ")
    if oxygen_device in scale.positive_pressure_devices:
        oxy, oxy_why = 4, f"positive-pressure support ({device})"
    elif oxygen_device in scale.high_flow_devices:
        oxy, oxy_why = 3, f"{device} oxygen"
    elif oxygen_device == "nasal_cannula" and flow is not None and flow > scale.low_flow_max_l_min:
        oxy, oxy_why = 3, f"nasal cannula at {flow:g} L/min (high flow, above {scale.low_flow_max_l_min:g})"
    elif oxygen_device in scale.low_flow_devices:
        at = f" at {flow:g} L/min" if flow is not None else ""
        oxy, oxy_why = 2, f"low-flow oxygen ({device}{at})"
    else:
        oxy, oxy_why = 0, ""

    febrile = temperature_c is not None and temperature_c >= scale.fever_min_c
    fever_text = (f"fever {temperature_c:g} °C" if febrile and temperature_c is not None
                  else "fever masked by antipyretic or anti-cytokine therapy")
    if not febrile and not fever_masked:
        why = "no fever of 38.0 °C or more and no antipyretic or anti-cytokine therapy: CRS criteria not met"
        if hypo or oxy:
            why += "; look for another cause of the hypotension or hypoxia"
        return Grade(scale.name, 0, why)
    grade = max(hypo, oxy, 1 if febrile else 0)
    if grade == 0:
        return Grade(scale.name, 0, "fever masked by therapy, no hypotension and no oxygen need")
    if grade == 1:
        return Grade(scale.name, 1, f"{fever_text}, no hypotension and no oxygen need")
    parts = [p for g, p in ((hypo, hypo_why), (oxy, oxy_why)) if g == grade]
    return Grade(scale.name, grade, f"{fever_text} with {' and '.join(parts)}")


# ---------------------------------------------------------------------------------------------- ICANS


def _whole_in(value: object, maximum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= maximum


def uses_capd(age_years: float, scales: Scales | None = None) -> bool:
    return age_years < (scales or default_scales()).icans.capd_below_age_years


def capd_item_points(answers: Sequence[int], scales: Scales | None = None) -> int:
    """CAPD total from the eight answers as entered (0 = never ... 4 = always); the first items are
    reverse-scored, as the scale file says (provisional)."""
    icans = (scales or default_scales()).icans
    if len(answers) != len(icans.capd_items):
        raise InvalidInput.one("capd_items", f"needs {len(icans.capd_items)} answers, got {len(answers)}")
    total = 0
    for i, answer in enumerate(answers):
        if not 0 <= answer <= icans.capd_item_max:
            raise InvalidInput.one(f"capd_items[{i}]", f"must be between 0 and {icans.capd_item_max}, got {answer}")
        total += icans.capd_item_max - answer if i < icans.capd_reverse_scored_items else answer
    return total


def icans_grade(age_years: float, consciousness: str, seizure: str, motor: str, cerebral_edema: str,
                ice_score: int | None = None, capd_score: int | None = None, *, ice_given: bool = True,
                capd_given: bool = False, scales: Scales | None = None) -> Grade:
    """ASTCT 2019 ICANS. `ice_given`/`capd_given` say which tool the caller used (a null score means the
    assessment could not be done, which is not the same as not done)."""
    sc = scales or default_scales()
    icans = sc.icans
    check_range("age_years", age_years)
    _choice("consciousness", consciousness, CONSCIOUSNESS)
    _choice("seizure", seizure, SEIZURE)
    _choice("motor", motor, MOTOR)
    _choice("cerebral_edema", cerebral_edema, CEREBRAL_EDEMA)
    if ice_given and capd_given:
        raise InvalidInput.one("capd_score", "give either ice_score or capd_score, not both")
    if not ice_given and not capd_given:
        raise InvalidInput.one("ice_score", "is required (or capd_score for a young child); null when it cannot "
                                            "be done")
    child = age_years < icans.capd_below_age_years
    if ice_given and child:
        raise InvalidInput.one("ice_score", f"children under {icans.capd_below_age_years:g} years are assessed "
                                            "with CAPD: give capd_score")
    use_capd = capd_given
    domains: list[tuple[int, str]] = []
    if use_capd:
        scale_name = icans.capd_name
        provisional = icans.capd_age_fact.provisional or icans.capd_scoring_fact.provisional
        if capd_score is None:
            domains.append((4, "CAPD could not be done"))
        else:
            if not _whole_in(capd_score, icans.capd_max):
                raise InvalidInput.one("capd_score", f"must be a whole number 0 to {icans.capd_max}, "
                                                     f"got {capd_score!r}")
            if capd_score >= icans.capd_delirium_min:
                domains.append((3, f"CAPD {capd_score} (delirium: {icans.capd_delirium_min} or more)"))
            elif capd_score >= 1:
                # CAPD 1-8 is grade 1 when awake, grade 2 when the child wakes only to voice.
                domains.append((1, f"CAPD {capd_score} (1-{icans.capd_delirium_min - 1})"))
    else:
        scale_name = icans.ice_name
        # Sources disagree whether CAPD is for children under 12 or up to 12: in that year the choice of
        # tool rests on the provisional cut-off.
        provisional = icans.capd_age_fact.provisional and age_years < icans.capd_below_age_years + 1
        if ice_score is None:
            if consciousness != "unarousable":
                domains.append((3, "ICE could not be done while arousable (scored as ICE 0)"))
        else:
            if not _whole_in(ice_score, len(icans.ice_items)):
                raise InvalidInput.one("ice_score", f"must be a whole number 0 to {len(icans.ice_items)}, "
                                                    f"got {ice_score!r}")
            if ice_score >= len(icans.ice_items):
                pass
            elif ice_score >= icans.ice_grade1_min:
                domains.append((1, f"ICE {ice_score}"))
            elif ice_score >= icans.ice_grade2_min:
                domains.append((2, f"ICE {ice_score}"))
            elif consciousness != "unarousable":
                domains.append((3, f"ICE {ice_score}"))
    level = {"awake": 0, "wakes_to_voice": 2, "wakes_to_touch": 3, "unarousable": 4}[consciousness]
    if level:
        domains.append((level, consciousness.replace("_", " ")))
    if seizure == "brief":
        domains.append((3, "a seizure that resolved rapidly"))
    elif seizure == "prolonged":
        domains.append((4, "a prolonged or repetitive seizure"))
    if motor == "deep_focal_weakness":
        domains.append((4, "deep focal motor weakness"))
    if cerebral_edema == "focal":
        domains.append((3, "focal oedema on imaging"))
    elif cerebral_edema == "diffuse":
        domains.append((4, "diffuse cerebral oedema"))
    grade = max((g for g, _ in domains), default=0)
    if grade == 0:
        tool = "CAPD 0" if use_capd else f"ICE {ice_score}"
        return Grade(scale_name, 0, f"{tool}, awake, no seizure, motor finding or oedema: no ICANS", provisional)
    worst = [why for g, why in domains if g == grade]
    return Grade(scale_name, grade, f"worst domain: {'; '.join(worst)}", provisional)


# ---------------------------------------------------------------------------------------------- CTCAE terms


def ctcae_term_grade(term: str, grade: int, scales: Scales | None = None) -> Grade:
    """Check a CTCAE neurological grade entered by staff and return it with the version and its wording."""
    terms = (scales or default_scales()).neuro_terms
    if term not in terms:
        raise InvalidInput.one("term", f"must be one of {', '.join(terms)}, got {term!r}")
    entry = terms[term]
    if not 1 <= grade <= len(entry.grades):
        raise InvalidInput.one("grade", f"{term} has grades 1 to {len(entry.grades)} in {entry.version}, got {grade}")
    return Grade(entry.version, grade, f"{term} grade {grade}: {entry.grades[grade - 1]}", entry.fact.provisional)
