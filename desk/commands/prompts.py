"""Passphrases for the command line: a hidden prompt on a terminal, else DESK_PASSPHRASE. Never arguments."""
from __future__ import annotations

import getpass
import os
import sys

from desk.core.errors import DeskError

ENV = "DESK_PASSPHRASE"


def read_passphrase(prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    """Ask on the terminal (twice when ``confirm``); without a terminal read ``DESK_PASSPHRASE``."""
    if not sys.stdin.isatty():
        value = os.environ.get(ENV)
        if not value:
            raise DeskError(f"no terminal to ask for the passphrase: set {ENV}")
        return value
    value = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != value:
        raise DeskError("the passphrases do not match")
    if not value:
        raise DeskError("the passphrase must not be empty")
    return value
