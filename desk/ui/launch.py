"""Starting the GUI from the command line: ``desk [CASE.desk]`` and ``desk --screenshot OUT.png …``."""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

#: When set, the launcher prints ``DESK_FRAME <epoch seconds>`` at the case window's first paint and
#: ``DESK_READY <epoch seconds>`` once its first page has painted with the case in it, then quits.
STARTUP_PROBE_ENV = "DESK_STARTUP_PROBE"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="desk", description="Concord Desk (区际协商台) — desktop application")
    parser.add_argument("case", nargs="?", help="case file (.desk) to open; default: the last one, or the demo")
    parser.add_argument("--screenshot", metavar="OUT.png", help="save a PNG of the main window and exit")
    parser.add_argument("--page", default=None, help="page to show (overview, parties, issues, demands, …)")
    parser.add_argument("--lang", default=None, help="interface language: zh or en (default: preferences)")
    parser.add_argument("--presentation", action="store_true", help="start in presentation mode")
    parser.add_argument("--size", default="1280x800", help="window size for --screenshot, e.g. 1280x800")
    return parser.parse_args(argv)


def launch(argv: list[str]) -> int:
    """Run the GUI; returns the process exit code."""
    try:
        args = parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code is None else int(exc.code)
    from desk.ui.bootstrap import application, create_context, shutdown
    from desk.ui.pages.registry import page_names

    if args.page and args.page not in page_names():
        print(f"desk: unknown page {args.page!r}; pages: {', '.join(page_names())}", file=sys.stderr)
        return 2
    if args.screenshot and not args.case:
        print("desk: --screenshot needs a case file", file=sys.stderr)
        return 2
    app = application(sys.argv[0] if sys.argv else "desk")
    settings_dir = Path(tempfile.mkdtemp(prefix="desk-settings-")) if args.screenshot else None
    from desk.ui.interaction import ScriptedInteraction

    interaction = ScriptedInteraction() if args.screenshot else None
    ctx = create_context(app, settings_dir=settings_dir, language=args.lang, interaction=interaction,
                         install_hook=not args.screenshot)
    assert ctx.windows is not None
    path = Path(args.case) if args.case else _default_case(ctx)
    if args.screenshot:
        window = ctx.windows.open_case(path, show=False) if path else None
        if window is None:
            for kind, _title, text in getattr(ctx.interaction, "messages", []):
                print(f"desk: {kind}: {text}", file=sys.stderr)
            return 1
        from desk.ui.screenshot import save_screenshot

        ctx.presentation.set_active(args.presentation)
        width, height = (int(x) for x in args.size.lower().split("x"))
        save_screenshot(window, Path(args.screenshot), args.page, (width, height))
        shutdown(ctx)
        return 0
    probe = bool(os.environ.get(STARTUP_PROBE_ENV))

    def opened(window) -> None:
        if window is None:
            show_welcome(ctx)
            return
        if args.page:
            window.show_page(args.page)
        if probe:
            from desk.ui.paint_watch import after_first_paint

            after_first_paint(window.stack.currentWidget(), lambda: _stamp("DESK_READY", app.quit))

    if path is None:
        show_welcome(ctx)
    else:
        ctx.presentation.set_active(args.presentation)
        frame = ctx.windows.open_case_after_paint(path, opened)
        if probe:
            from desk.ui.paint_watch import after_first_paint

            after_first_paint(frame, lambda: _stamp("DESK_FRAME"))
    code = app.exec()
    shutdown(ctx)
    return code


def show_welcome(ctx) -> None:
    from desk.ui.welcome_window import WelcomeWindow

    ctx.windows.welcome = WelcomeWindow(ctx)
    ctx.windows.welcome.show()


def _stamp(name: str, then=None) -> None:
    """The start-up probe's line: ``NAME <epoch seconds>`` (read by bench/startup.py)."""
    print(f"{name} {time.time():.6f}", flush=True)
    if then is not None:
        then()


def _default_case(ctx) -> Path | None:
    """The most recent case file, else the demo case (created on first run)."""
    recent = ctx.settings.recent_files()
    if recent:
        return Path(recent[0])
    try:
        from desk.services.demo import ensure_demo_case

        return ensure_demo_case()
    except Exception as exc:
        import logging

        logging.getLogger("desk.ui").warning("demo case unavailable: %s", exc)
        return None
