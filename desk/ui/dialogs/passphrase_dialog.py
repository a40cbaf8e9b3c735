"""The passphrase prompt (hidden input, optionally typed twice); never shown in logs or on screen."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desk.agreement.pki import MIN_PASSPHRASE, passphrase_weakness


class PassphraseDialog(QDialog):
    """Asks for a passphrase; with ``confirm`` (a new one) it must be typed twice, may not be empty, and
    a weak one is warned about once; ``check`` refuses a wrong one in the dialog, so the user can retry."""

    def __init__(self, parent: QWidget | None, title: str, label: str, confirm: bool = False,
                 check: Callable[[str], str | None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
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
        self.confirm, self.check = confirm, check
        self._warned = ""
        self.passphrase.textChanged.connect(self.problem.hide)

    def accept(self) -> None:
        text = self.passphrase.text()
        problem = self.check(text) if self.check is not None and text else None
        if not text:
            self._refuse(self.tr("The passphrase must not be empty."))
        elif self.confirm and self.repeat.text() != text:
            self._refuse(self.tr("The two passphrases do not match."))
        elif problem:
            self._refuse(problem)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        elif self.confirm and passphrase_weakness(text) and self._warned != text:
            self._warned = text  # warned once; OK again keeps it
            self._refuse(self.weakness_text(passphrase_weakness(text)))
        else:
            super().accept()

    def weakness_text(self, weakness: str | None) -> str:
        """The warning for a weak new passphrase, in the UI language."""
        why = (self.tr("it is shorter than %1 characters").replace("%1", str(MIN_PASSPHRASE))
               if weakness == "short" else self.tr("it is made of one kind of character only"))
        return self.tr("This passphrase is weak: %1. Use a long phrase mixing letters, digits and signs, "
                       "or press OK again to keep it.").replace("%1", why)

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, confirm: bool = False,
            check: Callable[[str], str | None] | None = None) -> str | None:
        """The passphrase typed, or None when cancelled."""
        dialog = cls(parent, title, label, confirm, check)
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
