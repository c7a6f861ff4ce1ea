"""The course timeline of demo patients: each track draws what the record holds."""

from __future__ import annotations

from datetime import UTC
from typing import Any

import numpy as np
from matplotlib.collections import PathCollection

from blinadesk.plotting.timeline import TRACKS, timeline_figure
from blinadesk.services.reports import REPORT_READER, patient_id_for_mrn, timeline_data
from tests.plotting.helpers import artist, track


def _figure(ward: Any, mrn: str) -> tuple[Any, Any, int]:
    patient_id = patient_id_for_mrn(ward, REPORT_READER, mrn)
    data = timeline_data(ward, REPORT_READER, patient_id)
    return timeline_figure(data), data, patient_id


def test_every_track_is_drawn_on_one_shared_date_axis(ward: Any) -> None:
    fig, _, _ = _figure(ward, "MSK17-08")
    assert [ax.get_gid() for ax in fig.axes] == list(TRACKS)
    first = fig.axes[0]
    assert all(ax.get_shared_x_axes().joined(first, ax) for ax in fig.axes)


def test_dose_step_line_follows_the_dose_periods_of_the_record(ward: Any) -> None:
    fig, _, patient_id = _figure(ward, "MSK17-08")
    chart = ward.patient_chart(REPORT_READER, patient_id)
    periods = sorted((p for course in chart.courses for c in course.cycles for p in c.dose_periods),
                     key=lambda p: p.starts_at)
    line = artist(track(fig, "dose"), "dose")
    ys = np.asarray(line.get_ydata(), dtype=float)
    drawn = ys[~np.isnan(ys)]
    # Each period is drawn from its start to its end at its dose; an interruption leaves a gap (NaN).
    assert list(drawn) == [p.dose_mcg_per_day for p in periods for _ in (0, 1)]
    assert np.isnan(ys).sum() == 1  # the seizure's 3-day interruption


def test_temperatures_are_the_observations_and_fever_is_marked(ward: Any) -> None:
    fig, _, patient_id = _figure(ward, "MSK17-01")
    chart = ward.patient_chart(REPORT_READER, patient_id, observations_limit=1000)
    expected = [o.temperature_c for o in sorted(chart.observations, key=lambda o: o.observed_at)]
    ax = track(fig, "temperature")
    assert list(artist(ax, "temperature").get_ydata()) == expected
    assert all(t >= 38.0 for t in artist(ax, "fever_points").get_ydata())
    assert len(artist(ax, "fever_points").get_ydata()) == sum(t >= 38.0 for t in expected)


def test_mrd_is_on_a_log_axis_with_lines_at_1e4_and_1e3(ward: Any) -> None:
    fig, _, patient_id = _figure(ward, "MSK17-01")
    ax = track(fig, "mrd")
    assert ax.get_yscale() == "log"
    assert list(artist(ax, "mrd_negative").get_ydata()) == [1e-4, 1e-4]
    assert list(artist(ax, "mrd_indication").get_ydata()) == [1e-3, 1e-3]
    chart = ward.patient_chart(REPORT_READER, patient_id)
    measured = sorted((r.sampled_on, r.mrd_fraction) for r in chart.marrow_results if r.mrd_fraction is not None)
    assert list(artist(ax, "mrd").get_ydata()) == [v for _, v in measured]


def test_transplant_and_cd19_negative_relapse_are_marked(ward: Any) -> None:
    fig, data, _ = _figure(ward, "MSK17-08")
    events = track(fig, "events")
    transplant = artist(events, "transplant")
    relapse = artist(events, "relapse")
    assert isinstance(transplant, PathCollection) and len(transplant.get_offsets()) == 1
    assert len(relapse.get_offsets()) == 1
    # CD19-negative relapse: filled black, so it reads in black and white.
    assert tuple(relapse.get_facecolors()[0][:3]) == (0.0, 0.0, 0.0)
    assert any("CD19 negative" in t.get_text() for t in events.texts)
    seizures = artist(track(fig, "neuro"), "seizures")
    assert len(seizures.get_xdata()) >= 1
    assert data.today is not None and data.today.tzinfo is None  # drawn in ward time


def test_a_patient_with_nothing_recorded_still_gets_a_readable_page() -> None:
    from datetime import datetime

    from blinadesk.plotting.data import TimelineData

    fig = timeline_figure(TimelineData("Empty", today=datetime(2025, 1, 1, 10, tzinfo=UTC).replace(tzinfo=None)))
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert "no cycles recorded" in texts and "no MRD results recorded" in texts



def test_the_planned_window_is_the_pinned_editions_infusion_days(ward: Any, monkeypatch: Any) -> None:
    """The dashed planned bar spans the infusion days of the label edition the course was planned with, as
    Today and the chart count them; not a number written into the report."""
    import dataclasses
    from datetime import timedelta

    from blinadesk.domain.labels import LabelCatalogue

    patient_id = patient_id_for_mrn(ward, REPORT_READER, "MSK17-08")
    data = timeline_data(ward, REPORT_READER, patient_id)
    assert data.cycles and all(c.planned_end - c.planned_start == timedelta(days=28) for c in data.cycles)
    shorter = LabelCatalogue({edition_id: dataclasses.replace(edition, interruption=dataclasses.replace(
        edition.interruption, infusion_days_per_cycle=21)) for edition_id, edition in ward.catalogue.editions.items()})
    monkeypatch.setattr(ward, "catalogue", shorter)
    assert all(c.planned_end - c.planned_start == timedelta(days=21)
               for c in timeline_data(ward, REPORT_READER, patient_id).cycles)
    # A course pinned to an edition this blinadesk does not ship: a started cycle's window ends where its start
    # set it; a cycle not started gets none made up.
    monkeypatch.setattr(ward, "catalogue", LabelCatalogue({}))
    unknown = timeline_data(ward, REPORT_READER, patient_id)
    assert {c.status for c in unknown.cycles} >= {"completed"}
    for c in unknown.cycles:
        if c.status == "planned":
            assert c.planned_end == c.planned_start
        else:
            assert c.planned_end > c.planned_start
