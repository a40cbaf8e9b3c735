"""The passphrase prompt (hidden input, optionally typed twice); never shown in logs or on screen."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget


class PassphraseDialog(QDialog):
    """Asks for a passphrase; with ``confirm`` it must be typed twice and may not be empty."""

    def __init__(self, parent: QWidget | None, title: str, label: str, confirm: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(label))
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if confirm:
            form.addRow(self.tr("Repeat"), self.repeat)
        else:
            self.repeat.hide()
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.confirm = confirm

    def accept(self) -> None:
        if not self.passphrase.text():
            self._refuse(self.tr("The passphrase must not be empty."))
        elif self.confirm and self.repeat.text() != self.passphrase.text():
            self._refuse(self.tr("The two passphrases do not match."))
        else:
            super().accept()

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, confirm: bool = False) -> str | None:
        """The passphrase typed, or None when cancelled."""
        dialog = cls(parent, title, label, confirm)
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
