"""The operator (操作人): the staff member whose name every audit event of this app records."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desk.ui.context import AppContext
from desk.ui.settings import OPERATOR, OPERATOR_ASKED

#: Longest name kept (a person's name and unit, one line).
MAX_LENGTH = 40


def clean(name: str) -> str:
    """The name as recorded: one line, surrounding spaces dropped, at most MAX_LENGTH characters."""
    return " ".join(name.split())[:MAX_LENGTH]


def set_operator(ctx: AppContext, name: str) -> None:
    """Remember ``name`` and record it from now on in every open case (past events keep theirs)."""
    name = clean(name)
    ctx.settings.set(OPERATOR, name)
    ctx.actor = name
    for window in ctx.windows.windows if ctx.windows is not None else ():
        window.doc.service.actor = name


def ask_once(ctx: AppContext, parent: QWidget | None = None) -> None:
    """The first time a case is opened, ask who is working (then only Preferences changes it)."""
    if ctx.actor or ctx.settings.get(OPERATOR_ASKED):
        return
    ctx.settings.set(OPERATOR_ASKED, True)
    title = QCoreApplication.translate("Operator", "Operator")
    label = QCoreApplication.translate("Operator", "Your name, recorded as the operator (操作人) of every change "
                                                   "you make (you can change it in Preferences):")
    name = ctx.interaction.text(parent, title, label)
    if name and clean(name):
        set_operator(ctx, name)
