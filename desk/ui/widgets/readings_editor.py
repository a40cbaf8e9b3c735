"""The readings editor (监测数据): the table of one set of readings — the case's reported readings, with who
reported each and its source, or a scenario's — and every way to change them: enter many in a table (prefilled
with the readings due where the page knows them), add, edit, delete one, import a CSV/XLSX file on the database
worker — each an undoable, audited command.

The Sharing and compensation page and the Monitoring board both show this one widget."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.errors import DeskError
from desk.core.rules.readings import Reading
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.models.reading_table_model import REPORTER, ReadingTableModel
from desk.ui.rule_commands import DeleteReadingCommand, SaveReadingCommand, StoreReadings
from desk.ui.tasks import describe_error

READINGS_FILTER = "Readings (*.csv *.xlsx)"

#: (period, indicator name, subject) of each reading the page wants offered in the entry table
Due = Callable[[], Sequence[tuple[str, str, str]]]


class ReadingsEditor(QWidget):
    """The case's reported readings, or the scenario :attr:`scenario_id`'s (:meth:`set_scenario`); the host page
    calls :meth:`refresh` when the case's monitoring or scenarios change.

    ``due``: the reported readings to offer when entering a table (the Monitoring board's readings still due).
    """

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None,
                 due: Due | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc, self.due = ctx, doc, due
        self.scenario_id: str | None = None
        self.model = ReadingTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda *_: self.edit_reading())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.enter_button = QPushButton(self.tr("Enter readings…"))
        self.enter_button.setToolTip(self.tr("Type many readings in a table (the readings due are offered)")
                                     if due is not None else self.tr("Type many readings in a table"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add one reading"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import readings from a CSV or Excel file (columns period, indicator, "
                                              "subject, value)"))
        buttons = QHBoxLayout()
        for button, slot in ((self.enter_button, self.enter_table), (self.add_button, self.add_reading),
                             (self.edit_button, self.edit_reading), (self.delete_button, self.delete_reading),
                             (self.import_button, self.ask_import)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.refresh()

    # -- what it shows (from doc.state only) --------------------------------------------------
    def set_scenario(self, scenario_id: str | None) -> None:
        """Edit the readings of the scenario ``scenario_id`` (None: the case's reported readings)."""
        self.scenario_id = scenario_id
        self.table.clearSelection()
        self.table.setCurrentIndex(self.model.index(-1, -1))
        self.refresh()

    def readings(self) -> Sequence[Reading]:
        if self.scenario_id is None:
            return self.doc.state.monitoring.readings
        scenario = self.doc.state.scenario(self.scenario_id)
        return scenario.readings if scenario is not None else ()

    def refresh(self) -> None:
        """Show the readings as the case now holds them, keeping the selected one selected."""
        kept = self.current_reading()
        self.table.setColumnHidden(REPORTER, self.scenario_id is not None)  # a scenario is nobody's report
        self.model.show(self.readings(), self.doc.state.snapshot.indicators)
        if kept is not None:
            row = next((n for n, r in enumerate(self.model.rows()) if r.id == kept.id), None)
            if row is not None:
                self.table.selectRow(row)
        self._enable()

    def _enable(self) -> None:
        editable = not self.doc.readonly and bool(self.doc.state.snapshot.indicators)
        selected = self.current_reading() is not None
        for button in (self.enter_button, self.add_button, self.import_button):
            button.setEnabled(editable)
        self.edit_button.setEnabled(editable and selected)
        self.delete_button.setEnabled(editable and selected)

    def current_reading(self) -> Reading | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def select(self, reading_id: str) -> None:
        for row, reading in enumerate(self.model.rows()):
            if reading.id == reading_id:
                self.table.selectRow(row)
                return

    def _reporters(self) -> list[str] | None:
        """Who may have reported a reading (the parties; None for a scenario, whose readings nobody reports)."""
        return [p.name for p in self.doc.state.snapshot.parties] if self.scenario_id is None else None

    # -- one reading ------------------------------------------------------------------------------
    def add_reading(self) -> None:
        reading = self._ask_reading(None)
        if reading is not None and self._execute(SaveReadingCommand(self.doc, None, reading, self.scenario_id),
                                                 self.tr("Reading not saved")):
            self.select(reading.id)

    def edit_reading(self) -> None:
        old = self.current_reading()
        new = self._ask_reading(old) if old is not None and self.edit_button.isEnabled() else None
        if new is not None and new != old and self._execute(SaveReadingCommand(self.doc, old, new, self.scenario_id),
                                                            self.tr("Reading not saved")):
            self.select(new.id)

    def delete_reading(self) -> None:
        reading = self.current_reading()
        if reading is not None:
            self._execute(DeleteReadingCommand(self.doc, reading, self.scenario_id), self.tr("Reading not deleted"))

    def _ask_reading(self, reading: Reading | None) -> Reading | None:
        from desk.ui.dialogs.reading_dialog import ReadingDialog

        snapshot = self.doc.state.snapshot
        dialog = ReadingDialog(snapshot.case.id, snapshot.indicators, reading, self.readings(), self,
                               self._reporters())
        return dialog.result if dialog.exec() else None

    def _execute(self, command, failure: str) -> bool:
        try:
            self.doc.execute(command)
        except DeskError as exc:
            self.ctx.interaction.error(self, failure, describe_error(exc))
            return False
        return True

    # -- many readings ----------------------------------------------------------------------------
    def enter_table(self) -> None:
        """Type readings in a table, the readings due offered; stored as one undoable step."""
        from desk.ui.dialogs.readings_grid_dialog import ReadingsDialog

        due = self.due() if self.due is not None and self.scenario_id is None else ()
        dialog = ReadingsDialog(self.doc.state.snapshot, due, self, self._reporters())
        if not dialog.exec() or not dialog.value:
            return
        text = self.tr("Enter %n readings", "", len(dialog.value))
        command = StoreReadings(self.doc, text, readings=dialog.value, scenario_id=self.scenario_id)
        if self._execute(command, self.tr("Readings not stored")):
            self._stored(command, self.tr("Readings stored"))

    def ask_import(self) -> None:
        path = self.ctx.interaction.open_path(self, self.tr("Import readings"), READINGS_FILTER)
        if path is not None:
            self.import_readings(path)

    def import_readings(self, path: Path | str) -> None:
        """Read and store a readings file on the database worker (cell-addressed errors, nothing half-imported);
        one audited, undoable step. The outcome is told when it is done."""
        path = Path(path)
        command = StoreReadings(self.doc, self.tr("Import readings from %1").replace("%1", path.name), path=path,
                                scenario_id=self.scenario_id)

        def failed(exc: BaseException) -> None:
            self.ctx.interaction.error(self, self.tr("Readings not imported"), describe_error(exc))

        try:
            self.doc.execute_slow(command, self.tr("Import readings"), self,
                                  on_done=lambda _c: self._stored(command, self.tr("Readings imported")),
                                  on_error=failed)
        except DeskError as exc:  # a read-only window
            failed(exc)

    def _stored(self, command: StoreReadings, title: str) -> None:
        added, replaced = command.counts
        self.ctx.interaction.info(self, title, self.tr("%n readings added, %1 replaced.", "", added)
                                  .replace("%1", str(replaced)))

