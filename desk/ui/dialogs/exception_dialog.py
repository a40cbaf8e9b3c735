"""The dialog shown for an unexpected error: a short message and where the log file is."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def exception_box(message: str, log_path: str, parent: QWidget | None = None) -> QMessageBox:
    """A warning box saying something went wrong, with ``message`` and the log file's path."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ExceptionDialog", "Unexpected error"))
    box.setText(QCoreApplication.translate(
        "ExceptionDialog", "Something went wrong. Your work up to the last change is saved in the case file."))
    box.setInformativeText(QCoreApplication.translate(
        "ExceptionDialog", "%1\n\nDetails are in the log file:\n%2").replace("%1", message)
                           .replace("%2", log_path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box


def show_exception(message: str, log_path: str) -> None:
    """Show :func:`exception_box` modally (the global exception hook calls this)."""
    exception_box(message, log_path).exec()
