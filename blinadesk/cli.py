"""The `blinadesk` command line: subcommands are registered by the modules in blinadesk.commands.

Each command module exposes `register(subparsers)`; it adds its parser and sets `func` to a callable
taking the parsed arguments and returning an exit status. Errors meant for the user are raised as
`UserError` and printed as one line; a user never sees a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from blinadesk import __version__

# Command modules, imported only when the command line is parsed so that start-up stays cheap.
COMMAND_MODULES = (
    "blinadesk.commands.calc",
    "blinadesk.commands.record",
    "blinadesk.commands.demo",
    "blinadesk.commands.exchange",
    "blinadesk.commands.plot",
    "blinadesk.commands.report",
    "blinadesk.commands.interop",
)


# Which module defines each command, so that `blinadesk calc` does not pay for importing the record,
# Qt or matplotlib. A command missing here still works: the full list is imported for it.
COMMAND_OWNERS = {
    "calc": "blinadesk.commands.calc",
    "backup": "blinadesk.commands.record", "restore": "blinadesk.commands.record",
    "audit": "blinadesk.commands.record", "db": "blinadesk.commands.record",
    "demo": "blinadesk.commands.demo",
    "export": "blinadesk.commands.exchange", "import": "blinadesk.commands.exchange",
    "plot": "blinadesk.commands.plot", "report": "blinadesk.commands.report",
    "export-fhir": "blinadesk.commands.interop", "export-redcap": "blinadesk.commands.interop",
    "export-sdtm": "blinadesk.commands.interop", "import-patients": "blinadesk.commands.interop",
}


class UserError(Exception):
    """A problem the user can fix; printed as `blinadesk: <message>` with exit status 2."""


def _command_in(argv: Sequence[str]) -> str | None:
    """The command word of a command line (skipping global options and the value of --db)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--db":
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="blinadesk",
        description="Blinatumomab treatment tracking. Without a command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"blinadesk {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: the embedded SQLite file; "
                        "also BLINADESK_DATABASE_URL), e.g. postgresql+psycopg://user@host/blinadesk")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo database")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window, then quit (packaging check)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    words = list(argv or [])
    command = _command_in(words)
    owner = COMMAND_OWNERS.get(command or "")
    if owner:
        modules: tuple[str, ...] = (owner,)
    elif command is None and argv is not None and not {"-h", "--help"} & set(words):
        # No command: the desktop starts, and no command module is needed (they import the record's
        # modules, which the desktop loads only once its first window is up).
        modules = ()
    else:
        modules = COMMAND_MODULES
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command module not written yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        try:
            from blinadesk.gui.app import run_app
        except ImportError as exc:  # e.g. Qt's system libraries are missing on this machine
            print(f"blinadesk: the desktop application cannot start: {exc}. The README lists the system packages "
                  "Qt needs; the commands (`blinadesk --help`) work without them.", file=sys.stderr)
            return 2
        return int(run_app(args))
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        print(f"blinadesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0  # the reader (e.g. `| head`) went away; not an error of ours
    except Exception as exc:  # a user never sees a traceback; the log file keeps it
        from blinadesk.store.errors import StoreError  # only on the error path: keeps start-up light

        if isinstance(exc, StoreError):
            print(f"blinadesk: {exc}", file=sys.stderr)
            return 2
        return _report_internal_error(exc)


def _report_internal_error(exc: BaseException) -> int:
    import logging
    import tempfile
    import traceback
    from pathlib import Path

    log_dir = Path(os.environ.get("BLINADESK_DATA_DIR") or tempfile.gettempdir())
    log_file = log_dir / "blinadesk-error.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        with log_file.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
        where = f"; details were written to {log_file}"
    except OSError:
        logging.getLogger("blinadesk").exception("internal error")
        where = ""
    print(f"blinadesk: internal error ({type(exc).__name__}): nothing was changed by the failed step{where}",
          file=sys.stderr)
    return 3
