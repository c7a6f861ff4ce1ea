"""File > Export and import…: the commands' exports and imports run from the desktop, off the GUI thread."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from blinadesk.gui.dialogs.data_exchange import DataExchangeDialog
from blinadesk.gui.windows.main_window import MainWindow
from blinadesk.services.exchange import read_document, validate_document
from blinadesk.store.models import Patient

from .shell_support import infusing_with_fever, on_sqlite, register, settle


def _dialog(qtbot, context):  # type: ignore[no-untyped-def]
    dialog = DataExchangeDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _run(qtbot, context, dialog, kind: str, path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.set_kind(kind)
    dialog.path.setText(str(path))
    assert dialog.run_button.isEnabled()
    dialog.run_button.click()
    settle(qtbot, context)
    assert not dialog.running


def _patients(context) -> int:  # type: ignore[no-untyped-def]
    with context.ward.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(Patient)))


@on_sqlite
def test_json_export_writes_a_file_that_reads_back(qtbot, context, staff, tmp_path) -> None:
    infusing_with_fever(context.ward, staff)
    register(context.ward, staff.nurse, "BD-101", "Orlova", "Masha", date(2001, 3, 4))
    context.sign_in_as(staff.pharmacist)
    dialog = _dialog(qtbot, context)
    assert dialog.export_box.isVisible() and not dialog.import_box.isVisible()  # a pharmacist only exports

    out = tmp_path / "ward.json"
    _run(qtbot, context, dialog, "json", out)
    document = read_document(out)
    assert sorted(p["mrn"] for p in document["patients"]) == ["BD-100", "BD-101"]
    assert validate_document(document) == []
    assert "2 patients" in dialog.result.text() and str(out) in dialog.result.text()

    # Only one patient, and an existing file is not replaced unless asked.
    dialog.only_patient.setText("BD-101")
    _run(qtbot, context, dialog, "json", out)
    assert "already exist" in dialog.result.text() and len(read_document(out)["patients"]) == 2
    dialog.replace.setChecked(True)
    _run(qtbot, context, dialog, "json", out)
    assert [p["mrn"] for p in read_document(out)["patients"]] == ["BD-101"]


@on_sqlite
def test_fhir_export_writes_a_bundle(qtbot, context, staff, tmp_path) -> None:
    infusing_with_fever(context.ward, staff)
    context.sign_in_as(staff.physician)
    dialog = _dialog(qtbot, context)
    out = tmp_path / "bundle.json"
    _run(qtbot, context, dialog, "fhir", out)
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["resourceType"] == "Bundle" and bundle["type"] == "collection"
    kinds = {entry["resource"]["resourceType"] for entry in bundle["entry"]}
    assert {"Patient", "MedicationRequest"} <= kinds
    assert "Patient 1" in dialog.result.text()
    assert dialog.progress.maximum() == 1 and dialog.progress.value() == 1


@on_sqlite
def test_folder_exports_write_their_files(qtbot, context, staff, tmp_path) -> None:
    infusing_with_fever(context.ward, staff)
    context.sign_in_as(staff.physician)
    dialog = _dialog(qtbot, context)
    log = tmp_path / "enrolment.csv"
    log.write_text("mrn,subject_id\nBD-100,S-001\n", encoding="utf-8")
    dialog.enrolment_log.setText(str(log))
    for kind, name in (("csv", "patients.csv"), ("redcap", "blinadesk_redcap_records.csv"), ("sdtm", "dm.csv")):
        folder = tmp_path / kind
        _run(qtbot, context, dialog, kind, folder)
        assert (folder / name).exists(), (kind, dialog.result.text())
        assert str(folder / name) in dialog.problems.toPlainText()
        if kind != "csv":  # trial files name the patient by the subject id only
            text = "".join(path.read_text(encoding="utf-8") for path in folder.iterdir())
            assert "S-001" in text and "BD-100" not in text


@on_sqlite
def test_a_trial_export_without_the_enrolment_log_is_refused_in_words(qtbot, context, staff, tmp_path) -> None:
    infusing_with_fever(context.ward, staff)
    context.sign_in_as(staff.physician)
    dialog = _dialog(qtbot, context)
    dialog.set_kind("csv")
    assert not dialog.enrolment_log.isVisibleTo(dialog)  # asked only for the trial exports
    for kind in ("redcap", "sdtm"):
        dialog.set_kind(kind)
        assert dialog.enrolment_log.isVisibleTo(dialog)
        folder = tmp_path / kind
        _run(qtbot, context, dialog, kind, folder)
        assert "enrolment log" in dialog.result.text() and "Nothing was written" in dialog.result.text()
        assert "Traceback" not in dialog.result.text()
        assert not folder.exists() or not any(folder.iterdir())
    # A log that does not list the patient: refused, naming the MRN, nothing written.
    log = tmp_path / "other.csv"
    log.write_text("mrn,subject_id\nBD-999,S-009\n", encoding="utf-8")
    dialog.enrolment_log.setText(str(log))
    _run(qtbot, context, dialog, "sdtm", tmp_path / "sdtm2")
    assert "BD-100" in dialog.result.text(), dialog.result.text()
    assert not (tmp_path / "sdtm2").exists() or not any((tmp_path / "sdtm2").iterdir())


@on_sqlite
def test_a_bad_patient_list_is_refused_with_every_problem_and_nothing_written(qtbot, context, staff,
                                                                             tmp_path) -> None:
    register(context.ward, staff.nurse, "BD-200", "Ivanova", "Anna", date(1990, 1, 1))
    bad = tmp_path / "patients.csv"
    bad.write_text("mrn,family_name,given_name,birth_date,weight_kg\n"
                   "BD-201,Petrov,Ivan,1980-13-40,70\n"
                   "BD-200,Ivanova,Anna,1990-01-01,\n"
                   "BD-202,Sidorova,Olga,1975-05-05,-3\n", encoding="utf-8")
    context.sign_in_as(staff.physician)
    dialog = _dialog(qtbot, context)
    before = _patients(context)
    announced: list[object] = []
    context.changed.connect(announced.append)

    _run(qtbot, context, dialog, "import_patients", bad)
    assert _patients(context) == before
    assert "refused" in dialog.result.text()
    listed = dialog.problems.toPlainText().splitlines()
    assert dialog.problems.isVisible() and dialog.problems.isReadOnly()
    assert any(line.startswith("row 2, birth_date") for line in listed), listed
    assert any(line.startswith("row 3, mrn") for line in listed), listed
    assert any(line.startswith("row 4, measured_on") for line in listed), listed
    assert announced == []

    # A correct list: the dry run writes nothing; the real run registers and announces the new patients.
    good = tmp_path / "good.csv"
    good.write_text("mrn,family_name,given_name,birth_date\nBD-301,Petrov,Ivan,1980-01-02\n", encoding="utf-8")
    dialog.dry_run.setChecked(True)
    _run(qtbot, context, dialog, "import_patients", good)
    assert "nothing was written" in dialog.result.text() and _patients(context) == before
    dialog.dry_run.setChecked(False)
    _run(qtbot, context, dialog, "import_patients", good)
    assert _patients(context) == before + 1 and "Registered 1 patients" in dialog.result.text()
    assert announced and announced[-1][0].table == "patients"


@on_sqlite
def test_a_json_export_imports_into_another_record_only_once(qtbot, context, staff, tmp_path) -> None:
    infusing_with_fever(context.ward, staff)
    context.sign_in_as(staff.physician)
    dialog = _dialog(qtbot, context)
    out = tmp_path / "ward.json"
    _run(qtbot, context, dialog, "json", out)
    before = _patients(context)
    _run(qtbot, context, dialog, "import_json", out)  # the same MRN is in the record already
    assert _patients(context) == before
    assert "BD-100" in dialog.problems.toPlainText() and "Nothing was imported" in dialog.result.text()


@on_sqlite
def test_who_sees_the_menu_action_and_which_half(qtbot, context, staff) -> None:
    expected = {"nurse": False, "physician": True, "pharmacist": True, "admin": False}
    for who, sees in expected.items():
        context.sign_in_as(getattr(staff, who))
        window = MainWindow(context)
        qtbot.addWidget(window)
        assert window.exchange_action.isVisible() == sees, who
        assert window.exchange_action in window.file_menu.actions()
        window.quit()
    context.sign_in_as(staff.pharmacist)
    dialog = _dialog(qtbot, context)
    assert not dialog.import_box.isVisible()
    context.sign_in_as(staff.physician)
    dialog = _dialog(qtbot, context)
    assert dialog.import_box.isVisible() and dialog.export_box.isVisible()
    settle(qtbot, context)


def test_the_window_grows_for_the_enrolment_log_instead_of_squeezing_the_fields(qtbot, context, staff) -> None:
    context.sign_in_as(staff.physician)
    dialog = _dialog(qtbot, context)
    dialog.set_kind("json")
    qtbot.waitExposed(dialog)
    dialog.set_kind("redcap")
    qtbot.wait(50)
    for field in (dialog.only_patient, dialog.path, dialog.enrolment_log):
        assert field.height() >= field.sizeHint().height(), field.objectName()
