"""The services' sentences in the chosen language (filled in below)."""

from __future__ import annotations


def translate_message(text: str) -> str:
    return text
