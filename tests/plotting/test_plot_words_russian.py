"""In the Russian desktop the plots speak Russian: every word a nurse or physician reads on the timeline and the
swimmer plot (labels, legends, notes, the months of the date axis, the services' titles) is translated; the
clinical abbreviations stay. Without the desktop (the command line) the same figures stay English."""

from __future__ import annotations

import re
from typing import Any

from matplotlib.figure import Figure
from matplotlib.text import Text

from blinadesk.plotting.swimmer import swimmer_figure
from blinadesk.plotting.timeline import timeline_figure
from blinadesk.plotting.words import english
from blinadesk.services.cohort import CohortFilter, cohort_swimmer
from blinadesk.services.reports import REPORT_READER, timeline_data

# Latin words allowed in Russian: the scales' and the response criteria's abbreviations, the same in every language.
ABBREVIATIONS = {"CRS", "ICANS", "MRD", "CTCAE", "ASTCT", "CAPD", "ICE", "CRh", "CRi", "NR", "CR", "Ph"}
LATIN_WORD = re.compile(r"(?<![\w-])[A-Za-z]{2,}(?![\w-])")  # whole words: not "MSK17-08", not "us-2024"


def drawn_texts(fig: Figure) -> list[str]:
    fig.draw_without_rendering()  # the tick labels and the date axis's offset are written when drawn
    return [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


def english_words(texts: list[str], *, except_in: tuple[str, ...] = ()) -> set[str]:
    found = set()
    for text in texts:
        for name in except_in:  # the patient's own name is not for translating
            text = text.replace(name, "")
        text = re.sub(r"\$[^$]*\$", "", text)  # mathtext: the log axis's powers of ten
        found |= {w for w in LATIN_WORD.findall(text) if w not in ABBREVIATIONS}
    return found


def moscow_patients(ward: Any) -> list[Any]:
    return list(ward.search_patients(REPORT_READER, "MSK17-", limit=100).patients)


def test_every_timeline_of_the_demo_cohort_reads_in_russian(ward: Any, russian: None) -> None:
    seen: set[str] = set()
    for patient in moscow_patients(ward):
        data = timeline_data(ward, REPORT_READER, patient.id)
        texts = drawn_texts(timeline_figure(data))
        assert english_words(texts, except_in=(patient.display_name,)) == set(), patient.mrn
        seen |= set(texts)
    # The words were drawn, in Russian (not dropped): tracks, legend, events, months, the services' subtitle.
    for word in ("факт", "план", "доза\nмкг/сут", "сегодня", "рецидив, CD19 отрицат.", "прерывание инфузии",
                 "CRS/ICANS, степень 1", " Ц1"):
        assert word in seen, word
    assert any(t.startswith("лихорадка по CTCAE") for t in seen)
    assert any(t.startswith("ТГСК (гаплоидентичный)") for t in seen)
    assert any(t.startswith("дата рождения ") and "возраст" in t for t in seen)
    assert any(month in t for t in seen for month in ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен",
                                                      "окт", "ноя", "дек"))


def test_the_swimmer_plot_reads_in_russian(ward: Any, russian: None) -> None:
    swimmer = cohort_swimmer(ward, REPORT_READER, CohortFilter(mrn_prefix="MSK17-"))
    for sort in ("time", "response"):
        texts = drawn_texts(swimmer_figure(swimmer, sort=sort))
        assert english_words(texts) == set(), sort
        assert "Когорта: № карты начинается с MSK17-" in texts
        assert "рецидив, CD19 отрицат." in texts and "лечение продолжается" in texts


def test_without_the_desktops_language_the_plots_stay_english(ward: Any, russian: None) -> None:
    patient = moscow_patients(ward)[0]
    texts = drawn_texts(timeline_figure(timeline_data(ward, REPORT_READER, patient.id), translate=english))
    assert "today" in texts and "given" in texts
    assert not any(re.search("[а-яА-Я]", t) for t in texts if patient.display_name not in t)
