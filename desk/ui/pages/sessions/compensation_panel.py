"""Compensation panel (利益补偿): side payments for the selected package, as a table and a payer → payee diagram."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.errors import DeskError
from desk.core.issues import Value
from desk.core.snapshot import CaseSnapshot
from desk.services.improvement_view import CompensationView, compensation_view
from desk.ui.models.transfer_table_model import ProposedRuleModel, TransferRow, TransferTableModel
from desk.ui.widgets.shapley_calculator import ShapleyCalculator


class CompensationPanel(QWidget):
    """Side payments depend on each party's disagreement point, so they are hidden while presenting.

    With benefit rules the payments are also proposed as one-off transfer rules (capped by what the rules let
    each payer and the fund move); ``adopt(rule)`` asks to add the selected one to the case's rules.
    """

    adopt = Signal(object)  # a BenefitRule

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: CompensationView | None = None
        self.canvas = None
        self.figure = None
        self.rule = QComboBox()
        self.rule.addItem(self.tr("Equal split of the surplus"), "equal")
        self.rule.addItem(self.tr("In proportion to each party's gain"), "proportional")
        self.rule.addItem(self.tr("By bargaining power"), "power")
        self.rule.currentIndexChanged.connect(lambda _i: self._recompute())
        self.summary = QLabel()
        self.summary.setObjectName("compensationSummary")
        self.summary.setWordWrap(True)
        self.model = TransferTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.diagram_box = QVBoxLayout()
        payments = QGroupBox(self.tr("Side payments for the selected package"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Share the surplus:")))
        top.addWidget(self.rule, 1)
        inner = QVBoxLayout(payments)
        inner.addLayout(top)
        inner.addWidget(self.summary)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(self.diagram_box, 2)
        inner.addLayout(body, 1)
        self.proposed = ProposedRuleModel(parent=self)
        self.proposed_table = QTableView()
        self.proposed_table.setModel(self.proposed)
        self.proposed_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.proposed_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.proposed_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.proposed_table.verticalHeader().hide()
        self.proposed_table.setMaximumHeight(120)
        self.adopt_button = QPushButton(self.tr("Adopt as a rule"))
        self.adopt_button.clicked.connect(self._adopt)
        self.proposed_note = QLabel()
        self.proposed_note.setWordWrap(True)
        self.proposed_box = QGroupBox(self.tr("Proposed as transfer rules"))
        proposed_layout = QVBoxLayout(self.proposed_box)
        proposed_layout.addWidget(self.proposed_note)
        proposed_row = QHBoxLayout()
        proposed_row.addWidget(self.proposed_table, 1)
        proposed_row.addWidget(self.adopt_button)
        proposed_layout.addLayout(proposed_row)
        self.proposed_box.hide()
        self.payments_box = payments
        shapley_box = QGroupBox(self.tr("Shapley calculator for a joint project"))
        self.shapley = ShapleyCalculator()
        QVBoxLayout(shapley_box).addWidget(self.shapley)
        layout = QVBoxLayout(self)
        layout.addWidget(payments, 3)
        layout.addWidget(self.proposed_box)  # beside the payments group: it takes room from the calculator
        layout.addWidget(shapley_box, 1)
        self._inputs: tuple | None = None

    def update_for(self, snapshot: CaseSnapshot, package: Mapping[str, Value] | None, party_ids: list[str],
                   presenting: bool) -> None:
        labels = [p.label for p in snapshot.parties]
        chosen = [p.label for p in snapshot.parties if p.id in party_ids]
        self.shapley.set_parties(labels, chosen)
        self._inputs = (snapshot, package, party_ids, presenting)
        self._recompute()

    def _recompute(self) -> None:
        if self._inputs is None:
            return
        snapshot, package, party_ids, presenting = self._inputs
        self.view = None
        self.model.set_rows([])
        self.proposed.set_rows([])
        self.proposed_box.hide()
        self._draw(None, snapshot)
        if presenting:
            self.summary.setText(self.tr("Hidden in presentation mode: side payments reveal disagreement points."))
            return
        if package is None:
            self.summary.setText(self.tr("Select a proposal or a frontier point."))
            return
        try:
            view = compensation_view(snapshot, package, party_ids, self.rule.currentData())
        except DeskError as exc:
            self.summary.setText(str(exc))
            return
        self.view = view
        result = view.compensation
        self.model.unit = view.unit
        self.model.set_rows([TransferRow(snapshot.party(pid).label, g, s, t) for pid, g, s, t in
                             zip(party_ids, result.gains, result.shares, result.transfers, strict=True)])
        if not result.feasible:
            self.summary.setText(self.tr("No side payments can make every party whole for this package."))
        else:
            self.summary.setText(self.tr("Money issue: %1. Surplus over the disagreement points: %2.")
                                 .replace("%1", view.money_issue).replace("%2", f"{result.surplus:.2f}{view.unit}"))
        self._draw(view, snapshot)
        if view.rules:
            self.proposed.names = {p.id: p.label for p in snapshot.parties}
            self.proposed.set_rows(list(view.rules))
            self.proposed_table.selectRow(0)
            note = self.tr("In %1, one-off, due by the end of the year; no larger than what the rules let each "
                           "payer and the fund move.").replace("%1", view.unit)
            if view.factor < 1:
                note += " " + self.tr("Scaled down to %1 of the computed side payments to stay within those limits.")\
                    .replace("%1", f"{view.factor:.1%}")
            self.proposed_note.setText(note)
            self.proposed_box.show()

    def _adopt(self) -> None:
        index = self.proposed_table.currentIndex()
        if index.isValid():
            self.adopt.emit(self.proposed.row_at(index.row()))

    def _draw(self, view: CompensationView | None, snapshot: CaseSnapshot) -> None:
        if view is None or view.settlement is None:
            if self.canvas is not None:
                self.figure.clear()
                self.canvas.draw_idle()
            return
        if self.canvas is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            from desk.charts.figure import new_figure

            self.figure = new_figure(3.6, 3.0)
            self.canvas = FigureCanvasQTAgg(self.figure)
            self.canvas.setMinimumSize(240, 150)  # at 768 px the group must not squeeze it over the rules below
            self.diagram_box.addWidget(self.canvas)
        from desk.charts.settlement import draw_settlement
        from desk.ui.chart_scale import scale_canvas, text_scale_of

        scale_canvas(self.canvas, text_scale_of(self))  # presentation mode on a projector: larger text
        self.figure.clear()
        colours = {p.label: p.colour for p in snapshot.parties}
        self.arrows = draw_settlement(self.figure.add_subplot(), view.settlement, colours, view.unit)
        self.canvas.draw_idle()
