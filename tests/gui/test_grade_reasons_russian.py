"""The CRS and ICANS grades' reasons, composed by the engine from their domains, read in Russian on the chart and
in the observation form; a part this table does not know keeps the whole reason in English, marked as such."""

from __future__ import annotations

from blinadesk.domain.grading import crs_grade, icans_grade
from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import translate_reason


def reason_of_crs(**signs: object) -> str:
    given: dict[str, object] = {"temperature_c": 39.4, "fever_masked": False, "hypotension": False, "vasopressors": (),
                                "oxygen_device": "none", "oxygen_flow_l_min": None}
    return crs_grade(**{**given, **signs}).reason  # type: ignore[arg-type]


def reason_of_icans(**signs: object) -> str:
    given: dict[str, object] = {"age_years": 30, "consciousness": "awake", "seizure": "none", "motor": "none",
                                "cerebral_edema": "none", "ice_score": 10}
    return icans_grade(**{**given, **signs}).reason  # type: ignore[arg-type]


def test_composite_crs_reasons_read_in_russian(russian: None) -> None:
    assert translate_reason(reason_of_crs(hypotension=True, oxygen_device="nasal_cannula", oxygen_flow_l_min=2)) == \
        "лихорадка 39.4 °C; гипотензия без потребности в вазопрессорах и кислород низким потоком " \
        "(носовая канюля (низкий поток), 2 л/мин)"
    # Vasopressin with one other vasopressor is one vasopressor (grade 3); two others are several (grade 4).
    assert translate_reason(reason_of_crs(vasopressors=("norepinephrine", "vasopressin"))) == \
        "лихорадка 39.4 °C; один вазопрессор (норэпинефрин, вазопрессин)"
    assert translate_reason(reason_of_crs(vasopressors=("norepinephrine", "epinephrine"))).startswith(
        "лихорадка 39.4 °C; несколько вазопрессоров (норэпинефрин, ")
    masked = translate_reason(reason_of_crs(temperature_c=37.0, fever_masked=True, oxygen_device="cpap"))
    assert masked.startswith("лихорадка скрыта жаропонижающей или антицитокиновой терапией; поддержка "
                             "положительным давлением (")
    assert translate_reason(reason_of_crs(temperature_c=37.0, hypotension=True)).startswith(
        "нет лихорадки 38.0 °C и выше")


def test_composite_icans_reasons_read_in_russian(russian: None) -> None:
    assert translate_reason(reason_of_icans()) == "ICE 10, в сознании, без судорог, двигательных нарушений и отёка: " \
        "ICANS нет"
    assert translate_reason(reason_of_icans(consciousness="wakes_to_voice", ice_score=4)) == \
        "наихудший домен: ICE 4; просыпается на голос"
    assert translate_reason(reason_of_icans(seizure="prolonged", cerebral_edema="diffuse")) == \
        "наихудший домен: длительные или повторные судороги; диффузный отёк мозга"


def test_an_unknown_part_keeps_the_reason_in_english(russian: None) -> None:
    assert translate_reason("fever 39.4 °C with hypotension").endswith("(англ.)")
    assert translate_reason("worst domain: something new") == "worst domain: something new (англ.)"


def test_english_reasons_are_unchanged() -> None:
    install_language("en")
    reason = reason_of_crs(hypotension=True)
    assert translate_reason(reason) == reason == "fever 39.4 °C with hypotension not needing vasopressors"
