"""The proposal editor: a value for every issue, live utility bars per party, hard-constraint warnings."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.analytics.explain import PartyExplanation
from desk.core.issues import Value
from desk.core.snapshot import CaseSnapshot
from desk.services.frontier_view import FrontierViewService
from desk.ui.widgets.issue_control import IssueControl
from desk.ui.widgets.utility_bars import Bar, UtilityBars


class ProposalEditor(QWidget):
    """Edit a package; ``package_changed`` on every change, ``table_requested`` when the user tables it."""

    package_changed = Signal(dict)
    table_requested = Signal()
    explain_requested = Signal(str)

    def __init__(self, views: FrontierViewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = views
        self.snapshot: CaseSnapshot | None = None
        self.presenting = False
        self.controls: dict[str, IssueControl] = {}
        self.explanations: tuple[PartyExplanation, ...] = ()
        self.author = QComboBox()
        self.author.setObjectName("proposalAuthor")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why this package (goes into the minutes)"))
        self.form = QFormLayout()
        self.bars = UtilityBars()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #C62828;")
        self.explain_party = QComboBox()
        self.explain_button = QPushButton(self.tr("Explain utility…"))
        self.explain_button.setToolTip(self.tr("Show how each issue adds to the chosen party's utility"))
        self.explain_button.clicked.connect(lambda: self.explain_requested.emit(self.explain_party.currentData()))
        self.table_button = QPushButton(self.tr("Table this proposal"))
        self.table_button.setObjectName("tableProposal")
        self.table_button.clicked.connect(self.table_requested.emit)

        who = QFormLayout()
        who.addRow(self.tr("Tabled by"), self.author)
        who.addRow(self.tr("Note"), self.note)
        explain_row = QHBoxLayout()
        caption = QLabel(self.tr("Utility of each party (bar) and its disagreement point (tick):"))
        caption.setWordWrap(True)  # long in English; must not widen the window
        explain_row.addWidget(caption, 1)
        explain_row.addWidget(self.explain_party)
        explain_row.addWidget(self.explain_button)
        layout = QVBoxLayout(self)
        layout.addLayout(who)
        layout.addLayout(self.form)
        layout.addLayout(explain_row)
        layout.addWidget(self.bars)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table_button)
        layout.addStretch(1)

    # -- data --------------------------------------------------------------------------------
    def set_snapshot(self, snapshot: CaseSnapshot) -> None:
        """Rebuild the controls when the issues changed; keep the current values where they still fit."""
        keep = self.package() if self.controls else {}
        old = self.snapshot
        self.snapshot = snapshot
        if old is None or old.issues != snapshot.issues:
            while self.form.rowCount():
                self.form.removeRow(0)
            self.controls = {}
            for issue in snapshot.issues:
                control = IssueControl(issue)
                control.changed.connect(self._changed)
                self.controls[issue.id] = control
                self.form.addRow(issue.name, control)
                grid = issue.grid()
                control.set_value(keep.get(issue.id, grid[len(grid) // 2]))
        for combo, parties in ((self.author, snapshot.parties), (self.explain_party, snapshot.parties)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for party in parties:
                combo.addItem(party.label, party.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.refresh_bars()

    def package(self) -> dict[str, Value]:
        return {issue_id: control.value() for issue_id, control in self.controls.items()}

    def set_package(self, package: Mapping[str, Value]) -> None:
        """Load a package (e.g. a frontier point clicked in the chart) into the controls."""
        for issue_id, value in package.items():
            if issue_id in self.controls:
                self.controls[issue_id].set_value(value)
        self._changed()

    def set_author(self, party_id: str) -> None:
        self.author.setCurrentIndex(max(0, self.author.findData(party_id)))

    def set_presenting(self, presenting: bool) -> None:
        self.presenting = presenting
        self.refresh_bars()

    def _changed(self) -> None:
        self.refresh_bars()
        self.package_changed.emit(self.package())

    def refresh_bars(self) -> None:
        """Recompute every party's utility of the package and show bars and warnings."""
        if self.snapshot is None or not self.controls or not self.snapshot.parties:
            self.bars.set_bars([])
            return
        self.explanations = self.views.explain(self.snapshot, self.package())
        bars, warnings = [], []
        for party, explanation in zip(self.snapshot.parties, self.explanations, strict=True):
            violated = [row.issue for row in explanation.rows if not row.acceptable]
            bars.append(Bar(party.label, party.colour, explanation.utility,
                            None if self.presenting else explanation.disagreement,
                            bool(violated) and not self.presenting))
            if violated:
                warnings.append(self.tr("%1 cannot accept: %2 is beyond its limit")
                                .replace("%1", party.label).replace("%2", "、".join(violated)))
        self.bars.set_bars(bars)
        self.warnings.setText("" if self.presenting else "\n".join(warnings))
        self.warnings.setVisible(bool(warnings) and not self.presenting)
