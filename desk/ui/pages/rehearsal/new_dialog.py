"""The "new rehearsal" dialog (演练): whom the user plays, the others' strategies, deadline, seed, range, pause."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.core.enums import PartyRole
from desk.core.errors import DeskError
from desk.core.rehearsal.game import GameSettings
from desk.core.snapshot import CaseSnapshot
from desk.ui.pages.rehearsal.strategies import STRATEGY_NAMES, strategy_label
from desk.ui.tasks import describe_error


class NewRehearsalDialog(QDialog):
    """Modal; ``result_settings`` holds valid settings after OK (party ids as the case has them)."""

    def __init__(self, snapshot: CaseSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New rehearsal (演练)"))
        self.setModal(True)
        self.result_settings: GameSettings | None = None
        intro = QLabel(self.tr("Play your side against agents in a copy of this case. The copy is kept beside the "
                               "case file, apart from the real record: nothing of it reaches the minutes, the "
                               "agreement or the exports."))
        intro.setWordWrap(True)
        cast = QGroupBox(self.tr("Who plays"))
        grid = QGridLayout(cast)
        grid.addWidget(QLabel(self.tr("Party")), 0, 0)
        grid.addWidget(QLabel(self.tr("You play it")), 0, 1)
        grid.addWidget(QLabel(self.tr("Otherwise the agent plays")), 0, 2)
        self.plays: dict[str, QCheckBox] = {}
        self.strategies: dict[str, QComboBox] = {}
        for row, party in enumerate(snapshot.signatories, start=1):
            plays = QCheckBox()
            plays.setObjectName(f"plays_{row}")
            combo = QComboBox()
            for name in STRATEGY_NAMES:
                combo.addItem(strategy_label(name), name)
            combo.setCurrentIndex(1)
            plays.toggled.connect(lambda on, c=combo: c.setEnabled(not on))
            plays.setChecked(row == 1)
            grid.addWidget(QLabel(party.label), row, 0)
            grid.addWidget(plays, row, 1)
            grid.addWidget(combo, row, 2)
            self.plays[party.id], self.strategies[party.id] = plays, combo
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 200)
        self.rounds.setValue(10)
        self.seed = QSpinBox()
        self.seed.setRange(0, 9999)
        self.seed.setToolTip(self.tr("The same seed gives the same seating order and the same perturbation"))
        self.perturb = QDoubleSpinBox()
        self.perturb.setRange(0.0, 0.5)
        self.perturb.setSingleStep(0.05)
        self.perturb.setToolTip(self.tr("Each agent's issue weights and BATNA utility are drawn within ± this range: "
                                        "rehearse against what a counterpart might really want."))
        self.mediator = QCheckBox(self.tr("The mediator tables texts moving toward the Nash package"))
        has_mediator = any(p.role is PartyRole.MEDIATOR for p in snapshot.parties)
        self.mediator.setEnabled(has_mediator)
        if not has_mediator:
            self.mediator.setToolTip(self.tr("The case names no mediator (协调方)"))
        self.pause = QDoubleSpinBox()
        self.pause.setRange(0.0, 60.0)
        self.pause.setSingleStep(0.5)
        self.pause.setValue(1.5)
        self.pause.setSuffix(self.tr(" s"))
        self.pause.setToolTip(self.tr("How long the agents wait before they answer, so you can think; 0 answers "
                                      "at once. It can be changed during the rehearsal."))
        settings = QGroupBox(self.tr("Deadline, uncertainty and pace"))
        form = QFormLayout(settings)
        form.addRow(self.tr("Deadline (rounds)"), self.rounds)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.tr("Perturbation (±)"), self.perturb)
        form.addRow(self.tr("Pause before the agents answer"), self.pause)
        form.addRow(self.mediator)
        self.error = QLabel()
        self.error.setObjectName("rehearsalDialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the rehearsal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(cast)
        layout.addWidget(settings)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def settings(self) -> GameSettings:
        """The settings as filled in (validated: a RehearsalError names what is wrong)."""
        players = tuple(pid for pid, box in self.plays.items() if box.isChecked())
        strategies = {pid: combo.currentData() for pid, combo in self.strategies.items() if pid not in players}
        return GameSettings(players=players, strategies=strategies, rounds=self.rounds.value(),
                            seed=self.seed.value(), perturbation=round(self.perturb.value(), 4),
                            mediator=self.mediator.isChecked(),
                            pause_ms=round(self.pause.value() * 1000)).validate()

    def accept(self) -> None:
        if len(self.plays) < 2:
            self.error.setText(self.tr("A rehearsal needs at least two signatories: one for you, one for an agent."))
            return
        if not any(box.isChecked() for box in self.plays.values()):
            self.error.setText(self.tr("Choose at least one party to play yourself."))
            return
        if all(box.isChecked() for box in self.plays.values()):
            self.error.setText(self.tr("Leave at least one party to the agents."))
            return
        try:
            self.result_settings = self.settings()
        except DeskError as exc:
            self.error.setText(describe_error(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, snapshot: CaseSnapshot, parent: QWidget | None = None) -> GameSettings | None:
        """Show the dialog; the settings, or None when cancelled."""
        dialog = cls(snapshot, parent)
        return dialog.result_settings if dialog.exec() == QDialog.DialogCode.Accepted else None
