"""Switching the language (File → Settings, live) redraws the review's timeline and the cohort's swimmer plot in the
new language from the data at hand: the record is not read again, and a reader's zoom stays where it was."""

from __future__ import annotations

import re

from blinadesk.gui.i18n import install_language
from blinadesk.gui.models.chart_models import ward_word
from blinadesk.services.reports import CORRECTION_ACTIONS
from blinadesk.services.ward import Ward
from tests.plotting.test_plot_words_russian import drawn_texts, english_words

from .shell_support import on_sqlite, settle
from .test_review_screens import PHYSICIAN, demo_record_template, open_review, ward

__all__ = ["demo_record_template", "ward"]  # the demo ward's fixtures, shared with test_review_screens

CYRILLIC = re.compile("[а-яА-Я]")


def russian_drawn(texts: list[str]) -> bool:
    return "сегодня" in texts or any(t.startswith("Когорта:") for t in texts)


@on_sqlite
def test_the_review_timeline_follows_a_language_switch_without_reading_again(qtbot, context, ward: Ward,
                                                                             tmp_path) -> None:
    widget = open_review(qtbot, context, ward, "BD-1007")
    data, loads = widget.data, []
    widget.loaded.connect(loads.append)
    texts = drawn_texts(widget.figure)
    assert "today" in texts and not any(CYRILLIC.search(t) for t in texts if widget.data.patient.display_name
                                        not in t)
    # The reader zoomed in on a few days.
    whole = widget.figure.axes[0].get_xlim()
    zoom = (whole[0] + 2.0, whole[0] + 9.0)
    widget.toolbar.push_current()
    widget.figure.axes[0].set_xlim(zoom)
    widget.toolbar.push_current()
    try:
        install_language("ru")
        qtbot.waitUntil(lambda: russian_drawn(drawn_texts(widget.figure)), timeout=5_000)
        texts = drawn_texts(widget.figure)
        assert english_words(texts, except_in=(data.patient.display_name,)) == set(), texts
        assert "сегодня" in texts and "today" not in texts
        assert tuple(widget.figure.axes[0].get_xlim()) == zoom  # the days zoomed to stay in view...
        widget.toolbar.home()
        assert tuple(widget.figure.axes[0].get_xlim()) == tuple(whole)  # ...and Home shows the whole course
        settle(qtbot, context)
        assert loads == [] and widget.data is data  # drawn from the data at hand, not read again
        widget.grab().save(str(tmp_path / "review-ru.png"))
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: "today" in drawn_texts(widget.figure), timeout=5_000)
    assert not any(CYRILLIC.search(t) for t in drawn_texts(widget.figure) if data.patient.display_name not in t)


@on_sqlite
def test_the_cohort_swimmer_plot_follows_a_language_switch(qtbot, context, ward: Ward) -> None:
    from blinadesk.gui.windows.cohort import CohortWidget

    context.sign_in_as(PHYSICIAN)
    widget = CohortWidget(context)
    qtbot.addWidget(widget)
    settle(qtbot, context)
    result = widget.result
    assert result is not None and "Cohort: all patients" in drawn_texts(widget.figure)
    try:
        install_language("ru")
        qtbot.waitUntil(lambda: russian_drawn(drawn_texts(widget.figure)), timeout=5_000)
        texts = drawn_texts(widget.figure)
        assert "Когорта: все пациенты" in texts and english_words(texts) == set(), texts
        settle(qtbot, context)
        assert widget.result is result  # the cohort was not counted again
    finally:
        install_language("en")
    qtbot.waitUntil(lambda: "Cohort: all patients" in drawn_texts(widget.figure), timeout=5_000)


def test_the_audit_actions_of_the_corrections_report_have_russian_words(russian: None) -> None:
    # The report names them in the ward's words (its English table), which the chart's history shows in Russian.
    assert CORRECTION_ACTIONS["superseded"] == "not given (superseded)"
    for action in CORRECTION_ACTIONS:
        assert CYRILLIC.search(ward_word(action)), action
    assert ward_word("superseded") == "не введено (заменено)"
