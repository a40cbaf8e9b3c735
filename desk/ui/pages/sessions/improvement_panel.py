"""Improvement panel: which frontier packages beat the selected proposal, and who could gain how much."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.charts.data import ChartData
from desk.core.analytics.errors import AnalysisError
from desk.core.issues import Value
from desk.core.snapshot import CaseSnapshot
from desk.services.improvement_view import ImprovementSummary, improvement_summary


class ImprovementPanel(QWidget):
    """Reads the selected package against the exact frontier of the charted parties."""

    picked = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: ImprovementSummary | None = None
        self.reading = QLabel()
        self.reading.setObjectName("improvementReading")
        self.reading.setWordWrap(True)
        self.reading.setStyleSheet("font-size: 14px; font-weight: 600;")
        self.dominated = QLabel()
        self.gains = QLabel()
        self.gains.setWordWrap(True)
        self.distance = QLabel()
        self.load_button = QPushButton(self.tr("Load the best package into the editor"))
        self.load_button.clicked.connect(self._load)
        form = QFormLayout()
        form.addRow(self.tr("Frontier packages that beat it:"), self.dominated)
        form.addRow(self.tr("Most each party can gain (no one loses):"), self.gains)
        form.addRow(self.tr("Distance to the frontier:"), self.distance)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reading)
        layout.addLayout(form)
        layout.addWidget(self.load_button)
        layout.addStretch(1)
        self.show_nothing()

    def show_nothing(self, text: str = "") -> None:
        self.summary = None
        self.reading.setText(text or self.tr("Select a proposal (or edit one) to see what is left on the table."))
        for label in (self.dominated, self.gains, self.distance):
            label.setText("—")
        self.load_button.setEnabled(False)

    def update_for(self, data: ChartData | None, snapshot: CaseSnapshot, package: Mapping[str, Value],
                   presenting: bool) -> None:
        """Compare ``package`` with the frontier of the charted parties (all of them when ≥ 3)."""
        if data is None:
            self.show_nothing()
            return
        panel = data.multi or data.pair
        try:
            summary = improvement_summary(panel, package)
        except AnalysisError as exc:
            self.show_nothing(str(exc))
            return
        self.summary = summary
        labels = {p.id: p.label for p in snapshot.parties}
        names = [labels.get(pid, "?") for pid in summary.party_ids]
        result = summary.improvement
        self.dominated.setText(str(len(result.dominating)))
        self.gains.setText(" · ".join(f"{n} +{g:.2f}" for n, g in zip(names, result.best_gain, strict=True)))
        self.distance.setText(f"{result.distance:.3f}")
        self.load_button.setEnabled(summary.best_package is not None)
        self.reading.setText(self._reading(summary, names, snapshot, presenting))

    def _reading(self, summary: ImprovementSummary, names: list[str], snapshot: CaseSnapshot,
                 presenting: bool) -> str:
        result = summary.improvement
        if summary.best_party is None:
            if result.on_frontier or presenting:
                return self.tr("On the frontier: no party can gain without another losing.")
            return self.tr("Nothing beats it on the frontier, but it is below some party's disagreement point "
                           "or limits.")
        issue_id, _old, new = summary.changes[0]
        issue = snapshot.issue(issue_id)
        text = (self.tr("Every party can gain; %1 gains most (+%2) from moving %3 to %4.")
                if result.common_gain > 1e-9 else
                self.tr("Some can gain and no one loses; %1 gains most (+%2) from moving %3 to %4."))
        return (text.replace("%1", names[summary.best_party])
                .replace("%2", f"{result.best_gain[summary.best_party]:.2f}")
                .replace("%3", issue.name).replace("%4", issue.format_value(new)))

    def _load(self) -> None:
        if self.summary is not None and self.summary.best_package is not None:
            self.picked.emit(dict(self.summary.best_package))
