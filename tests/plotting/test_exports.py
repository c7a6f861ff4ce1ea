"""Exports open as what they claim to be: PNG of the figure's size, PDF with the right number of pages, SVG."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from blinadesk.plotting.export import PNG_DPI, save_figure
from blinadesk.plotting.report import write_report_pdf
from blinadesk.plotting.swimmer import swimmer_figure
from blinadesk.plotting.timeline import timeline_figure
from blinadesk.services.cohort import CohortFilter, cohort_summary, cohort_swimmer, summary_document, summary_json
from blinadesk.services.reports import REPORT_READER, patient_id_for_mrn, patient_report, timeline_data
from tests.plotting.helpers import pdf_pages, png_size


def test_every_plot_exports_to_png_svg_and_pdf(ward: Any, tmp_path: Path) -> None:
    patient_id = patient_id_for_mrn(ward, REPORT_READER, "BD-1006")
    figures = {"timeline": timeline_figure(timeline_data(ward, REPORT_READER, patient_id)),
               "swimmer": swimmer_figure(cohort_swimmer(ward, REPORT_READER, CohortFilter()))}
    for name, fig in figures.items():
        width_in, height_in = fig.get_size_inches()
        png = save_figure(fig, tmp_path / f"{name}.png")
        assert png_size(png) == (int(width_in * PNG_DPI), int(height_in * PNG_DPI))
        assert pdf_pages(save_figure(fig, tmp_path / f"{name}.pdf")) == 1
        assert ET.parse(save_figure(fig, tmp_path / f"{name}.svg")).getroot().tag.endswith("svg")
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.pdf"):
        save_figure(figures["timeline"], tmp_path / "timeline.gif")


def test_patient_report_is_a4_with_the_timeline_and_the_audit_of_corrections(ward: Any, tmp_path: Path) -> None:
    from blinadesk.services.permissions import Actor, Role

    patient_id = patient_id_for_mrn(ward, REPORT_READER, "BD-1006")
    chart = ward.patient_chart(REPORT_READER, patient_id)
    marrow = chart.marrow_results[0]
    ward.correct_entry(Actor("physician", Role.PHYSICIAN), "marrow_results", marrow.id, {"blasts_pct": 0.4},
                       "typed 0.5 for 0.4", expected_version=marrow.version)
    report = patient_report(ward, REPORT_READER, patient_id)
    audit = next(b for b in report.document.blocks if b.heading == "Audit of corrections")
    assert any("blasts_pct:" in row[4] and "→ 0.4" in row[4] and row[5] == "typed 0.5 for 0.4" for row in audit.rows)
    headings = [b.heading for b in report.document.blocks]
    for wanted in ("Schedule: cycles planned and given", "Doses given and planned", "Marrow results"):
        assert wanted in headings
    seen: list[tuple[int, int]] = []
    pages = write_report_pdf(report.document, tmp_path / "report.pdf", figures=[timeline_figure(report.timeline)],
                             progress=lambda done, total: seen.append((done, total)))
    assert pdf_pages(tmp_path / "report.pdf") == pages >= 2
    assert seen[-1] == (pages, pages)
    assert b"/MediaBox [ 0 0 595.44 841.68 ]" in (tmp_path / "report.pdf").read_bytes()  # A4 portrait pages


def test_cohort_summary_exports_as_json_and_pdf(ward: Any, tmp_path: Path) -> None:
    summary = cohort_summary(ward, REPORT_READER, CohortFilter(mrn_prefix="MSK17-"))
    data = json.loads(json.dumps(summary_json(summary), ensure_ascii=False))
    assert data["patients"] == 14 and len(data["patient_facts"]) == 14 and data["findings"] == []
    pages = write_report_pdf(summary_document(summary), tmp_path / "cohort.pdf")
    assert pdf_pages(tmp_path / "cohort.pdf") == pages >= 1
