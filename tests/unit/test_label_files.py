"""Label editions are data, validated completely on loading: a broken file stops the engine with the file
and key named, and never falls back to a default that would give a silently wrong dose."""

from __future__ import annotations

from pathlib import Path

import pytest

from blinadesk.domain.errors import LabelFileError
from blinadesk.domain.labels import load_catalogue, load_edition

from .helpers import LABELS_DIR, edited_copy

EXPECTED_EDITIONS = ("us-2014", "us-2018", "us-2024", "eu-smpc")


@pytest.mark.parametrize("path", sorted(LABELS_DIR.glob("*.toml")), ids=lambda p: p.stem)
def test_every_shipped_edition_file_loads(path: Path) -> None:
    edition = load_edition(path)
    assert edition.id == path.stem
    assert edition.indications
    assert edition.fact.source.strip()


@pytest.mark.parametrize("edition_id", EXPECTED_EDITIONS)
def test_expected_edition_is_in_the_catalogue(edition_id: str) -> None:
    if not (LABELS_DIR / f"{edition_id}.toml").is_file():
        pytest.skip(f"label edition {edition_id} is not written yet")
    assert edition_id in load_catalogue(LABELS_DIR).editions


def test_us_2024_is_present_and_is_the_default() -> None:
    catalogue = load_catalogue(LABELS_DIR)
    assert "us-2024" in catalogue.editions
    assert catalogue.default.id == "us-2024"
    assert catalogue.get(None).id == "us-2024"


def test_an_unmodified_copy_loads(tmp_path: Path) -> None:
    edited_copy(tmp_path)
    assert load_catalogue(tmp_path).default.id == "us-2024"


def test_an_empty_label_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LabelFileError, match="no label editions"):
        load_catalogue(tmp_path)


# Each broken copy of us-2024.toml: (old, new) and what the error message must name.
BROKEN = {
    "misspelt required key in a dose step": (
        ("days = [1, 7]\nfixed_mcg_per_day = 9", "days = [1, 7]\nfixed_mcg_per_dya = 9"),
        ["indications.rr.dose_steps[0].fixed_mcg_per_day", "missing"]),
    "misspelt optional key (a note)": (
        ('note = "or equivalent', 'nte = "or equivalent'), ["premedication[0]", "nte"]),
    "misspelt provisional flag would hide an unconfirmed fact": (
        ('provisional = true\nnote = "The consolidation', 'provisonal = true\nnote = "The consolidation'),
        ["indications.consolidation", "provisonal"]),
    "BSA cap above the fixed dose": (
        ("bsa_mcg_per_m2_per_day = 5\nbsa_cap_mcg_per_day = 9\nsource = \"[S1][S2] cycle 1 days 1-7",
         "bsa_mcg_per_m2_per_day = 5\nbsa_cap_mcg_per_day = 10\nsource = \"[S1][S2] cycle 1 days 1-7"),
        ["indications.rr.dose_steps[0].bsa_cap_mcg_per_day", "exceeds"]),
    "no dose for cycle 1 day 8": (
        ("days = [8, 28]", "days = [9, 28]"), ["indications.rr.dose_steps", "cycle 1 day 8", "0 doses"]),
    "two doses for cycle 1 day 7": (
        ("days = [8, 28]", "days = [7, 28]"), ["indications.rr.dose_steps", "cycle 1 day 7", "2 doses"]),
    "a dose step beyond day 28": (
        ('cycles = [2, 9]\ndays = [1, 28]', 'cycles = [2, 9]\ndays = [1, 29]'),
        ["indications.rr.dose_steps", "beyond day 28"]),
    "unknown premedication trigger": (
        ('when = ["cycle_start", "step_up", "restart_4h",', 'when = ["cycle_start", "step_up", "restart_2h",'),
        ["indications.rr.premedication[0].when", "restart_2h"]),
    "dose per m2 without its maximum": (
        ("dose_mg_per_m2 = 5\nmax_dose_mg = 20\nroute = \"IV\"\ntiming = \"before the dose\"\n"
         "when = [\"cycle_1_start\", \"step_up\"",
         "dose_mg_per_m2 = 5\nroute = \"IV\"\ntiming = \"before the dose\"\nwhen = [\"cycle_1_start\", \"step_up\""),
        ["indications.rr.premedication[1].max_dose_mg"]),
    "source key not in [sources]": (
        ('source = "[S3] hospitalise for the first 9 days', 'source = "[S99] hospitalise for the first 9 days'),
        ["indications.rr.hospitalisation[0].source", "S99"]),
    "wrong type: max_cycles as text": (
        ("max_cycles = 9", 'max_cycles = "9"'), ["indications.rr.max_cycles", "whole number"]),
    "wrong type: fixed dose as text": (
        ("days = [1, 7]\nfixed_mcg_per_day = 9", 'days = [1, 7]\nfixed_mcg_per_day = "9"'),
        ["indications.rr.dose_steps[0].fixed_mcg_per_day", "number"]),
    "negative dose": (
        ("days = [1, 7]\nfixed_mcg_per_day = 9", "days = [1, 7]\nfixed_mcg_per_day = -9"),
        ["indications.rr.dose_steps[0].fixed_mcg_per_day", "greater than 0"]),
    "id not matching the file name": (
        ('id = "us-2024"', 'id = "us-2025"'), ["edition.id", "us-2025", "us-2024"]),
    "unknown indication": (
        ("[indications.mrd]\n", "[indications.mrd_positive]\n"), ["mrd_positive"]),
    "unknown dosing mode formula": (
        ('bsa_formula = "mosteller"', 'bsa_formula = "mostelller"'), ["dosing.bsa_formula", "mostelller"]),
    "a phase beyond max_cycles": (
        ("max_cycles = 9", "max_cycles = 8"), ["indications.rr", "max_cycles"]),
    "a cycle without a phase": (
        ("phase = \"continued\"\ncycles = [6, 9]", "phase = \"continued\"\ncycles = [7, 9]"),
        ["indications.rr.phases", "cycle 6"]),
    "adult premedication missing": (
        ('population = "adult"\ndrug = "prednisone"', 'population = "child"\ndrug = "prednisone"'),
        ["indications.mrd.premedication", "adult"]),
    "missing [sources]": (("[sources]\n", "[sourcez]\n"), ["[sources]"]),
    "not valid TOML": (("max_cycles = 9", "max_cycles = = 9"), ["us-2024.toml", "TOML"]),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_label_file_is_refused_naming_the_key(name: str, tmp_path: Path) -> None:
    edit, must_name = BROKEN[name]
    edited_copy(tmp_path, edit)
    with pytest.raises(LabelFileError) as caught:
        load_catalogue(tmp_path)
    message = str(caught.value)
    for fragment in must_name:
        assert fragment in message, f"{name}: {fragment!r} not in {message!r}"


def test_source_key_check_covers_the_restart_step_up_counting_source(tmp_path: Path) -> None:
    edited_copy(tmp_path, ('counts_toward_cycle_days_source = "Not', 'counts_toward_cycle_days_source = "[S99] Not'))
    with pytest.raises(LabelFileError, match="S99"):
        load_catalogue(tmp_path)
