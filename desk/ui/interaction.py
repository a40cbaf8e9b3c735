"""Every prompt the application shows (file pickers, confirmations, messages) in one replaceable object."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

CASE_FILTER = "Concord Desk (*.desk)"
BUNDLE_FILTER = "Concord Desk bundle (*.deskbundle *.zip)"
GENIUS_FILTER = "GENIUS (*.xml)"

#: Says why a typed passphrase is refused (e.g. "wrong passphrase"), or None to accept it.
PassphraseCheck = Callable[[str], "str | None"]


def start_folder(parent: QWidget | None) -> Path:
    """Where a file dialog opens: the folder of the case shown in ``parent``'s window (its exports and
    evidence live beside it), else the user's documents folder — never the process's working directory."""
    window = parent.window() if parent is not None else None
    doc = getattr(window, "doc", None)
    path = getattr(doc, "path", None)
    if path is not None and Path(path).parent.is_dir():
        return Path(path).resolve().parent
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


class Interaction:
    """Modal prompts; tests substitute a subclass that answers without showing anything."""

    def open_path(self, parent: QWidget | None, title: str, filter_: str = CASE_FILTER) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(parent)), filter_)
        return Path(path) if path else None

    def open_paths(self, parent: QWidget | None, title: str, filter_: str = CASE_FILTER) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filter_)
        return [Path(p) for p in paths]

    def save_path(self, parent: QWidget | None, title: str, filter_: str = CASE_FILTER,
                  suggested: str = "") -> Path | None:
        target = Path(suggested) if suggested and Path(suggested).is_absolute() else start_folder(parent) / suggested
        path, _ = QFileDialog.getSaveFileName(parent, title, str(target), filter_)
        return Path(path) if path else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def open_read_only(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Offer to open a case file another program is editing read-only; True to open it so."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
        read_only = box.addButton(QCoreApplication.translate("Interaction", "Open read-only"),
                                  QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        return box.clickedButton() is read_only

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def passphrase(self, parent: QWidget | None, title: str, label: str, confirm: bool = False,
                   check: PassphraseCheck | None = None) -> str | None:
        """A passphrase, or None when cancelled; ``check`` returns why one is refused (the dialog stays open)."""
        from desk.ui.dialogs.passphrase_dialog import PassphraseDialog

        return PassphraseDialog.ask(parent, title, label, confirm, check)

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        """One line of text, or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        answer, ok = QInputDialog.getText(parent, title, label, text=value)
        return answer if ok else None


class ScriptedInteraction(Interaction):
    """Answers from queues and records messages: for tests and headless screenshots."""

    def __init__(self) -> None:
        self.paths: list[Path | None] = []
        self.confirmations: list[bool] = []
        self.messages: list[tuple[str, str, str]] = []
        self.passphrases: list[str | None] = []
        self.texts: list[str | None] = []

    def open_path(self, parent, title, filter_=CASE_FILTER):
        return self.paths.pop(0) if self.paths else None

    def open_paths(self, parent, title, filter_=CASE_FILTER):
        answer = self.paths.pop(0) if self.paths else None
        return list(answer) if isinstance(answer, list | tuple) else ([answer] if answer else [])

    def save_path(self, parent, title, filter_=CASE_FILTER, suggested=""):
        return self.paths.pop(0) if self.paths else None

    def confirm(self, parent, title, text):
        self.messages.append(("confirm", title, text))
        return self.confirmations.pop(0) if self.confirmations else True

    def error(self, parent, title, text):
        self.messages.append(("error", title, text))

    def open_read_only(self, parent, title, text):
        self.messages.append(("read_only", title, text))
        return self.confirmations.pop(0) if self.confirmations else True

    def info(self, parent, title, text):
        self.messages.append(("info", title, text))

    def passphrase(self, parent, title, label, confirm=False, check=None):
        self.messages.append(("passphrase", title, label))
        while self.passphrases:
            value = self.passphrases.pop(0)
            problem = check(value) if check is not None and value is not None else None
            if problem is None:
                return value
            self.messages.append(("passphrase refused", title, problem))  # the dialog says so; the user retries
        return None

    def text(self, parent, title, label, value=""):
        return self.texts.pop(0) if self.texts else None
