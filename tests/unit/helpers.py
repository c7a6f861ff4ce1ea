"""Shared helpers for the engine's unit tests: editions by id, and edited copies of a label file."""

from __future__ import annotations

from pathlib import Path

import pytest

from blinadesk.domain.labels import LabelEdition, default_catalogue, load_edition
from blinadesk.resources import resource_path

LABELS_DIR = resource_path("labels")
US_2024 = LABELS_DIR / "us-2024.toml"


def edition(edition_id: str) -> LabelEdition:
    """A shipped edition; skips the test while an expected edition file is still being written."""
    if not (LABELS_DIR / f"{edition_id}.toml").is_file():
        pytest.skip(f"label edition {edition_id} is not written yet")
    return default_catalogue().get(edition_id)


def edited_copy(directory: Path, *edits: tuple[str, str], source: Path = US_2024) -> Path:
    """Write a copy of a label file into `directory` under the same name, with each (old, new) edit applied
    once; `old` must occur in the file, so a test never passes because its edit silently did nothing."""
    text = source.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, f"the edit anchor {old!r} is not in {source.name}"
        text = text.replace(old, new, 1)
    path = directory / source.name
    path.write_text(text, encoding="utf-8")
    return path


def edited_edition(directory: Path, *edits: tuple[str, str]) -> LabelEdition:
    return load_edition(edited_copy(directory, *edits))


def bsa_dosed_adult_sized_edition(directory: Path) -> LabelEdition:
    """us-2024 with the fixed-dose limit raised to 100 kg, so that an adult-sized patient is dosed by BSA.

    Within the plausibility limits a patient under 45 kg has a BSA of at most ~1.77 m², so 15 mcg/m²
    never reaches the 28 mcg cap (nor 5 mcg/m² the 9 mcg cap); this edition lets a test reach the caps
    through the real dosing path."""
    return edited_edition(directory, ("fixed_dose_min_weight_kg = 45", "fixed_dose_min_weight_kg = 100"))
