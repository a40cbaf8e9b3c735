"""One input per issue for the proposal editor: slider + spin box (numeric, with unit) or a combo (options)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

from desk.core.issues import Issue, Value


class IssueControl(QWidget):
    """Edits one issue's value on its grid; ``changed`` is emitted on every user change."""

    changed = Signal()

    def __init__(self, issue: Issue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issue = issue
        self.grid = issue.grid()
        self.slider: QSlider | None = None
        self.spin: QDoubleSpinBox | None = None
        self.combo: QComboBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if issue.is_numeric:
            self.slider = QSlider(Qt.Orientation.Horizontal)
            self.slider.setRange(0, len(self.grid) - 1)
            self.slider.setPageStep(1)
            self.spin = QDoubleSpinBox()
            self.spin.setRange(issue.minimum, issue.maximum)
            self.spin.setSingleStep(issue.step)
            self.spin.setDecimals(_decimals(issue.step))
            if issue.unit:
                self.spin.setSuffix(issue.unit if issue.unit == "%" or not issue.unit[0].isascii()
                                    else f" {issue.unit}")
            self.spin.setMinimumWidth(96)
            self.slider.valueChanged.connect(self._slid)
            self.spin.valueChanged.connect(self._spun)
            layout.addWidget(self.slider, 1)
            layout.addWidget(self.spin)
        else:
            self.combo = QComboBox()
            self.combo.addItems(list(issue.options))
            self.combo.setMinimumContentsLength(12)
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            layout.addWidget(self.combo, 1)

    def value(self) -> Value:
        if self.combo is not None:
            return self.combo.currentText()
        assert self.slider is not None
        return self.grid[self.slider.value()]

    def set_value(self, value: Value) -> None:
        """Show ``value`` (snapped to the nearest grid point) without emitting ``changed``."""
        self.blockSignals(True)
        try:
            if self.combo is not None:
                self.combo.setCurrentIndex(max(0, self.combo.findText(str(value))))
            else:
                assert self.slider is not None and self.spin is not None
                index = min(range(len(self.grid)), key=lambda k: abs(float(self.grid[k]) - float(value)))
                self.slider.blockSignals(True)
                self.spin.blockSignals(True)
                self.slider.setValue(index)
                self.spin.setValue(float(self.grid[index]))
                self.slider.blockSignals(False)
                self.spin.blockSignals(False)
        finally:
            self.blockSignals(False)

    def _slid(self, index: int) -> None:
        assert self.spin is not None
        self.spin.blockSignals(True)
        self.spin.setValue(float(self.grid[index]))
        self.spin.blockSignals(False)
        self.changed.emit()

    def _spun(self, number: float) -> None:
        assert self.slider is not None
        index = min(range(len(self.grid)), key=lambda k: abs(float(self.grid[k]) - number))
        self.slider.blockSignals(True)
        self.slider.setValue(index)
        self.slider.blockSignals(False)
        self.changed.emit()


def _decimals(step: float) -> int:
    text = f"{step:.10f}".rstrip("0")
    return max(0, len(text.split(".")[1])) if "." in text else 0
