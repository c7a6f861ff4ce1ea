"""Errors the engine raises. Each names the field at fault, in words a ward user understands."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class InvalidInput(ValueError):
    """One or more input fields are wrong; nothing was calculated."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))

    @classmethod
    def one(cls, field: str, message: str) -> InvalidInput:
        return cls([Problem(field, message)])


class LabelFileError(Exception):
    """A label-edition or scale file is broken. The engine refuses to run on it: never a silently wrong dose."""
