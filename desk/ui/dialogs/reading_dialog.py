"""Dialog: one reading (监测数据) typed in — period, indicator, subject, value, who reported it."""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from desk.core.errors import ValidationError
from desk.core.monitoring import Indicator
from desk.core.rules.periods import parse_period
from desk.core.rules.readings import Reading
from desk.ui.dialogs.form_dialog import FormDialog
from desk.ui.dialogs.readings_grid_dialog import reporter_choice
from desk.ui.models.reading_table_model import value_text
from desk.ui.widgets.number_edit import parse_number
from desk.ui.widgets.rule_rows import required, select


class ReadingDialog(FormDialog):
    """``reading`` None for a new one; ``result`` is the reading to save after OK. ``reporters``: who may have
    reported it (None: nobody — a scenario's reading — and the form does not ask)."""

    def __init__(self, case_id: str, indicators: Sequence[Indicator], reading: Reading | None,
                 held: Sequence[Reading] = (), parent: QWidget | None = None,
                 reporters: Sequence[str] | None = ()) -> None:
        super().__init__(parent)
        self.case_id, self.original = case_id, reading
        self.taken = {(r.indicator_id, r.subject, r.period) for r in held if reading is None or r.id != reading.id}
        self.result: Reading | None = None
        self.setWindowTitle(self.tr("New reading") if reading is None else self.tr("Reading"))
        self.period = QLineEdit(reading.period if reading else "")
        self.period.setPlaceholderText(self.tr("2016, 2019-03 or baseline"))
        self.indicator = QComboBox()
        for indicator in indicators:
            self.indicator.addItem(f"{indicator.name}（{indicator.unit}）" if indicator.unit else indicator.name,
                                   indicator.id)
        self.subject = QComboBox()
        self.subject.setEditable(True)
        self.value = QLineEdit(value_text(reading.value) if reading else "")
        self.reporter = reporter_choice(reporters or (), reading.reporter if reading else "")
        self.by_id = {i.id: i for i in indicators}
        self.indicator.currentIndexChanged.connect(self._subjects)
        if reading is not None:
            select(self.indicator, reading.indicator_id)
        self._subjects()
        self.subject.setCurrentText(reading.subject if reading else "")
        form = QFormLayout()
        form.addRow(self.tr("Period"), self.errors.row("period", self.period))
        form.addRow(self.tr("Indicator"), self.errors.row("indicator_id", self.indicator))
        form.addRow(self.tr("Subject"), self.errors.row("subject", self.subject))
        form.addRow(self.tr("Value"), self.errors.row("value", self.value))
        if reporters is not None:
            form.addRow(self.tr("Reported by"), self.errors.row("reporter", self.reporter))
        self.finish(form)

    def _subjects(self) -> None:
        text = self.subject.currentText()
        self.subject.clear()
        indicator = self.by_id.get(self.indicator.currentData())
        self.subject.addItems(list(indicator.subjects) if indicator else [])
        self.subject.setCurrentText(text)

    def commit(self) -> None:
        period = parse_period(self.period.text().strip()) or self.period.text().strip()
        value = parse_number("value", self.value.text())
        assert value is not None
        base = self.original or Reading(self.case_id, "", "", 0.0)
        reading = dataclasses.replace(base, case_id=self.case_id, period=period, value=value,
                                      indicator_id=required(self.indicator, "indicator_id"),
                                      subject=self.subject.currentText().strip(),
                                      reporter=self.reporter.currentText().strip(),
                                      source=base.source if self.original else "")
        reading.validate()
        if (reading.indicator_id, reading.subject, reading.period) in self.taken:
            raise ValidationError("period", "reading.duplicate", "there is already such a reading",
                                  subject=reading.subject or "—", period=reading.period)
        self.result = reading
