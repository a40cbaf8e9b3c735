"""Forms of the two-party money rules: fixed transfer (once, yearly, by instalments) and revenue share."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from desk.core.errors import ValidationError
from desk.ui.rule_forms.base import KindForm, year_box
from desk.ui.widgets.rule_rows import InstalmentRow, RowsEditor


class FixedTransferForm(KindForm):
    """Payer → payee, an amount, paid once on a date, every year over a term (with a yearly change), or in
    instalments."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.payer = self.party_combo("payer")
        self.payee = self.party_combo("payee")
        self.mode = QComboBox()
        for mode, label in (("once", self.tr("Once, on a date")), ("yearly", self.tr("Every year over a term")),
                            ("schedule", self.tr("In instalments"))):
            self.mode.addItem(label, mode)
        self.add("schedule.mode", self.mode, self.tr("When"))
        self.amount = self.param("amount")
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate(date.today().year, 12, 31))
        self.add("schedule.date", self.date)
        self.date.dateChanged.connect(self.changed)
        self.first_year = self.add("schedule.first_year", year_box())
        self.years = self.param("schedule.years")
        self.step = self.param("schedule.step", optional=True)
        self.entries = self.add("schedule.entries", RowsEditor(lambda: InstalmentRow(self.issues)),
                                self.tr("Instalments"))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        for widget, shown in ((self.amount, mode != "schedule"), (self.date, mode == "once"),
                              (self.first_year, mode == "yearly"), (self.years, mode == "yearly"),
                              (self.step, mode == "yearly"), (self.entries, mode == "schedule")):
            self.show_row(widget, shown)

    def show_params(self, p: dict[str, Any]) -> None:
        self.choose(self.payer, p.get("payer"))
        self.choose(self.payee, p.get("payee"))
        schedule = p.get("schedule") if isinstance(p.get("schedule"), dict) else {}
        self.choose(self.mode, schedule.get("mode", "once"))
        self.amount.set_value(p.get("amount"))
        parsed = QDate.fromString(str(schedule.get("date", "")), "yyyy-MM-dd")
        if parsed.isValid():
            self.date.setDate(parsed)
        if isinstance(schedule.get("first_year"), int):
            self.first_year.setValue(schedule["first_year"])
        self.years.set_value(schedule.get("years", 1))
        self.step.set_value(schedule.get("step"))
        self.entries.load(schedule.get("entries", []))
        self._mode_changed()

    def read(self) -> dict[str, Any]:
        out: dict[str, Any] = {"payer": self.chosen(self.payer, "payer"), "payee": self.chosen(self.payee, "payee")}
        if out["payer"] == out["payee"]:
            raise ValidationError("payee", "issue.payer_is_payee", "the payer and the payee must differ")
        mode = self.mode.currentData()
        if mode == "once":
            out["schedule"] = {"mode": "once", "date": self.date.date().toString("yyyy-MM-dd")}
        elif mode == "yearly":
            out["schedule"] = {"mode": "yearly", "first_year": self.first_year.value(),
                               "years": self.years.value()}
            step = self.step.value()
            if step is not None and step != 0:
                out["schedule"]["step"] = step
        else:
            entries = self.entries.values("schedule.entries")
            if not entries:
                raise ValidationError("schedule.entries", "rule.entries_empty", "list at least one instalment")
            out["schedule"] = {"mode": "schedule", "entries": entries}
        out["amount"] = self.amount.value() if mode != "schedule" else None
        return out


class RevenueShareForm(KindForm):
    """Destination pays origin a share of a revenue reading per subject, up to a cap, within a term."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.payer = self.party_combo("payer")
        self.payee = self.party_combo("payee")
        self.indicator = self.indicator_combo("indicator")
        self.share = self.param("share")
        self.cap_base = self.indicator_combo("cap_base")
        self.cap_multiple = self.param("cap_multiple")
        self.term = self.param("term_years")
        self.extension = self.param("extension_years")

    def show_params(self, p: dict[str, Any]) -> None:
        self.choose(self.payer, p.get("payer"))
        self.choose(self.payee, p.get("payee"))
        self.choose(self.indicator, p.get("indicator"))
        self.choose(self.cap_base, p.get("cap_base"))
        self.share.set_value(p.get("share"))
        self.cap_multiple.set_value(p.get("cap_multiple", 1))
        self.term.set_value(p.get("term_years"))
        self.extension.set_value(p.get("extension_years", 0))

    def read(self) -> dict[str, Any]:
        out = {"payer": self.chosen(self.payer, "payer"), "payee": self.chosen(self.payee, "payee")}
        if out["payer"] == out["payee"]:
            raise ValidationError("payee", "issue.payer_is_payee", "the payer and the payee must differ")
        return {**out, "indicator": self.chosen(self.indicator, "indicator"), "share": self.share.value(),
                "cap_base": self.chosen(self.cap_base, "cap_base"), "cap_multiple": self.cap_multiple.value(),
                "term_years": self.term.value(), "extension_years": self.extension.value()}
