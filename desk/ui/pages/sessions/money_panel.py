"""Sessions page panel: the selected proposal (A) in money beside a pinned one (B), under the reported readings
or a named reading scenario; computed off the GUI thread (a case of 10⁴ enterprises takes about a second)."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desk.core.issues import Value
from desk.core.rules.money import grouped
from desk.core.rules.readings import Reading
from desk.services.case_state import CaseState
from desk.services.money_view import MoneyComparison, MoneyRow, money_comparison
from desk.ui.models.row_table_model import RowTableModel
from desk.ui.tasks import Task, TaskRunner, describe_error


class MoneyTableModel(RowTableModel[MoneyRow]):
    unit = ""

    def headers(self) -> list[str]:
        return [self.tr("Party"), self.tr("Selected (A)"), self.tr("Pinned (B)"), self.tr("A − B")]

    def display(self, row: MoneyRow, column: int) -> str:
        if column == 0:
            return row.party
        value = {1: row.a, 2: row.b, 3: None if row.a is None or row.b is None else row.a - row.b}[column]
        return "" if value is None else f"{grouped(value)}{self.unit}"


class MoneyPanel(QWidget):
    """Each party's total net over the term under the selected package (A) and a pinned one (B), computed with
    the readings chosen above the table: the reported ones (报送数据) or one of the case's scenarios."""

    #: the figures shown now match the inputs (emitted after each computation, also a failed one)
    computed = Signal()

    def __init__(self, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.state: CaseState | None = None
        self.package: dict[str, Value] | None = None
        self.pinned: dict[str, Value] | None = None
        self.task: Task | None = None
        self._generation = 0
        self._shown: tuple | None = None  # the inputs of the figures on screen (or being computed)
        self.scenario = QComboBox()
        self.scenario.setToolTip(self.tr("The readings the payments are computed with: those reported, or a "
                                         "named scenario of the case"))
        self.scenario.currentIndexChanged.connect(lambda _i: self._compute())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.pin = QPushButton(self.tr("Pin the selected package as B"))
        self.pin.clicked.connect(self.pin_selected)
        self.model = MoneyTableModel(parent=self)
        table = QTableView()
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        picker = QFormLayout()
        picker.addRow(self.tr("Readings"), self.scenario)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.summary)
        layout.addWidget(table, 1)
        layout.addWidget(self.pin)

    # -- inputs ------------------------------------------------------------------------------
    def update_for(self, state: CaseState, package: Mapping[str, Value] | None) -> None:
        """Show ``package`` (A) beside the pinned one (B) for the case as ``state`` holds it."""
        self.state, self.package = state, dict(package) if package is not None else None
        self._fill_scenarios(state)
        self._compute()

    def pin_selected(self) -> None:
        self.pinned = self.package
        self._compute()

    def scenario_id(self) -> str | None:
        """The scenario chosen, or None for the reported readings."""
        return self.scenario.currentData()

    def select_scenario(self, scenario_id: str | None) -> None:
        index = self.scenario.findData(scenario_id)
        self.scenario.setCurrentIndex(max(index, 0))

    def _fill_scenarios(self, state: CaseState) -> None:
        items = [(self.tr("Reported readings (报送数据)"), None)] + [(s.name, s.id) for s in state.scenarios]
        current = [(self.scenario.itemText(i), self.scenario.itemData(i)) for i in range(self.scenario.count())]
        if items == current:
            return
        chosen = self.scenario_id()
        self.scenario.blockSignals(True)
        try:
            self.scenario.clear()
            for text, data in items:
                self.scenario.addItem(text, data)
            self.scenario.setCurrentIndex(max(self.scenario.findData(chosen), 0))  # deleted: the reported ones
        finally:
            self.scenario.blockSignals(False)

    def _readings(self) -> tuple[tuple[Reading, ...], str]:
        """The readings chosen and how the summary names them."""
        assert self.state is not None
        scenario = self.state.scenario(self.scenario_id()) if self.scenario_id() is not None else None
        if scenario is None:
            return self.state.monitoring.readings, self.tr("the reported readings")
        return scenario.readings, self.tr("the scenario “%1”").replace("%1", scenario.name)

    # -- computing ---------------------------------------------------------------------------
    def _compute(self) -> None:
        state = self.state
        if state is None:
            return
        if not state.snapshot.rules:
            self._generation += 1  # a computation still running is dropped when it reports
            self._shown, self.task = None, None
            self.model.set_rows([])
            self.summary.setText(self.tr("The case has no sharing or compensation rules to compute money from."))
            self.computed.emit()
            return
        if self.package is None and self.pinned is None:
            self._generation += 1
            self._shown, self.task = None, None
            self.model.set_rows([])
            self.summary.setText(self.tr("Select a proposal, or edit a package, to see it in money."))
            self.computed.emit()
            return
        readings, named = self._readings()
        key = (state.snapshot, self.scenario_id(), readings, _frozen(self.package), _frozen(self.pinned))
        if key == self._shown:
            return
        # a computation still running is left to finish and its result dropped (cancelling it would only say
        # "Cancelled" in the status line: the engine does not stop part-way)
        self._shown = key
        self._generation += 1
        generation = self._generation
        args = (state.snapshot, self.package, self.pinned, readings)
        if self.runner is None:  # a bare widget (tests): compute here
            self._deliver(generation, named, money_comparison(*args))
            return
        self.summary.setText(self.tr("Computing the payments under %1…").replace("%1", named))
        self.task = self.runner.run(_in_worker, *args, show_progress=False,
                                    on_done=lambda result: self._deliver(generation, named, result),
                                    on_error=lambda exc: self._fail(generation, exc))

    def _deliver(self, generation: int, named: str, result: MoneyComparison) -> None:
        if not isValid(self) or generation != self._generation:  # closed meanwhile, or a newer request
            return
        self.task = None
        self.model.unit = result.unit
        self.model.set_rows(result.rows)
        self.summary.setText(result.problem or self.tr(
            "Totals over the term under %2 (+ receives, − pays), in %1.").replace("%1", result.unit)
            .replace("%2", named))
        self.computed.emit()

    def _fail(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.task = None
        self._shown = None
        self.model.set_rows([])
        self.summary.setText(describe_error(exc))
        self.computed.emit()


def _in_worker(snapshot, a, b, readings, *, progress=None, is_cancelled=None) -> MoneyComparison:
    """The task runner's protocol (progress, is_cancelled) around :func:`money_comparison`."""
    return money_comparison(snapshot, a, b, readings)


def _frozen(package: Mapping[str, Value] | None) -> tuple | None:
    return None if package is None else tuple(sorted(package.items()))
