"""Forms of the fund rules: a joint fund (contributions and allocation by ratio) and its deductions."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from desk.core.errors import ValidationError
from desk.core.rules.model import RuleKind
from desk.ui.rule_forms.base import KindForm, year_box
from desk.ui.widgets.rule_rows import PartyValueRow, RowsEditor, SectionsRow, id_combo


class PoolForm(KindForm):
    """A fund over a term: each contributor pays by ratio of the size (or a stated amount), the fund is allocated
    to the recipients by ratio."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.account = self.text("account")
        self.first_year = self.add("first_year", year_box())
        self.years = self.param("years")
        self.size = self.param("size", optional=True)
        self.by = QComboBox()
        self.by.addItem(self.tr("By ratio of the fund"), "ratio")
        self.by.addItem(self.tr("By amount"), "amount")
        self.add("contributions.by", self.by, self.tr("Contributions"))
        self.contributions = self.add("contributions", RowsEditor(
            lambda: PartyValueRow(self.parties, self.issues, self.by.currentData())), " ")
        self.allocations = self.add("allocations", RowsEditor(lambda: PartyValueRow(self.parties, self.issues)),
                                    self.tr("Allocation by ratio"))
        self.by.currentIndexChanged.connect(self._by_changed)

    def _by_changed(self) -> None:
        parties = [{"party": row.party.currentData()} for row in self.contributions.rows]
        self.contributions.load(parties)

    def show_params(self, p: dict[str, Any]) -> None:
        self.account.setText(str(p.get("account", "")))
        if isinstance(p.get("first_year"), int):
            self.first_year.setValue(p["first_year"])
        self.years.set_value(p.get("years"))
        self.size.set_value(p.get("size"))
        contributions = list(p.get("contributions", []))
        by_amount = bool(contributions) and all("amount" in c for c in contributions)
        self.by.blockSignals(True)
        self.by.setCurrentIndex(1 if by_amount else 0)
        self.by.blockSignals(False)
        self.contributions.load(contributions)
        self.allocations.load(list(p.get("allocations", [])))

    def read(self) -> dict[str, Any]:
        out = {"account": self.nonempty(self.account, "account"), "first_year": self.first_year.value(),
               "years": self.years.value(), "size": self.size.value(),
               "contributions": self.contributions.values("contributions"),
               "allocations": self.allocations.values("allocations")}
        if not out["contributions"]:
            raise ValidationError("contributions", "rule.list_empty", "name at least one contributor")
        if not out["allocations"]:
            raise ValidationError("allocations", "rule.list_empty", "name at least one recipient")
        if self.by.currentData() == "ratio" and out["size"] is None:
            raise ValidationError("size", "rule.size_missing", "contributions by ratio need the fund's size")
        return out


class DeductionForm(KindForm):
    """Deduction from a fund's allocation for each failed section-month, moved to the others or to a party."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        pools = [(r.id, r.name) for r in self.rules if r.kind is RuleKind.POOL]
        self.pool = self.add("pool", id_combo(pools))
        self.indicator = self.indicator_combo("indicator")
        self.sections = self.add("sections", RowsEditor(lambda: SectionsRow(self.parties)))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("A share of the party's allocation per section"), "allocation_share")
        self.mode.addItem(self.tr("A fixed amount"), "fixed")
        self.add("per_failure.mode", self.mode, self.tr("Deduction per failure"))
        self.divisor = self.param("per_failure.divisor")
        self.amount = self.param("per_failure.amount")
        self.to = self.add("to", id_combo([("others_by_allocation", self.tr("The other recipients, by allocation")),
                                           *((p.id, p.name) for p in self.parties)]))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        share = self.mode.currentData() == "allocation_share"
        self.show_row(self.divisor, share)
        self.show_row(self.amount, not share)

    def show_params(self, p: dict[str, Any]) -> None:
        self.choose(self.pool, p.get("pool"))
        self.choose(self.indicator, p.get("indicator"))
        sections = p.get("sections") if isinstance(p.get("sections"), dict) else {}
        self.sections.load([{"party": k, "sections": list(v)} for k, v in sections.items()])
        per = p.get("per_failure") if isinstance(p.get("per_failure"), dict) else {}
        self.choose(self.mode, per.get("mode", "allocation_share"))
        self.divisor.set_value(per.get("divisor", 12))
        self.amount.set_value(per.get("amount"))
        self.choose(self.to, p.get("to", "others_by_allocation"))
        self._mode_changed()

    def read(self) -> dict[str, Any]:
        rows = self.sections.values("sections")
        if not rows:
            raise ValidationError("sections", "rule.list_empty", "name at least one party's sections")
        sections: dict[str, list[str]] = {}
        for row in rows:
            sections.setdefault(row["party"], []).extend(row["sections"])
        if self.mode.currentData() == "allocation_share":
            per = {"mode": "allocation_share", "divisor": self.divisor.value()}
        else:
            per = {"mode": "fixed", "amount": self.amount.value()}
        return {"pool": self.chosen(self.pool, "pool"), "indicator": self.chosen(self.indicator, "indicator"),
                "sections": sections, "per_failure": per, "to": self.to.currentData()}
