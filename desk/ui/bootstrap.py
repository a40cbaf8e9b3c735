"""Building the QApplication and the AppContext (shared by the launcher, tests and the benchmark)."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from desk.bundled import resource_path
from desk.ui.context import AppContext
from desk.ui.i18n import Translators, normalise, resolve_language
from desk.ui.interaction import Interaction
from desk.ui.logs import ExceptionHook, setup_logging
from desk.ui.settings import LANGUAGE, OPERATOR, Settings, make_qsettings
from desk.ui.tasks import TaskRunner
from desk.ui.windows import WindowManager

log = logging.getLogger("desk.ui")


def application(argv0: str = "desk") -> QApplication:
    """The QApplication (created once), with names, the bundled CJK font and a font fallback set."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([argv0])
        app.setOrganizationName("ConcordDesk")
        app.setApplicationName("Concord Desk")
        app.setApplicationDisplayName("区际协商台 Concord Desk")
        app.setDesktopFileName("concord-desk")  # matches installer/linux/concord-desk.desktop
        app.setWindowIcon(QIcon(str(resource_path("icons", "concord-desk-256.png"))))
        register_ui_fonts(app)
    return app  # type: ignore[return-value]


def register_ui_fonts(app: QApplication) -> None:
    """Register the bundled CJK fonts and put the sans face behind the system UI font, so Chinese
    renders on machines without a CJK system font."""
    try:
        from desk.agreement.fonts import SANS_FAMILY, register_fonts

        register_fonts()
    except Exception as exc:
        log.warning("bundled CJK fonts not registered: %s", exc)
        return
    font = app.font()
    families = [f for f in (font.families() or [font.family()]) if f]
    font.setFamilies([*families, SANS_FAMILY])
    app.setFont(font)
    QFont.insertSubstitution(font.family(), SANS_FAMILY)


def create_context(app: QApplication, *, settings_dir: Path | None = None, language: str | None = None,
                   interaction: Interaction | None = None, install_hook: bool = True) -> AppContext:
    """The application context with settings, translations, task runner, window manager and log."""
    settings = Settings(make_qsettings(settings_dir))
    chosen = normalise(language) or resolve_language(settings.get(LANGUAGE))
    translators = Translators(app)
    translators.install(chosen)
    log_path = setup_logging()
    ctx = AppContext(settings=settings, language=chosen, log_path=log_path,
                     interaction=interaction or Interaction(), actor=settings.get(OPERATOR))
    ctx.tasks = TaskRunner(ctx.interaction, app)
    ctx.windows = WindowManager(ctx, translators)
    if install_hook:
        from desk.ui.dialogs.exception_dialog import show_exception

        ExceptionHook(log_path, show_exception).install()
    return ctx


def shutdown(ctx: AppContext) -> None:
    """Close windows and wait for background tasks."""
    if ctx.windows is not None:
        ctx.windows.close_all()
    if ctx.tasks is not None:
        ctx.tasks.shutdown()
    if isinstance(sys.excepthook, ExceptionHook):
        sys.excepthook.uninstall()
