"""Window first: the sign-in window appears before the record's modules load, says it is opening the record,
and takes the user name and password meanwhile; Enter pressed early signs in once the record is open; a
record without users asks for the first administrator; a record that cannot be opened is explained; Quit
while opening ends cleanly. The main window's modules load while the user signs in, Qt's never off the GUI
thread."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from blinadesk.gui import app as gui_app
from blinadesk.gui.dialogs.first_admin import FirstAdministratorDialog
from blinadesk.gui.dialogs.sign_in import SignInDialog
from blinadesk.gui.preload import import_order, imported_modules, is_gui_module
from blinadesk.store.database import open_database, resolve_url

from .shell_support import PASSWORD, on_sqlite, settle

RECORD_MODULES = ("sqlalchemy", "alembic", "matplotlib", "blinadesk.store", "blinadesk.services",
                  "blinadesk.commands", "blinadesk.plotting")
pytestmark = pytest.mark.timeout(180)


def _loaded_by(code: str) -> list[str]:
    """The record's modules a fresh interpreter has loaded after running `code`."""
    probe = code + textwrap.dedent(f"""
        import json, sys
        watched = {RECORD_MODULES!r}
        print(json.dumps(sorted(m for m in sys.modules if m.startswith(watched) and
                                (m in watched or m.startswith(tuple(w + "." for w in watched))))))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_start_imports_no_record_module_before_its_first_window() -> None:
    # What `blinadesk` with no command imports: the command line, then the GUI's start.
    assert _loaded_by("from blinadesk.cli import build_parser\nbuild_parser([]).parse_args([])\n"
                      "import blinadesk.gui.app\n") == []
    assert _loaded_by("import blinadesk.gui.dialogs.sign_in\n") == []


def test_the_sign_in_window_opens_without_the_record_modules() -> None:
    shown = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication
        from blinadesk.gui.app import make_application
        from blinadesk.gui.dialogs.sign_in import SignInDialog
        from blinadesk.gui.settings import GuiSettings
        app = make_application(["test"])
        dialog = SignInDialog(None, settings=GuiSettings())
        dialog.show()
        QCoreApplication.processEvents()
        assert dialog.isVisible() and not dialog.record_is_open
    """)
    assert _loaded_by(shown) == []


@on_sqlite
def test_the_opening_window_says_so_and_enter_waits_for_the_record(qtbot, context, staff) -> None:
    dialog = SignInDialog(None, settings=context.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.status_text == "Opening the record…" and dialog.ui.progress.isVisible()
    assert not dialog.record_is_open and ok.isEnabled() and ok.text() == "Sign in"
    assert dialog.ui.demo_box.isHidden()

    dialog.ui.username.setText("nurse")
    dialog.ui.password.setText(PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)  # before the record is open
    assert dialog.waiting_for_record
    assert ok.text() == "Signing in…" and not ok.isEnabled()
    assert not dialog.ui.password.isEnabled() and context.actor is None

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.record_opened(context)
    assert dialog.status_text == "" and not dialog.ui.progress.isVisible()
    assert context.actor == staff.nurse


@on_sqlite
def test_a_wrong_password_typed_early_is_refused_once_the_record_is_open(qtbot, context, staff) -> None:
    dialog = SignInDialog(None, settings=context.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.username.setText("nurse")
    dialog.ui.password.setText("not-the-password")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    dialog.record_opened(context)
    settle(qtbot, context)
    assert dialog.problem_text == "Unknown user name or wrong password."
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and ok.text() == "Sign in"
    assert dialog.ui.password.isEnabled() and dialog.ui.password.text() == ""
    assert dialog.result() == 0 and context.actor is None


@on_sqlite
def test_a_refusal_in_russian_grows_the_window_instead_of_squeezing_the_fields(qtbot, context, staff) -> None:
    from blinadesk.gui.i18n import install_language
    from blinadesk.services.errors import SignInRefused

    install_language("ru")  # the context fixture puts English back
    dialog = SignInDialog(None, settings=context.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.record_opened(context)
    qtbot.waitExposed(dialog)
    dialog._refused(SignInRefused("Unknown user name or wrong password."))
    assert dialog.problem_text == "Неизвестное имя пользователя или неверный пароль."
    for field in (dialog.ui.username, dialog.ui.password):
        assert field.height() >= field.sizeHint().height()
    assert dialog.ui.problem.geometry().bottom() < dialog.buttons.geometry().top()


@on_sqlite
def test_the_ready_window_is_the_sign_in_as_before(qtbot, context, staff) -> None:
    dialog = SignInDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.record_is_open and dialog.status_text == "" and not dialog.ui.progress.isVisible()


# --- the whole start, through run_app -----------------------------------------------------------------


def _poll(condition: Callable[[], bool], then: Callable[[], None], timeout_ms: int = 30_000) -> None:
    """Calls `then` on the GUI thread once `condition` holds (from inside the start's own event loops); if it
    never does, closes every window so that the start ends and the test's assertions say what was missed."""
    waited = [0]

    def check() -> None:
        if condition():
            then()
        elif waited[0] < timeout_ms:
            waited[0] += 20
            QTimer.singleShot(20, check)
        else:
            QApplication.closeAllWindows()

    QTimer.singleShot(0, check)


def _visible(kind: type) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)


@on_sqlite
def test_enter_pressed_at_once_signs_in_and_opens_the_main_window(qapp, record, staff) -> None:
    seen: dict[str, object] = {}

    def first_window(dialog: SignInDialog) -> None:
        seen["opening"] = (dialog.status_text, dialog.record_is_open, dialog.isVisible())
        dialog.ui.username.setText("nurse")
        dialog.ui.password.setText(PASSWORD)
        dialog.ui.password.setFocus()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["waiting"] = dialog.waiting_for_record

    def main_window(window: QWidget) -> None:
        context = window.context  # type: ignore[attr-defined]
        seen["actor"] = context.actor
        _poll(lambda: window.today.worklist is not None, window.quit)  # type: ignore[attr-defined]

    watch = gui_app.StartWatch(first_window, main_window, auto_backup=False)
    status = gui_app.run_app(argparse.Namespace(db=f"sqlite:///{record.sqlite_path}", demo=False), watch)
    assert status == 0
    assert seen["opening"] == ("Opening the record…", False, True)
    assert seen["waiting"] is True
    assert seen["actor"] == staff.nurse


@on_sqlite
def test_a_record_without_users_asks_for_the_first_administrator_then_signs_in(qapp, record) -> None:
    steps: list[str] = []

    def create_administrator() -> None:
        first = _visible(FirstAdministratorDialog)
        assert isinstance(first, FirstAdministratorDialog)
        steps.append("first administrator")
        first.ui.username.setText("chief")
        first.ui.full_name.setText("Head Nurse")
        first.ui.password.setText(PASSWORD)
        first.ui.password_again.setText(PASSWORD)
        first.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        _poll(lambda: isinstance(_visible(SignInDialog), SignInDialog), quit_on_sign_in)

    def quit_on_sign_in() -> None:
        dialog = _visible(SignInDialog)
        assert isinstance(dialog, SignInDialog) and dialog.record_is_open
        steps.append(f"sign in as {dialog.ui.username.text()}")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    def first_window(dialog: SignInDialog) -> None:
        steps.append("sign-in window")
        _poll(lambda: isinstance(_visible(FirstAdministratorDialog), FirstAdministratorDialog),
              create_administrator)

    watch = gui_app.StartWatch(first_window, auto_backup=False)
    status = gui_app.run_app(argparse.Namespace(db=f"sqlite:///{record.sqlite_path}", demo=False), watch)
    assert status == 0
    assert steps == ["sign-in window", "first administrator", "sign in as chief"]
    from blinadesk.services.ward import Ward

    assert Ward(record).has_users()


def test_a_record_that_cannot_be_opened_closes_the_sign_in_window_and_says_why(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_record = tmp_path / "notes.sqlite3"
    not_a_record.write_text("shopping list, not a database", encoding="utf-8")
    shown: list[str] = []
    windows: list[SignInDialog] = []

    def told(_parent: object, title: str, text: str) -> None:
        shown.append(f"{title}: {text}")
        assert not windows[0].isVisible()  # the message stands alone, not over a dead sign-in window

    monkeypatch.setattr(QMessageBox, "critical", told)
    status = gui_app.run_app(argparse.Namespace(db=f"sqlite:///{not_a_record}", demo=False),
                             gui_app.StartWatch(windows.append))
    assert status == 1
    assert len(windows) == 1
    assert len(shown) == 1 and "The record cannot be opened" in shown[0] and "not an SQLite database" in shown[0]
    assert "Traceback" not in shown[0]


@on_sqlite
def test_quit_while_the_record_opens_ends_once_it_is_open(qapp, record, staff) -> None:
    def first_window(dialog: SignInDialog) -> None:
        assert not dialog.record_is_open
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    status = gui_app.run_app(argparse.Namespace(db=f"sqlite:///{record.sqlite_path}", demo=False),
                             gui_app.StartWatch(first_window, auto_backup=False))
    assert status == 0
    assert _visible(SignInDialog) is None and _visible(gui_app.Splash) is None


# --- the single-instance key, worked out without SQLAlchemy -------------------------------------------


@pytest.mark.parametrize("db", [
    None, "ward.sqlite3", "~/ward.sqlite3", "sqlite:///ward.sqlite3", "sqlite:////srv/ward/blinadesk.sqlite3",
    "sqlite+pysqlite:////srv/ward.sqlite3", "postgresql://ward:secret@db.example/blinadesk",
    "postgres://ward@db.example:5433/blinadesk", "postgresql+psycopg://db.example/blinadesk",
])
def test_the_record_key_names_the_record_the_store_opens(db: str | None, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    expected = resolve_url(db).render_as_string(hide_password=True)
    assert gui_app.record_url(argparse.Namespace(db=db)) == expected


def test_the_record_key_follows_the_environment_and_refuses_memory(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    monkeypatch.setenv("BLINADESK_DATABASE_URL", str(tmp_path / "from-env.sqlite3"))
    assert gui_app.record_url(argparse.Namespace(db=None)) == f"sqlite:///{tmp_path / 'from-env.sqlite3'}"
    assert gui_app.record_url(argparse.Namespace(db="sqlite://")) is None
    assert gui_app.record_url(argparse.Namespace(db="mysql://ward@db/blinadesk")) is None


# --- the main window's modules, loaded while signing in ------------------------------------------------


def test_the_preload_order_is_what_the_main_window_imports_each_after_its_imports() -> None:
    root = gui_app.MAIN_WINDOW_MODULE
    order = import_order(root)
    probe = (f"import sys, json; import {root}; "
             "print(json.dumps(sorted(m for m in sys.modules if m.startswith('blinadesk.'))))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    loaded = set(json.loads(subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                                           check=True, env=env).stdout))
    assert set(order) == loaded
    assert order[-1] == root
    # The GUI's modules are imported a module at a time: each comes after the modules it imports. (The
    # store's package and its modules import each other; the worker imports those in one go, any order.)
    position = {name: index for index, name in enumerate(order)}
    for name in filter(is_gui_module, order):
        assert all(position[dependency] < position[name] for dependency in imported_modules(name)), name


def test_the_start_s_worker_loads_no_qt_module(tmp_path: Path) -> None:
    # PySide6 deadlocks when two threads create its types at once: what the worker runs must not import Qt's
    # modules or the GUI's own (they define Qt classes); blinadesk.gui.preload, which it uses, has no Qt.
    url = f"sqlite:///{tmp_path / 'ward.sqlite3'}"
    open_database(url).close()
    probe = textwrap.dedent(f"""
        import json, sys, threading
        from blinadesk.gui import app
        before = set(sys.modules)
        done = {{}}
        def work():
            done["record"] = app.open_ward({url!r})
            done["gui"] = app.main_window_modules()
            done["record"].ward.db.close()
        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        loaded = sorted(m for m in set(sys.modules) - before
                        if m.startswith(("PySide6", "shiboken6", "blinadesk.gui")) and m != "blinadesk.gui.preload")
        print(json.dumps([loaded, len(done["gui"])]))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env)
    loaded, gui_modules = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == []
    assert gui_modules > 10  # and it did find the GUI's modules, for the GUI thread to import
    qt_free = "import sys, blinadesk.gui.preload; print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    assert subprocess.run([sys.executable, "-c", qt_free], capture_output=True, text=True, check=True,
                          env=env).stdout.strip() == "[]"


def test_imports_only_a_type_checker_reads_are_not_followed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A module of blinadesk.gui for the scan, in a folder added to the package's path.
    module = tmp_path / "blinadesk" / "gui" / "probe_start.py"
    module.parent.mkdir(parents=True)
    module.write_text(textwrap.dedent("""
        from __future__ import annotations
        from typing import TYPE_CHECKING
        from blinadesk.gui import settings
        if TYPE_CHECKING:
            from blinadesk.services.ward import Ward
        from blinadesk.gui.i18n import install_language
        def later():
            import blinadesk.store
    """))
    import blinadesk.gui

    monkeypatch.setattr(blinadesk.gui, "__path__", [*blinadesk.gui.__path__, str(module.parent)])
    assert imported_modules("blinadesk.gui.probe_start") == [
        "blinadesk.gui", "blinadesk.gui.settings", "blinadesk.gui.i18n"]


def test_the_gui_preload_imports_on_the_gui_thread_and_says_when_done(qtbot) -> None:
    order = [name for name in import_order(gui_app.MAIN_WINDOW_MODULE) if is_gui_module(name)]
    preload = gui_app.GuiPreload(order)
    with qtbot.waitSignal(preload.finished, timeout=30_000):
        preload.start()
    assert preload.done and preload.error is None
    assert all(name in sys.modules for name in order)


def test_the_smoke_test_on_a_record_without_users_shows_the_first_administrator(
        qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(FirstAdministratorDialog, "show", lambda self: shown.append("first administrator"))
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    open_database(url).close()
    assert gui_app.run_app(argparse.Namespace(db=url, demo=False, smoke_test=True)) == 0
    assert "blinadesk: window opened" in capsys.readouterr().out
    assert shown == ["first administrator"]
