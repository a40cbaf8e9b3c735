"""The main window of one case: page navigation, menus, toolbar, undo/redo and presentation mode."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desk.core.changes import Changes, Kind
from desk.core.rehearsal.files import is_sandbox
from desk.ui import file_actions, help_actions
from desk.ui.context import AppContext
from desk.ui.pages.registry import PAGE_MODULES, PageSpec, loaded_pages
from desk.ui.screen_fit import fitting_size
from desk.ui.settings import WINDOW_GEOMETRY, WINDOW_STATE
from desk.ui.shortcuts import redo_keys

#: Text is this much larger in presentation mode on a screen at least this tall (px): readable from the back of
#: a meeting room on a projector, while the window still fits (a 1366 × 768 laptop keeps desktop sizes).
PRESENTATION_SCALES = ((1000, 1.4), (860, 1.2))
NAV_FONT_PX, NAV_WIDTH = 14, 170


def scaled_font(desktop: QFont, scale: float) -> QFont:
    """A font that sets only the size: ``scale`` times the desktop font's (family and the rest inherited)."""
    font = QFont()
    if desktop.pointSizeF() > 0:
        font.setPointSizeF(desktop.pointSizeF() * scale)
    else:
        font.setPixelSize(round(desktop.pixelSize() * scale))
    return font


def presentation_scale(screen_height: int) -> float:
    """How much larger the text is in presentation mode on a screen with this much room (px)."""
    return next((scale for height, scale in PRESENTATION_SCALES if screen_height >= height), 1.0)


def _nav_style(scale: float) -> str:
    return (f"QListWidget#navigation {{ font-size: {round(NAV_FONT_PX * scale)}px; }} "
            "QListWidget#navigation::item { padding: 8px 6px; }")


if TYPE_CHECKING:
    from desk.ui.case_document import CaseDocument

BANNER_STYLE = ("background: #C2185B; color: white; font-weight: 600; padding: 6px 12px;"
                "border-bottom: 2px solid #880E4F;")
#: The banner of a rehearsal's sandbox file (演练): the rehearsal page's colour.
REHEARSAL_BANNER_STYLE = "background: #7B1FA2; color: white; font-weight: 600; padding: 6px 12px;"
READ_ONLY_STYLE = ("QWidget#readOnlyBanner { background: #FFF3CD; border-bottom: 2px solid #E0A800; } "
                   "QLabel { color: #5C4400; font-weight: 600; }")
NAV_ROLE = Qt.ItemDataRole.UserRole + 10
ORDER_ROLE = Qt.ItemDataRole.UserRole + 11


class MainWindow(QMainWindow):
    """Shows every registered page of one case; knows no page by name."""

    def __init__(self, ctx: AppContext, doc: CaseDocument | None = None, parent: QWidget | None = None) -> None:
        """The window of ``doc``; without one, only the frame (menus, an "opening…" page) until :meth:`attach`."""
        super().__init__(parent)
        self.ctx = ctx
        self.doc: CaseDocument = None  # type: ignore[assignment]  # set by attach()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("caseWindow")
        self.resize(*fitting_size(1280, 800))
        self.setWindowTitle(self.tr("Concord Desk"))
        if ctx.tasks is not None:
            ctx.tasks.status.connect(self._show_status)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(NAV_WIDTH)
        # a long title ("Sharing and compensation") wraps onto a second line instead of being cut off behind a
        # scroll bar: the pages keep their room on a 1366 × 768 laptop
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.nav.setIconSize(self.nav.iconSize() * 1.2)
        self.nav.setStyleSheet(_nav_style(1.0))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._specs: dict[str, PageSpec] = {}
        self.opening = QLabel(self.tr("Opening the case file…"))
        self.opening.setObjectName("openingLabel")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setStyleSheet("color: #555; font-size: 15px;")
        self.stack.addWidget(self.opening)

        self._desktop_font = QFont(self.font())
        self.text_scale = 1.0
        self.banner = QLabel(self.tr("PRESENTATION MODE — confidential values are hidden (F8 to leave)"))
        self.banner.setObjectName("presentationBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)  # at the projector's text size it would otherwise widen the window
        self.banner.hide()
        self.rehearsal_banner = QLabel(self.tr("演练 REHEARSAL — this file is a rehearsal kept beside the case, not "
                                               "the real record; delete it when it has served."))
        self.rehearsal_banner.setObjectName("rehearsalBanner")
        self.rehearsal_banner.setStyleSheet(REHEARSAL_BANNER_STYLE)
        self.rehearsal_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rehearsal_banner.hide()

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.nav)
        body_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.rehearsal_banner)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self._layout = layout

        self._build_actions()
        self.status_presentation = QLabel()
        self.statusBar().addPermanentWidget(self.status_presentation)
        if doc is not None:
            self.attach(doc)

    def attach(self, doc: CaseDocument, progressive: bool = False) -> None:
        """Build the pages of ``doc`` into the frame and show the first one.

        ``progressive``: the first page module is loaded and its page shown now, the other page modules are
        imported and their pages built one per turn of the event loop (start-up: the overview paints before
        the Sessions page's analytics are even imported). :meth:`show_page` finishes the loading at once.
        """
        self.doc = doc
        # the read model switches first, so every page handling the switch already sees the public state
        doc.set_presenting(self.ctx.presentation.active)
        self.ctx.presentation.changed.connect(doc.set_presenting)
        self.rehearsal_banner.setVisible(is_sandbox(doc.path))
        self.rehearsal_strip = None
        if is_sandbox(doc.path):
            self._add_rehearsal_strip(doc)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self.nav.currentRowChanged.connect(self._row_changed)
        self._pending_modules = list(PAGE_MODULES)
        if doc.readonly:
            # under the banners, over the pages (the frame was built before the case was known)
            banner = self._read_only_banner()
            self._layout.insertWidget(self._layout.count() - 1, banner)
            banner.show()  # a layout shows a widget added to a shown window only on a later turn of the event loop
        self._attach_actions()
        self.statusBar().showMessage(self.tr("Read-only: nothing can be changed in this window.") if doc.readonly
                                     else self.tr("Every change is saved as you make it."), 8000)
        doc.changed.connect(self._doc_changed)
        doc.refused.connect(self._step_refused)
        if doc.watch is not None:
            doc.watch.reloaded.connect(lambda: self.statusBar().showMessage(
                self.tr("Another program saved a change to this file: shown again as it is now."), 10000))
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)
        self.ctx.presentation.changed.connect(self._presentation_changed)
        self._presentation_changed(self.ctx.presentation.active)
        self.update_title()
        if progressive:
            self._load_next_module()
            self.nav.setCurrentRow(0)
            QTimer.singleShot(0, self, self._load_step)
        else:
            self.finish_loading()
            self.nav.setCurrentRow(0)

    def finish_loading(self) -> None:
        """Import every page module still pending and build its pages (no-op when all are built)."""
        while self._pending_modules:
            self._load_next_module()

    def still_loading(self) -> bool:
        """True while page modules remain to be loaded (a progressive :meth:`attach`)."""
        return bool(getattr(self, "_pending_modules", ()))

    def _load_step(self) -> None:
        if self._pending_modules and self.doc is not None:
            self._load_next_module()
            QTimer.singleShot(0, self, self._load_step)

    def _load_next_module(self) -> None:
        importlib.import_module(self._pending_modules.pop(0))
        for spec in loaded_pages():
            if spec.name not in self.pages:
                self._add_page(spec)
        if not self._pending_modules:
            self._add_page_shortcuts()

    def _add_page(self, spec: PageSpec) -> None:
        """Build the page and put its navigation item where its ``order`` says."""
        page = spec.factory(self.ctx, self.doc)
        page.setObjectName(f"page_{spec.name}")
        self.pages[spec.name] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.title())
        item.setData(NAV_ROLE, spec.name)
        item.setData(ORDER_ROLE, (spec.order, spec.name))
        self._specs[spec.name] = spec
        row = next((r for r in range(self.nav.count()) if self.nav.item(r).data(ORDER_ROLE) > (spec.order, spec.name)),
                   self.nav.count())
        current = self.nav.currentRow()
        self.nav.insertItem(row, item)
        if 0 <= row <= current:
            self.nav.setCurrentRow(current + 1)  # keep the page the user is on
        self._update_availability(item)

    def _update_availability(self, item: QListWidgetItem | None = None) -> None:
        """Grey out the navigation entry of a page with nothing to show yet (its spec's ``available``), with
        the reason as its tooltip; the page itself still opens (by shortcut, ``--page``) and says why."""
        items = [item] if item is not None else [self.nav.item(r) for r in range(self.nav.count())]
        for entry in items:
            spec = self._specs.get(entry.data(NAV_ROLE))
            if spec is None or spec.available is None:
                continue
            on = spec.available(self.doc.state)
            flags = entry.flags()
            entry.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if on else flags & ~Qt.ItemFlag.ItemIsEnabled)
            entry.setToolTip("" if on or spec.unavailable is None else spec.unavailable())

    def _add_rehearsal_strip(self, doc: CaseDocument) -> None:
        """A played rehearsal: its strip (演练, whose turn, pass, pause, debrief, back) takes the banner's place,
        in the toolbar, so it shows in every view without taking a row of the page's height."""
        from desk.ui.pages.rehearsal.play import rehearsal_strip

        self.rehearsal_strip = rehearsal_strip(self.ctx, self, doc)
        if self.rehearsal_strip is not None:
            self.rehearsal_banner.hide()
            self.toolbar.addWidget(self.rehearsal_strip)

    def _row_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.stack.setCurrentWidget(self.pages[item.data(NAV_ROLE)])

    def _doc_changed(self, changes: Changes) -> None:
        if Kind.CASE in changes:
            self.update_title()
        if changes.touches((Kind.BARGAINING, Kind.AGREEMENTS)):
            self._update_availability()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _read_only_banner(self) -> QWidget:
        """The strip over a read-only window: why nothing can be edited, and a way to edit once possible."""
        banner = QWidget()
        banner.setObjectName("readOnlyBanner")
        banner.setStyleSheet(READ_ONLY_STYLE)
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 4, 12, 4)
        label = QLabel(self.tr("READ-ONLY — another program is editing this file; this window follows its "
                               "saved changes and cannot edit."))
        label.setWordWrap(True)
        edit_button = QPushButton(self.tr("Edit now"))
        edit_button.setObjectName("editNowButton")
        edit_button.setToolTip(self.tr("Open the file for editing (once the other program has closed it)"))
        edit_button.clicked.connect(lambda: self.ctx.windows is not None and self.ctx.windows.reopen_for_editing(self))
        row.addWidget(label, 1)
        row.addWidget(edit_button)
        return banner

    def _step_refused(self, step: str, why: str) -> None:
        text = self.tr("“%1” cannot be undone or redone now: %2 It was taken off the undo history.")
        self.ctx.interaction.error(self, self.tr("Undo"), text.replace("%1", step).replace("%2", why))

    # -- actions and menus -------------------------------------------------------------------
    def _build_actions(self) -> None:
        """Menus and toolbar of the frame; the case's own actions are added by :meth:`_attach_actions`."""
        self.presentation_action = QAction(self.tr("Presentation mode"), self)
        self.presentation_action.setObjectName("presentationAction")
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcut(QKeySequence("F8"))
        self.presentation_action.setToolTip(self.tr("Hide every confidential value, for the projector (F8)"))
        self.presentation_action.toggled.connect(self.ctx.presentation.set_active)

        menu = self.menuBar().addMenu(self.tr("&File"))
        file_actions.fill_file_menu(self, menu)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(file_actions.action(self, self.tr("Case details…"), file_actions.edit_case))
        self.edit_menu.addAction(file_actions.action(self, self.tr("Preferences…"), file_actions.preferences,
                                                     QKeySequence.StandardKey.Preferences))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addAction(self.presentation_action)
        self.view_menu.addSeparator()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_actions.fill_help_menu(self, help_menu)

        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.presentation_action)
        self.presentation_button = self.toolbar.widgetForAction(self.presentation_action)
        self.presentation_button.setObjectName("presentationButton")
        self.addToolBar(self.toolbar)

    def _attach_actions(self) -> None:
        stack = self.doc.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_keys())
        first = self.edit_menu.actions()[0]
        self.edit_menu.insertActions(first, [self.undo_action, self.redo_action])
        self.edit_menu.insertSeparator(first)
        self.undo_action.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_ArrowBack))
        self.redo_action.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_ArrowForward))
        first_tool = self.toolbar.actions()[0]
        self.toolbar.insertActions(first_tool, [self.undo_action, self.redo_action])
        self.toolbar.insertSeparator(first_tool)

    def _add_page_shortcuts(self) -> None:
        """View → one entry per page, Ctrl+1… in navigation order (once every page is there)."""
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            go = QAction(item.text(), self)
            go.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            go.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            self.view_menu.addAction(go)

    # -- state -------------------------------------------------------------------------------
    def update_title(self) -> None:
        """Case and file; the platform adds the application's display name itself (Qt's window title
        formatting on Windows and X11), so naming it here showed it twice."""
        if self.doc is None:
            return
        snap = self.doc.snapshot
        marker = self.tr(" [presentation]") if self.ctx.presentation.active else ""
        if self.doc.readonly:
            marker += self.tr(" [read-only]")
        self.setWindowTitle(f"{snap.case.name} — {self.doc.path.name}{marker}")

    def _presentation_changed(self, active: bool) -> None:
        if self.presentation_action.isChecked() != active:
            self.presentation_action.setChecked(active)
        self.banner.setVisible(active)
        scale = self._fitting_scale() if active else 1.0
        if scale != self.text_scale:
            self.set_text_scale(scale)
        self.presentation_button.setStyleSheet(
            "QToolButton { background: #C2185B; color: white; font-weight: 600; border-radius: 3px; }"
            if active else "")
        self.status_presentation.setText(self.tr("Presentation mode") if active else self.tr("Secretariat view"))
        self.update_title()

    def set_text_scale(self, scale: float) -> None:
        """Every text of the window ``scale`` times its desktop size (the navigation has its own style)."""
        self.text_scale = scale
        # at 1.0 the font is reset to what it inherits (an explicit font, even the same, would override the
        # platform's per-class fonts and widen tables and headers)
        self.setFont(scaled_font(self._desktop_font, scale) if scale != 1.0 else QFont())
        self.nav.setStyleSheet(_nav_style(scale))
        self.nav.setFixedWidth(round(NAV_WIDTH * scale))

    def _fitting_scale(self) -> float:
        screen = self.screen()
        return presentation_scale(screen.availableGeometry().height()) if screen is not None else 1.0

    def show_page(self, name: str) -> bool:
        """Switch to the page registered as ``name``; False when there is none."""
        if self.doc is not None:
            self.finish_loading()
        for row in range(self.nav.count()):
            if self.nav.item(row).data(NAV_ROLE) == name:
                self.nav.setCurrentRow(row)
                return True
        return False

    def current_page_name(self) -> str:
        item = self.nav.currentItem()
        return item.data(NAV_ROLE) if item else ""

    def restore_geometry(self) -> None:
        geometry = self.ctx.settings.get(WINDOW_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.ctx.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.ctx.settings.set(WINDOW_STATE, self.saveState())
        if self.ctx.windows is not None:
            self.ctx.windows.forget(self)
        if self.doc is not None:
            self.doc.close()
        super().closeEvent(event)
