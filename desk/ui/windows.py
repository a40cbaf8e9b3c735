"""The open case windows: opening, creating, closing, and rebuilding them in another language."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from desk.core.errors import DeskError, ValidationError
from desk.ui.context import AppContext
from desk.ui.i18n import Translators, resolve_language
from desk.ui.operator import ask_once as ask_operator_once
from desk.ui.settings import LANGUAGE
from desk.ui.tasks import describe_error

if TYPE_CHECKING:
    from desk.core.case import Case
    from desk.ui.case_document import CaseDocument
    from desk.ui.main_window import MainWindow

log = logging.getLogger("desk.ui")

#: Why a file cannot be opened for editing, where opening it read-only still makes sense.
READ_ONLY_CHOICE = ("file.in_use", "file.read_only")


class WindowManager(QObject):
    """One window per open case file; opening a file that is already open raises its window."""

    def __init__(self, ctx: AppContext, translators: Translators | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.translators = translators
        self.windows: list[MainWindow] = []
        self.welcome: QWidget | None = None

    def window_for(self, path: Path) -> MainWindow | None:
        resolved = Path(path).resolve()
        return next((w for w in self.windows if w.doc is not None and w.doc.path.resolve() == resolved), None)

    def open_case(self, path: Path | str, parent: QWidget | None = None, show: bool = True) -> MainWindow | None:
        """Open ``path`` in a new window (or raise its window); errors are shown, None returned."""
        path = Path(path)
        existing = self.window_for(path)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        doc = self._document(path, parent)
        return None if doc is None else self._window(doc, show)

    def open_case_after_paint(self, path: Path | str, on_open=None) -> MainWindow:
        """Show a case window's frame at once and open ``path`` into it once the frame has painted.

        The start-up path: the user sees the window (menus, "opening…") while the store, the case and the
        pages load. When the file cannot be opened, the error is shown and the frame closes;
        ``on_open(window or None)`` is called either way.
        """
        from desk.ui.main_window import MainWindow
        from desk.ui.paint_watch import after_first_paint

        path = Path(path)
        frame = MainWindow(self.ctx)
        if not self.windows:
            frame.restore_geometry()
        self.windows.append(frame)

        def load() -> None:
            doc = self._document(path, frame)
            if doc is None:
                self.forget(frame)
                frame.close()
            else:
                frame.attach(doc, progressive=True)
                self.ctx.settings.add_recent(doc.path)
                self._close_welcome()
            if on_open is not None:
                on_open(frame if doc is not None else None)

        after_first_paint(frame, load)
        frame.show()
        return frame

    def _document(self, path: Path, parent: QWidget | None) -> CaseDocument | None:
        from desk.services.cases import CaseService
        from desk.ui.case_document import CaseDocument

        ask_operator_once(self.ctx, parent)
        title = QCoreApplication.translate("WindowManager", "Cannot open case file")
        try:
            try:
                service = CaseService.open(path, actor=self.ctx.actor)
            except ValidationError as exc:
                if exc.code not in READ_ONLY_CHOICE:
                    raise
                question = QCoreApplication.translate(
                    "WindowManager", "%1\n\nYou can open it read-only: you see its changes as they are saved "
                    "there, but cannot edit it here.").replace("%1", describe_error(exc))
                if not self.ctx.interaction.open_read_only(
                        parent, QCoreApplication.translate("WindowManager", "Case file in use"), question):
                    return None
                service = CaseService.open(path, actor=self.ctx.actor, readonly=True)
        except DeskError as exc:
            self.ctx.interaction.error(parent, title, describe_error(exc))
            return None
        for notice in service.notices:
            self.ctx.interaction.info(parent, QCoreApplication.translate("WindowManager", "Case file restored"),
                                      _restored_text(notice))
        return CaseDocument(service, self.ctx.tasks)

    def reopen_for_editing(self, window: MainWindow) -> MainWindow | None:
        """Open a read-only window's file for editing once the other program let go of it."""
        from desk.services.cases import CaseService
        from desk.ui.case_document import CaseDocument

        try:
            service = CaseService.open(window.doc.path, actor=self.ctx.actor)
        except DeskError as exc:
            self.ctx.interaction.error(window, QCoreApplication.translate("WindowManager", "Case file in use"),
                                       describe_error(exc))
            return None
        page, geometry = window.current_page_name(), window.geometry()
        window.close()
        fresh = self._window(CaseDocument(service), True)
        fresh.setGeometry(geometry)
        fresh.show_page(page)
        return fresh

    def create_case(self, path: Path, case: Case) -> MainWindow:
        """Create a case file (errors propagate to the form) and open it."""
        from desk.services.cases import CaseService
        from desk.ui.case_document import CaseDocument

        if path.exists():
            raise_exists(path)
        if not path.parent.is_dir():
            raise_no_folder(path)
        ask_operator_once(self.ctx)
        service = CaseService.create(path, case, actor=self.ctx.actor)
        return self._window(CaseDocument(service, self.ctx.tasks), True)

    def _window(self, doc: CaseDocument, show: bool) -> MainWindow:
        from desk.ui.main_window import MainWindow

        window = MainWindow(self.ctx, doc)
        if not self.windows:
            window.restore_geometry()
        self.windows.append(window)
        self.ctx.settings.add_recent(doc.path)
        self._close_welcome()
        if show:
            window.show()
        return window

    def _close_welcome(self) -> None:
        if self.welcome is not None:
            self.welcome.close()
            self.welcome = None

    def forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def close_all(self) -> None:
        for window in list(self.windows):
            window.close()

    def apply_language_setting(self) -> None:
        """Load the language now chosen in the settings and rebuild every open window in it."""
        language = resolve_language(self.ctx.settings.get(LANGUAGE))
        self.ctx.language = language
        if self.translators is not None:
            self.translators.install(language)
        reopen = [(w.doc.path, w.current_page_name(), w.geometry()) for w in self.windows if w.doc is not None]
        self.close_all()
        for path, page, geometry in reopen:
            window = self.open_case(path)
            if window is not None:
                window.setGeometry(geometry)
                window.show_page(page)


def raise_exists(path: Path) -> None:
    from desk.core.errors import ValidationError

    raise ValidationError("path", "ui.file_exists", f"{path} already exists", path=str(path))


def _restored_text(notice) -> str:
    """The restore notice in the UI language (its names filled in)."""
    if not all(hasattr(notice, name) for name in ("file", "backup", "damaged")):
        return str(notice)
    return QCoreApplication.translate(
        "WindowManager", "%1 was left half-upgraded by an interrupted upgrade. It was restored from its backup "
        "%2; the damaged file is kept beside it as %3.").replace("%1", notice.file).replace(
        "%2", notice.backup).replace("%3", notice.damaged)


def raise_no_folder(path: Path) -> None:
    from desk.core.errors import ValidationError

    raise ValidationError("path", "ui.folder_missing", f"the folder {path.parent} does not exist",
                          path=str(path.parent))
