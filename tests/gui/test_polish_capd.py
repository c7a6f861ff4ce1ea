"""CAPD for an older patient with developmental delay: a tick in the observation form switches the ICANS
assessment from the ICE tasks to the CAPD items; the observation is stored as assessed with CAPD, and the next
observation of the same patient starts with CAPD again."""

from __future__ import annotations

import pytest

from blinadesk.gui.dialogs.observation import ObservationDialog
from tests.gui.test_chart_widgets import NURSE, Ward_, save, ward  # noqa: F401 (the fixture)

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_an_adult_with_developmental_delay_is_assessed_with_capd(ward: Ward_, qtbot) -> None:  # noqa: F811
    dialog = ObservationDialog(ward.as_(NURSE), ward.patient_id)  # Pavel Petrov, 45: ICE by age
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.birth_date is not None, timeout=5000)
    dialog.ui.consciousnessCombo.setCurrentIndex(dialog.ui.consciousnessCombo.findData("awake"))
    assert dialog.ui.capdDelayCheck.isVisibleTo(dialog)
    assert dialog.ui.assessmentStack.currentWidget() is dialog.ui.icePage
    dialog.ui.capdDelayCheck.setChecked(True)
    assert dialog.ui.assessmentStack.currentWidget() is dialog.ui.capdPage
    assert "developmental delay" in dialog.ui.assessmentTitleLabel.text()
    for combo in dialog.capd_combos:
        combo.setCurrentIndex(combo.findData(0))
    entry, problems = dialog.entry()
    assert not problems and entry is not None
    assert entry.assessment_tool == "CAPD" and entry.ice_score is None and entry.capd_answers is not None
    save(dialog)
    (stored,) = ward.chart().observations
    assert stored.grades.assessment_tool == "CAPD" and stored.grades.icans is not None

    again = ObservationDialog(ward.as_(NURSE), ward.patient_id)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.last_observation is not None, timeout=5000)
    assert again.ui.capdDelayCheck.isChecked()
