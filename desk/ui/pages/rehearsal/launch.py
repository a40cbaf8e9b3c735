"""Going into a rehearsal and back: "New rehearsal…" makes the sandbox and opens it; one click returns to the case."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk.core.errors import DeskError
from desk.core.rehearsal.files import is_sandbox, real_case_of
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.tasks import describe_error

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow


def new_rehearsal(ctx: AppContext, doc: CaseDocument, parent: QWidget) -> MainWindow | None:
    """Ask the settings (modal), create the sandbox beside the case and open it on its Sessions page."""
    from desk.services.rehearsal_game import new_game
    from desk.ui.pages.rehearsal.new_dialog import NewRehearsalDialog

    title = QCoreApplication.translate("RehearsalLaunch", "New rehearsal")
    if is_sandbox(doc.path):
        text = QCoreApplication.translate("RehearsalLaunch", "This is a rehearsal already: start a new one from the "
                                          "real case.")
        ctx.interaction.error(parent, title, text)
        return None
    if ctx.presentation.active:
        ctx.interaction.error(parent, title, QCoreApplication.translate(
            "RehearsalLaunch", "Rehearsals use confidential reservation values: leave "
                                                 "presentation mode first."))
        return None
    settings = NewRehearsalDialog.ask(doc.snapshot, parent)
    if settings is None:
        return None
    names = {p.id: p.name for p in doc.snapshot.parties}
    you = "、".join(names.get(pid, pid) for pid in settings.players)
    try:
        path = new_game(doc.path, settings, f"演练：{you}")
    except (DeskError, OSError) as exc:
        ctx.interaction.error(parent, title, describe_error(exc))
        return None
    window = ctx.windows.open_case(path, parent) if ctx.windows is not None else None
    if window is not None:
        window.show_page("sessions")
    return window


def back_to_case(ctx: AppContext, window: QWidget, sandbox: CaseDocument) -> MainWindow | None:
    """Show the real case of a rehearsal (its window raised, or opened) and close the rehearsal's window."""
    real = real_case_of(sandbox.path)
    if not real.is_file():
        ctx.interaction.error(window, QCoreApplication.translate("RehearsalLaunch", "Back to the real case"),
                              QCoreApplication.translate("RehearsalLaunch", "The real case %1 is no longer beside "
                                                         "this rehearsal.").replace("%1", str(real)))
        return None
    opened = ctx.windows.open_case(real, window) if ctx.windows is not None else None
    if opened is not None:
        window.close()
    return opened
