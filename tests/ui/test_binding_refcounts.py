"""The Qt binding must not leak or lose references to Python singletons.

PySide6 6.12.0 dropped a reference to ``None`` on every call returning nothing; on Python 3.11,
where ``None`` is reference-counted, the app aborted with "none_dealloc" after a few hundred edits.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def test_calls_returning_nothing_keep_none_alive(qapp):
    timer = QTimer()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        QApplication.processEvents()
        timer.setInterval(5)
        timer.setSingleShot(False)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a >= b - 20 for a, b in zip(after, before, strict=True)), (before, after)
