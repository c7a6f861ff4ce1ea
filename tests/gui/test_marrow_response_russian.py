"""The marrow form's derived response reads in the chosen language, its MRD in the unit the MRD field takes (%).
A Russian walk-through found «— Marrow response (MT103-211/TOWER definitions)» and «blasts 2 %, full count recovery
(ANC 1200/µL, platelets 150000/µL); MRD 5e-05 below 0.0001» next to an MRD typed as 0,005 %."""

from __future__ import annotations

from blinadesk.domain.response import marrow_response
from blinadesk.gui.dialogs.marrow import MarrowDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import marrow_reason
from tests.gui.test_chart_widgets import PHYSICIAN, Ward_
from tests.gui.test_chart_widgets import ward as ward  # the fixture: a ward with one patient


def reason(blasts: float, anc: float, platelets: float, mrd: float | None = None) -> str:
    return marrow_response(blasts, anc, platelets, mrd_fraction=mrd).reason


def test_every_response_reason_reads_in_russian(russian: None) -> None:
    assert marrow_reason(reason(2, 1200, 150000, 5e-05)) == "бласты 2 %, полное восстановление показателей крови " \
        "(АЧН 1200/мкл, тромбоциты 150000/мкл); MRD 0,005 % ниже 0,01 %"
    assert marrow_reason(reason(2, 600, 60000, 0.002)).endswith("; MRD 0,2 % не ниже 0,01 %")
    for shown in (marrow_reason(reason(2, 600, 60000)), marrow_reason(reason(2, 200, 30000)),
                  marrow_reason(reason(2, 50, 5000)), marrow_reason(reason(30, 1500, 150000)),
                  marrow_reason(reason(2, 1500, 1500000, 1e-7))):
        assert "(англ.)" not in shown and "count" not in shown and "e-" not in shown, shown


def test_english_gives_the_mrd_in_percent_too(qapp: object) -> None:
    install_language("en")
    assert marrow_reason(reason(2, 1200, 150000, 5e-05)) == \
        "blasts 2 %, full count recovery (ANC 1200/µL, platelets 150000/µL); MRD 0.005 % below 0.01 %"


def test_the_marrow_form_shows_the_response_in_russian(ward: Ward_, qtbot, russian: None) -> None:
    dialog = MarrowDialog(ward.as_(PHYSICIAN), ward.patient_id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.blastsEdit, "2")
    qtbot.keyClicks(dialog.ui.mrdEdit, "0,005")
    assert dialog.ui.responseLabel.text() == "Пока не определено: Метод MRD: обязателен, если указан MRD"
    dialog.ui.mrdMethodCombo.setCurrentIndex(dialog.ui.mrdMethodCombo.findData("flow"))
    qtbot.keyClicks(dialog.ui.ancEdit, "1200")
    qtbot.keyClicks(dialog.ui.plateletsEdit, "150000")
    assert dialog.ui.responseLabel.text().endswith("— Ответ костного мозга (критерии MT103-211/TOWER)")
    assert dialog.ui.responseReasonLabel.text() == "бласты 2 %, полное восстановление показателей крови " \
        "(АЧН 1200/мкл, тромбоциты 150000/мкл); MRD 0,005 % ниже 0,01 %"
