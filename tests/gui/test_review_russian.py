"""The review and cohort screens in Russian: the label's dose-modification guidance and what it rests on, the
cohort's status line and its consistency findings. The label editions are data in English: every guidance text of
every shipped edition is listed for translation, each Russian text keeps every number of its English one, and a text
a future edition adds or rewords is shown as the edition wrote it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import (
    GUIDANCE_TEXTS,
    cohort_filter_text,
    guidance_text,
    translate_finding,
    translate_message,
)
from blinadesk.resources import resource_path
from blinadesk.services.ward import Ward

from .shell_support import on_sqlite, settle
from .test_review_screens import PHYSICIAN, demo_record_template, open_review, ward

__all__ = ["demo_record_template", "ward"]  # the demo ward's fixtures, shared with test_review_screens


def edition_guidance_texts() -> set[str]:
    texts: set[str] = set()
    for path in Path(resource_path("labels")).glob("*.toml"):
        with path.open("rb") as handle:
            edition = tomllib.load(handle)
        for rule in edition.get("dose_modification", {}).get("rules", []):
            texts.update(rule[key] for key in ("fixed_text", "bsa_text") if rule.get(key))
    return texts


def numbers(text: str) -> list[str]:
    """The numbers of a guidance text, in any order ("mg/m2" is a unit, not a 2)."""
    return sorted(re.findall(r"\d+(?:\.\d+)?", text.replace("m2", "m²").replace("м²", "m²")))


def test_every_guidance_text_of_every_edition_is_listed() -> None:
    texts = edition_guidance_texts()
    assert "Discontinue permanently." in texts and len(texts) > 10  # the editions were read
    assert texts - set(GUIDANCE_TEXTS) == set()


def test_each_russian_guidance_keeps_the_numbers_of_its_english(russian: None) -> None:
    for text in GUIDANCE_TEXTS:
        translated = guidance_text(text)
        assert translated != text and re.search("[а-я]", translated), text
        assert numbers(translated) == numbers(text), (text, translated)
    # A text this list does not know is shown as the edition wrote it, never dropped.
    assert guidance_text("Interrupt for 2 days.") == "Interrupt for 2 days."


def test_english_guidance_is_what_the_label_says(qapp: object) -> None:
    install_language("en")
    for text in edition_guidance_texts():
        assert guidance_text(text) == text


@on_sqlite
def test_the_review_shows_the_guidance_and_its_basis_in_russian(qtbot, context, ward: Ward) -> None:
    install_language("ru")  # the context fixture switches back to English
    widget = open_review(qtbot, context, ward, "BD-1007")  # CRS grade 3: the label says interrupt
    text = widget.guidanceBrowser.toPlainText()
    assert "Прервать инфузию. Дексаметазон" in text
    assert "После разрешения CRS возобновить" in text
    assert "Только рекомендации: решение принимает врач." in text and "рекомендации для категории «CRS»" in text
    assert "Interrupt." not in text and "Guidance only" not in text and "pinned to" not in text
    assert "[S7]" in text  # the source is cited as the label has it


def test_the_guidance_basis_and_why_to_discontinue_in_russian(russian: None) -> None:
    basis = ("Label us-2024 (BLINCYTO US Prescribing Information), the edition course #3 is pinned to; guidance for "
             "'seizure', seizure number 2. Guidance only: the physician decides.")
    assert translate_message(basis) == (
        "Инструкция us-2024 (BLINCYTO US Prescribing Information) — редакция, к которой привязан курс №3; "
        "рекомендации для категории «судороги», судорожный приступ № 2. Только рекомендации: решение принимает врач.")
    assert translate_message("Label us-2014 gives no dose modification for 'other' grade 2.") == (
        "Инструкция us-2014 не предусматривает изменения дозы для категории «другая клинически значимая "
        "нежелательная реакция», степень 2.")
    assert translate_message("took 9 days to resolve (more than 7)") == "разрешалось 9 дн. (более 7)"
    assert translate_message("happened at the reduced (step-up) dose") == "возникло на сниженной (ступенчатой) дозе"
    # A category this list does not know keeps the whole sentence as the service wrote it.
    unknown = basis.replace("'seizure'", "'new_kind'")
    assert translate_message(unknown) == unknown


@on_sqlite
def test_the_cohort_status_and_its_gaps_in_russian(qtbot, context, ward: Ward) -> None:
    from blinadesk.gui.windows.cohort import CohortWidget

    install_language("ru")
    context.sign_in_as(PHYSICIAN)
    widget = CohortWidget(context)
    qtbot.addWidget(widget)
    settle(qtbot, context)
    assert widget.result is not None
    status = widget.statusLabel.text()
    assert "все пациенты" in status and "all patients" not in status
    findings = [widget.findingsList.item(i).text() for i in range(widget.findingsList.count())]
    gaps = [text for text in findings if text.startswith("Пробел")]
    assert gaps and not any("patient" in text or "counts" in text for text in gaps), findings
    assert any("ещё не начавших инфузию" in text for text in gaps), gaps


def test_every_cohort_finding_in_russian(russian: None) -> None:
    findings = {
        "MSK17-03: progression recorded on 2025-05-02 while the latest marrow (2025-04-20) shows MRD-negative "
        "remission: both cannot hold at once. A return of disease after remission is a relapse; correct the outcome "
        "or the marrow.": "MSK17-03: прогрессия записана ",
        "BD-1: counted as a responder (remission on 2025-03-01) and as a non-responder (no remission).":
            "BD-1: учтён и как ответивший",
        "BD-1: counted as a responder (remission on 2025-03-01) and as a non-responder (progression on 2025-04-01, "
        "2025-05-01).": "BD-1: учтён и как ответивший",
        "BD-2: relapse on 2025-06-01 but no remission is recorded before it.": "BD-2: рецидив ",
        "BD-2: relapse on 2025-06-01 without its CD19 status.": "BD-2: рецидив ",
        "BD-3: marrow of 2025-06-01 has MRD below the negative threshold but 7.5 % blasts.": "BD-3: в костном мозге",
        "BD-4: entries dated after the death on 2025-06-01 (first: 2025-06-03).": "BD-4: записи датированы",
        "No baseline marrow blasts for 2 patient(s): BD-5, BD-6; they are not in the >5 % / ≥30 % counts.":
            "Нет исходных бластов",
        "1 matching patient(s) have not started an infusion and are not counted: BD-1012.":
            "Подходящих пациентов, ещё не начавших инфузию (не учтены): 1 — BD-1012.",
        "Responders (3) + non-responders (2) + not evaluated (1) = 6, but the cohort has 5 patients (counted twice: "
        "BD-1).": "Ответившие (3) + не ответившие (2)",
    }
    for english, start in findings.items():
        assert translate_finding(english).startswith(start), english
    assert cohort_filter_text("all patients") == "все пациенты"
    assert cohort_filter_text("MRN starting MSK17-, children (<18 y)").startswith("№ карты начинается с MSK17-, дети")


def test_cohort_texts_stay_english_in_english(qapp: object) -> None:
    install_language("en")
    assert cohort_filter_text("all patients") == "all patients"
    gap = "1 matching patient(s) have not started an infusion and are not counted: BD-1012."
    assert translate_finding(gap) == gap
