"""Every table model of the shell keeps Qt's model rules (pytest-qt's model tester), filled with real data."""

from __future__ import annotations

from datetime import date

from blinadesk.gui.models.patients_model import PatientsModel
from blinadesk.gui.models.users_model import UsersModel
from blinadesk.gui.models.worklist_model import WorklistModel

from .shell_support import infusing_with_fever, on_sqlite, register


@on_sqlite
def test_worklist_model(qtmodeltester, context, staff) -> None:
    the_ward = context.ward
    infusing_with_fever(the_ward, staff)
    infusing_with_fever(the_ward, staff, mrn="BD-101", family="Quiet", given="Quinn")
    model = WorklistModel()
    now = the_ward.now()
    model.set_worklist(the_ward.today_worklist(staff.nurse, the_ward.local_date(now), now))
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


@on_sqlite
def test_patients_model_with_pages(qtmodeltester, context, staff) -> None:
    the_ward = context.ward
    for number in range(5):
        register(the_ward, staff.nurse, f"BD-{number}", f"Family{number}", "Given", date(1980, 1, 1 + number),
                 weight_kg=None)
    model = PatientsModel()
    model.show_first_page(the_ward.search_patients(staff.nurse, "", limit=3))
    assert model.canFetchMore(model.index(-1, -1).parent())
    model.append_page(the_ward.search_patients(staff.nurse, "", limit=3, offset=3))
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)


@on_sqlite
def test_users_model(qtmodeltester, context, staff) -> None:
    model = UsersModel()
    model.set_users(context.ward.list_users(staff.admin))
    assert model.rowCount() == 5  # shell_support.staff: admin, nurse, physician, pharmacist, monitor
    qtmodeltester.check(model, force_py=True)
