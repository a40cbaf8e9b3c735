"""Entry point of the frozen app (PyInstaller runs this file as ``__main__``)."""
from __future__ import annotations

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # The windowed Windows executable has no console: give print() somewhere harmless to write.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    from desk.cli import main

    sys.exit(main())
