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


class UserError(Exception):
    """A problem the user can fix; printed as `blinadesk: <message>` with exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="blinadesk",
        description="Blinatumomab treatment tracking. Without a command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"blinadesk {__version__}")
    parser.add_argument("--db", metavar="URL", help="database URL (default: the embedded SQLite file; "
                        "also BLINADESK_DATABASE_URL), e.g. postgresql+psycopg://user@host/blinadesk")
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo database")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue  # a command module not written yet
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        try:
            from blinadesk.gui.app import run_app
        except ModuleNotFoundError:
            parser.print_help()
            return 0
        return run_app(args)
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
