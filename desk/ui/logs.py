"""The application log file in the platform's user log folder, and the global exception hook."""
from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths

log = logging.getLogger("desk")

#: Environment variable that moves the log folder (tests, screenshots).
LOG_DIR_ENV = "DESK_LOG_DIR"


def log_dir() -> Path:
    """``$DESK_LOG_DIR``, else the platform's per-user application data folder + ``logs``."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "ConcordDesk"
    return Path(base or Path.home() / ".concord-desk") / "logs"


def setup_logging() -> Path:
    """Send the ``desk`` logger to ``desk.log`` in :func:`log_dir` and return the file's path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "desk.log"
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == path for h in log.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


ShowError = Callable[[str, str], None]


class ExceptionHook:
    """Logs every uncaught exception and shows a short message with the log file's path."""

    def __init__(self, log_path: Path, show: ShowError) -> None:
        self.log_path = log_path
        self.show = show
        self._previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("uncaught exception\n%s", text)
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        if self._showing:  # an error inside the error dialog: log only
            return
        self._showing = True
        try:
            self.show(f"{kind.__name__}: {value}", str(self.log_path))
        finally:
            self._showing = False
