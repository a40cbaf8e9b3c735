"""Collecting every string a user could see in a window: widget texts, tooltips, titles, item models."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # list models hide columnCount
        return 1


def model_texts(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> list[str]:
    texts = []
    for row in range(model.rowCount(parent)):
        for column in range(_columns(model, parent)):
            index = model.index(row, column, parent)
            texts += [str(v) for role in ROLES if (v := index.data(role)) is not None]
            if column == 0 and not isinstance(model, QAbstractListModel) and model.rowCount(index) > 0:
                texts += model_texts(model, index)
    for orientation in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
        count = _columns(model, parent) if orientation == Qt.Orientation.Horizontal else model.rowCount(parent)
        for section in range(count):
            texts += [str(v) for role in ROLES if (v := model.headerData(section, orientation, role)) is not None]
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """Every text and tooltip of ``root`` and its descendants, including item view contents."""
    texts = [root.windowTitle(), root.toolTip()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += model_texts(widget.model())
    for action in root.findChildren(__import__("PySide6.QtGui", fromlist=["QAction"]).QAction):
        texts += [action.text(), action.toolTip()]
    return [t for t in texts if t]
