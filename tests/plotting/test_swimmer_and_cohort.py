"""The cohort: the swimmer plot's lanes and the summary's counts, checked against the record patient by patient."""

from __future__ import annotations

import statistics
from datetime import date, timedelta
from typing import Any

from blinadesk.domain.schedule import age_in_years
from blinadesk.plotting.swimmer import swimmer_figure
from blinadesk.services.cohort import CohortFilter, cohort_summary, cohort_swimmer
from blinadesk.services.permissions import Actor, Role
from blinadesk.services.reports import REPORT_READER, full_chart

MOSCOW = CohortFilter(mrn_prefix="MSK17-")


def _offsets(ax: Any, gid: str) -> int:
    found = [a for a in ax.get_children() if a.get_gid() == gid]
    return len(found[0].get_offsets()) if found else 0


def test_one_lane_per_patient_with_markers(ward: Any) -> None:
    data = cohort_swimmer(ward, REPORT_READER, MOSCOW)
    fig = swimmer_figure(data, sort="time")
    ax = fig.axes[0]
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == [f"MSK17-{i:02d}" for i in range(1, 15)]
    assert _offsets(ax, "transplant") == 11
    assert _offsets(ax, "progression") == 2
    assert _offsets(ax, "relapse_cd19_negative") == 1
    assert _offsets(ax, "mrd_negative_remission") == 12
    assert len([a for a in ax.get_children() if str(a.get_gid()).startswith("infusions:")]) == 14


def test_sorting_by_response_puts_non_responders_last(ward: Any) -> None:
    data = cohort_swimmer(ward, REPORT_READER, MOSCOW)
    labels = [t.get_text() for t in swimmer_figure(data, sort="response").axes[0].get_yticklabels()]
    # Tick labels are listed top lane first: the two children who never responded are the two lowest lanes.
    assert set(labels[-2:]) == {"MSK17-03", "MSK17-06"}


def test_arrow_for_patients_still_on_treatment(ward: Any) -> None:
    data = cohort_swimmer(ward, REPORT_READER, CohortFilter(mrn_prefix="BD-"))
    fig = swimmer_figure(data)
    arrows = {a.get_gid().split(":")[1] for a in fig.axes[0].get_children()
              if str(a.get_gid()).startswith("on_treatment:")}
    assert arrows == {lane.label for lane in data.lanes if lane.on_treatment}
    assert "BD-1003" in arrows and "BD-1011" not in arrows


def test_moscow_summary_matches_counts_taken_from_the_record(ward: Any) -> None:
    summary = cohort_summary(ward, REPORT_READER, MOSCOW)
    ids = [p.id for p in ward.search_patients(REPORT_READER, "MSK17-", limit=100).patients]
    charts = [full_chart(ward, REPORT_READER, i) for i in ids]
    ages, over5, over30, mrdneg, haplo, prog, rel, rel_neg, fever, seizure, tremor = ([], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    for c in charts:
        start = min(cy.cycle.actual_start for co in c.courses for cy in co.cycles if cy.cycle.actual_start)
        start_day = start.astimezone(ward.zone).date()
        ages.append(age_in_years(c.patient.birth_date, start_day))
        blasts = c.patient.marrow_blasts_at_start_pct or 0
        over5 += blasts > 5
        over30 += blasts >= 30
        mrdneg += any(r.sampled_on > start_day and r.mrd_fraction is not None and r.mrd_fraction < 1e-4
                      for r in c.marrow_results)
        haplo += any(t.donor_type == "haploidentical" for t in c.transplants)
        prog += any(o.kind == "progression" for o in c.outcomes)
        rel += any(o.kind == "relapse" for o in c.outcomes)
        rel_neg += any(o.kind == "relapse" and o.cd19_status == "negative" for o in c.outcomes)
        fever += any((o.temperature_c or 0) >= 38.0 for o in c.observations)
        seizure += any(a.term.lower() == "seizure" for a in c.adverse_events)
        tremor += any(a.term.lower() == "tremor" for a in c.adverse_events)
    assert summary.patients == len(charts) == 14
    assert summary.median_age_years == statistics.median(ages) == 9
    assert (summary.blasts_over_5_pct, summary.blasts_30_pct_or_more) == (over5, over30) == (8, 4)
    assert summary.mrd_negative_remission == mrdneg == 12
    assert summary.transplants_by_donor == {"haploidentical": haplo} and haplo == 11
    assert (summary.progressions, summary.relapses, summary.relapses_cd19_negative) == (prog, rel, rel_neg) == (2, 1, 1)
    assert summary.fever_any_grade == fever == 11
    assert (summary.seizures, summary.tremor) == (seizure, tremor) == (1, 1)
    assert summary.responders + summary.non_responders + summary.not_evaluated == 14
    assert summary.response_after_cycles == {1: 12}
    # Progressions happened only with >= 30 % blasts, as the abstract says.
    high = next(r for r in summary.by_blast_burden if r.group == "≥30 %")
    assert high.progressions == 2
    assert summary.contradictions == ()


def test_a_progression_recorded_during_mrd_negative_remission_is_flagged(ward: Any) -> None:
    physician = Actor("physician", Role.PHYSICIAN)
    patient = ward.search_patients(REPORT_READER, "MSK17-01", limit=1).patients[0]
    chart = full_chart(ward, REPORT_READER, patient.id)
    remission = max(r.sampled_on for r in chart.marrow_results if r.mrd_status == "negative")
    # The abstract's reading: a child "progressing" who is also counted in MRD-negative remission.
    ward.record_outcome(physician, patient.id, "progression", min(remission + timedelta(days=3), date.today()),
                        notes="crafted: contradicts the MRD-negative marrow")
    summary = cohort_summary(ward, REPORT_READER, MOSCOW)
    messages = [f.message for f in summary.contradictions]
    assert any("MSK17-01" in m and "MRD-negative remission" in m for m in messages), messages
    assert any("counted twice: MSK17-01" in m for m in messages), messages
    assert summary.responders + summary.non_responders + summary.not_evaluated == 15
    assert summary.progressions == 3 and summary.mrd_negative_remission == 12  # the abstract's 3 + 12 of 14
