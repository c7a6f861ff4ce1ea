"""The restart's verdict in Russian: the engine's reasons ("interruption of 5 h 59 min (at most 7 days): ..."), why
premedication is due ("before the restart") and the dose periods' reasons ("restart") read in Russian; the label's
sources stay as the label cites them. A reason of a shape this table does not know is shown as the engine wrote it."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from blinadesk.domain.interruptions import InterruptionVerdict, assess_interruption
from blinadesk.domain.labels import default_catalogue
from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import translate_message

from .shell_support import on_sqlite, register, settle

STOP = datetime(2026, 1, 20, 8, 0)
ADULT = {"weight_kg": 70, "height_cm": 175, "birth_date": date(1980, 1, 1)}
CHILD = {"weight_kg": 20, "height_cm": 110, "birth_date": date(2018, 1, 1)}
# What stays Latin in a Russian reason: label ids and the label's sources (cited as the label has them).
LATIN_KEPT = re.compile(r"us-\d{4}|eu-smpc|\(\[S\d+\].*\)")


def verdict(hours: float, *, cycle: int = 2, infused: float = 240, patient: dict[str, object] = ADULT,
            after_adverse_event: bool = False) -> InterruptionVerdict:
    edition = default_catalogue().get("us-2024")
    return assess_interruption(edition, "rr", **patient, cycle=cycle, infused_hours_before=infused,  # type: ignore
                               interruption_start=STOP, interruption_end=STOP + timedelta(hours=hours),
                               after_adverse_event=after_adverse_event)


def english_left(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{3,}", LATIN_KEPT.sub("", text))


def test_the_restart_reasons_read_in_russian(russian: None) -> None:
    short = verdict(5 + 59 / 60)
    assert translate_message(short.reasons[0]) == \
        "перерыв 5 ч 59 мин (не более 7 сут): цикл 2 продолжается до 28 суток инфузии в сумме"
    long = verdict(8 * 24 + 2, cycle=1, infused=48)  # a new cycle, before the step-up was reached
    assert translate_message(long.reasons[0]) == "перерыв 8 сут 2 ч (более 7 сут): при возобновлении начинается " \
                                                 "новый цикл"
    assert translate_message(long.reasons[1]).startswith("до перерыва пациент не получил полную дозу (последняя "
                                                         "доза 9 мкг/сут); новый цикл")
    for restart in (verdict(6, after_adverse_event=True), verdict(6, patient=CHILD, cycle=1, infused=30,
                                                                   after_adverse_event=True)):
        reasons = [translate_message(r) for r in restart.reasons]
        assert any(r.startswith("возобновление после нежелательного явления, требующего изменения дозы: ")
                   for r in reasons), reasons
        assert [english_left(r) for r in reasons] == [[] for _ in reasons], reasons
        assert not any(re.search(r"\d\.\d", LATIN_KEPT.sub("", r)) for r in reasons), reasons  # 4,8990 as 4,90
        assert {translate_message(e.why) for e in restart.premedication} <= {
            "перед возобновлением", "перед повышением дозы", "перед ступенчатым повышением дозы"}
        assert {translate_message(p.reason) for p in restart.dose_periods} <= {
            "возобновление", "ступенчатое повышение", "полная доза", "возобновление после нежелательного явления"}
    exhausted = verdict(8 * 24, cycle=9)
    assert translate_message(exhausted.reasons[-1]).startswith("инструкция us-2024 допускает 9 циклов при показании")
    assert translate_message("no premedication is due at this restart under the adult rules of label us-2014") == \
        "при этом возобновлении премедикация не нужна по правилам инструкции us-2014 для взрослых"


def test_reasons_stay_as_the_engine_wrote_them_in_english(qapp: object) -> None:
    install_language("en")
    for reason in verdict(8 * 24 + 2, cycle=1, infused=48).reasons:
        assert translate_message(reason) == reason


@on_sqlite
def test_the_restart_dialog_reads_in_russian(qtbot, context, staff) -> None:
    from blinadesk.gui.dialogs.interruption import RestartDialog

    install_language("ru")  # the context fixture switches back to English
    ward = context.ward
    patient = register(ward, staff.nurse, "BD-710", "Орлова", "Вера", date(1979, 6, 1))
    now = ward.now()
    planned = ward.plan_course(staff.physician, patient, "rr", ward.catalogue.default.id,
                               ward.local_date(now - timedelta(hours=20)), 1)
    ward.start_cycle(staff.physician, planned.cycles[0].id, now - timedelta(hours=20))
    ward.interrupt_infusion(staff.nurse, planned.cycles[0].id, now - timedelta(hours=6), "насос")
    context.sign_in_as(staff.physician, "Elena Sokolova")
    chart = ward.patient_chart(staff.physician, patient)
    dialog = RestartDialog(context, chart.current_cycle, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=10_000)
    settle(qtbot, context)
    text = dialog.ui.verdictBrowser.toPlainText()
    assert "перерыв 5 ч 59 мин" in text or "перерыв 6 ч" in text, text
    assert "— перед возобновлением" in text and "(возобновление)" in text
    # (The sources under each premedication quote the label, in English.)
    assert "— before the restart" not in text and "(restart)" not in text
    assert "(at most 7 days)" not in text and "continues until" not in text
