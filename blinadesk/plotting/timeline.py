"""One patient's whole course on one page: stacked tracks over a shared date axis.

Tracks, top to bottom: cycles (planned against given, interruptions, treatment-free days), the daily dose as a
step line, temperature over the CTCAE fever bands, CRS and ICANS grade strips, neurological events and
seizures, marrow blasts, MRD on a log axis (lines at 1e-4 and 1e-3), and transplant / relapse / progression /
death markers. Today and the transplant/relapse dates run as vertical lines through every track.

The figure is built with `Figure()` (never pyplot) so the same object is embedded in the app and saved headless.
Its words are English unless `translate` (or the installed translation, blinadesk.plotting.words) says otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

import numpy as np
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, NullLocator

from blinadesk.plotting import style
from blinadesk.plotting.data import GradedPoint, Span, TimelineData
from blinadesk.plotting.words import MONTHS, Translate, translation

TRACKS = ("cycles", "dose", "temperature", "crs_icans", "neuro", "blasts", "mrd", "events")
_HEIGHTS = {"cycles": 0.9, "dose": 1.1, "temperature": 1.5, "crs_icans": 0.7, "neuro": 0.7, "blasts": 1.0,
            "mrd": 1.3, "events": 0.55}
MRD_FLOOR = 1e-6  # where "MRD not detected" (0) is drawn on the log axis
A4_LANDSCAPE_IN = (11.69, 8.27)


def _num(moments: Iterable[datetime]) -> np.ndarray:
    return np.asarray(mdates.date2num(list(moments)), dtype=float)


def _day(moment: datetime) -> float:
    return float(mdates.date2num(moment))


def _bars(spans: Sequence[Span]) -> list[tuple[float, float]]:
    return [(_day(s.start), max(_day(s.end) - _day(s.start), 1e-3)) for s in spans]


def _no_entries(ax: Axes, text: str) -> None:
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center",
            fontsize=style.FONT_SIZE - 1, color=style.GREY, style="italic")


def _daily_worst(points: Sequence[GradedPoint]) -> list[tuple[datetime, int]]:
    """The worst grade of each ward day: the strip shows days, whatever the number of observations."""
    worst: dict[datetime, int] = {}
    for p in points:
        day = datetime(p.at.year, p.at.month, p.at.day)
        worst[day] = max(worst.get(day, 0), p.grade)
    return sorted(worst.items())


def _runs(days: list[tuple[datetime, int]]) -> list[tuple[datetime, datetime, int]]:
    """Consecutive days of the same grade merged into one bar (a two-year course stays a few dozen bars)."""
    runs: list[tuple[datetime, datetime, int]] = []
    for day, grade in days:
        end = day + timedelta(days=1)
        if runs and runs[-1][2] == grade and runs[-1][1] == day:
            runs[-1] = (runs[-1][0], end, grade)
        else:
            runs.append((day, end, grade))
    return runs


class _TranslatedDates(mdates.ConciseDateFormatter):
    """The concise date axis with its month abbreviations in the chosen language."""

    def __init__(self, locator: mdates.DateLocator, tr: Translate) -> None:
        super().__init__(locator)
        self._months = {month: tr(month) for month in MONTHS}

    def _words(self, text: str) -> str:
        for month, word in self._months.items():
            text = text.replace(month, word)
        return text

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        return [self._words(label) for label in super().format_ticks(values)]

    def get_offset(self) -> str:
        return self._words(super().get_offset())


def timeline_figure(data: TimelineData, *, figsize: tuple[float, float] = A4_LANDSCAPE_IN,
                    figure: Figure | None = None, translate: Translate | None = None) -> Figure:
    """Draw the course. Pass `figure` to draw into an existing (e.g. embedded) figure, which is cleared first;
    `translate` turns each English text into the one drawn (default: the installed translation)."""
    tr = translation(translate)
    fig = figure if figure is not None else Figure(figsize=figsize)
    fig.clear()
    grid = fig.add_gridspec(len(TRACKS), 1, height_ratios=[_HEIGHTS[t] for t in TRACKS], hspace=0.14,
                            left=0.11, right=0.81, top=0.92, bottom=0.1)
    axes: dict[str, Axes] = {}
    first: Axes | None = None
    for row, track in enumerate(TRACKS):
        ax = fig.add_subplot(grid[row], sharex=first)
        ax.set_gid(track)  # tests and the GUI's hover find tracks by name
        ax.tick_params(labelsize=style.FONT_SIZE - 1)
        if first is None:
            first = ax
        if row < len(TRACKS) - 1:
            ax.tick_params(labelbottom=False)
        axes[track] = ax
    fig.suptitle(tr(data.title), x=0.11, ha="left", fontsize=style.FONT_SIZE + 4, fontweight="bold")
    if data.subtitle:
        fig.text(0.11, 0.935, tr(data.subtitle), ha="left", va="bottom", fontsize=style.FONT_SIZE)

    legend: list[Line2D | Patch] = []
    _cycles(axes["cycles"], data, legend, tr)
    _dose(axes["dose"], data, tr)
    _temperature(axes["temperature"], data, legend, tr)
    _grades(axes["crs_icans"], data, legend, tr)
    _neuro(axes["neuro"], data, legend, tr)
    _blasts(axes["blasts"], data, tr)
    _mrd(axes["mrd"], data, legend, tr)
    _events(axes, data, legend, tr)
    _x_limits(axes, data)

    bottom = axes[TRACKS[-1]]
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(_TranslatedDates(locator, tr))
    fig.legend(handles=legend, loc="center left", bbox_to_anchor=(0.825, 0.5), fontsize=style.FONT_SIZE - 1,
               frameon=False, handlelength=2.2)
    return fig


# --- the tracks -----------------------------------------------------------------------------------------

def _cycles(ax: Axes, data: TimelineData, legend: list[Line2D | Patch], tr: Translate) -> None:
    ax.set_ylim(0, 2)
    ax.set_yticks([0.5, 1.5], [tr("given"), tr("planned")], fontsize=style.FONT_SIZE - 1)
    ax.set_ylabel(tr("cycles"), fontsize=style.FONT_SIZE, rotation=0, ha="right", va="center")
    if not data.cycles:
        _no_entries(ax, tr("no cycles recorded"))
        return
    planned = [Span(c.planned_start, c.planned_end) for c in data.cycles]
    ax.broken_barh(_bars(planned), (1.1, 0.8), facecolors="none", edgecolors=style.PLANNED_EDGE,
                   linestyles="--", linewidth=0.9, gid="planned")
    given = [s for c in data.cycles for s in c.infusion]
    ax.broken_barh(_bars(given), (0.1, 0.8), facecolors=style.INFUSION_COLOUR, edgecolors=style.BLACK,
                   hatch=style.INFUSION_HATCH, linewidth=0.5, gid="infusion")
    free = [c.treatment_free for c in data.cycles if c.treatment_free is not None]
    ax.broken_barh(_bars(free), (0.1, 0.8), facecolors=style.TREATMENT_FREE_COLOUR, edgecolors=style.GREY,
                   hatch=style.TREATMENT_FREE_HATCH, linewidth=0.5, gid="treatment_free")
    breaks = [s for c in data.cycles for s in c.interruptions]
    ax.broken_barh(_bars(breaks), (0.0, 1.0), facecolors=style.INTERRUPTION_COLOUR, edgecolors=style.BLACK,
                   hatch=style.INTERRUPTION_HATCH, linewidth=0.5, gid="interruption")
    for c in data.cycles:
        ax.text(_day(c.planned_start), 1.5, " " + tr("C{number}").format(number=c.number), va="center", ha="left",
                fontsize=style.FONT_SIZE - 1, clip_on=True)
    legend += [
        Patch(facecolor="none", edgecolor=style.PLANNED_EDGE, linestyle="--", label=tr("cycle planned")),
        Patch(facecolor=style.INFUSION_COLOUR, edgecolor=style.BLACK, hatch=style.INFUSION_HATCH,
              label=tr("infusion given")),
        Patch(facecolor=style.INTERRUPTION_COLOUR, edgecolor=style.BLACK, hatch=style.INTERRUPTION_HATCH,
              label=tr("interruption")),
        Patch(facecolor=style.TREATMENT_FREE_COLOUR, edgecolor=style.GREY, hatch=style.TREATMENT_FREE_HATCH,
              label=tr("treatment-free")),
    ]


def dose_step_arrays(data: TimelineData) -> tuple[np.ndarray, np.ndarray]:
    """x (date numbers) and y (mcg/day) of the dose line: each period from its start to its end, a gap (NaN)
    where no dose ran, a vertical step where one dose follows another."""
    xs: list[float] = []
    ys: list[float] = []
    previous_end: float | None = None
    for step in sorted(data.doses, key=lambda s: s.start):
        start, end = _day(step.start), _day(step.end)
        if previous_end is not None and start > previous_end + 1e-6:
            xs.append(previous_end)
            ys.append(np.nan)
        xs += [start, end]
        ys += [step.dose_mcg_per_day, step.dose_mcg_per_day]
        previous_end = end
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def _dose(ax: Axes, data: TimelineData, tr: Translate) -> None:
    ax.set_ylabel(tr("dose\nmcg/day"), fontsize=style.FONT_SIZE, rotation=0, ha="right", va="center")
    if not data.doses:
        _no_entries(ax, tr("no doses recorded"))
        ax.set_ylim(0, 30)
        return
    xs, ys = dose_step_arrays(data)
    ax.plot(xs, ys, color=style.BLUE, linewidth=1.6, solid_capstyle="butt", gid="dose")
    top = float(np.nanmax(ys))
    ax.set_ylim(0, top * 1.3 + 1)
    # Label each change of dose once, not every period: a restart at the same dose says nothing new.
    shown: float | None = None
    for step in sorted(data.doses, key=lambda s: s.start):
        if step.dose_mcg_per_day != shown:
            ax.text(_day(step.start), step.dose_mcg_per_day, f"{step.dose_mcg_per_day:.3g}", va="bottom",
                    ha="left", fontsize=style.FONT_SIZE - 2, clip_on=True)
            shown = step.dose_mcg_per_day


def _temperature(ax: Axes, data: TimelineData, legend: list[Line2D | Patch], tr: Translate) -> None:
    bands = data.fever_bands
    low, high = 35.0, 41.5
    edges = (bands.grade1_min_c, bands.grade2_above_c, bands.grade3_above_c, high)
    for grade, (colour, hatch) in enumerate(style.FEVER_BANDS, start=1):
        ax.axhspan(edges[grade - 1], edges[grade], facecolor=colour, alpha=0.35, hatch=hatch, edgecolor=style.GREY,
                   linewidth=0, gid=f"fever_band_{grade}")
        ax.text(1.005, (edges[grade - 1] + min(edges[grade], high)) / 2, tr("G{grade}").format(grade=grade),
                transform=ax.get_yaxis_transform(), fontsize=style.FONT_SIZE - 2, va="center")
    ax.set_ylim(low, high)
    ax.set_yticks([36, 38, 40])
    ax.set_ylabel(tr("temp.\n°C"), fontsize=style.FONT_SIZE, rotation=0, ha="right", va="center")
    # The bands carry their grade as text at the right edge: one legend entry says whose grades they are.
    legend.append(Patch(facecolor=style.FEVER_BANDS[0][0], alpha=0.5, edgecolor=style.GREY,
                        label=tr("fever grades, {source}").format(source=bands.source)))
    if not data.temperatures:
        _no_entries(ax, tr("no temperatures recorded"))
        return
    points = sorted(data.temperatures, key=lambda p: p.at)
    xs = _num(p.at for p in points)
    ys = np.asarray([p.temperature_c for p in points], dtype=float)
    ax.plot(xs, ys, color=style.BLACK, linewidth=0.7, marker=".", markersize=2.5, gid="temperature")
    fever = ys >= bands.grade1_min_c
    if fever.any():
        ax.plot(xs[fever], ys[fever], linestyle="none", marker="o", markersize=3.5, markerfacecolor=style.VERMILLION,
                markeredgecolor=style.BLACK, markeredgewidth=0.5, gid="fever_points")


def _grades(ax: Axes, data: TimelineData, legend: list[Line2D | Patch], tr: Translate) -> None:
    ax.set_ylim(0, 2)
    ax.set_yticks([1.5, 0.5], ["CRS", "ICANS"], fontsize=style.FONT_SIZE - 1)
    rows = (("crs", data.crs, 1.1), ("icans", data.icans, 0.1))
    for name, points, bottom in rows:
        runs = _runs(_daily_worst(points))
        for grade in range(5):
            spans = [Span(s, e) for s, e, g in runs if g == grade]
            if spans:
                ax.broken_barh(_bars(spans), (bottom, 0.8), facecolors=style.GRADE_COLOURS[grade],
                               edgecolors=style.GREY if grade == 0 else style.BLACK, linewidth=0.3,
                               hatch=style.GRADE_HATCHES[grade], gid=f"{name}_grade_{grade}")
    if not data.crs and not data.icans:
        _no_entries(ax, tr("no CRS or ICANS assessments recorded"))
    legend += [Patch(facecolor=style.GRADE_COLOURS[g], hatch=style.GRADE_HATCHES[g],
                     edgecolor=style.GREY if g == 0 else style.BLACK,
                     label=tr("CRS/ICANS: none") if g == 0 else tr("CRS/ICANS grade {grade}").format(grade=g))
               for g in range(5)]


def _neuro(ax: Axes, data: TimelineData, legend: list[Line2D | Patch], tr: Translate) -> None:
    ax.set_ylabel(tr("neuro"), fontsize=style.FONT_SIZE, rotation=0, ha="right", va="center")
    if not data.neuro:
        ax.set_yticks([])
        _no_entries(ax, tr("no neurological events recorded"))
        return
    terms = sorted({m.term.lower() for m in data.neuro}, key=lambda t: (t != "seizure", t))
    row = {t: i for i, t in enumerate(terms)}
    ax.set_ylim(-0.7, len(terms) - 0.3)
    ax.set_yticks(range(len(terms)), [tr(t)[:14] for t in terms], fontsize=style.FONT_SIZE - 2)
    seizures = [m for m in data.neuro if m.seizure]
    others = [m for m in data.neuro if not m.seizure]
    if seizures:
        ax.plot(_num(m.at for m in seizures), [row[m.term.lower()] for m in seizures], linestyle="none",
                marker=style.MARKERS["seizure"], markersize=8, color=style.BLACK, gid="seizures")
    if others:
        ax.plot(_num(m.at for m in others), [row[m.term.lower()] for m in others], linestyle="none",
                marker=style.MARKERS["neuro"], markersize=5, markerfacecolor=style.REDDISH_PURPLE,
                markeredgecolor=style.BLACK, gid="neuro_events")
    for m in data.neuro:
        if m.grade:
            ax.text(_day(m.at), row[m.term.lower()], "  " + tr("G{grade}").format(grade=m.grade), va="center",
                    fontsize=style.FONT_SIZE - 2, clip_on=True)
    legend += [Line2D([], [], linestyle="none", marker=style.MARKERS["seizure"], color=style.BLACK,
                      label=tr("seizure")),
               Line2D([], [], linestyle="none", marker=style.MARKERS["neuro"], markerfacecolor=style.REDDISH_PURPLE,
                      markeredgecolor=style.BLACK, label=tr("other neurological event"))]


def _blasts(ax: Axes, data: TimelineData, tr: Translate) -> None:
    ax.set_ylabel(tr("marrow\nblasts %"), fontsize=style.FONT_SIZE, rotation=0, ha="right", va="center")
    ax.set_ylim(-3, 105)
    ax.set_yticks([0, 50, 100])
    ax.axhline(5, color=style.GREY, linestyle=":", linewidth=0.8, gid="blasts_5pct")
    points = sorted((p for p in data.marrow if p.blasts_pct is not None), key=lambda p: p.at)
    if not points:
        _no_entries(ax, tr("no marrow blasts recorded"))
        return
    xs = _num(p.at for p in points)
    ys = [p.blasts_pct for p in points]
    ax.plot(xs, ys, color=style.BLACK, linewidth=0.9, marker=style.MARKERS["blasts"], markersize=4,
            markerfacecolor="white", gid="blasts")
    for x, p in zip(xs, points, strict=True):
        # "NR": a long "no remission" label is clipped at the plot's edge and then reads "remission". CR, CRh*,
        # CRi and NR are the response scale's abbreviations, the same in every language.
        status = "NR" if p.response_status == "no remission" else tr(p.response_status or "")
        note = "CD19−" if p.cd19_status == "negative" else status
        if note:
            ax.text(x, (p.blasts_pct or 0) + 8, note, fontsize=style.FONT_SIZE - 2, ha="center", clip_on=True,
                    fontweight="bold" if p.cd19_status == "negative" else "normal")


def _mrd(ax: Axes, data: TimelineData, legend: list[Line2D | Patch], tr: Translate) -> None:
    ax.set_yscale("log")
    ax.set_ylim(MRD_FLOOR / 3, 1.5)
    # Four labelled decades and no minor ticks: enough to read 1e-4 against 1e-3, and cheap to draw.
    ax.yaxis.set_major_locator(FixedLocator([1e-6, 1e-4, 1e-2, 1.0]))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.set_ylabel("MRD", fontsize=style.FONT_SIZE, rotation=0, ha="right", va="center")
    ax.axhline(data.mrd_negative_below, color=style.BLUISH_GREEN, linestyle="--", linewidth=1.0, gid="mrd_negative")
    ax.axhline(data.mrd_indication_from, color=style.VERMILLION, linestyle=":", linewidth=1.0, gid="mrd_indication")
    trans = ax.get_yaxis_transform()
    ax.text(1.005, data.mrd_negative_below, f"{data.mrd_negative_below:.0e}", transform=trans,
            fontsize=style.FONT_SIZE - 2, va="top")
    ax.text(1.005, data.mrd_indication_from, f"{data.mrd_indication_from:.0e}", transform=trans,
            fontsize=style.FONT_SIZE - 2, va="bottom")
    legend += [Line2D([], [], color=style.BLUISH_GREEN, linestyle="--",
                      label=tr("MRD negative < {threshold}").format(threshold=f"{data.mrd_negative_below:g}")),
               Line2D([], [], color=style.VERMILLION, linestyle=":",
                      label=tr("MRD+ indication ≥ {threshold}").format(threshold=f"{data.mrd_indication_from:g}"))]
    points = sorted((p for p in data.marrow if p.mrd_fraction is not None), key=lambda p: p.at)
    if not points:
        _no_entries(ax, tr("no MRD results recorded"))
        return
    xs = _num(p.at for p in points)
    values = np.asarray([p.mrd_fraction for p in points], dtype=float)
    detected = values > 0
    shown = np.where(detected, values, MRD_FLOOR)
    ax.plot(xs, shown, color=style.BLACK, linewidth=0.9, marker=style.MARKERS["mrd"], markersize=4,
            markerfacecolor=style.SKY_BLUE, gid="mrd")
    if (~detected).any():
        ax.plot(xs[~detected], shown[~detected], linestyle="none", marker=style.MARKERS["mrd_not_detected"],
                markersize=6, markerfacecolor="white", markeredgecolor=style.BLACK, gid="mrd_not_detected")
        legend.append(Line2D([], [], linestyle="none", marker=style.MARKERS["mrd_not_detected"],
                             markerfacecolor="white", markeredgecolor=style.BLACK,
                             label=tr("MRD not detected")))


def _events(axes: dict[str, Axes], data: TimelineData, legend: list[Line2D | Patch], tr: Translate) -> None:
    ax = axes["events"]
    ax.set_ylim(0, 1)
    ax.set_yticks([])
    ax.set_ylabel(tr("events"), fontsize=style.FONT_SIZE, rotation=0, ha="right", va="center")
    kinds_seen: set[str] = set()
    for kind in ("transplant", "relapse", "progression", "death"):
        marks = [e for e in data.events if e.kind == kind]
        if not marks:
            continue
        kinds_seen.add(kind)
        xs = _num(e.at for e in marks)
        filled = [e.cd19_status == "negative" or kind != "relapse" for e in marks]
        faces = [style.BLACK if (kind == "relapse" and f) else (style.EVENT_COLOURS[kind] if f else "white")
                 for f in filled]
        ax.scatter(xs, [0.5] * len(marks), marker=style.MARKERS[kind], s=90, c=faces, edgecolors=style.BLACK,
                   linewidths=0.8, zorder=3, gid=kind)
        for x, e in zip(xs, marks, strict=True):
            ax.text(x, 0.05, tr(e.label), fontsize=style.FONT_SIZE - 2, ha="center", va="bottom", clip_on=True)
            for track, other in axes.items():
                if track != "events" and kind != "death":
                    other.axvline(x, color=style.EVENT_COLOURS[kind], linestyle=style.EVENT_LINESTYLES[kind],
                                  linewidth=0.8, zorder=0.5)
    for kind in ("transplant", "relapse", "progression", "death"):
        if kind in kinds_seen:
            legend.append(Line2D([], [], linestyle=style.EVENT_LINESTYLES[kind], color=style.EVENT_COLOURS[kind],
                                 marker=style.MARKERS[kind], markerfacecolor=style.EVENT_COLOURS[kind],
                                 markeredgecolor=style.BLACK, label=tr(kind)))
    if "relapse" in kinds_seen:
        legend.append(Line2D([], [], linestyle="none", marker="v", markerfacecolor=style.BLACK,
                             markeredgecolor=style.BLACK, label=tr("relapse, CD19 negative")))
    if data.today is not None:
        x = _day(data.today)
        for other in axes.values():
            other.axvline(x, color=style.TODAY_COLOUR, linestyle=style.TODAY_LINESTYLE, linewidth=1.0, gid="today")
        axes[TRACKS[0]].text(x, 2.05, tr("today"), fontsize=style.FONT_SIZE - 1, ha="center", va="bottom")
        legend.append(Line2D([], [], color=style.TODAY_COLOUR, linestyle=style.TODAY_LINESTYLE, label=tr("today")))


def _x_limits(axes: dict[str, Axes], data: TimelineData) -> None:
    moments: list[datetime] = []
    for c in data.cycles:
        moments += [c.planned_start, c.planned_end]
        if c.treatment_free is not None:
            moments.append(c.treatment_free.end)
    moments += [p.at for p in data.temperatures] + [p.at for p in data.marrow] + [e.at for e in data.events]
    moments += [d.end for d in data.doses]
    if data.today is not None:
        moments.append(data.today)
    if not moments:
        return
    start, end = min(moments), max(moments)
    pad = max((end - start) * 0.02, timedelta(days=1))
    axes[TRACKS[0]].set_xlim(_day(start - pad), _day(end + pad))
