"""The label's dose-modification guidance for an adverse event: guidance only, a physician decides."""

from __future__ import annotations

from dataclasses import dataclass

from blinadesk.domain.errors import InvalidInput
from blinadesk.domain.labels import GUIDANCE_EVENTS, LabelEdition

GRADED_EVENTS = ("crs", "neurological", "other", "pancreatitis")


@dataclass(frozen=True)
class Guidance:
    label: str
    rule_id: str
    event: str
    action: str  # interrupt, withhold, discontinue, consider_discontinue, follow_grade
    restart_step_up: bool
    text: str
    discontinue: bool  # the label's own discontinuation condition is met by what was entered
    why: str
    source: str
    provisional: bool


def dose_modification_guidance(edition: LabelEdition, event: str, *, grade: int | None = None,
                               seizure_count: int | None = None, dosing_mode: str = "fixed",
                               resolution_days: int | None = None,
                               occurred_at_reduced_dose: bool = False) -> list[Guidance]:
    """The rules of `edition` that apply; an empty list means the label gives no modification for it."""
    if event not in GUIDANCE_EVENTS:
        raise InvalidInput.one("event", f"must be one of {', '.join(GUIDANCE_EVENTS)}, got {event!r}")
    if grade is not None and not 1 <= grade <= 5:
        raise InvalidInput.one("grade", f"must be between 1 and 5, got {grade}")
    # An event without its grade must not look like "the label gives no modification".
    if event in GRADED_EVENTS and grade is None:
        raise InvalidInput.one("grade", f"is required for a {event.replace('_', ' ')} event")
    if event == "seizure" and seizure_count is None:
        raise InvalidInput.one("seizure_count", "is required for a seizure event")
    if seizure_count is not None and seizure_count < 1:
        raise InvalidInput.one("seizure_count", f"must be 1 or more, got {seizure_count}")
    if resolution_days is not None and resolution_days < 0:
        raise InvalidInput.one("resolution_days", f"must be 0 or more, got {resolution_days}")
    if dosing_mode not in ("fixed", "bsa"):
        raise InvalidInput.one("dosing_mode", "must be fixed or bsa")
    found: list[Guidance] = []
    for rule in edition.dose_modification:
        if rule.event != event:
            continue
        if rule.min_seizures is not None:
            if seizure_count is None or seizure_count < rule.min_seizures:
                continue
        elif rule.min_grade is not None and rule.max_grade is not None and (
                grade is None or not rule.min_grade <= grade <= rule.max_grade):
            continue
        discontinue = rule.action == "discontinue"
        why = ""
        over = rule.discontinue_if_resolution_days_over
        if over is not None and resolution_days is not None and resolution_days > over:
            discontinue, why = True, f"took {resolution_days} days to resolve (more than {over})"
        elif rule.discontinue_if_at_reduced_dose and occurred_at_reduced_dose:
            discontinue, why = True, "happened at the reduced (step-up) dose"
        found.append(Guidance(edition.id, rule.id, event, rule.action, rule.restart_step_up and not discontinue,
                              rule.bsa_text if dosing_mode == "bsa" else rule.fixed_text, discontinue, why,
                              rule.fact.source, rule.fact.provisional))
    return found
