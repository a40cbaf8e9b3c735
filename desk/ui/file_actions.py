"""The File, Edit and Help menu actions of a case window (new, open, recent, copy, bundles, close, quit)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from desk import __version__
from desk.core.case import Case
from desk.ui.interaction import BUNDLE_FILTER, CASE_FILTER, GENIUS_FILTER
from desk.ui.operator import set_operator
from desk.ui.settings import LANGUAGE

if TYPE_CHECKING:
    from desk.ui.main_window import MainWindow

def action(window: MainWindow, text: str, slot: Callable[[MainWindow], None],
           shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
    """An action of ``window`` calling ``slot(window)``."""
    act = QAction(text, window)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(lambda _checked=False: slot(window))
    return act


def fill_file_menu(window: MainWindow, menu: QMenu) -> None:
    menu.addAction(action(window, QCoreApplication.translate("FileActions", "&New case…"), new_case,
                          QKeySequence.StandardKey.New))
    menu.addAction(action(window, QCoreApplication.translate("FileActions", "&Open…"), open_case,
                          QKeySequence.StandardKey.Open))
    recent = menu.addMenu(QCoreApplication.translate("FileActions", "Open &recent"))
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    menu.addSeparator()
    menu.addAction(action(window, QCoreApplication.translate("FileActions", "Save a &copy…"), save_copy))
    menu.addAction(action(window, QCoreApplication.translate("FileActions", "&Import bundle…"), import_bundle))
    menu.addAction(action(window, QCoreApplication.translate("FileActions", "Import &GENIUS domain…"),
                          import_genius))
    menu.addAction(action(window, QCoreApplication.translate("FileActions", "Export bundle (&full)…"),
                          lambda w: export_bundle(w, redacted=False)))
    menu.addAction(action(window, QCoreApplication.translate(
        "FileActions", "Export bundle (&redacted, for other parties)…"),
                          lambda w: export_bundle(w, redacted=True)))
    menu.addSeparator()
    menu.addAction(action(window, QCoreApplication.translate("FileActions", "&Close"), lambda w: w.close(),
                          QKeySequence.StandardKey.Close))
    menu.addAction(action(window, QCoreApplication.translate("FileActions", "&Quit"), quit_app,
                          QKeySequence.StandardKey.Quit))


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    files = window.ctx.settings.recent_files()
    if not files:
        menu.addAction(QCoreApplication.translate("FileActions", "(no recent files)")).setEnabled(False)
    for path in files:
        act = menu.addAction(path)
        act.triggered.connect(lambda _checked=False, p=path: window.ctx.windows.open_case(Path(p), window))


#: The folder for case files under the user's documents folder.
CASE_FOLDER_NAME = "区际协商台"


def case_folder() -> Path:
    """Where new case files and opened samples go: ``<Documents>/区际协商台``, created when missing.

    Falls back to the home folder when the documents folder cannot be created (read-only, no home).
    """
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents or Path.home()) / CASE_FOLDER_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


def new_case(window: MainWindow | None, ctx=None) -> None:
    """Ask for a name and a file, create the case file and open it in a new window."""
    from desk.ui.dialogs.case_dialog import CaseDialog

    ctx = ctx or window.ctx
    created: list = []

    def submit(case: Case, path: Path | None) -> None:
        created.append(ctx.windows.create_case(path, case))

    title = QCoreApplication.translate("FileActions", "New case file")
    dialog = CaseDialog(Case(name=""), submit, path=_free_name(case_folder(), "new-case"),
                        browse=lambda: ctx.interaction.save_path(window, title, CASE_FILTER), parent=window)
    dialog.exec()


def _free_name(folder: Path, stem: str) -> Path:
    """``folder/stem.desk``, or ``stem-2.desk``… when that file exists."""
    path, n = folder / f"{stem}.desk", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.desk"
    return path


def open_case(window: MainWindow | None, ctx=None) -> None:
    ctx = ctx or window.ctx
    path = ctx.interaction.open_path(window, QCoreApplication.translate("FileActions", "Open case file"), CASE_FILTER)
    if path is not None:
        ctx.windows.open_case(path, window)


def save_copy(window: MainWindow) -> None:
    from desk.services.case_files import save_copy as copy_file

    if window.doc is None:
        return
    suggested = str(window.doc.path.with_name(window.doc.path.stem + "-copy.desk"))
    target = window.ctx.interaction.save_path(window, QCoreApplication.translate("FileActions", "Save a copy"),
                                              CASE_FILTER, suggested)
    if target is None:
        return
    try:
        copy_file(window.doc.path, target)
    except Exception as exc:
        from desk.ui.tasks import describe_error

        window.ctx.interaction.error(window, QCoreApplication.translate("FileActions", "Save a copy"),
                                     describe_error(exc))
        return
    message = QCoreApplication.translate("FileActions", "Copy saved to %1").replace("%1", str(target))
    window.statusBar().showMessage(message, 8000)


def export_bundle(window: MainWindow, redacted: bool) -> None:
    """Export the case as a bundle in the background; the redacted one holds nothing confidential."""
    from desk.services.bundles import export_case_bundle

    if window.doc is None:
        return
    title = (QCoreApplication.translate("FileActions", "Export redacted bundle") if redacted
             else QCoreApplication.translate("FileActions", "Export full bundle"))
    suffix = "-redacted" if redacted else ""
    suggested = str(window.doc.path.with_name(f"{window.doc.path.stem}{suffix}.deskbundle"))
    target = window.ctx.interaction.save_path(window, title, BUNDLE_FILTER, suggested)
    if target is None:
        return

    def work(progress, is_cancelled):
        progress(0.1, title)
        export_case_bundle(window.doc.path, target, redacted=redacted)
        progress(1.0, title)
        return target

    window.ctx.tasks.run(work, title=title, parent=window, on_done=lambda path: window.statusBar().showMessage(
        QCoreApplication.translate("FileActions", "Bundle written to %1").replace("%1", str(path)), 8000))


def import_bundle(window: MainWindow | None, ctx=None) -> None:
    """Import a bundle into a new case file (in the background) and open it."""
    from desk.services.bundles import import_case_bundle

    ctx = ctx or window.ctx
    title = QCoreApplication.translate("FileActions", "Import bundle")
    bundle = ctx.interaction.open_path(window, title, BUNDLE_FILTER)
    if bundle is None:
        return
    target = ctx.interaction.save_path(
        window, QCoreApplication.translate("FileActions", "New case file for the bundle"), CASE_FILTER,
        str(bundle.with_suffix(".desk")))
    if target is None:
        return

    def work(progress, is_cancelled):
        progress(0.1, title)
        import_case_bundle(bundle, target)
        return target

    ctx.tasks.run(work, title=title, parent=window, on_done=lambda path: ctx.windows.open_case(path, window))


def import_genius(window: MainWindow | None, ctx=None) -> None:
    """A GENIUS domain and its profiles (chosen together) as a new case file, opened when written."""
    from desk.services.genius_import import import_genius as write_case

    ctx = ctx or window.ctx
    title = QCoreApplication.translate("FileActions", "Import GENIUS domain")
    sources = ctx.interaction.open_paths(window, QCoreApplication.translate(
        "FileActions", "GENIUS domain and profile files (choose them together)"), GENIUS_FILTER)
    if not sources:
        return
    domain = next((p for p in sources if "domain" in p.stem.lower()), sources[0])
    target = ctx.interaction.save_path(
        window, QCoreApplication.translate("FileActions", "New case file for the GENIUS domain"), CASE_FILTER,
        str(domain.with_suffix(".desk")))
    if target is None:
        return

    def work(progress, is_cancelled):
        progress(0.1, title)
        return write_case(sources, target)

    def done(built) -> None:
        opened = ctx.windows.open_case(target, window)
        notes = [QCoreApplication.translate("FileActions", "%1: the weights sum to %2; they were normalised to 1, "
                                            "so its utilities are divided by %2.")
                 .replace("%1", name).replace("%2", f"{total:.9g}") for name, total in built.rescaled]
        if built.discounted:
            notes.append(QCoreApplication.translate("FileActions", "Discount factors are ignored: %1.")
                         .replace("%1", ", ".join(built.discounted)))
        if notes and opened is not None:
            ctx.interaction.info(opened, title, "\n".join(notes))

    ctx.tasks.run(work, title=title, parent=window, on_done=done)


def edit_case(window: MainWindow) -> None:
    from desk.ui.dialogs.case_dialog import CaseDialog
    from desk.ui.undo_commands import EditCase

    if window.doc is None:
        return
    old = window.doc.snapshot.case
    CaseDialog(old, lambda new, _path: window.doc.execute(EditCase(window.doc, old, new)), parent=window).exec()


def preferences(window: MainWindow) -> None:
    from desk.ui.dialogs.preferences_dialog import PreferencesDialog

    answer = PreferencesDialog.ask(window, window.ctx.settings.get(LANGUAGE), window.ctx.actor)
    if answer is None:
        return
    chosen, operator = answer
    if operator != window.ctx.actor:
        set_operator(window.ctx, operator)
    if chosen != window.ctx.settings.get(LANGUAGE):
        window.ctx.settings.set(LANGUAGE, chosen)
        window.ctx.windows.apply_language_setting()


def about(window: MainWindow) -> None:
    QMessageBox.about(window, QCoreApplication.translate("FileActions", "About Concord Desk"),
                      QCoreApplication.translate("FileActions", "Concord Desk (区际协商台) %1\n"
                                                 "Negotiation support for inter-regional benefit coordination.")
                      .replace("%1", __version__))


def quit_app(window: MainWindow) -> None:
    if window.ctx.windows is not None:
        window.ctx.windows.close_all()
    QApplication.quit()
