"""Input checks shared by the use cases: collect every problem of a form, then refuse once."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Collection
from datetime import date, datetime, timedelta
from typing import Any

from blinadesk.domain.limits import LIMITS
from blinadesk.services.errors import FieldProblem, ValidationError, problem


class Checks:
    """Collects the problems of one request; `done()` raises them all together (or returns)."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def add(self, field: str, message: str) -> None:
        self.problems.append(problem(field, message))

    def extend(self, error: ValidationError) -> None:
        self.problems.extend(error.problems)

    def has(self, field: str) -> bool:
        return any(p.field == field for p in self.problems)

    def done(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    # --- values --------------------------------------------------------------------------------------

    def text(self, field: str, value: object, *, max_length: int, required: bool = True) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.add(field, "is required")
            return None
        if not isinstance(value, str):
            self.add(field, "must be text")
            return None
        # Control characters (a NUL, an escape) are typing accidents or tampering: PostgreSQL cannot even store
        # a NUL. Line breaks and tabs are allowed in multi-line notes.
        if any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in value):
            self.add(field, "contains a control character; retype it")
            return None
        cleaned = " ".join(value.split()) if "\n" not in value else value.strip()
        if len(cleaned) > max_length:
            self.add(field, f"must be at most {max_length} characters (got {len(cleaned)})")
            return None
        return cleaned

    def number(self, field: str, value: object, *, required: bool = True) -> float | None:
        if value is None:
            if required:
                self.add(field, "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            self.add(field, "must be a number")
            return None
        return float(value)

    def whole(self, field: str, value: object, *, required: bool = True) -> int | None:
        if value is None:
            if required:
                self.add(field, "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                return int(value)
            self.add(field, "must be a whole number")
            return None
        return value

    def in_limits(self, field: str, value: object, key: str | None = None, *,
                  required: bool = True) -> float | None:
        """A number within the plausibility limits of blinadesk.domain.limits (data-entry guards)."""
        number = self.number(field, value, required=required)
        if number is None:
            return None
        limit = LIMITS[key or field]
        if not limit.low <= number <= limit.high:
            unit = f" {limit.unit}" if limit.unit else ""
            self.add(field, f"must be between {limit.low:g} and {limit.high:g}{unit}, got {number:g}")
            return None
        return number

    def between(self, field: str, value: object, low: float, high: float, unit: str = "", *,
                required: bool = True, low_exclusive: bool = False) -> float | None:
        number = self.number(field, value, required=required)
        if number is None:
            return None
        too_low = number <= low if low_exclusive else number < low
        if too_low or number > high:
            lower = f"more than {low:g}" if low_exclusive else f"between {low:g}"
            suffix = f" {unit}" if unit else ""
            text = (f"must be {lower} and at most {high:g}{suffix}" if low_exclusive
                    else f"must be {lower} and {high:g}{suffix}")
            self.add(field, f"{text}, got {number:g}")
            return None
        return number

    def choice(self, field: str, value: object, allowed: Collection[str], *, required: bool = True) -> str | None:
        if value is None or value == "":
            if required:
                self.add(field, f"is required (one of: {', '.join(allowed)})")
            return None
        if not isinstance(value, str) or value not in allowed:
            self.add(field, f"must be one of: {', '.join(allowed)}; got {value!r}")
            return None
        return value

    def flag(self, field: str, value: object) -> bool | None:
        if not isinstance(value, bool):
            self.add(field, "must be yes or no")
            return None
        return value

    def a_date(self, field: str, value: object, *, required: bool = True) -> date | None:
        if value is None:
            if required:
                self.add(field, "is required")
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            self.add(field, "must be a date")
            return None
        return value



def not_in_future(checks: Checks, field: str, when: date | datetime | None, now: datetime, today: date,
                  tolerance: timedelta) -> None:
    if when is None:
        return
    if isinstance(when, datetime):
        if when > now + tolerance:
            checks.add(field, "must not be in the future")
    elif when > today:
        checks.add(field, "must not be in the future")


def as_plain(value: Any) -> Any:
    """A value as JSON-friendly data (dates as ISO text), for verdicts and guidance kept verbatim."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): as_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_plain(v) for v in value]
    return value
