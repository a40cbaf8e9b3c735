"""Table model of the parties: name, kind, role, delegate, superior and (confidential) BATNA."""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from PySide6.QtGui import QColor

from desk.core.parties import Party
from desk.ui.labels import label
from desk.ui.models.row_table_model import RowTableModel
from desk.ui.swatches import swatch_icon

NAME, SHORT, KIND, ROLE, DELEGATE, SUPERIOR, BATNA = range(7)


class PartyTableModel(RowTableModel[Party]):
    """One row per party, in display order (while presenting the rows are the public ones: no BATNA, no notes,
    and the page hides the BATNA column)."""

    batnas: Mapping[str, float] = MappingProxyType({})

    def set_batnas(self, batnas: Mapping[str, float]) -> None:
        """Each party's BATNA utility as the analysis uses it (computed when it states a no-agreement outcome);
        shown from the next :meth:`set_rows`."""
        self.batnas = dict(batnas)

    def _batna(self, row: Party) -> float:
        return self.batnas.get(row.id, row.batna)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Short name"), self.tr("Kind"), self.tr("Role"), self.tr("Delegate"),
                self.tr("Superior"), self.tr("BATNA (confidential)")]

    def _names(self) -> dict[str, str]:
        return {p.id: p.name for p in self._rows}

    def display(self, row: Party, column: int) -> str:
        if column == NAME:
            return row.name
        if column == SHORT:
            return row.short_name
        if column == KIND:
            return label(row.kind)
        if column == ROLE:
            return label(row.role)
        if column == DELEGATE:
            return row.delegate_name
        if column == SUPERIOR:
            return self._names().get(row.superior_id or "", "")
        if column == BATNA:
            if row.no_agreement:
                return self.tr("%1 (from the no-agreement outcome)").replace("%1", f"{self._batna(row):.3g}")
            return f"{row.batna:g}"
        return ""

    def sort_value(self, row: Party, column: int) -> Any:
        if column == BATNA:
            return self._batna(row)
        return self.display(row, column)

    def tooltip(self, row: Party, column: int) -> str | None:
        lines = [row.name]
        if row.delegate_name:
            delegate = f"{row.delegate_name} {row.delegate_title}".strip()
            lines.append(self.tr("Delegate: %1").replace("%1", delegate))
        if row.notes:
            lines.append(self.tr("Notes: %1").replace("%1", row.notes))
        return "\n".join(lines)

    def decoration(self, row: Party, column: int) -> Any:
        return swatch_icon(QColor(row.colour)) if column == NAME else None
