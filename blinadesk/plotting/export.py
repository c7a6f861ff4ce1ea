"""Saving a figure: the format follows the file name (PNG, SVG or PDF), so a user never picks it twice."""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}
PNG_DPI = 150  # sharp enough for a printed A4 page and for a slide


def figure_format(path: Path) -> str:
    """The format for `path`'s suffix; ValueError naming the ones we write otherwise."""
    found = FORMATS.get(path.suffix.lower())
    if found is None:
        raise ValueError(f"{path.name}: save as .png, .svg or .pdf")
    return found


def save_figure(fig: Figure, path: Path) -> Path:
    fmt = figure_format(path)
    # Fixed metadata: exporting the same course twice gives the same file (no creation date baked in).
    metadata = {"png": {"Software": "blinadesk"}, "svg": {"Date": None}, "pdf": {"CreationDate": None,
                                                                                 "Creator": "blinadesk"}}[fmt]
    fig.savefig(path, format=fmt, dpi=PNG_DPI if fmt == "png" else "figure", metadata=metadata)
    return path
