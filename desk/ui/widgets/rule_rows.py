"""Editable lists inside a rule form (contributions, allocations, bands, instalments, sections, weights)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk.core.errors import ValidationError
from desk.core.issues import Issue
from desk.core.monitoring import Indicator
from desk.core.parties import Party
from desk.ui.widgets.number_edit import parse_number
from desk.ui.widgets.param_edit import ParamEdit, plain_number

NOBODY = ""


def id_combo(items: Sequence[tuple[str, str]], none_label: str | None = None) -> QComboBox:
    """A list of (id, name); with ``none_label`` a first entry standing for no choice (data "")."""
    combo = QComboBox()
    if none_label is not None:
        combo.addItem(none_label, NOBODY)
    for item_id, name in items:
        combo.addItem(name, item_id)
    return combo


def select(combo: QComboBox, item_id: Any) -> None:
    index = combo.findData(item_id if item_id is not None else NOBODY)
    combo.setCurrentIndex(max(index, 0))


def required(combo: QComboBox, field: str) -> str:
    """The id chosen in ``combo``; ValidationError naming ``field`` when there is nothing to choose."""
    data = combo.currentData()
    if not data:
        raise ValidationError(field, "ui.required", f"{field} is required")
    return data


class ItemRow(QWidget):
    """One item of a list: a grid of editors; ``load`` shows an item, ``value(path)`` returns it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.extra: dict[str, Any] = {}

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            for name in ("changed", "currentIndexChanged", "textChanged"):
                signal = getattr(widget, name, None)
                if signal is not None:
                    signal.connect(self.changed)
                    break

    def load(self, item: dict[str, Any]) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def value(self, path: str) -> dict[str, Any]:  # pragma: no cover - abstract
        raise NotImplementedError


class PartyValueRow(ItemRow):
    """A party and a parameter (a ratio or an amount), e.g. one contribution to a fund."""

    def __init__(self, parties: Sequence[Party], issues: list[Issue], key: str = "ratio") -> None:
        super().__init__()
        self.key = key
        self.party = id_combo([(p.id, p.name) for p in parties])
        self.param = ParamEdit(key, issues)
        self.grid.addWidget(self.party, 0, 0)
        self.grid.addWidget(self.param, 0, 1)
        self.grid.setColumnStretch(1, 1)
        self.watch(self.party, self.param)

    def load(self, item: dict[str, Any]) -> None:
        self.extra = {k: v for k, v in item.items() if k not in ("party", "ratio", "amount")}
        select(self.party, item.get("party"))
        self.param.set_value(item.get(self.key))

    def value(self, path: str) -> dict[str, Any]:
        self.param.field = f"{path}.{self.key}"
        return {**self.extra, "party": required(self.party, f"{path}.party"), self.key: self.param.value()}


class BandRow(ItemRow):
    """One band of an index rule: up to a limit (empty: no limit), who pays whom how much."""

    def __init__(self, parties: Sequence[Party], issues: list[Issue]) -> None:
        super().__init__()
        names = [(p.id, p.name) for p in parties]
        self.limit = ParamEdit("max", issues, optional=True)
        self.limit.number.setPlaceholderText(self.tr("no limit"))
        self.payer = id_combo(names, self.tr("(nobody)"))
        self.payee = id_combo(names, self.tr("(nobody)"))
        self.amount = ParamEdit("amount", issues)
        self.grid.addWidget(self.limit, 0, 0)
        self.grid.addWidget(self.payer, 0, 1)
        self.grid.addWidget(self.payee, 0, 2)
        self.grid.addWidget(self.amount, 0, 3)
        self.watch(self.limit, self.payer, self.payee, self.amount)

    def load(self, item: dict[str, Any]) -> None:
        self.extra = {k: v for k, v in item.items() if k not in ("max", "payer", "payee", "amount")}
        self.limit.set_value(item.get("max"))
        select(self.payer, item.get("payer"))
        select(self.payee, item.get("payee"))
        self.amount.set_value(item.get("amount", 0))

    def value(self, path: str) -> dict[str, Any]:
        self.limit.field, self.amount.field = f"{path}.max", f"{path}.amount"
        payer, payee = self.payer.currentData() or None, self.payee.currentData() or None
        out = {**self.extra, "max": self.limit.value(), "payer": payer, "payee": payee}
        if payer or payee:
            out["amount"] = self.amount.value()
        return out


class InstalmentRow(ItemRow):
    """One instalment of a fixed transfer: its period (a year or a month) and amount."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__()
        self.period = QLineEdit()
        self.period.setPlaceholderText("2026 / 2026-06")
        self.amount = ParamEdit("amount", issues)
        self.grid.addWidget(self.period, 0, 0)
        self.grid.addWidget(self.amount, 0, 1)
        self.grid.setColumnStretch(1, 1)
        self.watch(self.period, self.amount)

    def load(self, item: dict[str, Any]) -> None:
        self.period.setText(str(item.get("period", "")))
        self.amount.set_value(item.get("amount"))

    def value(self, path: str) -> dict[str, Any]:
        self.amount.field = f"{path}.amount"
        period = self.period.text().strip()
        if not period:
            raise ValidationError(f"{path}.period", "ui.required", f"{path}.period is required")
        return {"period": period, "amount": self.amount.value()}


class SectionsRow(ItemRow):
    """A party and the sections it answers for (separated by 、 or commas)."""

    def __init__(self, parties: Sequence[Party]) -> None:
        super().__init__()
        self.party = id_combo([(p.id, p.name) for p in parties])
        self.sections = QLineEdit()
        self.sections.setPlaceholderText(self.tr("sections, separated by 、"))
        self.grid.addWidget(self.party, 0, 0)
        self.grid.addWidget(self.sections, 0, 1)
        self.grid.setColumnStretch(1, 1)
        self.watch(self.party, self.sections)

    def load(self, item: dict[str, Any]) -> None:
        select(self.party, item.get("party"))
        self.sections.setText("、".join(item.get("sections", [])))

    def value(self, path: str) -> dict[str, Any]:
        text = self.sections.text().replace("，", "、").replace(",", "、").replace(";", "、")
        names = [s.strip() for s in text.split("、") if s.strip()]
        if not names:
            raise ValidationError("sections", "ui.required", "sections are required")
        return {"party": required(self.party, "sections"), "sections": names}


class WeightRow(ItemRow):
    """An indicator and its weight in an index."""

    def __init__(self, indicators: Sequence[Indicator]) -> None:
        super().__init__()
        self.indicator = id_combo([(i.id, i.name) for i in indicators])
        self.weight = QLineEdit()
        self.grid.addWidget(self.indicator, 0, 0)
        self.grid.addWidget(self.weight, 0, 1)
        self.watch(self.indicator, self.weight)

    def load(self, item: dict[str, Any]) -> None:
        select(self.indicator, item.get("indicator"))
        weight = item.get("weight")
        self.weight.setText(f"{weight:g}" if isinstance(weight, int | float) else "")

    def value(self, path: str) -> dict[str, Any]:
        weight = parse_number("index.weights", self.weight.text())
        assert weight is not None
        return {"indicator": required(self.indicator, "index.weights"), "weight": plain_number(weight)}


class RowsEditor(QWidget):
    """A list of ItemRows with Add and a remove button per row; ``values(key)`` returns the items."""

    changed = Signal()

    def __init__(self, make: Callable[[], ItemRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.make = make
        self.rows: list[ItemRow] = []
        self.box = QVBoxLayout()
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(lambda: self.add({}))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        layout.addWidget(self.add_button)

    def load(self, items: Sequence[dict[str, Any]]) -> None:
        for row in list(self.rows):
            self._remove(row, notify=False)
        for item in items:
            self.add(item, notify=False)
        self.changed.emit()

    def add(self, item: dict[str, Any], notify: bool = True) -> ItemRow:
        row = self.make()
        row.load(item)
        remove = QPushButton("−")
        remove.setToolTip(self.tr("Remove"))
        remove.setFixedWidth(28)
        remove.clicked.connect(lambda: self._remove(row))
        row.grid.addWidget(remove, 0, row.grid.columnCount())
        row.changed.connect(self.changed)
        self.rows.append(row)
        self.box.addWidget(row)
        if notify:
            self.changed.emit()
        return row

    def _remove(self, row: ItemRow, notify: bool = True) -> None:
        self.rows.remove(row)
        self.box.removeWidget(row)
        row.setParent(None)
        row.deleteLater()
        if notify:
            self.changed.emit()

    def values(self, key: str) -> list[dict[str, Any]]:
        return [row.value(f"{key}[{index}]") for index, row in enumerate(self.rows)]
