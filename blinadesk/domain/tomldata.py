"""Strict reading of the engine's TOML data files: every key checked, unknown keys refused.

A misspelt key in a label edition ("fixed_mcg_per_dya") must stop the engine with a message naming
the file and the key; it must never fall back to a default and produce a silently wrong dose.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any, TypeVar

from blinadesk.domain.errors import LabelFileError

T = TypeVar("T")
_SOURCE_KEY = re.compile(r"\[(S\d+[a-z]?)\]")


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise LabelFileError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise LabelFileError(f"{path.name}: not valid TOML ({exc})") from exc


class Table:
    """A TOML table being read: remembers where it is, and which keys were used."""

    def __init__(self, data: Any, where: str, source_keys: frozenset[str] = frozenset()) -> None:
        if not isinstance(data, dict):
            raise LabelFileError(f"{where}: must be a table")
        self._data: dict[str, Any] = data
        self.where = where
        self._used: set[str] = set()
        self._source_keys = source_keys

    def _fail(self, key: str, message: str) -> LabelFileError:
        return LabelFileError(f"{self.where}.{key}: {message}")

    def has(self, key: str) -> bool:
        return key in self._data

    def _get(self, key: str, required: bool) -> Any:
        self._used.add(key)
        if key not in self._data:
            if required:
                raise self._fail(key, "is missing")
            return None
        return self._data[key]

    def text(self, key: str, *, required: bool = True, default: str = "") -> str:
        value = self._get(key, required)
        if value is None:
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            raise self._fail(key, "must be a non-empty text")
        return value

    def texts(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self._fail(key, "must be a list of texts")
        return tuple(value)

    def choice(self, key: str, allowed: tuple[str, ...], *, required: bool = True) -> str:
        value = self.text(key, required=required)
        if value and value not in allowed:
            raise self._fail(key, f"must be one of {', '.join(allowed)}, got {value!r}")
        return value

    def boolean(self, key: str, *, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self._fail(key, "must be true or false")
        return value

    def number(self, key: str, *, required: bool = True, positive: bool = True) -> float | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._fail(key, "must be a number")
        if positive and not value > 0:
            raise self._fail(key, f"must be greater than 0, got {value}")
        return float(value)

    def req_number(self, key: str, *, positive: bool = True) -> float:
        value = self.number(key, required=True, positive=positive)
        assert value is not None
        return value

    def integer(self, key: str, *, required: bool = True, minimum: int = 1) -> int:
        value = self._get(key, required)
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(key, "must be a whole number")
        if value < minimum:
            raise self._fail(key, f"must be at least {minimum}, got {value}")
        return value

    def span(self, key: str, *, required: bool = True) -> tuple[int, int] | None:
        value = self._get(key, required)
        if value is None:
            return None
        ok = (isinstance(value, list) and len(value) == 2
              and all(isinstance(v, int) and not isinstance(v, bool) for v in value))
        if not ok or not 1 <= value[0] <= value[1]:
            raise self._fail(key, f"must be [first, last] with 1 <= first <= last, got {value!r}")
        return (value[0], value[1])

    def source(self, key: str = "source") -> str:
        """A rule's source text; every [Sx] key in it must be listed in the file's [sources]."""
        text = self.text(key)
        for found in _SOURCE_KEY.findall(text):
            if self._source_keys and found not in self._source_keys:
                raise self._fail(key, f"cites [{found}], which is not listed in [sources]")
        return text

    def table(self, key: str, *, required: bool = True) -> Table | None:
        value = self._get(key, required)
        if value is None:
            return None
        return Table(value, f"{self.where}.{key}", self._source_keys)

    def req_table(self, key: str) -> Table:
        table = self.table(key, required=True)
        assert table is not None
        return table

    def tables(self, key: str, *, required: bool = True) -> list[Table]:
        value = self._get(key, required)
        if value is None:
            return []
        if not isinstance(value, list) or (required and not value):
            raise self._fail(key, "must be a non-empty list of tables ([[...]])")
        return [Table(item, f"{self.where}.{key}[{i}]", self._source_keys) for i, item in enumerate(value)]

    def keys(self) -> list[str]:
        return list(self._data)

    def done(self) -> None:
        """Refuse keys that were never read: they are typos or rules the engine does not know."""
        unknown = sorted(set(self._data) - self._used)
        if unknown:
            raise LabelFileError(f"{self.where}: unknown key(s) {', '.join(unknown)}")
