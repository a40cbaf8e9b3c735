"""Dialog for a bargaining session (协商会议): title, date, place, chair and attendees."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk.core.errors import ValidationError
from desk.core.sessions import Session
from desk.ui.validation_text import message_for


class SessionDialog(QDialog):
    """Edits a copy of ``session``; ``result_session`` holds the valid session after OK."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bargaining session"))
        self.session = session
        self.result_session: Session | None = None
        self.title = QLineEdit(session.title)
        self.title.setPlaceholderText(self.tr("e.g. 第二轮补偿协商第一次会议"))
        self.has_date = QCheckBox(self.tr("Date known"))
        self.date = QDateEdit(QDate(session.held_on) if session.held_on else QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.has_date.setChecked(session.held_on is not None)
        self.date.setEnabled(session.held_on is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.place = QLineEdit(session.place)
        self.chair = QLineEdit(session.chair)
        self.attendees = QPlainTextEdit("\n".join(session.attendees))
        self.attendees.setPlaceholderText(self.tr("One attendee per line"))
        self.attendees.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), date_row)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Chair"), self.chair)
        form.addRow(self.tr("Attendees"), self.attendees)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def accept(self) -> None:
        attendees = tuple(line.strip() for line in self.attendees.toPlainText().splitlines() if line.strip())
        candidate = dataclasses.replace(
            self.session, title=self.title.text().strip(), place=self.place.text().strip(),
            chair=self.chair.text().strip(), attendees=attendees,
            held_on=self.date.date().toPython() if self.has_date.isChecked() else None)
        try:
            self.result_session = candidate.validate()
        except ValidationError as exc:
            self.error.setText(message_for(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> Session | None:
        """Show the dialog; the edited session, or None when cancelled."""
        dialog = cls(session, parent)
        return dialog.result_session if dialog.exec() == QDialog.DialogCode.Accepted else None
