"""One window per record: a second start on the same database asks the first to come to the front (or learns
why it cannot), and a start on another database is not affected. Both "instances" live in this test process,
each with its own server object, talking over a real local socket."""

from __future__ import annotations

import socket
import sys
import uuid
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtNetwork")

from blinadesk.gui.single_instance import acquire_single_instance, normalized_db_url, server_name


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    # A fresh path per test: socket names are global to the machine, so tests must not share them.
    return str(tmp_path / f"ward-{uuid.uuid4().hex}.sqlite3")


def test_a_second_start_raises_the_first_window(qapp: object, db_url: str) -> None:
    raised: list[str] = []
    first = acquire_single_instance(db_url, lambda: raised.append("first") or None)
    assert first is not None and first.listening
    notices: list[str] = []
    try:
        second = acquire_single_instance(db_url, lambda: None, notify=notices.append)
        assert second is None
        assert raised == ["first"]
        assert notices == ["blinadesk is already open on this record; its window was brought to the front."]
        # The same file named another way is the same record.
        third = acquire_single_instance(f"sqlite:///{db_url}", lambda: None, notify=notices.append)
        assert third is None and raised == ["first", "first"]
    finally:
        first.close()


def test_a_locked_first_window_says_why_it_did_not_come_forward(qapp: object, db_url: str) -> None:
    first = acquire_single_instance(db_url, lambda: "the screen is locked; sign in on the open window")
    assert first is not None
    notices: list[str] = []
    try:
        assert acquire_single_instance(db_url, lambda: None, notify=notices.append) is None
        assert notices == ["blinadesk is already open on this record but could not come to the front: "
                           "the screen is locked; sign in on the open window."]
    finally:
        first.close()


def test_another_record_and_a_closed_first_instance_do_not_block(qapp: object, db_url: str, tmp_path: Path) -> None:
    first = acquire_single_instance(db_url, lambda: None)
    assert first is not None
    other = acquire_single_instance(str(tmp_path / "other.sqlite3"), lambda: None)
    assert other is not None and other.listening
    other.close()
    first.close()
    again = acquire_single_instance(db_url, lambda: None)  # the first one quit: this start takes over
    assert again is not None and again.listening
    again.close()


def test_the_socket_name_hides_the_path_and_follows_the_record(tmp_path: Path) -> None:
    path = tmp_path / "ward.sqlite3"
    assert server_name(str(path)) == server_name(f"sqlite:///{path}")
    assert server_name(str(path)) != server_name(str(tmp_path / "other.sqlite3"))
    assert str(tmp_path) not in server_name(str(path)) and server_name(str(path)).startswith("blinadesk-")
    assert normalized_db_url("postgresql+psycopg://ward@db/blinadesk") == "postgresql+psycopg://ward@db/blinadesk"


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_socket_left_by_a_crashed_instance_is_taken_over(qapp: object, db_url: str) -> None:
    from PySide6.QtCore import QDir

    path = Path(QDir.tempPath()) / server_name(db_url)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # bound but never listening: what a killed instance leaves behind
    stale.close()
    try:
        instance = acquire_single_instance(db_url, lambda: None, timeout_ms=500)
        assert instance is not None and instance.listening
        instance.close()
    finally:
        path.unlink(missing_ok=True)
