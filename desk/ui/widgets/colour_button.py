"""A button that shows a colour and lets the user pick another."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget

from desk.ui.swatches import swatch_icon


class ColourButton(QPushButton):
    """Shows ``#RRGGBB`` with a swatch; clicking opens a colour dialog."""

    colour_changed = Signal(str)

    def __init__(self, colour: str = "#0072B2", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.clicked.connect(self._pick)
        self._update()

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        self._colour = colour
        self._update()
        self.colour_changed.emit(colour)

    def _update(self) -> None:
        self.setIcon(swatch_icon(QColor(self._colour)))
        self.setText(self._colour.upper())

    def _pick(self) -> None:
        colour = QColorDialog.getColor(QColor(self._colour), self, self.tr("Party colour"))
        if colour.isValid():
            self.set_colour(colour.name())
