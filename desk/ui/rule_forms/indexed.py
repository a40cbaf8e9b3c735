"""Forms of the rules that read indicators: transfer on an index (bands, the betting rule) and statistics share."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk.core.errors import ValidationError
from desk.core.rules.params import is_bound
from desk.ui.rule_forms.base import KindForm, year_box
from desk.ui.rule_labels import param_label
from desk.ui.widgets.rule_rows import BandRow, PartyValueRow, RowsEditor, WeightRow, id_combo


class IndexTransferForm(KindForm):
    """Each year an index is computed from readings; the first band whose limit it does not exceed applies."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.first_year = self.add("first_year", year_box())
        self.years = self.param("years")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("P = K0 × Σ(ki × Ci / Ci0) over indicators"), "weighted_ratio")
        self.kind.addItem(self.tr("One indicator's yearly value"), "reading")
        self.add("index.kind", self.kind, self.tr("Index"))
        self.subject = self.text("index.subject")
        self.k0 = self.param("index.k0")
        self.weights = self.add("index.weights", RowsEditor(lambda: WeightRow(self.indicators)))
        self.weights_kept = self.add("index.weights_kept", QLabel(), param_label_of("index.weights"))
        self.indicator = self.add("index.indicator", id_combo([(i.id, i.name) for i in self.indicators]))
        self.bands = self.add("bands", BandsEditor(self.parties, self.issues))
        self.bands_kept = self.add("bands_kept", QLabel(), param_label_of("bands"))
        self.kept_weights: Any = None
        self.kept_bands: Any = None
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        ratio = self.kind.currentData() == "weighted_ratio"
        self.show_row(self.k0, ratio)
        self.show_row(self.weights, ratio and self.kept_weights is None)
        self.show_row(self.weights_kept, ratio and self.kept_weights is not None)
        self.show_row(self.indicator, not ratio)
        self.show_row(self.bands, self.kept_bands is None)
        self.show_row(self.bands_kept, self.kept_bands is not None)

    def _kept(self, value: Any) -> str:
        names = {i.id: i.name for i in self.issues}
        return self.tr("Decided by the option chosen for %1 (kept as stated)").replace(
            "%1", names.get(value.get("issue"), "?"))

    def show_params(self, p: dict[str, Any]) -> None:
        if isinstance(p.get("first_year"), int):
            self.first_year.setValue(p["first_year"])
        self.years.set_value(p.get("years"))
        index = p.get("index") if isinstance(p.get("index"), dict) else {}
        self.choose(self.kind, index.get("kind", "weighted_ratio"))
        self.subject.setText(str(index.get("subject", "")))
        self.k0.set_value(index.get("k0", 1))
        weights = index.get("weights")
        self.kept_weights = weights if is_bound(weights) else None
        if self.kept_weights is not None:
            self.weights_kept.setText(self._kept(weights))
        fixed = weights.get("value", {}) if isinstance(weights, dict) and not is_bound(weights) else {}
        self.weights.load([{"indicator": k, "weight": v} for k, v in fixed.items()])
        self.choose(self.indicator, index.get("indicator"))
        bands = p.get("bands")
        self.kept_bands = bands if is_bound(bands) else None
        if self.kept_bands is not None:
            self.bands_kept.setText(self._kept(bands))
        self.bands.rows_editor.load(bands if isinstance(bands, list) else [])
        self._kind_changed()

    def read(self) -> dict[str, Any]:
        index = dict(self.loaded.get("index") or {})
        kind = self.kind.currentData()
        if kind == "weighted_ratio":
            index.pop("indicator", None)
            if self.kept_weights is not None:
                weights: Any = self.kept_weights
            else:
                rows = self.weights.values("index.weights")
                if not rows:
                    raise ValidationError("index.weights", "rule.list_empty", "list at least one indicator weight")
                weights = {"value": {r["indicator"]: r["weight"] for r in rows}}
            index.update(kind=kind, subject=self.nonempty(self.subject, "index.subject"), k0=self.k0.value(),
                         weights=weights)
        else:
            for key in ("k0", "weights"):
                index.pop(key, None)
            index.update(kind=kind, indicator=self.chosen(self.indicator, "index.indicator"),
                         subject=self.subject.text().strip())
        if self.kept_bands is not None:
            bands: Any = self.kept_bands
        else:
            bands = self.bands.rows_editor.values("bands")
            if not bands:
                raise ValidationError("bands", "rule.list_empty", "list at least one band")
        return {"first_year": self.first_year.value(), "years": self.years.value(), "index": index, "bands": bands}


def param_label_of(field: str) -> str:
    return param_label(field)


class BandsEditor(QWidget):
    """Bands with column titles (index up to, payer, payee, amount) over their rows."""

    changed = Signal()

    def __init__(self, parties, issues) -> None:
        super().__init__()
        titles = QGridLayout()
        for column, text in enumerate((self.tr("Index up to"), self.tr("Payer"), self.tr("Payee"),
                                       self.tr("Amount"))):
            titles.addWidget(QLabel(text), 0, column)
        self.rows_editor = RowsEditor(lambda: BandRow(parties, issues))
        self.rows_editor.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(titles)
        layout.addWidget(self.rows_editor)


class StatisticsShareForm(KindForm):
    """An indicator's yearly total counted for parties by ratio (no money moves)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.indicator = self.indicator_combo("indicator")
        self.ratios = self.add("ratios", RowsEditor(lambda: PartyValueRow(self.parties, self.issues)),
                               self.tr("Counted shares"))
        self.subjects = QLineEdit()
        self.subjects.setPlaceholderText(self.tr("all subjects"))
        self.add("subjects", self.subjects, self.tr("Subjects counted"))

    def show_params(self, p: dict[str, Any]) -> None:
        self.choose(self.indicator, p.get("indicator"))
        self.ratios.load(list(p.get("ratios", [])))
        subjects = p.get("subjects")
        self.subjects.setText("、".join(subjects) if isinstance(subjects, list) else "")

    def read(self) -> dict[str, Any]:
        ratios = self.ratios.values("ratios")
        if not ratios:
            raise ValidationError("ratios", "rule.list_empty", "name at least one party")
        text = self.subjects.text().replace("，", "、").replace(",", "、")
        subjects = [s.strip() for s in text.split("、") if s.strip()]
        return {"indicator": self.chosen(self.indicator, "indicator"), "ratios": ratios,
                "subjects": subjects or None}
