"""The correction dialog shows each stored value exactly as stored, and sends only what the user changed.

Found by a ward walk-through in Russian: the dialog formatted numbers to four places and stripped the zeros,
so a respiratory rate of 20 showed as "2" (110 as "11", 100 as "1") and, the field differing from the stored
value, was saved as a correction nobody typed; an MRD of 5e-05 became 0.0001 (across the 10^-4 negativity
line). A bag still hanging had its empty removal time shown as 01.01.2000 and sent as a change, so a wrong
rate could not be corrected at all."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from blinadesk.gui.dialogs.history import CorrectionDialog, number_text
from blinadesk.services.events import MarrowEntry
from blinadesk.services.infusions import BagEntry
from blinadesk.services.observations import ObservationEntry
from tests.gui.test_chart_widgets import NURSE, PHYSICIAN, Ward_, running_course, save
from tests.gui.test_chart_widgets import ward as ward  # the fixture: a ward with one patient

on_sqlite = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def _observation(w: Ward_) -> object:
    w.ward.record_observation(NURSE, ObservationEntry(
        w.patient_id, w.clock.now - timedelta(hours=1), temperature_c=36.9, heart_rate_bpm=110, systolic_mmhg=100,
        diastolic_mmhg=60, respiratory_rate_per_min=20, spo2_pct=100.0))
    return w.chart().observations[0]


@on_sqlite
@pytest.mark.parametrize("language", ["en", "ru"])
def test_an_untouched_correction_changes_nothing_and_shows_every_digit(ward: Ward_, qtbot, language: str,
                                                                     request: pytest.FixtureRequest) -> None:
    if language == "ru":
        request.getfixturevalue("russian")
    entry = _observation(ward)
    dialog = CorrectionDialog(ward.as_(NURSE), "daily_observations", entry, "observation")
    qtbot.addWidget(dialog)
    shown = {name: dialog.editors[name].text() for name in ("respiratory_rate_per_min", "heart_rate_bpm",
                                                            "systolic_mmhg", "diastolic_mmhg", "spo2_pct")}
    assert shown == {"respiratory_rate_per_min": "20", "heart_rate_bpm": "110", "systolic_mmhg": "100",
                     "diastolic_mmhg": "60", "spo2_pct": "100"}
    assert dialog.editors["temperature_c"].text() == ("36,9" if language == "ru" else "36.9")
    assert dialog.changes() == ({}, [])
    dialog.editors["temperature_c"].setText("37,2")
    assert dialog.changes() == ({"temperature_c": 37.2}, [])
    dialog.ui.reasonEdit.setPlainText("typed 36.9 for 37.2")
    save(dialog)
    corrected = ward.chart().observations[0]
    assert (corrected.temperature_c, corrected.respiratory_rate_per_min, corrected.heart_rate_bpm,
            corrected.systolic_mmhg) == (37.2, 20, 110, 100)


@on_sqlite
def test_marrow_values_keep_their_digits(ward: Ward_, qtbot, russian: None) -> None:
    ward.ward.record_marrow_result(PHYSICIAN, MarrowEntry(
        ward.patient_id, date(2026, 3, 1), blasts_pct=2.0, anc_per_ul=1200.0, platelets_per_ul=150000.0,
        mrd_fraction=5e-05, mrd_method="flow"))
    result = ward.chart().marrow_results[0]
    dialog = CorrectionDialog(ward.as_(PHYSICIAN), "marrow_results", result, "marrow")
    qtbot.addWidget(dialog)
    assert dialog.editors["mrd_fraction"].text() == "0,00005"
    assert dialog.editors["platelets_per_ul"].text() == "150000"
    assert dialog.changes() == ({}, [])


@on_sqlite
def test_a_hanging_bags_rate_is_corrected_and_its_removal_stays_unrecorded(ward: Ward_, qtbot) -> None:
    cycle_id = running_course(ward)
    ward.ward.record_bag(NURSE, BagEntry(cycle_id, 24, 20.0, 270.0, "LOT-1", hung_at=ward.clock.now))
    bag = ward.ward.cycle_bags(NURSE, cycle_id)[0]
    assert bag.removed_at is None
    dialog = CorrectionDialog(ward.as_(NURSE), "infusion_bags", bag, "bag")
    qtbot.addWidget(dialog)
    assert dialog.changes() == ({}, [])
    dialog.editors["rate_ml_per_h"].setText("10")
    dialog.ui.reasonEdit.setPlainText("pump programme read wrongly")
    save(dialog)
    corrected = ward.ward.cycle_bags(NURSE, cycle_id)[0]
    assert corrected.rate_ml_per_h == 10 and corrected.removed_at is None


@pytest.mark.parametrize(("value", "text"), [(20, "20"), (110, "110"), (100.0, "100"), (36.9, "36.9"),
                                              (5e-05, "0.00005"), (150000.0, "150000"), (0.1, "0.1"),
                                              (1.0e-6, "0.000001"), (None, "")])
def test_number_text_shows_the_stored_digits(value: float | None, text: str, qapp: object) -> None:
    assert number_text(value) == text
