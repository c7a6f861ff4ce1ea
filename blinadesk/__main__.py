"""Composition root: `python -m blinadesk` and the `blinadesk` console script."""

from __future__ import annotations

import sys


def main() -> int:
    from blinadesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
