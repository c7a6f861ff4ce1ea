"""Where blinadesk finds its data files (label editions, scales, icons, translations).

The top-level `resources/` folder is the single source. It is found, in order: through
BLINADESK_RESOURCES (tests, unusual installs), inside a PyInstaller bundle, or next to the package
(a source checkout or an editable install).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("BLINADESK_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
