"""Passphrases for the command line: a hidden prompt on a terminal, else an environment variable. Never arguments.

The case CA's passphrase comes from ``DESK_PASSPHRASE``, a delegate PKCS#12 file's from
``DESK_P12_PASSPHRASE``: two secrets, never one for both.
"""
from __future__ import annotations

import getpass
import os
import sys

from desk.core.errors import DeskError

ENV = "DESK_PASSPHRASE"
P12_ENV = "DESK_P12_PASSPHRASE"
WEAKNESS = {"short": "shorter than 10 characters", "one kind": "made of one kind of character only"}


def read_passphrase(prompt: str = "Passphrase: ", confirm: bool = False, env: str = ENV) -> str:
    """Ask on the terminal (twice when ``confirm``); without a terminal read ``env``.

    A new passphrase (``confirm``) that is weak draws a one-line warning on stderr.
    """
    if not sys.stdin.isatty():
        value = os.environ.get(env)
        if not value:
            raise DeskError(f"no terminal to ask for the passphrase: set {env}")
    else:
        value = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != value:
            raise DeskError("the passphrases do not match")
        if not value:
            raise DeskError("the passphrase must not be empty")
    if confirm:
        warn_if_weak(value, prompt.strip().rstrip(":"))
    return value


def warn_if_weak(value: str, what: str) -> None:
    """Print a warning line on stderr when ``value`` is a weak passphrase."""
    from desk.agreement.pki import passphrase_weakness

    weakness = passphrase_weakness(value)
    if weakness is not None:
        print(f"desk: warning: weak passphrase ({what}): {WEAKNESS[weakness]}; "
              "use a long phrase mixing letters, digits and signs", file=sys.stderr)
