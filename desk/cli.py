"""The ``desk`` command line: the GUI by default, headless sub-commands otherwise.

Exit codes: 0 ok, 1 failure (one-line reason on stderr), 2 usage.
"""
from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from desk import __version__
from desk.core.errors import DeskError

#: Modules under desk.commands, each with ``register(subparsers)`` setting ``func`` on its parser.
COMMAND_MODULES = ("demo", "check", "bundle", "analyze", "sign", "verify", "chart", "draft", "identity",
                   "minutes", "rehearse", "import_genius", "payments", "monitoring", "dispute", "evaluate",
                   "next_round")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(prog="desk", description="Concord Desk (区际协商台)")
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desk.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line: a known sub-command runs headless, anything else starts the GUI."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    names = _subcommand_names(parser)
    if not args_list or (args_list[0] not in names and args_list[0] not in ("-h", "--help", "--version")):
        from desk.app import run_gui

        return run_gui(args_list)
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return 0 if exc.code is None else int(exc.code)
    try:
        return int(args.func(args) or 0)
    except SystemExit as exc:  # a command's own usage check (parser.error) exits 2 like argparse's
        return 0 if exc.code is None else int(exc.code)
    except DeskError as exc:
        print(f"desk: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (``desk analyze … | head``): stop quietly, like cat
        _silence_stdout()
        return 0
    except OSError as exc:  # a file the command reads or writes: one line, never a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"desk: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("desk: interrupted", file=sys.stderr)
        return 1


def _silence_stdout() -> None:
    """Point stdout at the null device so that the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (e.g. captured in a test)
        pass
    finally:
        os.close(devnull)


def _subcommand_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._subparsers._group_actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


if __name__ == "__main__":
    sys.exit(main())
