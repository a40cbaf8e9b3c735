"""Issue weights of one party: by swing weighting or by pairwise comparison (AHP), the result shown and editable."""
from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core.elicitation import SAATY_SCALE, pairwise_weights, swing_weights
from desk.core.errors import ValidationError
from desk.core.issues import Issue, Value, format_value
from desk.ui.validation_text import error_text

#: Index of "equal" among the pairwise choices: 9 … 2 (left more important), 1, 2 … 9 (right more important).
EQUAL = len(SAATY_SCALE) - 1


@dataclass(frozen=True, slots=True)
class WeightAnswers:
    """What the dialog hands back: weights by issue id, the method and the answers that produced them."""

    weights: dict[str, float]
    method: str
    answers: Any


def judgement(index: int) -> float:
    """The AHP value of pairwise choice ``index``: how many times the left issue matters more than the right."""
    return float(SAATY_SCALE[EQUAL - index]) if index <= EQUAL else 1.0 / SAATY_SCALE[index - EQUAL]


class WeightsDialog(QDialog):
    """Swing: points 0–100 per issue (100 for the swing that matters most). Pairwise: for each pair, which issue
    matters more and how much (Saaty 1–9), with the consistency ratio. The weights below can be edited."""

    def __init__(self, party: str, issues: list[Issue], weights: dict[str, float],
                 parent: QWidget | None = None, ranges: Mapping[str, tuple[Value, Value]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weights of %1").replace("%1", party))
        self.setMinimumWidth(700)  # the swing rows name both ends of every issue
        self.issues = issues
        self.method = "edited"
        self.tabs = QTabWidget()
        swing = QWidget()
        swing_layout = QGridLayout(swing)
        swing_layout.addWidget(QLabel(self.tr("Imagine each issue moving from its worst to its best value. Give "
                                              "100 points to the move that matters most, and to each other "
                                              "move the points it is worth beside that one.")), 0, 0, 1, 3)
        swing_layout.itemAtPosition(0, 0).widget().setWordWrap(True)
        self.points: dict[str, QSpinBox] = {}
        for row, issue in enumerate(issues, start=1):
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(round(100 * weights.get(issue.id, 0.0) / max(weights.values() or [1.0]) or 0))
            spin.valueChanged.connect(lambda _v: self._compute("swing"))
            swing_layout.addWidget(QLabel(issue.name), row, 0)
            if ranges and issue.id in ranges:  # the swing itself: this party's worst → best value of the issue
                worst, best = ranges[issue.id]
                span = QLabel(f"{format_value(worst, issue.unit)} → {format_value(best, issue.unit)}")
                span.setObjectName(f"swingRange:{issue.id}")
                swing_layout.addWidget(span, row, 1)
            swing_layout.addWidget(spin, row, 2)
            self.points[issue.id] = spin
        swing_layout.setRowStretch(len(issues) + 1, 1)  # rows at the top, the instruction not stretched
        self.tabs.addTab(_scrolling(swing), self.tr("Swing weighting"))
        pairwise = QWidget()
        pair_layout = QGridLayout(pairwise)
        pair_layout.addWidget(QLabel(self.tr("For each pair: which issue matters more to the party, and how much?")),
                              0, 0, 1, 3)
        self.pairs: dict[tuple[str, str], QComboBox] = {}
        for row, (a, b) in enumerate(itertools.combinations(issues, 2), start=1):
            combo = QComboBox()
            for value in reversed(SAATY_SCALE[1:]):
                combo.addItem(self.tr("%1 × more: %2").replace("%1", str(value)).replace("%2", a.name))
            combo.addItem(self.tr("equally important"))
            for value in SAATY_SCALE[1:]:
                combo.addItem(self.tr("%1 × more: %2").replace("%1", str(value)).replace("%2", b.name))
            combo.setCurrentIndex(EQUAL)
            combo.currentIndexChanged.connect(lambda _i: self._compute("pairwise"))
            pair_layout.addWidget(QLabel(a.name), row, 0)
            pair_layout.addWidget(combo, row, 1)
            pair_layout.addWidget(QLabel(b.name), row, 2)
            self.pairs[(a.id, b.id)] = combo
        self.consistency = QLabel()
        self.consistency.setObjectName("consistency")
        self.consistency.setWordWrap(True)
        pair_layout.addWidget(self.consistency, len(self.pairs) + 1, 0, 1, 3)
        pair_layout.setRowStretch(len(self.pairs) + 2, 1)
        # 8 issues make 28 pairs: scrolled, so the dialog fits a 1366 × 768 screen
        self.tabs.addTab(_scrolling(pairwise), self.tr("Pairwise comparison"))

        result = QGroupBox(self.tr("Resulting weights (you can adjust them)"))
        result_layout = QGridLayout(result)
        self.weights: dict[str, QDoubleSpinBox] = {}
        total = sum(weights.values()) or 1.0
        for row, issue in enumerate(issues):
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            spin.setValue(100 * weights.get(issue.id, 0.0) / total)
            spin.valueChanged.connect(lambda _v: self._edited())
            result_layout.addWidget(QLabel(issue.name), row, 0)
            result_layout.addWidget(spin, row, 1)
            self.weights[issue.id] = spin
        self.message = QLabel()
        self.message.setObjectName("weightsMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(result)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._updating = False
        self.answers: Any = None

    # -- computing -----------------------------------------------------------------------------
    def swing_answers(self) -> dict[str, float]:
        return {issue_id: float(spin.value()) for issue_id, spin in self.points.items()}

    def pairwise_answers(self) -> dict[tuple[str, str], float]:
        return {pair: judgement(combo.currentIndex()) for pair, combo in self.pairs.items()}

    def _compute(self, method: str) -> None:
        try:
            if method == "swing":
                answers: Any = self.swing_answers()
                weights = swing_weights(answers)
                self.message.clear()
            else:
                answers = self.pairwise_answers()
                result = pairwise_weights([i.id for i in self.issues], answers)
                weights = result.weights
                text = self.tr("Consistency ratio %1 %: %2").replace("%1", f"{100 * result.consistency_ratio:.1f}")
                text = text.replace("%2", self.tr("consistent enough (below 10 %)") if result.consistent else
                                    self.tr("the comparisons contradict each other; revise some (10 % or more)"))
                self.consistency.setText(text)
                answers = [[a, b, v] for (a, b), v in answers.items()]
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            return
        self.method, self.answers = method, answers
        self._updating = True
        for issue_id, spin in self.weights.items():
            spin.setValue(100 * weights.get(issue_id, 0.0))
        self._updating = False

    def _edited(self) -> None:
        if not self._updating:
            self.method = "edited"

    def answers_given(self) -> WeightAnswers | None:
        weights = {issue_id: spin.value() / 100 for issue_id, spin in self.weights.items()}
        if sum(weights.values()) <= 0:
            return None
        total = sum(weights.values())
        return WeightAnswers({k: v / total for k, v in weights.items()}, self.method, self.answers)

    def accept(self) -> None:
        if self.answers_given() is None:
            self.message.setText(self.tr("At least one weight must be above zero."))
            return
        super().accept()

    @classmethod
    def ask(cls, party: str, issues: list[Issue], weights: dict[str, float], parent: QWidget | None = None,
            ranges: Mapping[str, tuple[Value, Value]] | None = None) -> WeightAnswers | None:
        dialog = cls(party, issues, weights, parent, ranges)
        return dialog.answers_given() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area that follows its width (rows scroll, nothing is squeezed)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setMinimumHeight(min(page.sizeHint().height(), 280))
    return area
