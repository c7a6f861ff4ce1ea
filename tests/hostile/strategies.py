"""Hypothesis strategies for hostile input: wrong types, huge and negative numbers, NaN and infinities,
empty, enormous, control-character and right-to-left strings, dates at the ends of the calendar."""

from __future__ import annotations

import dataclasses
import typing
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

NASTY_TEXT = (
    "", " ", "\t\n", "\x00", "\x1b[31mred", "a" * 100_000, "\u202eevil\u202c", "Robert'); DROP TABLE patients;--",
    "%_\\", "🩸" * 500, "ё", "İ", "ß", "\ud7ff", "nurse\x00admin", "0", "-1", "NaN", "1e999", "null", "{}",
)
NASTY_NUMBERS = (0, -1, 1, 2**31, -(2**31), 2**63, -(2**63), 2**64, 10**30, float("nan"), float("inf"),
                 -float("inf"), 1e308, -1e308, 5e-324, -0.0, 0.1, 1e-15)
FAR_DATES = (date.min, date.max, date(1, 1, 2), date(9999, 12, 30), date(1900, 1, 1), date(2200, 12, 31))
FAR_MOMENTS = (datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC), datetime.min, datetime.max,
               datetime(1970, 1, 1, tzinfo=UTC), datetime(2026, 3, 10, 12, tzinfo=timezone(timedelta(hours=14))),
               datetime(2026, 3, 10, 12, tzinfo=timezone(timedelta(hours=-12))))

hostile: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.sampled_from(NASTY_NUMBERS),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(NASTY_TEXT),
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=10),
    st.sampled_from(FAR_DATES),
    st.dates(),
    st.sampled_from(FAR_MOMENTS),
    st.datetimes(),  # naive: the ward's local time
    st.datetimes(timezones=st.just(UTC)),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.binary(max_size=8),
    st.decimals(allow_nan=True),
    st.just(object()),
)

_VOCABULARY: dict[str, tuple[str, ...]] = {
    "indication": ("rr", "mrd", "consolidation"),
    "label_edition": ("us-2024", "us-2018", "eu-smpc", "us-2014"),
    "sex": ("male", "female"),
    "cd19_status": ("positive", "negative"),
    "ph_status": ("positive", "negative"),
    "mrd_method": ("flow", "pcr", "ngs"),
    "kind": ("progression", "relapse", "death"),
    "donor_type": ("haploidentical", "matched sibling", "matched unrelated"),
    "role": ("nurse", "physician", "pharmacist", "administrator"),
    "table": ("daily_observations", "body_measurements", "infusion_bags", "adverse_events", "marrow_results",
              "patients", "cycles", "users", "audit_entries", "outcomes", "transplants", "decisions"),
    "route": ("IV", "PO"),
    "drug": ("dexamethasone", "paracetamol"),
    "term": ("Cytokine release syndrome", "Tremor", "Seizure", "Fever"),
    "ctcae_version": ("5.0", "4.03"),
    "oxygen_device": ("none", "nasal cannula", "high-flow", "mask"),
    "username": ("nurse", "physician", "admin", "pharmacist", "ghost"),
}


def plausible(name: str, annotation: Any, ids: dict[str, list[int]]) -> st.SearchStrategy[Any]:
    """Values a form could send for a parameter called `name`: what reaches the deeper checks."""
    text = str(annotation)
    if name in _VOCABULARY:
        return st.sampled_from(_VOCABULARY[name])
    for suffix, key in (("patient_id", "patient"), ("cycle_id", "cycle"), ("course_id", "course"),
                        ("bag_id", "bag"), ("entry_id", "observation")):
        if name.endswith(suffix):
            return st.one_of(st.sampled_from(ids[key]), st.integers(-3, 50))
    if "datetime" in text or name.endswith(("_at", "now")):
        return st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 6, 1), timezones=st.just(UTC))
    if "date" in text or name.endswith(("_on", "_date")) or name == "on":
        return st.dates(min_value=date(1920, 1, 1), max_value=date(2026, 6, 1))
    if "bool" in text:
        return st.booleans()
    if "float" in text:
        return st.floats(min_value=0, max_value=500)
    if "int" in text:
        return st.integers(min_value=0, max_value=100)
    if "tuple" in text:
        return st.just(())
    if "Mapping" in text or "dict" in text:
        return st.dictionaries(st.sampled_from(("temperature_c", "weight_kg", "lot", "term", "grade", "notes",
                                                "id", "version", "created_by")), hostile, max_size=3)
    return st.text(max_size=30)


def value_for(name: str, annotation: Any, ids: dict[str, list[int]]) -> st.SearchStrategy[Any]:
    if isinstance(annotation, type) and dataclasses.is_dataclass(annotation):
        return entry_of(annotation, ids)
    return st.one_of(plausible(name, annotation, ids), hostile)


def entry_of(cls: type, ids: dict[str, list[int]]) -> st.SearchStrategy[Any]:
    """A request dataclass (ObservationEntry, BagEntry...) with every field plausible or hostile."""
    hints = typing.get_type_hints(cls)
    fields = {f.name: value_for(f.name, hints[f.name], ids) for f in dataclasses.fields(cls)}
    return st.builds(cls, **fields)


__all__ = ["Decimal", "entry_of", "hostile", "plausible", "value_for"]
