"""The bundled CJK fonts: where they are, and registering them with Qt's font database."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from desk.core.errors import DeskError
from desk.core.resources import SANS_FILE, SERIF_BOLD_FILE, SERIF_FILE, resource_dir

SERIF_FAMILY = "Noto Serif CJK SC Desk"
SANS_FAMILY = "Noto Sans CJK SC Desk"

#: Installed FangSong families, best first; the body of an official document prefers them.
FANGSONG_FAMILIES = ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋")


@dataclass(frozen=True, slots=True)
class FontSet:
    """The families a document uses: body (serif or FangSong), title (bold serif), heading (sans)."""

    body: str
    title: str
    heading: str


def font_dir() -> Path:
    """The folder of the bundled fonts in a frozen app, an installed wheel or a source checkout."""
    return resource_dir("fonts", SERIF_FILE)


def font_path(filename: str = SERIF_FILE) -> Path:
    """The path of one bundled font file."""
    return font_dir() / filename


def ensure_gui_application() -> None:
    """Make sure a QGuiApplication exists (headless commands need one to lay out text).

    Without a display the offscreen platform is used, so the CLI works on servers.
    """
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    global _APP  # the application must outlive this call
    _APP = QGuiApplication([sys.argv[0] if sys.argv else "desk"])


_APP = None
_REGISTERED: list[str] | None = None


def register_fonts() -> list[str]:
    """Register the bundled fonts with QFontDatabase (once) and return their family names."""
    global _REGISTERED
    if _REGISTERED is not None:
        return list(_REGISTERED)
    ensure_gui_application()  # QFontDatabase without a QGuiApplication crashes
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for filename in (SERIF_FILE, SERIF_BOLD_FILE, SANS_FILE):
        path = font_path(filename)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            state = "is missing" if not path.is_file() else "cannot be read as a font"
            raise DeskError(f"the bundled font {path} {state}; Chinese text cannot be laid out without it "
                            "— reinstall Concord Desk")
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    _REGISTERED = families
    return list(families)


def document_fonts(prefer_system_fangsong: bool = True) -> FontSet:
    """The families for agreement documents: an installed FangSong for the body when present."""
    register_fonts()
    body = SERIF_FAMILY
    if prefer_system_fangsong:
        from PySide6.QtGui import QFontDatabase

        installed = set(QFontDatabase.families())
        body = next((f for f in FANGSONG_FAMILIES if f in installed), SERIF_FAMILY)
    return FontSet(body=body, title=SERIF_FAMILY, heading=SANS_FAMILY)
