"""The physician's review and the department's cohort screens over a real SQLite record: the demo ward, built once
per session through the use cases (as tests/plotting does) and copied into each test's own file. The background
runner really uses threads; each test waits for it as a user waits for the screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from blinadesk.services.permissions import Actor, Role
from blinadesk.services.reports import REPORT_READER, patient_id_for_mrn
from blinadesk.services.ward import Ward
from blinadesk.store import models as m
from blinadesk.store.database import open_database

from .shell_support import on_sqlite, settle

pytestmark = on_sqlite

PHYSICIAN = Actor("physician", Role.PHYSICIAN)
NURSE = Actor("nurse", Role.NURSE)


@pytest.fixture(scope="session")
def demo_record_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from blinadesk.services.demo import build_demo

    path = tmp_path_factory.mktemp("review-demo") / "demo.sqlite3"
    with open_database(f"sqlite:///{path}") as db:
        build_demo(db, date.today())
    return path


@pytest.fixture
def ward(db_url: str, demo_record_template: Path) -> Iterator[Ward]:
    """The demo ward in this test's own SQLite file (overrides the shell's empty record)."""
    target = Path(db_url.removeprefix("sqlite:///"))
    shutil.copyfile(demo_record_template, target)
    db = open_database(db_url)
    try:
        yield Ward(db)
    finally:
        db.close()


def decisions(ward: Ward, patient_id: int) -> list[tuple[str, str]]:
    with ward.db.read_session() as session:
        return [(d.action, d.reason) for d in session.scalars(
            select(m.Decision).where(m.Decision.patient_id == patient_id).order_by(m.Decision.id))]


def decision_count(ward: Ward) -> int:
    with ward.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(m.Decision)) or 0)


def open_review(qtbot, context, ward: Ward, mrn: str, actor: Actor = PHYSICIAN):  # type: ignore[no-untyped-def]
    from blinadesk.gui.windows.review import ReviewWidget

    context.sign_in_as(actor)
    widget = ReviewWidget(context, patient_id_for_mrn(ward, REPORT_READER, mrn))
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    settle(qtbot, context)
    assert widget.data is not None, widget.statusLabel.text()
    return widget


def test_review_draws_the_timeline_shows_guidance_with_its_source_and_reads_values_under_the_mouse(
        qtbot, context, ward: Ward) -> None:
    widget = open_review(qtbot, context, ward, "BD-1007")  # CRS grade 3: the label says interrupt
    text = widget.guidanceBrowser.toPlainText()
    assert "Cytokine release syndrome" in text
    assert "SOURCE:" in text and "[S7]" in text
    assert widget.guidanceOnlyLabel.isVisible() and "physician decides" in widget.guidanceOnlyLabel.text()
    assert widget.decisionGroup.isVisible()
    context.sign_in_as(NURSE)  # only a physician records decisions
    assert not widget.decisionGroup.isVisible()

    tracks = {ax.get_gid() for ax in widget.canvas.figure.axes}
    assert {"cycles", "dose", "temperature", "crs_icans", "neuro", "blasts", "mrd", "events"} <= tracks
    dose_axes = next(ax for ax in widget.canvas.figure.axes if ax.get_gid() == "dose")
    dose_line = next(line for line in dose_axes.get_lines() if line.get_gid() == "dose")
    assert len(dose_line.get_xdata()) >= 2

    # Hovering the dose line at the middle of its last step reads that dose in words.
    from matplotlib.backend_bases import MouseEvent

    step = max(widget.data.timeline.doses, key=lambda s: s.start)
    from matplotlib import dates as mdates

    x = float(mdates.date2num(step.start + (step.end - step.start) / 2))
    widget.canvas.draw()
    px, py = dose_axes.transData.transform((x, step.dose_mcg_per_day))
    widget.canvas.callbacks.process("motion_notify_event", MouseEvent("motion_notify_event", widget.canvas, px, py))
    assert f"dose {step.dose_mcg_per_day:g} mcg/day" in widget.hoverLabel.text()


def test_a_first_seizure_is_never_shown_as_a_repeat(qtbot, context, ward: Ward) -> None:
    # The demo child MSK17-08 had one seizure; re-working its guidance would count it twice ("discontinue").
    widget = open_review(qtbot, context, ward, "MSK17-08")
    text = widget.guidanceBrowser.toPlainText()
    assert "Seizure" in text
    assert "more than one seizure" not in text


def test_a_decision_needs_its_reason_and_is_then_stored(qtbot, context, ward: Ward) -> None:
    widget = open_review(qtbot, context, ward, "BD-1007")
    assert widget.decisionGroup.isVisible()
    before = decision_count(ward)
    widget.actionCombo.setEditText("Start the next cycle as planned")
    widget.recordButton.click()
    settle(qtbot, context)
    message = widget.errors.label_for("reason")
    assert message is not None and message.isVisible() and "reason" in message.text()
    assert decision_count(ward) == before

    widget.reasonEdit.setPlainText("CRS resolved, MRD negative on day 29")
    widget.recordButton.click()
    settle(qtbot, context)
    stored = decisions(ward, widget.patient_id)
    assert stored[-1] == ("Start the next cycle as planned", "CRS resolved, MRD negative on day 29")
    assert decision_count(ward) == before + 1
    assert widget.decisionDoneLabel.isVisible()
    qtbot.waitUntil(lambda: "CRS resolved, MRD negative on day 29" in widget.guidanceBrowser.toPlainText())


def test_timeline_export_writes_a_png_in_the_background(qtbot, context, ward: Ward, tmp_path: Path) -> None:
    widget = open_review(qtbot, context, ward, "BD-1007")
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "course.png"
    export = widget.export_timeline(target)
    assert export is not None and widget.exporting
    with qtbot.waitSignal(widget.exported, timeout=20_000):
        pass
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not widget.exporting
    assert sorted(p.name for p in out.iterdir()) == ["course.png"]  # no partial file left behind


def test_cohort_msk17_shows_14_lanes_and_counts_14_patients(qtbot, context, ward: Ward, tmp_path: Path) -> None:
    from blinadesk.gui.windows.cohort import CohortWidget

    context.sign_in_as(PHYSICIAN)
    widget = CohortWidget(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    widget.mrnEdit.setText("MSK17-")
    widget.apply_filters()
    qtbot.waitUntil(lambda: widget.shown_filter is not None and widget.shown_filter.mrn_prefix == "MSK17-",
                    timeout=20_000)
    settle(qtbot, context)
    assert widget.lane_count == 14
    swimmer_axes = next(ax for ax in widget.figure.axes if ax.get_gid() == "swimmer")
    assert len(swimmer_axes.get_yticklabels()) == 14
    assert widget.summaryModel.value("Patients") == "14"

    target = tmp_path / "swimmer.png"
    assert widget.export_swimmer(target) is not None
    qtbot.waitUntil(lambda: not widget.exporting, timeout=20_000)
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cohort_findings_say_their_kind_in_words(qtbot, context, ward: Ward) -> None:
    from blinadesk.gui.windows.cohort import CohortWidget

    context.sign_in_as(PHYSICIAN)
    widget = CohortWidget(context)
    qtbot.addWidget(widget)
    settle(qtbot, context)
    assert widget.result is not None
    texts = [widget.findingsList.item(i).text() for i in range(widget.findingsList.count())]
    assert texts and all(t.startswith(("CONTRADICTION:", "Gap:", "All counts")) for t in texts)
