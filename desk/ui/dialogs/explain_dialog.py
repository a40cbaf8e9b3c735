"""Dialog explaining one party's utility of a package issue by issue."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desk.core.analytics.explain import PartyExplanation
from desk.ui.models.contribution_model import WITHIN, ContributionModel


class ExplainDialog(QDialog):
    """u = Σ weight × score, one row per issue; the disagreement point only outside presentation mode."""

    def __init__(self, label: str, explanation: PartyExplanation, presenting: bool,
                 parent: QWidget | None = None, origin: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why %1 values this package at %2").replace("%1", label)
                            .replace("%2", f"{explanation.utility:.2f}"))
        self.model = ContributionModel(explanation.rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setColumnHidden(WITHIN, presenting)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        text = self.tr("Utility = sum of weight × score over the issues = %1.").replace(
            "%1", f"{explanation.utility:.2f}")
        if not presenting:
            text += " " + self.tr("Disagreement point (no agreement): %1.").replace(
                "%1", f"{explanation.disagreement:.2f}")
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        self.origin = QLabel(origin)
        self.origin.setObjectName("elicitationOrigin")
        self.origin.setWordWrap(True)
        self.origin.setVisible(bool(origin) and not presenting)  # the answers are the party's confidential ones
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.origin)
        layout.addWidget(buttons)
        self.resize(620, 360)
