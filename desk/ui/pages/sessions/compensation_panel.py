"""Compensation panel (利益补偿): side payments for the selected package, as a table and a payer → payee diagram."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.errors import DeskError
from desk.core.issues import Value
from desk.core.snapshot import CaseSnapshot
from desk.services.improvement_view import CompensationView, compensation_view
from desk.ui.models.transfer_table_model import TransferRow, TransferTableModel
from desk.ui.widgets.shapley_calculator import ShapleyCalculator


class CompensationPanel(QWidget):
    """Side payments depend on each party's disagreement point, so they are hidden while presenting."""

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
        self.payments_box = payments
        shapley_box = QGroupBox(self.tr("Shapley calculator for a joint project"))
        self.shapley = ShapleyCalculator()
        QVBoxLayout(shapley_box).addWidget(self.shapley)
        layout = QVBoxLayout(self)
        layout.addWidget(payments, 3)
        layout.addWidget(shapley_box, 2)
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
            self.canvas.setMinimumSize(240, 200)
            self.diagram_box.addWidget(self.canvas)
        from desk.charts.settlement import draw_settlement
        from desk.ui.chart_scale import scale_canvas, text_scale_of

        scale_canvas(self.canvas, text_scale_of(self))  # presentation mode on a projector: larger text
        self.figure.clear()
        colours = {p.label: p.colour for p in snapshot.parties}
        self.arrows = draw_settlement(self.figure.add_subplot(), view.settlement, colours, view.unit)
        self.canvas.draw_idle()
