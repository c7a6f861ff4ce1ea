"""Reading exported files by their headers, without trusting the library that wrote them."""

from __future__ import annotations

import re
import struct
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.figure import Figure


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-"), "not a PDF file"
    assert data.rstrip().endswith(b"%%EOF"), "PDF not finished (no %%EOF)"
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def track(fig: Figure, name: str) -> Axes:
    found = [ax for ax in fig.axes if ax.get_gid() == name]
    assert len(found) == 1, f"no single track {name!r}"
    return found[0]


def artist(ax: Axes, gid: str) -> object:
    found = [a for a in ax.get_children() if a.get_gid() == gid]
    assert found, f"no artist {gid!r} in {ax.get_gid()}"
    return found[0]
