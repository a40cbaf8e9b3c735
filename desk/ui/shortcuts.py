"""Keyboard shortcuts built from the platform's standard keys: each key sequence bound once."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QKeySequence

#: Redo keys users try whatever the platform: Ctrl+Shift+Z (Linux, macOS) and Ctrl+Y (Windows, office suites).
EXTRA_REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def unique_keys(sequences: Iterable[QKeySequence | str]) -> list[QKeySequence]:
    """The sequences in order, each once and none empty (a key bound twice to one action makes Qt report an
    "Ambiguous shortcut overload" and do nothing)."""
    seen: set[str] = set()
    keys = []
    for sequence in sequences:
        key = QKeySequence(sequence)
        text = key.toString(QKeySequence.SequenceFormat.PortableText)
        if text and text not in seen:
            seen.add(text)
            keys.append(key)
    return keys


def redo_keys(platform: Sequence[QKeySequence] | None = None) -> list[QKeySequence]:
    """The platform's redo keys (``platform``, default Qt's bindings for this platform) plus Ctrl+Shift+Z and
    Ctrl+Y, each once."""
    if platform is None:
        platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    return unique_keys([*platform, *EXTRA_REDO_KEYS])
