"""The administrative hierarchy of the parties as a tree model (who is whose superior)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from desk.core.parties import Party
from desk.ui.labels import label
from desk.ui.models.roles import IdRole, RowRole
from desk.ui.swatches import swatch_icon

MIME_TYPE = "application/x-concord-desk-party-id"


class PartyTreeModel(QStandardItemModel):
    """Built from the parties it is given; dropping a party on another asks to make that one its superior."""

    #: (party id, new superior id or "" for none)
    superior_requested = Signal(str, str)

    def set_parties(self, parties: Sequence[Party]) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([self.tr("Administrative hierarchy")])
        items: dict[str, QStandardItem] = {}
        for party in parties:
            item = QStandardItem(swatch_icon(QColor(party.colour)), f"{party.name}  · {label(party.kind)}")
            item.setData(party, RowRole)
            item.setData(party.id, IdRole)
            item.setEditable(False)
            item.setDragEnabled(True)
            item.setDropEnabled(True)
            items[party.id] = item
        for party in parties:
            parent = items.get(party.superior_id or "")
            (parent if parent is not None else self.invisibleRootItem()).appendRow(items[party.id])

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        if indexes:
            data.setData(MIME_TYPE, str(indexes[0].data(IdRole)).encode())
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        party_id = bytes(data.data(MIME_TYPE).data()).decode()
        superior_id = parent.data(IdRole) if parent.isValid() else ""
        if superior_id != party_id:
            self.superior_requested.emit(party_id, superior_id or "")
        return False  # the page pushes an undo command; the tree is rebuilt from the new snapshot
