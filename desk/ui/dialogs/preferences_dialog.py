"""Preferences: the interface language (applied by rebuilding the open windows)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desk.ui.i18n import LANGUAGES


class PreferencesDialog(QDialog):
    """Choose the language: the system's, 中文（简体） or English."""

    def __init__(self, language_setting: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language_setting)))
        note = QLabel(self.tr("Open windows are rebuilt in the new language; undo history is cleared."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return self.language.currentData()

    @classmethod
    def ask(cls, parent: QWidget | None, language_setting: str) -> str | None:
        """The chosen language setting ('' = system), or None when cancelled."""
        dialog = cls(language_setting, parent)
        return dialog.chosen_language() if dialog.exec() == QDialog.DialogCode.Accepted else None
