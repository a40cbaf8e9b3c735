"""The Help menu of a case window: the bundled manual (F1), keyboard shortcuts, about."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desk.ui import file_actions

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def fill_help_menu(window: MainWindow, menu: QMenu) -> None:
    menu.addAction(file_actions.action(window, QCoreApplication.translate("HelpActions", "User &manual"),
                                       lambda w: show_manual(w), QKeySequence.StandardKey.HelpContents))
    menu.addAction(file_actions.action(window, QCoreApplication.translate("HelpActions", "&Keyboard shortcuts"),
                                       show_shortcuts))
    menu.addSeparator()
    menu.addAction(file_actions.action(window, QCoreApplication.translate("FileActions", "About Concord Desk"),
                                       file_actions.about))


def show_manual(parent: QWidget | None, ctx=None) -> None:
    """Open the manual bundled with the app in the interface language (one viewer window, raised if open)."""
    from desk.ui.dialogs.manual_window import ManualWindow

    ctx = ctx or parent.ctx  # type: ignore[union-attr]
    ManualWindow.show_for(ctx.language, parent)


def show_shortcuts(window: MainWindow) -> None:
    from desk.ui.dialogs.shortcuts_dialog import ShortcutsDialog

    ShortcutsDialog(window).exec()
