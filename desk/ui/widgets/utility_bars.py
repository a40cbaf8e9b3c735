"""Live utility bars: one horizontal bar per party in its colour, with a tick at its disagreement point."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW_HEIGHT = 22
LABEL_WIDTH = 84
VALUE_WIDTH = 40


@dataclass(frozen=True, slots=True)
class Bar:
    """A party's utility; ``disagreement`` None hides the marker (presentation mode)."""

    label: str
    colour: str
    utility: float
    disagreement: float | None = None
    violated: bool = False


class UtilityBars(QWidget):
    """Paints the bars; a party whose hard constraint is violated gets a red outline and a ！."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.setToolTip("\n".join(f"{b.label}: {b.utility:.2f}" for b in self.bars))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, max(1, len(self.bars)) * ROW_HEIGHT + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = max(40, self.width() - LABEL_WIDTH - VALUE_WIDTH - 8)
        for row, bar in enumerate(self.bars):
            top = 3 + row * ROW_HEIGHT
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, top, LABEL_WIDTH - 6, ROW_HEIGHT - 4),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             ("！" if bar.violated else "") + bar.label)
            frame = QRectF(LABEL_WIDTH, top + 2, track, ROW_HEIGHT - 8)
            painter.setPen(QPen(QColor("#C62828") if bar.violated else QColor("#B0BEC5"), 1.5 if bar.violated else 1))
            painter.setBrush(QColor("#F5F7F8"))
            painter.drawRect(frame)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bar.colour))
            painter.drawRect(QRectF(frame.left(), frame.top(), track * max(0.0, min(1.0, bar.utility)),
                                    frame.height()))
            if bar.disagreement is not None:
                x = frame.left() + track * max(0.0, min(1.0, bar.disagreement))
                painter.setPen(QPen(QColor("black"), 2.5))
                painter.drawLine(int(x), int(frame.top() - 2), int(x), int(frame.bottom() + 2))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(frame.right() + 6, top, VALUE_WIDTH, ROW_HEIGHT - 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), f"{bar.utility:.2f}")
        painter.end()
