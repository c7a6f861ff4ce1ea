"""Premedication reads in the nurse's language: every drug, route, timing and note the label editions use is
known to the screens, and English stays exactly what the engine writes."""

from __future__ import annotations

import tomllib
from pathlib import Path

from blinadesk.domain.labels import default_catalogue
from blinadesk.domain.schedule import premedications_for
from blinadesk.gui.i18n import install_language
from blinadesk.gui.widgets.ward_words import premedication_of, premedication_text, premedication_words
from blinadesk.resources import resource_path


def edition_texts() -> set[str]:
    """Every drug, route, timing and note of a premedication in the shipped label editions."""
    texts: set[str] = set()
    for path in Path(resource_path("labels")).glob("*.toml"):
        with path.open("rb") as handle:
            edition = tomllib.load(handle)
        for indication in edition.get("indications", {}).values():
            for rule in indication.get("premedication", []):
                texts.update(rule[key] for key in ("drug", "route", "timing", "note") if rule.get(key))
    return texts


def test_every_premedication_text_of_every_edition_has_its_translation() -> None:
    texts = edition_texts()
    assert {"dexamethasone", "IV", "1 hour before"} <= texts  # the editions were read
    assert texts - premedication_words() == set()


def test_russian_premedication(russian: None) -> None:
    assert premedication_text("dexamethasone", 20, "IV", "1 hour before") == \
        "дексаметазон 20 мг в/в, за 1 ч до введения"
    assert premedication_text("dexamethasone", 5.65, "IV", "before the dose") == \
        "дексаметазон 5,65 мг в/в, перед введением дозы"
    assert premedication_text("prednisone", 100, "PO or IV", "within 1 hour before",
                              "or equivalent, e.g. dexamethasone 16 mg") == \
        "преднизон 100 мг внутрь или в/в, в течение 1 ч до введения (или эквивалент, например дексаметазон 16 мг)"
    # A word a future edition adds is shown as written, never dropped.
    assert premedication_text("hydrocortisone", 50, "IV", "1 hour before") == \
        "hydrocortisone 50 мг в/в, за 1 ч до введения"


def test_english_is_what_the_engine_writes(qapp: object) -> None:
    install_language("en")
    checked = 0
    for edition in default_catalogue():
        for indication in edition.indications.values():
            for population, bsa in (("adult", 1.9), ("child", 1.13)):
                for due in premedications_for(indication, {"cycle_start", "cycle_1_start"}, population, bsa):
                    assert premedication_of(due) == due.describe()
                    checked += 1
    assert checked > 5


def label_safety_texts() -> set[str]:
    """The never-flush warning, the pump and every bag diluent of the shipped label editions."""
    texts: set[str] = set()
    for path in Path(resource_path("labels")).glob("*.toml"):
        with path.open("rb") as handle:
            edition = tomllib.load(handle)
        infusion = edition.get("infusion", {})
        texts.update(infusion[key] for key in ("never_flush", "pump") if infusion.get(key))
        texts.update(bag["diluent"] for bag in edition.get("bags", []) if bag.get("diluent"))
    return texts


def test_every_label_safety_text_has_its_translation() -> None:
    # Found in a Russian walk-through: «НИКОГДА НЕ ПРОМЫВАЙТЕ ЛИНИЮ — Never flush the infusion line…», the
    # pump and the diluents in English on the chart and in the bag dialog.
    from blinadesk.gui.widgets.ward_words import label_texts

    texts = label_safety_texts()
    assert any("flush" in t for t in texts) and any("sodium chloride" in t for t in texts)
    assert texts - label_texts() == set()


def test_the_never_flush_warning_reads_in_russian(russian: None) -> None:
    from blinadesk.gui.widgets.ward_words import label_text

    edition = next(iter(default_catalogue()))
    assert label_text(edition.never_flush).startswith("Никогда не промывайте")
    assert label_text("a text a future edition adds") == "a text a future edition adds"
