"""File > Export and import…: the exports and imports of `blinadesk export`, `export-fhir`, `export-redcap`,
`export-sdtm`, `import` and `import-patients`, run from the desktop.

The same library functions the commands call do the work, off the GUI thread (`context.run`), with the
signed-in user in the audit trail. None of them reports how far it got, so the progress bar is a busy bar.
A refused import lists every rejected row and field in a read-only box; nothing was written then.

Who may: physicians and pharmacists export (they review outcomes and report to registries and trials);
only physicians import, because an import adds patients and whole courses at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from blinadesk.gui.context import AppContext
from blinadesk.services.base import Change
from blinadesk.services.errors import PermissionDenied
from blinadesk.services.permissions import Action, Actor, Role, require
from blinadesk.services.ward import Ward

# Who is offered the menu item, and which half of it (the services' table has no export action).
EXPORT_ROLES = frozenset({Role.PHYSICIAN, Role.PHARMACIST})
IMPORT_ROLES = frozenset({Role.PHYSICIAN})

EXPORT_KINDS = ("json", "csv", "fhir", "redcap", "sdtm")
IMPORT_KINDS = ("import_json", "import_patients")
# Kinds that write one file; the others write several files into a folder.
FILE_KINDS = frozenset({"json", "fhir"})
# Trial exports: they name patients by the study's subject id from the trial's enrolment log, never by MRN.
TRIAL_KINDS = frozenset({"redcap", "sdtm"})


def may_export(context: AppContext) -> bool:
    actor = context.actor
    return actor is not None and actor.role in EXPORT_ROLES and context.may(Action.VIEW_RECORD)


def may_import(context: AppContext) -> bool:
    actor = context.actor
    return actor is not None and actor.role in IMPORT_ROLES and context.may(Action.REGISTER_PATIENT)


# --- the work (runs on a worker thread; no Qt here) ---------------------------------------------------------

class TargetExists(Exception):
    """Files that would be overwritten, and the user did not tick "replace"."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        super().__init__(", ".join(str(p) for p in paths))


class TargetIsFile(Exception):
    """A folder export was given an existing file."""


@dataclass(frozen=True)
class Outcome:
    kind: str
    files: tuple[Path, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()  # what each file holds, or what an import added
    patients: int = 0
    dry_run: bool = False
    changes: tuple[Change, ...] = field(default=())


def _folder_files(kind: str, folder: Path) -> list[Path]:
    if kind == "csv":
        from blinadesk.services.exchange import CSV_LAYOUT

        return [folder / f"{name}.csv" for name in CSV_LAYOUT]
    if kind == "redcap":
        from blinadesk.interop.redcap import DICTIONARY_FILE, RECORDS_FILE

        return [folder / DICTIONARY_FILE, folder / RECORDS_FILE]
    from blinadesk.interop.sdtm import DOMAINS

    return [folder / f"{name.lower()}.csv" for name in DOMAINS]


def _note_export(ward: Ward, user: str, kind: str, details: dict[str, object]) -> None:
    from blinadesk.store import audit

    with ward.db.unit_of_work(user=user) as session:
        audit.append_event(session, "export", user, details={"format": kind, **details})


def run_export(ward: Ward, actor: Actor, kind: str, target: Path, mrn: str | None, replace: bool,
               enrolment_log: Path | None = None) -> Outcome:
    """Writes the export `kind` of the record (or of patient `mrn`) to `target`, as the commands do. A trial
    export reads `enrolment_log` (MRN -> subject id) and is refused without it (blinadesk.interop.enrolment)."""
    from blinadesk.interop.record import read_record
    from blinadesk.services.exchange import document_text, export_record, write_csv_tables

    require(actor, Action.VIEW_RECORD)
    if actor.role not in EXPORT_ROLES:
        raise PermissionDenied(f"{actor.username} may not export the record.")
    if kind in FILE_KINDS:
        if target.exists() and not replace:
            raise TargetExists([target])
    else:
        if target.exists() and not target.is_dir():
            raise TargetIsFile(str(target))
        existing = [path for path in _folder_files(kind, target) if path.exists()]
        if existing and not replace:
            raise TargetExists(existing)
    user = actor.username
    if kind in ("json", "csv"):
        document = export_record(ward.db, mrn=mrn, timestamp=True, user=user)
        patients = len(document["patients"])
        if kind == "json":
            target.write_text(document_text(document), encoding="utf-8")
            return Outcome(kind, (target,), (("patients", patients),), patients)
        counts = write_csv_tables(document, target)
        return Outcome(kind, tuple(target / f"{name}.csv" for name in counts), tuple(counts.items()), patients)
    enrolment = None
    if kind in TRIAL_KINDS and enrolment_log is not None:
        from blinadesk.interop.enrolment import read_enrolment_log

        enrolment = read_enrolment_log(enrolment_log)
    document = read_record(ward.db, mrn=mrn)
    patients = len(document["patients"])
    as_of = ward.now()
    if kind == "fhir":
        from blinadesk.interop.fhir import bundle_text, fhir_bundle, resource_counts

        bundle = fhir_bundle(document, as_of=as_of)
        target.write_text(bundle_text(bundle), encoding="utf-8")
        resources = resource_counts(bundle)
        _note_export(ward, user, "fhir", {"patients": resources.get("Patient", 0), "mrn": mrn})
        return Outcome(kind, (target,), tuple(sorted(resources.items())), patients)
    if kind == "redcap":
        from blinadesk.interop.redcap import write_redcap

        counts = write_redcap(document, target, as_of=as_of, zone=ward.zone, enrolment=enrolment)
        _note_export(ward, user, "redcap", {"patients": patients, "mrn": mrn})
        return Outcome(kind, tuple(target / name for name in counts), tuple(counts.items()), patients)
    if kind == "sdtm":
        from blinadesk.interop.sdtm import Study, write_sdtm

        study = Study()
        counts = write_sdtm(document, target, as_of=as_of, zone=ward.zone, study=study, enrolment=enrolment)
        _note_export(ward, user, "sdtm", {"patients": patients, "mrn": mrn, "study": study.study_id})
        return Outcome(kind, tuple(target / f"{name.lower()}.csv" for name in counts), tuple(counts.items()),
                       patients)
    raise ValueError(f"unknown export {kind!r}")


def _inserted_patients(ward: Ward, mrns: list[str]) -> tuple[Change, ...]:
    from blinadesk.store.models import Patient

    if not mrns:
        return ()
    with ward.db.read_session() as session:
        ids = session.scalars(select(Patient.id).where(Patient.mrn.in_(mrns)))
        return tuple(Change("patients", patient_id, "inserted") for patient_id in ids)


def run_import(ward: Ward, actor: Actor, kind: str, source: Path, dry_run: bool) -> Outcome:
    """Adds the patients of `source` in one audited step, or nothing (ImportRejected/PatientImportRejected)."""
    require(actor, Action.REGISTER_PATIENT)
    if actor.role not in IMPORT_ROLES:
        raise PermissionDenied(f"{actor.username} may not import into the record.")
    if kind == "import_json":
        from blinadesk.services.exchange import import_document, read_document

        document = read_document(source)
        report = import_document(ward.db, document, source=str(source), user=actor.username,
                                 catalogue=ward.catalogue)
        return Outcome(kind, (source,), (("entries", report.rows),), report.patients,
                       changes=_inserted_patients(ward, report.mrns))
    if kind == "import_patients":
        from blinadesk.interop.patient_csv import import_patients, read_patient_file, read_rows

        try:
            text = read_patient_file(source)
        except OSError as exc:
            raise ValueError(f"cannot read {source}: {exc.strerror}") from exc
        result = import_patients(ward, text, source=source.name, user=actor.username, dry_run=dry_run)
        changes = () if dry_run else _inserted_patients(
            ward, [row.get("mrn", "").strip() for row in read_rows(text)[1]])
        return Outcome(kind, (source,), (("measurements", result.measurements),), result.patients,
                       dry_run=result.dry_run, changes=changes)
    raise ValueError(f"unknown import {kind!r}")


# --- the dialog -------------------------------------------------------------------------------------------

class DataExchangeDialog(QDialog):
    """Choose an export or an import, a file or folder, and run it; the outcome is shown in words."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("data_exchange_dialog")
        self.setMinimumWidth(560)
        self.running = False
        self.last_outcome: Outcome | None = None

        self.export_box = QGroupBox(self)
        self.import_box = QGroupBox(self)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        export_layout = QVBoxLayout(self.export_box)
        for kind in EXPORT_KINDS:
            button = QRadioButton(self.export_box)
            button.setObjectName(f"kind_{kind}")
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            export_layout.addWidget(button)
        mrn_row = QHBoxLayout()
        self.mrn_label = QLabel(self.export_box)
        self.only_patient = QLineEdit(self.export_box)
        self.only_patient.setObjectName("only_patient")
        self.mrn_label.setBuddy(self.only_patient)
        mrn_row.addWidget(self.mrn_label)
        mrn_row.addWidget(self.only_patient, 1)
        export_layout.addLayout(mrn_row)
        import_layout = QVBoxLayout(self.import_box)
        for kind in IMPORT_KINDS:
            button = QRadioButton(self.import_box)
            button.setObjectName(f"kind_{kind}")
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            import_layout.addWidget(button)
        self.dry_run = QCheckBox(self.import_box)
        self.dry_run.setObjectName("dry_run")
        import_layout.addWidget(self.dry_run)

        form = QFormLayout()
        path_row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_path)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose_button)
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path)
        form.addRow(self.path_label, path_row)
        self.replace = QCheckBox(self)
        self.replace.setObjectName("replace")
        form.addRow("", self.replace)
        log_row = QHBoxLayout()
        self.enrolment_log = QLineEdit(self)
        self.enrolment_log.setObjectName("enrolment_log")
        self.choose_log_button = QPushButton(self)
        self.choose_log_button.clicked.connect(self.choose_enrolment_log)
        log_row.addWidget(self.enrolment_log, 1)
        log_row.addWidget(self.choose_log_button)
        self.enrolment_log_label = QLabel(self)
        self.enrolment_log_label.setBuddy(self.enrolment_log)
        self.enrolment_log_note = QLabel(self)
        self.enrolment_log_note.setWordWrap(True)
        form.addRow(self.enrolment_log_label, log_row)
        form.addRow("", self.enrolment_log_note)

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setObjectName("result")
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("problems")
        self.problems.setReadOnly(True)
        self.problems.hide()

        self.buttons = QDialogButtonBox(self)
        self.run_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.run_button.setObjectName("run")
        self.run_button.clicked.connect(self.run)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.export_box)
        layout.addWidget(self.import_box)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

        self.export_box.setVisible(may_export(context))
        self.import_box.setVisible(may_import(context))
        first = next((k for k in (*EXPORT_KINDS, *IMPORT_KINDS)
                      if self.kind_buttons[k].parentWidget().isVisibleTo(self)), None)
        if first is not None:
            self.kind_buttons[first].setChecked(True)
        self.kinds.buttonToggled.connect(lambda _button, _on: self._kind_changed())
        self.path.textChanged.connect(lambda _text: self._update_enabled())
        self.retranslate()
        self._kind_changed()

    # --- state ---

    @property
    def kind(self) -> str | None:
        return next((kind for kind, button in self.kind_buttons.items() if button.isChecked()), None)

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def _kind_changed(self) -> None:
        kind = self.kind
        exporting = kind in EXPORT_KINDS
        self.only_patient.setEnabled(exporting and not self.running)
        self.dry_run.setEnabled(kind == "import_patients" and not self.running)
        self.replace.setVisible(exporting)
        trial = kind in TRIAL_KINDS
        for widget in (self.enrolment_log_label, self.enrolment_log, self.choose_log_button,
                       self.enrolment_log_note):
            widget.setVisible(trial)
        # The log's rows appear for a trial export: the window grows to hold them instead of squeezing the rest.
        needed = self.sizeHint().height()
        if self.isVisible() and self.height() < needed:
            self.resize(self.width(), needed)
        self._retranslate_path()
        self._update_enabled()

    def _update_enabled(self) -> None:
        self.run_button.setEnabled(not self.running and self.kind is not None and bool(self.path.text().strip()))
        for widget in (self.export_box, self.import_box, self.path, self.choose_button, self.replace,
                       self.enrolment_log, self.choose_log_button):
            widget.setEnabled(not self.running)

    # --- words ---

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export and import"))
        self.export_box.setTitle(self.tr("Export"))
        self.import_box.setTitle(self.tr("Import"))
        names = {
            "json": self.tr("blinadesk JSON (can be imported again)"),
            "csv": self.tr("CSV tables for a spreadsheet (into a folder)"),
            "fhir": self.tr("HL7 FHIR R4 Bundle (JSON)"),
            "redcap": self.tr("REDCap data dictionary and records (into a folder)"),
            "sdtm": self.tr("CDISC SDTM-shaped CSV domains (into a folder)"),
            "import_json": self.tr("Patients and courses from a blinadesk JSON export"),
            "import_patients": self.tr("Patient list from a CSV file (registration only)"),
        }
        for kind, text in names.items():
            self.kind_buttons[kind].setText(text)
        self.mrn_label.setText(self.tr("Only patient &MRN:"))
        self.only_patient.setPlaceholderText(self.tr("empty: every patient"))
        self.dry_run.setText(self.tr("&Check only (dry run): write nothing"))
        self.replace.setText(self.tr("&Replace files that already exist"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.enrolment_log_label.setText(self.tr("&Enrolment log:"))
        self.enrolment_log.setPlaceholderText(self.tr("the trial's CSV file: mrn,subject_id"))
        self.choose_log_button.setText(self.tr("C&hoose…"))
        self.enrolment_log_note.setText(self.tr(
            "Trial files name each patient by the study's subject id from this log, never by the MRN; a "
            "patient missing from the log stops the export."))
        self.run_button.setText(self.tr("&Run"))
        self._retranslate_path()

    def _retranslate_path(self) -> None:
        kind = self.kind
        if kind in FILE_KINDS or kind in IMPORT_KINDS:
            self.path_label.setText(self.tr("&File:"))
        else:
            self.path_label.setText(self.tr("&Folder:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- choosing ---

    def choose_path(self) -> None:
        kind = self.kind
        current = self.path.text().strip()
        if kind in ("json", "fhir"):
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to file"), current,
                                                    self.tr("JSON files (*.json)"))
            if chosen:  # the file dialog already asked whether to replace an existing file
                self.replace.setChecked(True)
        elif kind in EXPORT_KINDS:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export into folder"), current)
        elif kind == "import_json":
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import file"), current,
                                                    self.tr("JSON files (*.json)"))
        else:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Patient list"), current,
                                                    self.tr("CSV files (*.csv *.txt)"))
        if chosen:
            self.path.setText(chosen)

    def choose_enrolment_log(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Enrolment log"), self.enrolment_log.text().strip(),
                                                self.tr("CSV files (*.csv *.txt)"))
        if chosen:
            self.enrolment_log.setText(chosen)

    # --- running ---

    def run(self) -> None:
        kind = self.kind
        actor = self.context.actor
        target = Path(self.path.text().strip()).expanduser()
        if kind is None or actor is None or not self.path.text().strip() or self.running:
            return
        self.running = True
        self.last_outcome = None
        self._kind_changed()
        self.result.setText(self.tr("Working…"))
        self.problems.clear()
        self.problems.hide()
        self.progress.setRange(0, 0)  # busy: the library functions do not say how far they are
        ward = self.context.ward
        if kind in EXPORT_KINDS:
            mrn = self.only_patient.text().strip() or None
            log = self.enrolment_log.text().strip()
            self.context.run(run_export, ward, actor, kind, target, mrn, self.replace.isChecked(),
                             Path(log).expanduser() if log and kind in TRIAL_KINDS else None,
                             on_done=self._done, on_error=self._failed, owner=self)
        else:
            dry_run = kind == "import_patients" and self.dry_run.isChecked()
            self.context.run_change(run_import, ward, actor, kind, target, dry_run,
                                    on_done=self._done, on_error=self._failed, owner=self)

    def _finished(self, ok: bool) -> None:
        self.running = False
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if ok else 0)
        self._kind_changed()

    def _done(self, outcome: Outcome) -> None:
        self._finished(True)
        self.last_outcome = outcome
        self.result.setText(self.describe(outcome))
        if len(outcome.files) > 1:
            self.problems.setPlainText("\n".join(f"{path}  ({count})" for path, (_name, count)
                                                 in zip(outcome.files, outcome.counts, strict=False)))
            self.problems.show()

    def describe(self, outcome: Outcome) -> str:
        counts = ", ".join(f"{name} {count}" for name, count in outcome.counts)
        if outcome.kind == "import_patients":
            measurements = dict(outcome.counts).get("measurements", 0)
            if outcome.dry_run:
                return self.tr("All {patients} patients ({measurements} measurements) in {file} are correct; "
                               "nothing was written (check only).").format(
                    patients=outcome.patients, measurements=measurements, file=outcome.files[0])
            return self.tr("Registered {patients} patients ({measurements} measurements) from {file}.").format(
                patients=outcome.patients, measurements=measurements, file=outcome.files[0])
        if outcome.kind == "import_json":
            return self.tr("Imported {patients} patients ({entries} entries) from {file}.").format(
                patients=outcome.patients, entries=dict(outcome.counts).get("entries", 0), file=outcome.files[0])
        if len(outcome.files) == 1:
            return self.tr("Wrote {file}: {patients} patients ({counts}).").format(
                file=outcome.files[0], patients=outcome.patients, counts=counts)
        return self.tr("Wrote {count} files into {folder}: {patients} patients. Rows per file:").format(
            count=len(outcome.files), folder=outcome.files[0].parent, patients=outcome.patients)

    def _failed(self, error: BaseException) -> None:
        from blinadesk.interop.patient_csv import PatientImportRejected
        from blinadesk.services.exchange import ImportRejected

        self._finished(False)
        if isinstance(error, ImportRejected | PatientImportRejected):
            self.result.setText(self.tr("The file was refused: {count} problem(s), listed below. "
                                        "Nothing was imported.").format(count=len(error.problems)))
            self.problems.setPlainText("\n".join(str(problem) for problem in error.problems))
            self.problems.show()
            return
        if isinstance(error, TargetExists):
            text = self.tr("Not written: these files already exist. Tick “Replace files that already exist” "
                           "or choose another place.")
            self.problems.setPlainText("\n".join(str(path) for path in error.paths))
            self.problems.show()
        elif isinstance(error, TargetIsFile):
            text = self.tr("{path} is a file; this export writes several files into a folder.").format(
                path=error.args[0])
        elif isinstance(error, LookupError):
            text = self.tr("No patient with MRN {mrn} in the record; nothing was written.").format(
                mrn=self.only_patient.text().strip())
        elif isinstance(error, OSError):
            text = self.tr("Cannot write {path}: {reason}").format(
                path=error.filename or self.path.text(), reason=error.strerror or error)
        elif isinstance(error, ValueError):
            text = str(error)  # unreadable file: the library's own sentence, with line and column
        else:
            text = self.context.runner.describe(error)
        self.result.setText(text)
