"""The form for a party's demand on an issue: ideal, reservation (confidential), priority, rationale, evidence."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.demands import MAX_PRIORITY, Demand
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.services.attachments import Attachment
from desk.ui.dialogs.form_dialog import FormDialog
from desk.ui.widgets.number_edit import parse_number

#: submit(demand, new evidence files, ids of attachments to remove)
Submit = Callable[[Demand, list[Path], list[str]], None]
ALL_FILES = "All files (*)"


class DemandDialog(FormDialog):
    """One cell of the demand grid. The reservation row is absent while presenting (its value is kept)."""

    def __init__(self, party: Party, issue: Issue, demand: Demand, attachments: Sequence[Attachment],
                 submit: Submit, presenting: bool, pick_file: Callable[[], Path | None],
                 open_attachment: Callable[[Attachment], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party, self.issue, self.demand = party, issue, demand
        self.submit, self.presenting = submit, presenting
        self.pick_file, self.open_attachment = pick_file, open_attachment
        self.new_files: list[Path] = []
        self.removed: list[str] = []
        self.setWindowTitle(self.tr("Demand of %1 on %2").replace("%1", party.name).replace("%2", issue.name))
        self.setMinimumWidth(520)

        unit = f" ({issue.unit})" if issue.unit else ""
        if issue.is_numeric:
            hint = self.tr("between %1 and %2").replace("%1", f"{issue.minimum:g}").replace("%2", f"{issue.maximum:g}")
            self.ideal = QLineEdit(_text(demand.ideal))
            self.ideal.setPlaceholderText(hint)
            self.reservation = QLineEdit(_text(demand.reservation))
            self.reservation.setPlaceholderText(self.tr("optional; %1").replace("%1", hint))
        else:
            self.ideal = QComboBox()
            self.reservation = QComboBox()
            self.reservation.addItem(self.tr("(none)"), None)
            for option in issue.options:
                self.ideal.addItem(option, option)
                self.reservation.addItem(option, option)
            self.ideal.setCurrentIndex(max(0, self.ideal.findData(demand.ideal)))
            self.reservation.setCurrentIndex(max(0, self.reservation.findData(demand.reservation)))
        self.priority = QDoubleSpinBox()
        self.priority.setRange(0.0, MAX_PRIORITY)
        self.priority.setSingleStep(0.5)
        self.priority.setValue(demand.priority)
        self.rationale = QPlainTextEdit(demand.rationale)
        self.rationale.setMaximumHeight(90)
        self.evidence = QPlainTextEdit("\n".join(demand.evidence))
        self.evidence.setPlaceholderText(self.tr("One reference per line (document, statistic, law)"))
        self.evidence.setMaximumHeight(70)
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        for attachment in attachments:
            self._add_file_item(attachment.filename, attachment)
        self.files.itemDoubleClicked.connect(self._open_item)
        attach = QPushButton(self.tr("Attach file…"))
        attach.clicked.connect(self._attach)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove)
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(lambda: self._open_item(self.files.currentItem()))
        file_buttons = QHBoxLayout()
        for button in (attach, open_button, remove):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_box = QWidget()
        files_layout = QVBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.files)
        files_layout.addLayout(file_buttons)

        form = QFormLayout()
        form.addRow(self.tr("Party"), QLabel(party.name))
        form.addRow(self.tr("Issue"), QLabel(issue.name + unit))
        form.addRow(self.tr("Ideal value"), self.errors.row("ideal", self.ideal))
        if presenting:
            form.addRow(self.tr("Reservation"), QLabel(self.tr("Hidden in presentation mode.")))
        else:
            form.addRow(self.tr("Reservation (confidential)"), self.errors.row("reservation", self.reservation))
        form.addRow(self.tr("Priority"), self.errors.row("priority", self.priority))
        form.addRow(self.tr("Rationale"), self.errors.row("rationale", self.rationale))
        form.addRow(self.tr("Evidence"), self.errors.row("evidence", self.evidence))
        form.addRow(self.tr("Evidence files"), self.errors.row("path", files_box))
        self.finish(form)

    def _add_file_item(self, name: str, payload: object) -> None:
        item = QListWidgetItem(name)
        item.setData(256, payload)
        self.files.addItem(item)

    def _attach(self) -> None:
        path = self.pick_file()
        if path is not None:
            self.new_files.append(path)
            self._add_file_item(path.name, path)

    def _remove(self) -> None:
        item = self.files.currentItem()
        if item is None:
            return
        payload = item.data(256)
        if isinstance(payload, Attachment):
            self.removed.append(payload.id)
        elif payload in self.new_files:
            self.new_files.remove(payload)
        self.files.takeItem(self.files.row(item))

    def _open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        payload = item.data(256)
        if isinstance(payload, Attachment) and self.open_attachment is not None:
            self.open_attachment(payload)
        elif isinstance(payload, Path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(payload)))

    def value(self) -> Demand:
        """The demand as the form describes it; raises ValidationError when a number does not parse."""
        if self.issue.is_numeric:
            ideal = parse_number("ideal", self.ideal.text())
            reservation = (self.demand.reservation if self.presenting
                           else parse_number("reservation", self.reservation.text(), required=False))
        else:
            ideal = self.ideal.currentData()
            reservation = self.demand.reservation if self.presenting else self.reservation.currentData()
        evidence = tuple(line.strip() for line in self.evidence.toPlainText().splitlines() if line.strip())
        return dataclasses.replace(self.demand, ideal=ideal, reservation=reservation,
                                   priority=self.priority.value(), rationale=self.rationale.toPlainText(),
                                   evidence=evidence)

    def commit(self) -> None:
        demand = self.value()
        demand.validate(self.issue)
        self.submit(demand, list(self.new_files), list(self.removed))


def _text(value: object) -> str:
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float | int) else str(value)
