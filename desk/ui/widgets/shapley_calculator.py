"""Shapley calculator: coalition values typed in a table → each party's fair share of a joint cost or benefit."""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.shapley import core_check, shapley_exact
from desk.ui.models.coalition_table_model import CoalitionTableModel

MAX_PLAYERS = 6  # 63 coalitions is as many as anyone types by hand


class ShapleyCalculator(QWidget):
    """Choose the players, fill in every coalition's value, compute; errors name the coalition at fault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CoalitionTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.players_button = QToolButton()
        self.players_button.setText(self.tr("Players…"))
        self.players_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.players_menu = QMenu(self)
        self.players_button.setMenu(self.players_menu)
        self.player_actions: dict[str, QAction] = {}
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Joint cost (smaller is better)"), "cost")
        self.kind.addItem(self.tr("Joint benefit (larger is better)"), "benefit")
        self.compute_button = QPushButton(self.tr("Compute Shapley shares"))
        self.compute_button.setObjectName("computeShapley")
        self.compute_button.clicked.connect(self.compute)
        self.result = QLabel()
        self.result.setObjectName("shapleyResult")
        self.result.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.players_button)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.compute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result)

    def set_parties(self, labels: list[str], chosen: list[str]) -> None:
        """Offer ``labels`` as players, ticking ``chosen`` (or keeping the earlier choice)."""
        before = [name for name, action in self.player_actions.items() if action.isChecked()] or chosen
        self.players_menu.clear()
        self.player_actions = {}
        for name in labels:
            action = self.players_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name in before)
            action.toggled.connect(lambda _c: self._players_changed())
            self.player_actions[name] = action
        self._players_changed()

    def players(self) -> list[str]:
        return [name for name, action in self.player_actions.items() if action.isChecked()]

    def _players_changed(self) -> None:
        players = self.players()[:MAX_PLAYERS]
        self.model.set_players(players)
        self.result.setText(self.tr("Enter the value of every coalition (%1 rows), then compute.")
                            .replace("%1", str(len(self.model.coalitions))))

    def compute(self) -> None:
        players = self.model.players
        if len(players) < 2:
            self.result.setText(self.tr("Choose at least two players."))
            return
        try:
            values = self.model.values()
            result = shapley_exact(players, values)
        except (ValueError, AnalysisError) as exc:
            self.result.setText(str(exc))
            self.result.setStyleSheet("color: #C62828;")
            return
        self.result.setStyleSheet("")
        kind = self.kind.currentData()
        check = core_check(players, values, result.values, kind=kind)
        shares = " · ".join(f"{p} {v:.2f}" for p, v in zip(players, result.values, strict=True))
        stable = (self.tr("Stable: no group of parties would do better on its own.") if check.stable else
                  self.tr("Not in the core: %1 would do better on its own.").replace(
                      "%1", "、".join(check.violations[0][0]) if check.violations else "?"))
        self.result.setText(self.tr("Shapley shares: %1").replace("%1", shares) + "\n" + stable)
