"""Fixtures of the GUI tests: the shell's live in shell_support.py (a real SQLite record, a Ward, the staff,
an AppContext). Tests run their GUI on SQLite only: mark them `@on_sqlite` (from shell_support)."""

from __future__ import annotations

from .shell_support import context, record, shell_template, staff, ward

__all__ = ["context", "record", "shell_template", "staff", "ward"]
