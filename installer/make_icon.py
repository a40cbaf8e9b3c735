"""Draw the application icon (resources/icons/concord-desk.png and .ico) with Qt and the bundled CJK font.

A developer step (the icons are committed): ``uv run python installer/make_icon.py``.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"


def draw(size: int) -> QImage:
    """A deep-blue rounded square with 协 (协商) in white over a thin gold band."""
    from desk.agreement.fonts import SANS_FAMILY, register_fonts

    register_fonts()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.04
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    path = QPainterPath()
    path.addRoundedRect(rect, size * 0.18, size * 0.18)
    painter.fillPath(path, QColor("#1F4E79"))
    band = QRectF(rect.left(), rect.bottom() - size * 0.2, rect.width(), size * 0.07)
    painter.setClipPath(path)
    painter.fillRect(band, QColor("#E0B04B"))
    painter.setClipping(False)
    font = QFont(SANS_FAMILY)
    font.setPixelSize(int(size * 0.58))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(rect.left(), rect.top() - size * 0.06, rect.width(), rect.height()),
                     Qt.AlignmentFlag.AlignCenter, "协")
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    app = QGuiApplication(sys.argv)  # noqa: F841 — fonts need a GUI application
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (256, 48):
        if not draw(size).save(str(OUT / f"concord-desk-{size}.png")):
            raise SystemExit(f"cannot write the {size}px icon")
    if not draw(256).save(str(OUT / "concord-desk.ico")):
        raise SystemExit("cannot write the .ico (Qt's ico image plugin is missing)")
    print("wrote", ", ".join(sorted(p.name for p in OUT.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
