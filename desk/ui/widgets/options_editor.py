"""The options of a discrete issue, edited in place: add, rename by typing, remove, reorder."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class OptionsEditor(QWidget):
    """A list of option labels; each item is edited in place with a double-click or F2."""

    def __init__(self, options: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.list.setMinimumHeight(90)
        self.add_button = QPushButton(self.tr("Add option"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_options(options)

    def set_options(self, options: Sequence[str]) -> None:
        self.list.clear()
        for option in options:
            self._append(option)

    def options(self) -> tuple[str, ...]:
        """The option labels, trimmed, blank ones left out."""
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return tuple(t for t in texts if t)

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def _add(self) -> None:
        item = self._append(self.tr("Option %1").replace("%1", str(self.list.count() + 1)))
        self.list.setCurrentItem(item)
        self.list.editItem(item)

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
