"""The printed course report in the desktop's language, and the command line's in English.

Physicians print the course report for the paper chart: from the Russian desktop it reads in Russian (headings, columns,
the app's vocabulary in the cells, the layout's own words), with every number, date, MRN and label edition exactly as
in the English report; what a user typed stays as typed. The laid-out pages keep each text inside its column (Russian
words are longer). `blinadesk report patient` stays English, even in a process where Russian is installed."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from PySide6.QtCore import QCoreApplication

from blinadesk.gui.report_words import ENTRY_NAMES, SCREEN_WORDS, report_translation
from blinadesk.plotting.data import ReportDocument, ReportTable, ReportText
from blinadesk.plotting.report import _columns, _wrap, document_pages, write_report_pdf
from blinadesk.plotting.words import english
from blinadesk.resources import resource_path
from blinadesk.services.reports import REPORT_READER, patient_id_for_mrn, patient_report
from blinadesk.services.ward import Ward

from .shell_support import on_sqlite
from .test_review_screens import demo_record_template, open_review, ward

__all__ = ["demo_record_template", "ward"]  # the demo ward's fixtures, shared with test_review_screens

# Demo patients with every kind of row between them: corrections (superseded doses), interruptions old and new,
# adverse events with label guidance (provisional too), premedication, marrow with MRD, transplants and relapses.
PATIENTS = ("BD-1006", "BD-1007", "BD-1002", "BD-1010", "MSK17-08", "MSK17-11")

# Latin words allowed in the Russian report: the scales' and response criteria's abbreviations.
ABBREVIATIONS = {"CRS", "ICANS", "MRD", "CTCAE", "ASTCT", "CAPD", "ICE", "CRh", "CRi", "NR", "CR", "Ph", "blinadesk"}
LATIN_WORD = re.compile(r"(?<![\w-])[A-Za-z]{2,}(?![\w-])")  # whole words: not "MSK17-08", not "us-2024"
CYRILLIC = re.compile("[а-яА-ЯёЁ]")

# The columns whose cells are what a user typed, a username, or the label's own source citations: printed as written.
AS_WRITTEN = {
    "Interruptions": {"reason"},
    "Premedication given": {"by"},
    "Toxicities: adverse events with the guidance shown": {"term", "action", "label guidance (source)"},
    "Transplants and outcomes": {"notes"},
    "Decisions": {"by", "action", "reason"},
    "Audit of corrections": {"who", "changes (before → after)", "reason"},
}


def numbers(text: str) -> list[str]:
    """The numbers of a text, in order of size ("mcg/m2" is a unit, not a 2)."""
    return sorted(re.findall(r"\d+(?:\.\d+)?", text.replace("m2", "m²").replace("м²", "m²")))


def latin_words(text: str) -> set[str]:
    return {w for w in LATIN_WORD.findall(text) if w not in ABBREVIATIONS}


def both_reports(ward: Ward, mrn: str) -> tuple[ReportDocument, ReportDocument, str]:
    moment = ward.now()
    ward = Ward(ward.db, clock=lambda: moment)  # both "as of" the same minute
    patient_id = patient_id_for_mrn(ward, REPORT_READER, mrn)
    english_report = patient_report(ward, REPORT_READER, patient_id, english).document
    russian_report = patient_report(ward, REPORT_READER, patient_id, report_translation("ru")).document
    name = ward.patient_chart(REPORT_READER, patient_id, observations_limit=1).patient.display_name
    return english_report, russian_report, name


def pdf_title(path: Path) -> str:
    """The /Title of a PDF's document information (matplotlib writes it as a literal string, UTF-16 when not ASCII)."""
    data = path.read_bytes()
    at = data.index(b"/Title (") + len(b"/Title (")
    out, depth = bytearray(), 0
    while True:
        byte = data[at]
        if byte == 0x5C:  # backslash
            escaped = data[at + 1]
            if 0x30 <= escaped <= 0x37:
                digits = re.match(rb"[0-7]{1,3}", data[at + 1:at + 4])
                assert digits is not None
                out.append(int(digits[0], 8))
                at += 1 + len(digits[0])
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(escaped, escaped))
            at += 2
            continue
        if byte == ord("("):
            depth += 1
        elif byte == ord(")"):
            if depth == 0:
                break
            depth -= 1
        out.append(byte)
        at += 1
    raw = bytes(out)
    return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")


def drawn(figures: list[Figure]) -> list[str]:
    return [t.get_text() for fig in figures for t in fig.findobj(Text) if t.get_text()]


@on_sqlite
def test_the_course_report_written_from_the_review_is_in_russian(qtbot, context, ward: Ward, tmp_path: Path,
                                                                 russian: None) -> None:
    widget = open_review(qtbot, context, ward, "BD-1006")
    out = tmp_path / "exports"
    out.mkdir()
    target = out / "report.pdf"
    assert widget.export_report(target) is not None
    with qtbot.waitSignal(widget.exported, timeout=60_000):
        pass
    assert pdf_title(target) == "Отчёт о курсе · Bennett, Oliver · № карты BD-1006"
    assert sorted(p.name for p in out.iterdir()) == ["report.pdf"]  # no partial file left behind


@on_sqlite
def test_the_report_document_reads_in_russian_with_the_english_numbers(ward: Ward, russian: None) -> None:
    seen_cells: set[str] = set()
    for mrn in PATIENTS:
        en, ru, name = both_reports(ward, mrn)
        for english_text, russian_text in ((en.title, ru.title), (en.subtitle, ru.subtitle), (en.footer, ru.footer)):
            assert CYRILLIC.search(russian_text), russian_text
            assert numbers(russian_text) == numbers(english_text), (english_text, russian_text)
            assert latin_words(russian_text.replace(name, "")) == set(), russian_text
        assert len(ru.blocks) == len(en.blocks)
        for english_block, russian_block in zip(en.blocks, ru.blocks, strict=True):
            # No heading left in English: each is translated, whole.
            assert russian_block.heading != english_block.heading and CYRILLIC.search(russian_block.heading)
            assert latin_words(russian_block.heading) == set(), russian_block.heading
            if isinstance(english_block, ReportText):
                assert isinstance(russian_block, ReportText)
                for english_line, russian_line in zip(english_block.lines, russian_block.lines, strict=True):
                    assert numbers(russian_line) == numbers(english_line), (english_line, russian_line)
                    if not english_line.startswith("Diagnosis:"):  # the diagnosis is as the physician typed it
                        assert latin_words(russian_line.replace(name, "")) == set(), russian_line
                continue
            assert isinstance(russian_block, ReportTable)
            as_written = AS_WRITTEN.get(english_block.heading, set())
            for english_column, russian_column in zip(english_block.columns, russian_block.columns, strict=True):
                assert latin_words(russian_column) == set(), russian_column
                assert russian_column != english_column or english_column in ("MRD", "CD19"), russian_column
            assert numbers(russian_block.note) == numbers(english_block.note)
            assert len(russian_block.rows) == len(english_block.rows)
            for english_row, russian_row in zip(english_block.rows, russian_block.rows, strict=True):
                for column, english_cell, russian_cell in zip(english_block.columns, english_row, russian_row,
                                                              strict=True):
                    assert numbers(russian_cell) == numbers(english_cell), (column, english_cell, russian_cell)
                    if column in as_written:
                        continue
                    assert latin_words(russian_cell) == set(), (english_block.heading, column, russian_cell)
                    seen_cells.add(russian_cell)
            if english_block.heading == "Toxicities: adverse events with the guidance shown":
                for russian_row in russian_block.rows:  # the label's guidance is translated, its source is not
                    assert CYRILLIC.search(russian_row[-1][:30]), russian_row[-1]
    # The app's vocabulary reached the cells, in the words the screens use.
    for word in ("Ц1", "индукция", "консолидация", "завершён", "прекращён", "идёт", "запланирован", "тот же цикл",
                 "новый цикл", "начало цикла", "ступенчатое повышение", "полная доза", "дексаметазон", "в/в",
                 "вне цикла", "проточная цитометрия", "положительный", "отрицательный", "нет ремиссии",
                 "трансплантация", "рецидив", "гаплоидентичный", "не введено (заменено)"):
        assert word in seen_cells, word
    assert any(re.fullmatch(r"период дозирования №\d+", cell) for cell in seen_cells)


@on_sqlite
def test_the_laid_out_russian_pages_keep_every_text_inside_its_column(ward: Ward, russian: None) -> None:
    translate = report_translation("ru")
    documents = [both_reports(ward, mrn)[1] for mrn in PATIENTS]
    long_table = ReportTable("Дозы: введённые и запланированные", ("цикл", "с", "по", "основание"),
                             tuple((f"Ц{i}", "2026-09-26 09:00", "2026-10-03 09:00",
                                    "возобновление после нежелательного явления") for i in range(150)),
                             widths=(0.6, 1.3, 1.3, 3.0))
    documents.append(ReportDocument("Отчёт о курсе", "blinadesk", (long_table,), "Распечатано"))
    for document in documents:
        pages = document_pages(document, translate)
        for fig in pages:
            fig.set_dpi(80)  # as a preview of the page is drawn: hinting makes letters wider than in the PDF
            renderer = FigureCanvasAgg(fig).get_renderer()
            for text in fig.findobj(Text):
                gid = text.get_gid() or ""
                if gid.startswith("report-text right="):
                    right_in = text.get_window_extent(renderer).x1 / fig.dpi
                    assert right_in <= float(gid.split("=")[1]) + 0.01, (document.title, text.get_text())
        texts = drawn(pages)
        assert f"страница 1 из {len(pages)}" in texts and not any(t.startswith("page ") for t in texts)
        # A word is never cut in two where the columns can make room for it (dates with their time included).
        for block in document.blocks:
            if isinstance(block, ReportTable):
                columns = _columns(block)
                for row in block.rows:
                    for cell, (_, width) in zip(row, columns, strict=True):
                        assert " ".join(_wrap(cell, width)) == " ".join(cell.split()), cell
    long_texts = drawn(document_pages(documents[-1], translate))
    assert "Дозы: введённые и запланированные (продолжение)" in long_texts


def test_every_report_word_has_its_russian_with_the_same_placeholders(russian: None) -> None:
    path = Path(resource_path("translations")) / "review_ru.ts"
    context = next(c for c in ET.parse(path).getroot().iter("context") if c.findtext("name") == "ReportTexts")
    messages = {m.findtext("source", ""): m.findtext("translation", "") for m in context.iter("message")}
    assert len(messages) > 90 and set(ENTRY_NAMES.values()) <= set(messages)
    for source, translation in messages.items():
        assert translation and (translation != source or source == "{text} ({source})"), (source, translation)
        assert sorted(re.findall(r"\{\w+\}", translation)) == sorted(re.findall(r"\{\w+\}", source)), source
    for english_word, (context_name, source) in SCREEN_WORDS.items():  # the screens' words are still translated
        translated = QCoreApplication.translate(context_name, source)
        assert translated != source and CYRILLIC.search(translated), english_word


def test_a_broken_translation_prints_the_english_sentence_not_a_traceback() -> None:
    from blinadesk.plotting.words import fill

    assert fill(lambda text: "страница {nomer} из {total}", "page {number} of {total}", number=1, total=2) == \
        "page 1 of 2"
    assert fill(lambda text: "страница {number из", "page {number} of {total}", number=1, total=2) == "page 1 of 2"
    assert fill(lambda text: "страница {number}", "page {number} of {total}", number=1, total=2) == "page 1 of 2"
    assert fill(lambda text: "страница {number} из {total}", "page {number} of {total}", number=1, total=2) == \
        "страница 1 из 2"


@on_sqlite
def test_the_command_line_report_stays_english_with_russian_installed(ward: Ward, db_url: str, tmp_path: Path,
                                                                      russian: None,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from blinadesk.cli import main

    out = tmp_path / "cli.pdf"
    assert main(["--db", db_url, "report", "patient", "--patient", "BD-1006", "--out", str(out)]) == 0
    assert "written" in capsys.readouterr().out
    assert pdf_title(out) == "Course report · Bennett, Oliver · MRN BD-1006"
    # What run_patient builds and lays out, in this process where Russian is installed: English.
    document = patient_report(ward, REPORT_READER, patient_id_for_mrn(ward, REPORT_READER, "BD-1006")).document
    assert [b.heading for b in document.blocks] == [
        "Patient", "Schedule: cycles planned and given", "Doses given and planned", "Interruptions",
        "Premedication given", "Toxicities: adverse events with the guidance shown",
        "Toxicities: worst grades from the daily observations", "Marrow results", "Transplants and outcomes",
        "Decisions", "Audit of corrections"]
    texts = drawn(document_pages(document))
    assert not any(CYRILLIC.search(t) for t in texts)
    assert any(re.fullmatch(r"page 1 of \d+", t) for t in texts)
    assert write_report_pdf(document, tmp_path / "again.pdf") >= 2
    assert pdf_title(tmp_path / "again.pdf").startswith("Course report · ")
