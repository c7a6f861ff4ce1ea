"""The observation form's CAPD problems name the field as the ward does: "CAPD answers" (the services' field
`capd_answers`, named in blinadesk.services.errors.FIELD_LABELS), and in Russian «Ответы CAPD»."""

from __future__ import annotations

from datetime import date

import pytest

from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import service_text, translate_message
from blinadesk.services.errors import ValidationError
from blinadesk.services.observations import ObservationEntry

from .shell_support import on_sqlite, register


@on_sqlite
def test_a_childs_icans_without_capd_answers_is_refused_with_the_wards_words(qapp, ward, staff) -> None:
    child = register(ward, staff.nurse, "BD-720", "Орлова", "Маша", date(2019, 6, 1), 20.0, 115.0)
    entry = ObservationEntry(patient_id=child, observed_at=ward.now(), temperature_c=37.0, consciousness="awake",
                             seizure="none", motor="none", cerebral_edema="none")
    with pytest.raises(ValidationError) as refused:
        ward.record_observation(staff.nurse, entry)
    (problem,) = refused.value.problems
    assert problem.field == "capd_answers"
    install_language("en")
    assert service_text(refused.value) == "CAPD answers: are required (or tick 'could not be assessed')"
    install_language("ru")
    try:
        assert service_text(refused.value) == "Ответы CAPD: обязательны (или отметьте «Оценить невозможно»)"
        assert translate_message("CAPD answers: a patient of 30 years is assessed with ICE: give the ICE score") == \
            "Ответы CAPD: пациента 30 лет оценивают по ICE: укажите балл ICE"
        assert translate_message("ICE score: a child of 7 years is assessed with CAPD: give the CAPD answers") == \
            "Балл ICE: ребёнка 7 лет оценивают по CAPD: укажите ответы CAPD"
    finally:
        install_language("en")
