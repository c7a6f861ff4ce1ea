"""How long the course timeline takes to draw, against a bare matplotlib script drawing the same arrays.

    .venv/bin/python benchmarks/timeline.py [--repeat N] [--png out.png]

A synthetic 9-cycle R/R course (2 induction + 3 consolidation cycles of 42 days, 4 continued-therapy cycles
of 84 days) with two years of daily observations, drawn headless (Agg) to PNG. The baseline draws the same
arrays as plain lines and bars in as many stacked axes, with no styling: the ratio is what our tracks, bands,
markers and legend cost on top of drawing the data at all. Target: ratio <= 2. Not part of the test run.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import matplotlib

matplotlib.use("Agg")  # headless, as an export from the command line runs

from matplotlib import dates as mdates
from matplotlib.figure import Figure

from blinadesk.plotting.data import (
    CycleTrack,
    DoseStep,
    EventMark,
    GradedPoint,
    MarrowPoint,
    NeuroMark,
    Span,
    TemperaturePoint,
    TimelineData,
)
from blinadesk.plotting.timeline import dose_step_arrays, timeline_figure


def synthetic_course(seed: int = 9, start: datetime = datetime(2023, 1, 9, 9)) -> TimelineData:
    """9 cycles, one interruption in cycle 1, daily observations for two years, marrow after each cycle."""
    rng = random.Random(seed)
    cycles: list[CycleTrack] = []
    doses: list[DoseStep] = []
    cycle_start = start
    for number in range(1, 10):
        length = 42 if number <= 5 else 84
        infusion_end = cycle_start + timedelta(days=28)
        breaks: tuple[Span, ...] = ()
        given: tuple[Span, ...]
        if number == 1:
            pause = (cycle_start + timedelta(days=10), cycle_start + timedelta(days=12))
            breaks = (Span(*pause),)
            infusion_end += timedelta(days=2)
            given = (Span(cycle_start, pause[0]), Span(pause[1], infusion_end))
            doses += [DoseStep(cycle_start, cycle_start + timedelta(days=7), 9.0),
                      DoseStep(cycle_start + timedelta(days=7), pause[0], 28.0),
                      DoseStep(pause[1], pause[1] + timedelta(days=7), 9.0),
                      DoseStep(pause[1] + timedelta(days=7), infusion_end, 28.0)]
        else:
            given = (Span(cycle_start, infusion_end),)
            doses.append(DoseStep(cycle_start, infusion_end, 28.0))
        next_start = infusion_end + timedelta(days=length - 28)
        cycles.append(CycleTrack(number, "induction" if number <= 2 else "consolidation" if number <= 5 else
                                 "continued", "completed", cycle_start, cycle_start + timedelta(days=28), given,
                                 breaks, Span(infusion_end, next_start)))
        cycle_start = next_start
    days = 730
    temperatures = tuple(TemperaturePoint(start + timedelta(days=d, hours=8), round(rng.gauss(36.9, 0.45), 1))
                         for d in range(days))
    crs = tuple(GradedPoint(start + timedelta(days=d, hours=8), 1 if t.temperature_c >= 38 else 0)
                for d, t in enumerate(temperatures))
    icans = tuple(GradedPoint(start + timedelta(days=d, hours=8), 2 if d == 11 else 0) for d in range(days))
    neuro = (NeuroMark(start + timedelta(days=11), "seizure", 2, True, "adverse event"),
             NeuroMark(start + timedelta(days=20), "tremor", 1, False, "adverse event"))
    marrow = [MarrowPoint(start - timedelta(days=3), 62.0, None, "positive", "no remission", None)]
    for c in cycles:
        marrow.append(MarrowPoint(c.infusion[-1].end + timedelta(days=1), 0.5, 0.00002 if c.number > 1 else 0.0004,
                                  "positive", "CR", "negative" if c.number > 1 else "positive"))
    events = (EventMark(cycle_start + timedelta(days=20), "transplant", "haploidentical HSCT"),)
    return TimelineData("Synthetic course, 9 cycles", "2 years of daily observations", tuple(cycles), tuple(doses),
                        temperatures, crs=crs, icans=icans, neuro=neuro, marrow=tuple(marrow), events=events,
                        today=cycle_start + timedelta(days=60))


def ours(data: TimelineData) -> bytes:
    buffer = io.BytesIO()
    timeline_figure(data).savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def bare(data: TimelineData) -> bytes:
    """The same arrays, drawn as plainly as matplotlib allows in eight stacked axes."""
    fig = Figure(figsize=(11.69, 8.27))
    axes = fig.subplots(8, 1, sharex=True)
    t = mdates.date2num([p.at for p in data.temperatures])
    axes[0].broken_barh([(mdates.date2num(s.start), 28) for c in data.cycles for s in c.infusion], (0, 1))
    axes[1].plot(*dose_step_arrays(data))
    axes[2].plot(t, [p.temperature_c for p in data.temperatures])
    axes[3].plot(t, [p.grade for p in data.crs])
    axes[3].plot(t, [p.grade for p in data.icans])
    axes[4].plot(mdates.date2num([m.at for m in data.neuro]), [1] * len(data.neuro), "o")
    marrow = mdates.date2num([m.at for m in data.marrow])
    axes[5].plot(marrow, [m.blasts_pct for m in data.marrow])
    axes[6].semilogy(marrow, [max(m.mrd_fraction or 1e-6, 1e-6) for m in data.marrow])
    axes[7].plot(mdates.date2num([e.at for e in data.events]), [1] * len(data.events), "*")
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def _timed(draw: object, data: TimelineData, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        draw(data)  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--png", type=Path, help="also write our timeline to this PNG, to look at")
    args = parser.parse_args()
    data = synthetic_course()
    ours(data), bare(data)  # warm-up: font cache, first-use imports
    ours_s = _timed(ours, data, args.repeat)
    bare_s = _timed(bare, data, args.repeat)
    if args.png:
        args.png.write_bytes(ours(data))
    print(f"timeline: {len(data.cycles)} cycles, {len(data.temperatures)} daily observations, "
          f"{len(data.marrow)} marrow results; median of {args.repeat}")
    print(f"  blinadesk timeline_figure + PNG: {ours_s * 1000:7.1f} ms")
    print(f"  bare matplotlib, same arrays:    {bare_s * 1000:7.1f} ms")
    print(f"  ratio: {ours_s / bare_s:.2f}x (target <= 2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
