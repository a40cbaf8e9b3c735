"""Readings entered in a table (期间, 指标, 对象, 数值) with who reported them: rows prefilled with the readings still
due, checked like an imported file (cell-addressed errors in the UI language, nothing stored until every row is
valid)."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.core.rules.readings import Reading
from desk.core.rules.readings_table import CellError, ReadingsError, parse_table
from desk.core.snapshot import CaseSnapshot
from desk.ui.widgets.form_errors import ERROR_STYLE

PERIOD, INDICATOR, SUBJECT, VALUE = range(4)


class ReadingsDialog(QDialog):
    """An entry grid; :attr:`value` holds the readings once OK is accepted. ``reporters``: who may have reported
    them (None: nobody — a scenario's readings — and the form does not ask)."""

    def __init__(self, snapshot: CaseSnapshot, due: Sequence[tuple[str, str, str]] = (),
                 parent: QWidget | None = None, reporters: Sequence[str] | None = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter readings"))
        self.snapshot = snapshot
        self.value: list[Reading] = []
        self.grid = QTableWidget(0, 4)
        self.grid.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Indicator"), self.tr("Subject"),
                                             self.tr("Value")])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for period, indicator, subject in due:
            self.add_row(period, indicator, subject)
        if not due:
            self.add_row()
        self.reporter = reporter_choice(reporters or ())
        reporter = QFormLayout()
        if reporters is not None:  # None: a scenario's readings, which nobody reports
            reporter.addRow(self.tr("Reported by"), self.reporter)
        hint = QLabel(self.tr("Period: a year (2016), a month (2019-03) or baseline. Rows left without a value are "
                              "skipped."))
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        add, remove = QPushButton(self.tr("Add row")), QPushButton(self.tr("Remove row"))
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self.remove_row)
        rows = QHBoxLayout()
        rows.addWidget(add)
        rows.addWidget(remove)
        rows.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(reporter)
        layout.addWidget(self.grid, 1)
        layout.addLayout(rows)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def add_row(self, period: str = "", indicator: str = "", subject: str = "", value: str = "") -> int:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        self.grid.setItem(row, PERIOD, QTableWidgetItem(period))
        choice = QComboBox()
        choice.setEditable(True)
        choice.addItems([i.name for i in self.snapshot.indicators])
        choice.setCurrentText(indicator or (self.snapshot.indicators[0].name if self.snapshot.indicators else ""))
        self.grid.setCellWidget(row, INDICATOR, choice)
        self.grid.setItem(row, SUBJECT, QTableWidgetItem(subject))
        self.grid.setItem(row, VALUE, QTableWidgetItem(value))
        return row

    def remove_row(self) -> None:
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.removeRow(row)

    def set_cell(self, row: int, column: int, text: str) -> None:
        if column == INDICATOR:
            self.grid.cellWidget(row, column).setCurrentText(text)
        else:
            self.grid.item(row, column).setText(text)

    def _cells(self, row: int) -> list[str]:
        out = []
        for column in range(4):
            if column == INDICATOR:
                out.append(self.grid.cellWidget(row, column).currentText())
            else:
                item = self.grid.item(row, column)
                out.append(item.text().strip() if item is not None else "")
        return out

    def accept(self) -> None:
        rows: list[tuple[int, list[object]]] = [(0, ["period", "indicator", "subject", "value"])]
        for row in range(self.grid.rowCount()):
            cells = self._cells(row)
            if cells[VALUE]:  # a row without a value is one not filled in (the offered rows included)
                rows.append((row + 1, cells))
        if len(rows) == 1:
            self.value = []
            super().accept()
            return
        try:
            parsed = parse_table(rows, self.snapshot.indicators, self.snapshot.case.id, self.tr("table"))
        except ReadingsError as exc:
            shown = [self.cell_error(e) for e in exc.errors[:3]]
            more = self.tr(" (and %1 more)").replace("%1", str(len(exc.errors) - 3)) if len(exc.errors) > 3 else ""
            self.error.setText(self.tr("Nothing stored: %1").replace("%1", "; ".join(shown) + more))
            self.error.show()
            return
        reporter = self.reporter.currentText().strip()
        self.value = [dataclasses.replace(r, reporter=reporter) for r in parsed]
        super().accept()

    def cell_error(self, error: CellError) -> str:
        """``D2: 不是数值`` — the cell, and why in the UI language (the core's English when the case is unknown)."""
        why = error.why
        patterns = (
            (r"^(.*) is not a number$", self.tr("%1 is not a number")),
            (r"^the value is empty$", self.tr("the value is empty")),
            (r"^(.*) is not a period .*$", self.tr("%1 is not a period (a year like 2016, a month like 2019-03, or "
                                                    "baseline)")),
            (r"^(.*) is not an indicator of the case$", self.tr("%1 is not an indicator of the case")),
            (r"^the indicator is empty$", self.tr("the indicator is empty")),
            (r"^(.*) is not an assessed subject of .*$", self.tr("%1 is not an assessed subject of the indicator")),
            (r"^a second reading .*row (\d+)\)$", self.tr("the same reading is already in row %1")),
        )
        for pattern, text in patterns:
            found = re.match(pattern, why)
            if found:
                why = text.replace("%1", found.group(1)) if found.groups() else text
                break
        return f"{error.column}{error.row}: {why}"


def reporter_choice(names: Sequence[str], current: str = "") -> QComboBox:
    """Who reported the readings: one of ``names`` (the parties) or any other name typed in, or none."""
    choice = QComboBox()
    choice.setEditable(True)
    choice.addItems(["", *names])
    choice.setCurrentText(current)
    return choice
