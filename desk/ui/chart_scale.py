"""Charts follow the window's text scale (presentation mode on a projector): a matplotlib canvas is drawn at
the chart dpi times the ratio of its widget's font to the application's, so titles, ticks, legends, labels and
markers grow by the very factor the window's text does (set once, in ``main_window.PRESENTATION_SCALES``)."""
from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QApplication, QWidget

#: The dpi charts are drawn at on a desktop (``desk.charts.figure.new_figure``'s default).
CHART_DPI = 100


def _size(font: QFont) -> float:
    return font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())


def text_scale_of(widget: QWidget) -> float:
    """How much larger ``widget``'s text is than the application's (1.0 on a desktop; 1.2 or 1.4 presenting)."""
    base = _size(QApplication.font())
    return round(_size(widget.font()) / base, 2) if base > 0 else 1.0


def scale_canvas(canvas: Any, scale: float) -> bool:
    """Draw a FigureCanvasQTAgg's figure ``scale`` times larger (text, lines, markers); True when it changed.

    matplotlib keeps the figure's dpi before the screen's pixel ratio in ``_original_dpi`` and sets the dpi
    from it whenever the window moves to another screen, so both are set; the figure's size in inches is then
    recomputed from the canvas's pixels, as a resize does.
    """
    figure = canvas.figure
    dpi = CHART_DPI * scale
    if getattr(figure, "_original_dpi", figure.dpi) == dpi:
        return False
    figure._original_dpi = dpi
    figure.set_dpi(dpi * canvas.device_pixel_ratio)
    canvas.resizeEvent(QResizeEvent(canvas.size(), canvas.size()))
    return True


_SCALED_CANVAS: type | None = None


def scaled_canvas(figure: Any) -> Any:
    """A FigureCanvasQTAgg of ``figure`` that draws at its widget's text scale, following it when the window's
    text changes (presentation mode): for canvases that have no view of their own to do it."""
    global _SCALED_CANVAS
    if _SCALED_CANVAS is None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # not at start-up: matplotlib is heavy
        from PySide6.QtCore import QEvent

        class ScaledCanvas(FigureCanvasQTAgg):
            def changeEvent(self, event) -> None:
                super().changeEvent(event)
                if event.type() == QEvent.Type.FontChange and scale_canvas(self, text_scale_of(self)):
                    self.draw_idle()

            def showEvent(self, event) -> None:
                scale_canvas(self, text_scale_of(self))
                super().showEvent(event)

        _SCALED_CANVAS = ScaledCanvas
    return _SCALED_CANVAS(figure)
