"""Preferences: the interface language (applied by rebuilding the open windows) and the operator's name."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.ui.i18n import LANGUAGES


class PreferencesDialog(QDialog):
    """Choose the language (the system's, 中文（简体） or English) and the operator's name."""

    def __init__(self, language_setting: str, parent: QWidget | None = None, operator: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language_setting)))
        note = QLabel(self.tr("Open windows are rebuilt in the new language; undo history is cleared."))
        note.setWordWrap(True)
        self.operator = QLineEdit(operator)
        self.operator.setObjectName("operatorName")
        self.operator.setMaxLength(40)
        self.operator.setPlaceholderText(self.tr("e.g. 王芳（联席办）"))
        self.operator.setToolTip(self.tr("Recorded as the operator (操作人) of every change you make"))
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Operator (your name)"), self.operator)
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

    def chosen_operator(self) -> str:
        return self.operator.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, language_setting: str, operator: str = "") -> tuple[str, str] | None:
        """(language setting ('' = system), operator name), or None when cancelled."""
        dialog = cls(language_setting, parent, operator)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_language(), dialog.chosen_operator()
