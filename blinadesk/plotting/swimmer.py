"""The cohort swimmer plot: one lane per patient, from the first infusion (day 0) to the last follow-up.

Each lane shows the infusions given (and interruptions), the responses (MRD-negative remission filled, MRD
positive or not measured open, no response as a cross), transplant, relapse (filled black when CD19
negative), progression and death; an arrow at the end means the patient is still on treatment. Its words are
English unless `translate` (or the installed translation, blinadesk.plotting.words) says otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from blinadesk.plotting import style
from blinadesk.plotting.data import RESPONSE_ORDER, LaneMark, SwimmerData, SwimmerLane
from blinadesk.plotting.words import Translate, translation

SORTS = ("time", "response")


def _days(lane: SwimmerLane, moment: datetime) -> float:
    return (moment - lane.first_infusion).total_seconds() / 86400.0


def sorted_lanes(lanes: tuple[SwimmerLane, ...], sort: str) -> list[SwimmerLane]:
    """Top lane first. "time": longest on treatment first; "response": best response first, then by time."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    by_time: Callable[[SwimmerLane], tuple[float, str]] = lambda lane: (-lane.treatment_days, lane.label)  # noqa: E731
    if sort == "time":
        return sorted(lanes, key=by_time)
    rank = {name: i for i, name in enumerate(RESPONSE_ORDER)}
    return sorted(lanes, key=lambda lane: (rank.get(lane.best_response, len(rank)), *by_time(lane)))


# The x axis says how the lanes are sorted, one whole sentence per sort.
_AXIS_LABELS = {
    "time": "days from the first infusion (lanes sorted by time on treatment)",
    "response": "days from the first infusion (lanes sorted by response)",
}


def swimmer_figure(data: SwimmerData, *, sort: str = "time", figure: Figure | None = None,
                   width_in: float = 11.69, translate: Translate | None = None) -> Figure:
    """`translate` turns each English text into the one drawn (default: the installed translation)."""
    tr = translation(translate)
    lanes = sorted_lanes(data.lanes, sort)
    height = min(max(3.0, 1.6 + 0.32 * len(lanes)), 40.0)
    fig = figure if figure is not None else Figure(figsize=(width_in, height))
    fig.clear()
    ax = fig.add_axes((0.12, 1.0 / height, 0.68, 1 - 1.6 / height))
    ax.set_gid("swimmer")
    fig.suptitle(tr(data.title), x=0.12, ha="left", fontsize=style.FONT_SIZE + 4, fontweight="bold")
    if data.subtitle:
        fig.text(0.12, 1 - 0.45 / height, tr(data.subtitle), ha="left", va="top", fontsize=style.FONT_SIZE)
    ax.tick_params(labelsize=style.FONT_SIZE - 1)
    ax.set_xlabel(tr(_AXIS_LABELS[sort]), fontsize=style.FONT_SIZE)
    if not lanes:
        ax.text(0.5, 0.5, tr("no patients match"), transform=ax.transAxes, ha="center", va="center")
        ax.set_yticks([])
        return fig
    n = len(lanes)
    y_of = {lane.patient_id: n - 1 - i for i, lane in enumerate(lanes)}
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_yticks([y_of[lane.patient_id] for lane in lanes], [lane.label for lane in lanes],
                  fontsize=style.FONT_SIZE - 1)
    ends = np.asarray([_days(lane, lane.end) for lane in lanes])
    ys = np.asarray([y_of[lane.patient_id] for lane in lanes], dtype=float)
    ax.hlines(ys, 0, ends, color=style.GREY, linewidth=1.0, zorder=1, gid="follow_up")
    for lane in lanes:
        y = y_of[lane.patient_id]
        ax.broken_barh([(_days(lane, s.start), _days(lane, s.end) - _days(lane, s.start)) for s in lane.infusions],
                       (y - 0.25, 0.5), facecolors=style.INFUSION_COLOUR, edgecolors=style.BLACK,
                       hatch=style.INFUSION_HATCH, linewidth=0.4, zorder=2, gid=f"infusions:{lane.label}")
        if lane.interruptions:
            ax.broken_barh([(_days(lane, s.start), _days(lane, s.end) - _days(lane, s.start))
                            for s in lane.interruptions], (y - 0.3, 0.6), facecolors=style.INTERRUPTION_COLOUR,
                           edgecolors=style.BLACK, hatch=style.INTERRUPTION_HATCH, linewidth=0.4, zorder=2.5,
                           gid=f"interruptions:{lane.label}")
    right = float(ends.max()) if len(ends) else 1.0
    arrow = max(right * 0.04, 3.0)
    for lane in lanes:
        if lane.on_treatment:
            end = _days(lane, lane.end)
            ax.annotate("", xy=(end + arrow, y_of[lane.patient_id]), xytext=(end, y_of[lane.patient_id]),
                        arrowprops={"arrowstyle": "-|>", "color": style.BLACK, "linewidth": 1.2},
                        gid=f"on_treatment:{lane.label}")
    legend = _marks(ax, lanes, y_of, tr)
    ax.set_xlim(-max(right * 0.02, 1.0), right + arrow * 2)
    ax.grid(axis="x", color=style.LIGHT_GREY, linewidth=0.5)
    ax.set_axisbelow(True)
    legend = [
        Patch(facecolor=style.INFUSION_COLOUR, edgecolor=style.BLACK, hatch=style.INFUSION_HATCH,
              label=tr("infusion given")),
        Patch(facecolor=style.INTERRUPTION_COLOUR, edgecolor=style.BLACK, hatch=style.INTERRUPTION_HATCH,
              label=tr("interruption")),
        Line2D([], [], color=style.GREY, label=tr("follow-up")),
        *legend,
        Line2D([], [], color=style.BLACK, marker=">", markersize=5, label=tr("still on treatment")),
    ]
    fig.legend(handles=legend, loc="upper left", bbox_to_anchor=(0.81, 1 - 1.0 / height), fontsize=style.FONT_SIZE - 1,
               frameon=False)
    return fig


_MARK_STYLES: dict[str, dict[str, object]] = {
    "mrd_negative_remission": {"marker": "o", "c": style.BLUISH_GREEN, "s": 42},
    "remission": {"marker": "o", "c": "white", "s": 42},
    "no_response": {"marker": "x", "c": style.BLACK, "s": 36},
    "transplant": {"marker": "*", "c": style.BLUISH_GREEN, "s": 110},
    "relapse": {"marker": "v", "c": style.VERMILLION, "s": 60},
    "relapse_cd19_negative": {"marker": "v", "c": style.BLACK, "s": 60},
    "progression": {"marker": "^", "c": style.REDDISH_PURPLE, "s": 60},
    "death": {"marker": "s", "c": style.BLACK, "s": 50},
}
_MARK_LABELS = {
    "mrd_negative_remission": "remission, MRD negative",
    "remission": "remission, MRD+ or not measured",
    "no_response": "no response",
    "transplant": "transplant",
    "relapse": "relapse, CD19 positive/unknown",
    "relapse_cd19_negative": "relapse, CD19 negative",
    "progression": "progression",
    "death": "death",
}


def mark_group(mark: LaneMark) -> str:
    if mark.kind == "response":
        return "mrd_negative_remission" if mark.mrd_negative else "remission"
    if mark.kind == "relapse" and mark.cd19_negative:
        return "relapse_cd19_negative"
    return mark.kind


def _marks(ax: Axes, lanes: list[SwimmerLane], y_of: dict[int, int], tr: Translate) -> list[Line2D]:
    """One scatter per kind of mark (a few artists however many patients), named by its gid."""
    groups: dict[str, list[tuple[float, float]]] = {}
    for lane in lanes:
        for mark in lane.marks:
            groups.setdefault(mark_group(mark), []).append((_days(lane, mark.at), y_of[lane.patient_id]))
    handles: list[Line2D] = []
    for name, spec in _MARK_STYLES.items():
        points = groups.get(name)
        if not points:
            continue
        xs, ys = zip(*points, strict=True)
        edge = style.BLACK
        ax.scatter(xs, ys, marker=spec["marker"], s=spec["s"], c=spec["c"],  # type: ignore[arg-type]
                   edgecolors=edge if spec["marker"] != "x" else None, linewidths=0.8, zorder=4, gid=name)
        handles.append(Line2D([], [], linestyle="none", marker=spec["marker"],  # type: ignore[arg-type]
                              markerfacecolor=spec["c"], markeredgecolor=edge,  # type: ignore[arg-type]
                              color=edge, markersize=7, label=tr(_MARK_LABELS[name])))
    return handles
