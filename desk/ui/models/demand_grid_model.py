"""The party × issue grid of demands: each cell shows the party's stated position on the issue."""
from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from desk.agreement.linebreak import break_lines
from desk.core.demands import Demand
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.ui.models.roles import RowRole, SortRole
from desk.ui.models.row_table_model import Index
from desk.ui.swatches import swatch_icon

MISSING_BACKGROUND = QColor("#FFF4E0")


class DemandGridModel(QAbstractTableModel):
    """Rows are parties, columns issues; a cell's RowRole is its Demand (None when not stated)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.parties: list[Party] = []
        self.issues: list[Issue] = []
        self._demands: dict[tuple[str, str], Demand] = {}

    def set_data(self, parties: Sequence[Party], issues: Sequence[Issue], demands: Sequence[Demand]) -> None:
        self.beginResetModel()
        self.parties, self.issues = list(parties), list(issues)
        self._demands = {(d.party_id, d.issue_id): d for d in demands}
        self.endResetModel()

    def demand_at(self, index: Index) -> Demand | None:
        return self._demands.get((self.parties[index.row()].id, self.issues[index.column()].id))

    def missing(self) -> list[tuple[Party, Issue]]:
        """Every (party, issue) pair with no stated position."""
        return [(p, i) for p in self.parties for i in self.issues if (p.id, i.id) not in self._demands]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.parties)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.issues)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        items = self.issues if orientation == Qt.Orientation.Horizontal else self.parties
        if not 0 <= section < len(items):
            return None
        item = items[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(item, Issue):
                name = wrap_header(item.name)
                return f"{name}\n({item.unit})" if item.unit else name
            return item.label
        if role == Qt.ItemDataRole.DecorationRole and isinstance(item, Party):
            return swatch_icon(QColor(item.colour))
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self.issues[index.column()]
        demand = self.demand_at(index)
        if role == RowRole:
            return demand
        if demand is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("— not stated —")
            if role == Qt.ItemDataRole.BackgroundRole:
                return MISSING_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#9A6B00")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = issue.format_value(demand.ideal)
            if demand.reservation is not None:
                text += "\n" + self.tr("(floor %1)").replace("%1", issue.format_value(demand.reservation))
            return text
        if role == SortRole:
            return demand.ideal
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(issue, demand)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _tooltip(self, issue: Issue, demand: Demand) -> str:
        lines = [self.tr("Ideal: %1").replace("%1", issue.format_value(demand.ideal))]
        if demand.reservation is not None:
            lines.append(self.tr("Reservation: %1").replace("%1", issue.format_value(demand.reservation)))
        lines.append(self.tr("Priority: %1").replace("%1", f"{demand.priority:g}"))
        if demand.rationale:
            lines.append(demand.rationale)
        return "\n".join(lines)


#: Header lines are kept within this many display units (a CJK character counts 2, others 1).
HEADER_WIDTH = 16


def wrap_header(text: str, width: int = HEADER_WIDTH) -> str:
    """``text`` broken into lines of at most ``width`` display units, so a long issue name does not widen (or get
    clipped in) its column. Lines break first where a phrase ends (before an opening bracket, after a closing
    one or a comma); within a phrase the agreement's line-breaking rules decide: Latin words stay whole
    (breaking at spaces), no line starts with closing punctuation or ends with opening punctuation."""
    if _units(text) <= width:
        return text
    if text.isascii():  # at spaces only: a word longer than the line widens the column rather than break
        return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)
    lines: list[str] = []
    line = ""
    for phrase in (p for p in _PHRASE_END.split(text) if p):
        if _units(line + phrase) <= width:
            line += phrase
            continue
        if line.strip():
            lines.append(line.rstrip())
        pieces = [piece.text for piece in break_lines(phrase.lstrip(), width, _units)]
        lines.extend(pieces[:-1])
        line = pieces[-1]
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)


#: Where a phrase of an issue name ends: before an opening bracket, after a closing one or a comma (unless more
#: closing punctuation follows, which must not begin a line).
_PHRASE_END = re.compile(r"(?=[（(])|(?<=[，、；：）)])(?![，。、；：）)])")


def _units(text: str) -> int:
    return sum(1 if char.isascii() else 2 for char in text)

