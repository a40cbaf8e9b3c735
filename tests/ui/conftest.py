"""GUI test set-up: a fresh AppContext per test (settings and log in tmp), dialog driving, thread checks."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desk.ui.interaction import ScriptedInteraction


@pytest.fixture(autouse=True)
def _no_dangling_threads(monkeypatch, tmp_path) -> Iterator[None]:
    """Fail a test that leaves Python threads or Qt pool threads running."""
    monkeypatch.setenv("DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "data"))
    before = {t.ident for t in threading.enumerate()}
    yield
    QThreadPool.globalInstance().waitForDone(2000)
    leftover = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()
                and not t.daemon]
    assert not leftover, f"threads left running: {leftover}"
    assert QThreadPool.globalInstance().activeThreadCount() == 0


def make_context(qapp, tmp_path: Path, language: str = "en"):
    from desk.ui.bootstrap import create_context

    return create_context(qapp, settings_dir=tmp_path / "settings", language=language,
                          interaction=ScriptedInteraction(), install_hook=False)


@pytest.fixture
def ctx(qapp, tmp_path):
    """An English application context; its windows are closed and tasks awaited afterwards."""
    from desk.ui.bootstrap import shutdown

    context = make_context(qapp, tmp_path, "en")
    yield context
    shutdown(context)
    assert context.tasks.pool.activeThreadCount() == 0, "a background task is still running"
    QApplication.processEvents()


class DialogDriver:
    """Answers the next modal dialog with a function, so tests can drive ``exec()``-ed dialogs."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.errors: list[BaseException] = []
        self.seen: list[QWidget] = []

    def next(self, handler: Callable[[QDialog], None]) -> None:
        """Run ``handler(dialog)`` as soon as a modal dialog is shown."""
        def poll(attempt: int = 0) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if attempt < 200:
                    QTimer.singleShot(10, lambda: poll(attempt + 1))
                return
            self.seen.append(dialog)
            try:
                handler(dialog)
            except BaseException as exc:
                self.errors.append(exc)
                dialog.reject()

        QTimer.singleShot(0, poll)

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


@pytest.fixture
def dialogs(qtbot) -> Iterator[DialogDriver]:
    driver = DialogDriver(qtbot)
    yield driver
    driver.check()
