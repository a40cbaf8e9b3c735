"""Composition root of the GUI: builds the application context, QApplication and main window."""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence

NO_DISPLAY_MESSAGE = (
    "desk: no display found, so the window cannot open.\n"
    "  Run it on a desktop session, or set QT_QPA_PLATFORM=offscreen for a window without a screen\n"
    "  (e.g. with --screenshot), or use the headless commands: desk demo, desk check, desk export-bundle,\n"
    "  desk import-bundle (see `desk --help`)."
)


def has_display() -> bool:
    """True when Qt can reach a display (or is told to render offscreen)."""
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run_gui(argv: Sequence[str]) -> int:
    """Start the desktop application with command-line arguments ``argv`` (without the program name)."""
    if not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    from desk.ui.launch import launch

    return launch(list(argv))
