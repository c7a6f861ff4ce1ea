"""A derived grade as the nurse sees it before saving: what is graded, the grade in words and colour, the scale
it comes from and the engine's reason. The grade is always written out ("Grade 3"), so the colour is never the
only signal; a provisional rule behind the grade is marked with an asterisk and said in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from blinadesk.domain.grading import Grade
from blinadesk.gui.models.chart_models import GRADE_COLOURS
from blinadesk.gui.service_messages import translate_reason


class GradeBadge(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title_label = QLabel(self)
        self.grade_label = QLabel(self)
        font = self.grade_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.grade_label.setFont(font)
        self.scale_label = QLabel(self)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.title_label, self.grade_label, self.scale_label, self.reason_label):
            layout.addWidget(label)
        self._title = ""
        self.grade: Grade | None = None
        self.set_grade(None)

    def set_title(self, title: str) -> None:
        self._title = title
        self.title_label.setText(title)

    def set_grade(self, grade: Grade | None, not_graded_text: str | None = None) -> None:
        self.grade = grade
        if grade is None:
            self.grade_label.setText(not_graded_text or self.tr("Not graded"))
            self.scale_label.setText("")
            self.reason_label.setText("")
            self._colour(None)
            self.setAccessibleName(f"{self._title}: {self.grade_label.text()}")
            return
        text = self.tr("No {what}").format(what=self._title) if grade.grade == 0 else self.tr("Grade {grade}").format(
            grade=grade.grade)
        if grade.provisional:
            text += " *"
        self.grade_label.setText(text)
        scale = grade.scale
        if grade.provisional:
            scale += " — " + self.tr("* provisional rule, not confirmed by a source")
        self.scale_label.setText(scale)
        self.reason_label.setText(translate_reason(grade.reason))
        self._colour(grade.grade)
        self.setAccessibleName(f"{self._title}: {text}. {translate_reason(grade.reason)}")

    def text(self) -> str:
        """The grade as shown, for tests and screen readers."""
        return self.grade_label.text()

    def _colour(self, grade: int | None) -> None:
        if grade is None:
            self.setStyleSheet("")
            return
        background = GRADE_COLOURS[min(grade, 5)]
        foreground = "#ffffff" if grade >= 4 else "#000000"
        self.setStyleSheet(f"GradeBadge {{ background: {background}; border: 1px solid #555; }} "
                           f"GradeBadge QLabel {{ color: {foreground}; background: transparent; }}")
