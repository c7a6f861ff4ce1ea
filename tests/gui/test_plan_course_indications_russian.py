"""The plan's indications read in Russian: a Russian walk-through found the label's English names in the list
(«Relapsed or refractory CD19-positive B-cell precursor ALL (adults and children)»). Every indication of every
shipped label edition has its Russian name, keeping every number of the label's; the label's own words stay in the
item's tooltip, and a name a future edition adds is shown as the edition wrote it."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt

from blinadesk.domain.labels import default_catalogue
from blinadesk.gui.dialogs.plan_course import PlanCourseDialog
from blinadesk.gui.i18n import install_language
from blinadesk.gui.service_messages import INDICATION_NAMES, indication_name

from .shell_support import on_sqlite, register


def names() -> set[str]:
    return {indication.name for edition in default_catalogue() for indication in edition.indications.values()}


def numbers(text: str) -> list[str]:
    """The numbers of a name, either decimal mark (0.1 % reads 0,1 % in Russian)."""
    return sorted(re.findall(r"\d+(?:[.,]\d+)?", text.replace(",", ".")))


def test_every_indication_of_every_edition_is_listed() -> None:
    assert len(names()) >= 5
    assert names() - set(INDICATION_NAMES) == set()


def test_each_russian_name_keeps_the_numbers_of_the_label(russian: None) -> None:
    for name in INDICATION_NAMES:
        shown = indication_name(name)
        assert shown != name and re.search("[а-я]", shown), name
        assert numbers(shown) == numbers(name), (name, shown)
    assert indication_name("Some new indication") == "Some new indication"


def test_english_names_are_the_label_s(qapp: object) -> None:
    install_language("en")
    for name in names():
        assert indication_name(name) == name


@on_sqlite
def test_the_plan_lists_the_indications_in_russian(qtbot, context, staff, ward) -> None:
    install_language("ru")  # the context fixture switches back to English
    patient_id = register(ward, staff.nurse, "BD-701", "Орлова", "Вера", date(1979, 6, 1))
    context.sign_in_as(staff.physician, "Elena Sokolova")
    dialog = PlanCourseDialog(context, patient_id)
    qtbot.addWidget(dialog)
    combo = dialog.ui.indicationCombo
    rr = combo.findData("rr")
    assert "Рецидивирующий или рефрактерный CD19-положительный ОЛЛ" in combo.itemText(rr)
    assert "Relapsed" not in combo.itemText(rr)
    assert combo.itemData(rr, Qt.ItemDataRole.ToolTipRole).startswith("Relapsed or refractory")
