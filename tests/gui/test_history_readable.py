"""An entry's history reads as the chart does, in both languages: a grade's reason in the ward's words, a field by
its ward name, a moment in the ward's local time and the desktop's date format, and a restart's verdict by its facts.
A Russian walk-through found «fever reason: 36.9 °C is below 38.0 °C: no fever → …» and an interruption's verdict as
a raw Python dict with ISO UTC times («verdict: — → {'cycle': 1, 'cycles_exhausted': False, …»)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from blinadesk.gui.dialogs.history import HistoryDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.models.chart_models import HistoryTableModel
from blinadesk.services.observations import ObservationEntry
from blinadesk.services.views import HistoryEntry
from tests.gui.test_chart_widgets import NURSE, Ward_
from tests.gui.test_chart_widgets import ward as ward  # the fixture: a ward with one patient

VERDICT = {
    "cycle": 1, "cycles_exhausted": False, "same_cycle": True, "supervision_due": True, "duration_hours": 5.45,
    "indication": "consolidation", "infused_hours_before": 77.0, "label": "eu-smpc", "remaining_infusion_hours": 595.0,
    "infusion_end": "2026-12-20T14:27:00+00:00",
    "dose_periods": [
        {"dose_mcg_per_day": 4.898979485566356, "starts_at": "2026-11-25T19:27:00+00:00",
         "ends_at": "2026-12-02T19:27:00+00:00", "reason": "restart after adverse event"},
        {"dose_mcg_per_day": 14.696938456699067, "starts_at": "2026-12-02T19:27:00+00:00",
         "ends_at": "2026-12-20T14:27:00+00:00", "reason": "full dose"},
    ],
    "premedication": [], "provisional": [],
    "reasons": ["interruption of 5 h 27 min (at most 7 days): cycle 1 continues until 28 infusion days in total"],
}
RESTART = HistoryEntry(7, datetime(2026, 11, 25, 19, 27, 49, tzinfo=UTC), "physician", "update",
                       {"ends_at": None, "verdict": None},
                       {"ends_at": "2026-11-25T19:27:00.000000+00:00", "verdict": VERDICT},
                       "infusion restarted at 2026-11-25T19:27+00:00", ("ends_at", "verdict"))
CORRECTION = HistoryEntry(8, datetime(2026, 11, 25, 19, 24, tzinfo=UTC), "nurse", "correct",
                          {"fever_reason": "36.9 °C is below 38.0 °C: no fever", "temperature_c": 36.9},
                          {"fever_reason": "37.2 °C is below 38.0 °C: no fever", "temperature_c": 37.2},
                          "ошибка при вводе температуры", ("fever_reason", "temperature_c"))


def shown(language: str) -> list[list[str]]:
    install_language(language)
    model = HistoryTableModel()
    model.zone = ZoneInfo("Europe/Moscow")  # the ward's zone: 19:27 UTC is 22:27 on the ward's clock
    model.set_rows([RESTART, CORRECTION])
    return [[model.text(row, column) for column in range(5)] for row in model.rows()]


def test_a_restart_s_history_reads_as_facts_in_russian(russian: None) -> None:
    (when, _who, what, changes, why), (_, _, _, correction, typed) = shown("ru")
    assert when == "25 нояб. 2026 22:27"
    assert what == "изменено"
    assert "{" not in changes and "+00:00" not in changes and "T19" not in changes and "cycle" not in changes
    assert "Заключение о возобновлении: — → перерыв 5,45 ч: цикл 1 продолжается" in changes
    assert "окончание инфузии 20 дек. 2026 17:27" in changes
    assert "4,9 мкг/сут с 25 нояб. 2026 22:27 до 2 дек. 2026 22:27" in changes
    assert "рекомендовано наблюдение медработника или госпитализация" in changes
    assert why == "инфузия возобновлена 25 нояб. 2026 22:27"
    assert correction.splitlines()[0] == "Обоснование степени лихорадки: 36.9 °C ниже 38.0 °C: лихорадки нет → " \
        "37.2 °C ниже 38.0 °C: лихорадки нет"
    assert correction.splitlines()[1] == "Температура: 36,9 → 37,2"
    assert typed == "ошибка при вводе температуры"


def test_a_restart_s_history_reads_as_facts_in_english(qapp: object) -> None:
    (when, _who, _what, changes, why), (_, _, _, correction, _) = shown("en")
    assert when == "25 Nov 2026 22:27"
    assert "{" not in changes and "+00:00" not in changes
    assert "Restart verdict: — → interruption of 5.45 h: cycle 1 continues" in changes
    assert "4.9 mcg/day from 25 Nov 2026 22:27 to 2 Dec 2026 22:27 (restart after adverse event)" in changes
    assert why == "infusion restarted at 25 Nov 2026 22:27"
    assert correction.startswith("Fever grade reason: 36.9 °C is below 38.0 °C: no fever → ")


def test_the_restart_s_provisional_fact_is_cited_for_a_physician(russian: None) -> None:
    """The verdict's provisional fact (label data) named a developers' document, «(domain.md section 5)»; it says
    what a physician needs to know, and a verdict stored with the old wording reads in the new one."""
    from blinadesk.domain.labels import default_catalogue
    from blinadesk.gui.service_messages import translate_message

    sources = {edition.restart_step_up.counts_fact.source for edition in default_catalogue()}
    assert not [source for source in sources if "domain.md" in source]
    stored = {**VERDICT, "provisional": [
        "Not confirmed whether the lower-dose days count toward the 28 infusion days (domain.md section 5)"]}
    for language in ("en", "ru"):
        install_language(language)
        model = HistoryTableModel()
        text = model.value("verdict", stored)
        assert "domain.md" not in text
        assert "28" in text
    assert "В инструкции не указано" in translate_message(sorted(sources)[0])


def test_a_long_reason_leaves_the_changes_their_width(ward: Ward_, qtbot) -> None:
    """Sized to its contents, a long reason took the width the changes need (a restart's verdict wrapped word by
    word in a narrow column); the changes stretch, the reason wraps in a column of its own."""
    ward.ward.record_observation(NURSE, ObservationEntry(ward.patient_id, ward.clock.now, temperature_c=38.6))
    entry = ward.chart().observations[0]
    reason = "typed into the wrong patient's row first, then noticed at the evening round by the nurse in charge " * 2
    ward.ward.correct_entry(NURSE, "daily_observations", entry.id, {"temperature_c": 37.2}, reason.strip(),
                            entry.version)
    dialog = HistoryDialog(ward.as_(NURSE), "daily_observations", entry.id, "observation")
    qtbot.addWidget(dialog)
    dialog.resize(1000, 500)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    header = dialog.ui.historyView.horizontalHeader()
    assert header.sectionSize(3) > header.sectionSize(4)
    assert dialog.model.text(dialog.model.rows()[-1], 4) == reason.strip()
