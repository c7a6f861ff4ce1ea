"""`blinadesk demo`: a fictitious ward to train on, as a fresh SQLite file (--out) or in an empty database (--db).

It never writes into a record that holds anything, and never into the default clinical record by accident:
a target must be named.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from blinadesk.cli import UserError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo", help="create a demo ward (fictitious patients, demo users) to train on",
        description="Create a demo ward: a fresh SQLite file with --out PATH, or fill an empty database named "
                    "with --db URL. Prints the demo users and their passwords.")
    parser.add_argument("--out", metavar="PATH", type=Path, help="the new SQLite demo file to create")
    parser.add_argument("--force", action="store_true", help="replace an existing --out file")
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=_day, default=None,
                        help="the day the demo ward lives in (default: today)")
    parser.add_argument("--seed", type=int, default=None, help="a different (but repeatable) demo ward")
    parser.set_defaults(func=run_demo)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def run_demo(args: argparse.Namespace) -> int:
    # Imported here: the use cases load the label editions and scales, which `blinadesk --help` need not pay for.
    from blinadesk.services.demo import DEFAULT_SEED, build_demo, build_demo_file
    from blinadesk.store.database import DATABASE_URL_VARIABLE, open_database
    from blinadesk.store.errors import StoreError

    today = args.today or date.today()
    seed = DEFAULT_SEED if args.seed is None else args.seed
    out: Path | None = args.out
    db_url = args.db or os.environ.get(DATABASE_URL_VARIABLE)
    if out is not None and args.db:
        raise UserError("give either --out PATH (a new demo file) or --db URL (an empty database), not both")
    if out is None and not db_url:
        raise UserError("say where the demo goes: --out PATH for a new SQLite file, or --db URL for an empty "
                        "database (the demo never fills the default clinical record)")
    try:
        if out is not None:
            out = out.expanduser().resolve()
            if out.exists() and not args.force:
                raise UserError(f"{out} exists; choose another name or add --force to replace it")
            if out.is_dir():
                raise UserError(f"{out} is a folder; give a file name such as {out / 'blinadesk-demo.sqlite3'}")
            built = build_demo_file(out, today, seed, replace=args.force)
            where = str(out)
        else:
            with open_database(db_url) as db:
                try:
                    built = build_demo(db, today, seed)
                except ValueError as exc:
                    raise UserError(str(exc)) from exc
                where = db.display_location
    except StoreError as exc:
        raise UserError(str(exc)) from exc
    except OSError as exc:
        raise UserError(f"cannot write {exc.filename or out}: {exc.strerror}") from exc
    print(f"demo ward as of {today.isoformat()} written to {where}: {built.patients} patients "
          f"({len(built.moscow_mrns)} in the Moscow 2017 cohort, MRNs {built.moscow_mrns[0]}...)")
    print("demo users (user name / password / role):")
    for user in built.users:
        print(f"  {user.username:<12} {user.password:<20} {user.role}")
    sys.stdout.flush()
    return 0
