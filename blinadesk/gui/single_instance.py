"""One blinadesk window per record: a second start on the same database brings the first one to the front.

Two windows on one record confuse a ward (which one did I sign in on? which one shows today's entry?), so
the first instance listens on a local socket (QLocalServer: a Unix socket, or a named pipe on Windows) whose
name is a hash of the database URL and the OS user; a second start connects, asks "activate", and quits
with the first one's answer: raised, or why not (e.g. the first window is locked and waits for a sign-in).

    instance = acquire_single_instance(db_url, on_activate=window.bring_to_front)
    if instance is None:
        return 0  # the other window took over; the reason was shown through `notify`

`on_activate` returns None when it raised its window, or a sentence saying why it could not. Different records
(two SQLite files, a file and a PostgreSQL server) get different sockets and may be open side by side.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
RAISED = "raised"
REFUSED = "refused "
DEFAULT_TIMEOUT_MS = 3000


def normalized_db_url(db_url: str) -> str:
    """The same record always gives the same text: bare paths and sqlite:/// paths are made absolute."""
    text = db_url.strip()
    if "://" not in text:
        return "sqlite:///" + str(Path(text).expanduser().resolve())
    scheme, _, rest = text.partition("://")
    if scheme.startswith("sqlite"):
        return "sqlite:///" + str(Path(rest.removeprefix("/")).expanduser().resolve()) if rest.startswith("/") \
            else text
    return text


def server_name(db_url: str) -> str:
    """The local socket's name for this record and OS user.

    Hashed so that no path or password appears in /tmp or the pipe namespace; the OS user is part of the key
    because one user's socket is not reachable by another (UserAccessOption) and must not block their start."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in a stripped environment: still one socket per record
        user = ""
    digest = hashlib.sha256(f"{normalized_db_url(db_url)}\n{user}".encode()).hexdigest()
    return f"blinadesk-{digest[:32]}"


class SingleInstance(QObject):
    """The first instance's listener. Keep it alive as long as the main window; `close()` frees the name."""

    def __init__(self, name: str, on_activate: Callable[[], str | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._on_activate = on_activate
        self.server = QLocalServer(self)
        # Only this OS user may connect: another user's start must not raise (or probe) this window.
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        if self.server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            # A socket file left by an instance that crashed (we already know nobody answers on it).
            QLocalServer.removeServer(self.name)
            return self.server.listen(self.name)
        return False

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            if socket is None:
                return
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data())
        if request != ACTIVATE:
            socket.write(f"{REFUSED}unknown request\n".encode())
        else:
            try:
                reason = self._on_activate()
            except Exception as exc:  # the window could not be raised: say so rather than leave the caller waiting
                log.exception("raising the window for a second start failed")
                reason = f"it failed to come to the front ({type(exc).__name__})"
            reply = RAISED if reason is None else f"{REFUSED}{reason}"
            socket.write((reply.replace("\n", " ") + "\n").encode())
        socket.flush()
        socket.disconnectFromServer()


def _ask_running_instance(name: str, timeout_ms: int) -> tuple[bool, str | None]:
    """(someone is listening, their answer or None when they did not answer in time).

    Waits in a local event loop rather than with blocking waitFor* calls, so that it also works when both
    ends live in one thread (tests) and the GUI of a starting instance stays responsive."""
    socket = QLocalSocket()
    loop = QEventLoop()
    state: dict[str, object] = {}

    def on_connected() -> None:
        state["connected"] = True
        socket.write(ACTIVATE)
        socket.flush()

    def on_ready() -> None:
        if socket.canReadLine():
            state["reply"] = bytes(socket.readLine().data()).decode(errors="replace").strip()
            loop.quit()

    def on_error(error: QLocalSocket.LocalSocketError) -> None:
        state.setdefault("error", error)
        if error != QLocalSocket.LocalSocketError.PeerClosedError or "reply" not in state:
            loop.quit()

    socket.connected.connect(on_connected)
    socket.readyRead.connect(on_ready)
    socket.errorOccurred.connect(on_error)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    socket.connectToServer(name)
    if "error" not in state and "reply" not in state:  # errors can be reported before the loop starts
        timer.start(timeout_ms)
        loop.exec()
    timer.stop()
    connected = bool(state.get("connected"))
    reply = state.get("reply")
    socket.abort()
    return connected, reply if isinstance(reply, str) else None


def _print_notice(message: str) -> None:
    print(f"blinadesk: {message}", file=sys.stderr)


def acquire_single_instance(db_url: str, on_activate: Callable[[], str | None], *,
                            timeout_ms: int = DEFAULT_TIMEOUT_MS,
                            notify: Callable[[str], None] = _print_notice) -> SingleInstance | None:
    """Become the one instance for `db_url`, or ask the running one to come to the front.

    Returns the listener (keep a reference) when this process should open its window; None when another
    instance has the record open: `notify` then gets a sentence for the user saying what happened. Needs a
    Q(Core)Application. When no socket can be made at all (a locked-down temp folder), the app still opens:
    a second window is a nuisance, not being able to work is worse; the listener then has `listening` False."""
    name = server_name(db_url)
    connected, reply = _ask_running_instance(name, timeout_ms)
    if connected:
        if reply == RAISED:
            notify("blinadesk is already open on this record; its window was brought to the front.")
        elif reply is not None and reply.startswith(REFUSED.strip()):
            reason = reply[len(REFUSED):].strip() if reply.startswith(REFUSED) else "no reason given"
            notify(f"blinadesk is already open on this record but could not come to the front: {reason}.")
        else:
            notify(f"blinadesk is already open on this record but did not answer within {timeout_ms / 1000:g} s "
                   "(it may be busy); switch to its window.")
        return None
    instance = SingleInstance(name, on_activate)
    if not instance.listen():
        log.warning("single-instance socket %s unavailable: %s", name, instance.server.errorString())
    return instance


__all__ = ["SingleInstance", "acquire_single_instance", "normalized_db_url", "server_name"]
