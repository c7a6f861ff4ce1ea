"""Packaging tests: the `bundle` marker (registered here so the suite's --strict-markers accepts it)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "bundle: builds the PyInstaller bundle (minutes); needs BLINADESK_TEST_BUNDLE=1")
