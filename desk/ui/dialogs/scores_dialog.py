"""One party's scores on one issue: a rating for every option of a discrete issue, or the points of a numeric
issue's piecewise-linear value function with a small live chart. Confidential, like the reservation."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.core.demands import Demand
from desk.core.elicitation import scores_from_ratings, value_points
from desk.core.errors import ValidationError
from desk.core.issues import Issue
from desk.ui.validation_text import error_text


@dataclass(frozen=True, slots=True)
class ScoreAnswers:
    """Ratings by option (discrete issue) or (value, score) points (numeric issue)."""

    ratings: dict[str, float] | None = None
    points: tuple[tuple[float, float], ...] | None = None


class ScoresDialog(QDialog):
    """Discrete: rate each option 0–100 (best 100); scores are the ratings rescaled so the worst is 0.
    Numeric: the value function passes through the points given (one scoring 0, one scoring 1)."""

    def __init__(self, party: str, issue: Issue, demand: Demand, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scores of %1 on %2").replace("%1", party).replace("%2", issue.name))
        self.issue = issue
        self.grid = QGridLayout()
        self.message = QLabel()
        self.message.setObjectName("scoresMessage")
        self.message.setWordWrap(True)
        self.ratings: dict[str, QSpinBox] = {}
        self.rows: list[tuple[QDoubleSpinBox, QDoubleSpinBox]] = []
        self.canvas = None
        layout = QVBoxLayout(self)
        if issue.is_numeric:
            layout.addWidget(QLabel(self.tr("Points of the value function: at each value, how good it is for "
                                            "the party (0 = worst acceptable, 1 = best).")))
            self.grid.addWidget(QLabel(self.tr("Value")), 0, 0)
            self.grid.addWidget(QLabel(self.tr("Score (0–1)")), 0, 1)
            layout.addLayout(self.grid)
            self.add_button = QPushButton(self.tr("Add point"))
            self.add_button.clicked.connect(lambda: self.add_point(issue.minimum, 0.5))
            layout.addWidget(self.add_button)
            self._build_chart(layout)
            points = demand.breakpoints or self._linear(demand)
            for value, score in points:
                self.add_point(value, score)
        else:
            layout.addWidget(QLabel(self.tr("Rate every option for the party: 100 for the best; the worst "
                                            "scores 0 and the others in proportion.")))
            layout.addLayout(self.grid)
            given = demand.scores()
            for row, option in enumerate(issue.options):
                spin = QSpinBox()
                spin.setRange(0, 100)
                default = 100 if option == demand.ideal else (0 if option == demand.reservation else 50)
                spin.setValue(round(100 * given[option]) if option in given else default)
                spin.valueChanged.connect(lambda _v: self.preview())
                self.grid.addWidget(QLabel(option), row, 0)
                self.grid.addWidget(spin, row, 1)
                self.ratings[option] = spin
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.preview()

    def _linear(self, demand: Demand) -> list[tuple[float, float]]:
        ideal = float(demand.ideal)
        far = self.issue.minimum if abs(ideal - self.issue.minimum) > abs(ideal - self.issue.maximum) \
            else self.issue.maximum
        worst = float(demand.reservation) if demand.reservation is not None else far
        return sorted([(worst, 0.0), (ideal, 1.0)])

    def _build_chart(self, layout: QVBoxLayout) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from desk.charts.figure import new_figure

        self.figure = new_figure(3.6, 2.0, 100, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(180)
        layout.addWidget(self.canvas)

    def add_point(self, value: float, score: float) -> None:
        x, y = QDoubleSpinBox(), QDoubleSpinBox()
        x.setRange(self.issue.minimum, self.issue.maximum)
        x.setDecimals(3)
        x.setSingleStep(self.issue.step)
        x.setSuffix(f" {self.issue.unit}" if self.issue.unit else "")
        x.setValue(float(value))
        y.setRange(0.0, 1.0)
        y.setDecimals(2)
        y.setSingleStep(0.05)
        y.setValue(float(score))
        row = len(self.rows) + 1  # under the headers
        self.grid.addWidget(x, row, 0)
        self.grid.addWidget(y, row, 1)
        for spin in (x, y):
            spin.valueChanged.connect(lambda _v: self.preview())
        self.rows.append((x, y))
        self.preview()

    def answers_given(self) -> ScoreAnswers:
        """The answers, checked (raises ValidationError naming the problem)."""
        if self.issue.is_numeric:
            points = value_points([(x.value(), y.value()) for x, y in self.rows], self.issue.minimum,
                                  self.issue.maximum)
            return ScoreAnswers(points=points)
        ratings = {option: float(spin.value()) for option, spin in self.ratings.items()}
        scores_from_ratings(ratings)
        return ScoreAnswers(ratings=ratings)

    def preview(self) -> None:
        """Say what the answers give (or what is wrong), and redraw the value function."""
        try:
            answers = self.answers_given()
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            return
        if answers.ratings is not None:
            scores = scores_from_ratings(answers.ratings)
            self.message.setText(self.tr("Scores: %1").replace(
                "%1", "，".join(f"{option} {score:.2f}" for option, score in scores.items())))
        elif self.canvas is not None and answers.points is not None:
            self.message.clear()
            from desk.charts.value_function import draw_value_function

            draw_value_function(self.figure, self.issue, answers.points)
            self.canvas.draw_idle()

    def accept(self) -> None:
        try:
            self.answers_given()
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, party: str, issue: Issue, demand: Demand, parent: QWidget | None = None) -> ScoreAnswers | None:
        dialog = cls(party, issue, demand, parent)
        return dialog.answers_given() if dialog.exec() == QDialog.DialogCode.Accepted else None
