"""One writer per case file: an OS advisory lock on a ``NAME.desk-lock`` file beside it.

The lock belongs to the process (``flock`` on POSIX, ``msvcrt.locking`` on Windows): the system
drops it when the process ends, however it ends, so a killed app never leaves a stale lock (only
a harmless ``-lock`` file, which the next opener takes over). The lock file names the holder for
messages and is removed when the holder closes the case.
"""
from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from desk.core.errors import ValidationError

LOCK_SUFFIX = "-lock"


class FileInUseError(ValidationError):
    """Another program holds the case file's writer lock."""

    def __init__(self, path: Path, holder: str) -> None:
        super().__init__("path", "file.in_use",
                         f"{path} is open in another program ({holder}); close it there first",
                         path=str(path), holder=holder)


def lock_path(path: Path) -> Path:
    return Path(f"{path}{LOCK_SUFFIX}")


class WriterLock:
    """The writer lock of one case file, held from :meth:`acquire` until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @classmethod
    def acquire(cls, path: Path | str, program: str = "") -> WriterLock:
        """Take the lock or raise FileInUseError naming who has it (OSError when the folder is not writable)."""
        lock = cls(Path(path))
        while True:
            fd = os.open(lock_path(lock.path), os.O_RDWR | os.O_CREAT, 0o666)
            if not _try_lock(fd):
                os.close(fd)
                raise FileInUseError(lock.path, holder(lock.path))
            if _same_file(fd, lock_path(lock.path)):
                break
            os.close(fd)  # the holder removed the lock file as we took it: take the new one
        lock._fd = fd
        info = f"{program or Path(sys.argv[0]).name or 'desk'}, process {os.getpid()}, since " \
               f"{datetime.now().astimezone():%Y-%m-%d %H:%M}"
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, info.encode("utf-8"), 0) if hasattr(os, "pwrite") else os.write(fd, info.encode("utf-8"))
        except OSError:
            pass  # the name of the holder is a courtesy; the lock is what counts
        return lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Let go; on POSIX the lock file is removed first (a later opener that took the removed file finds
        out and takes a new one), so no ``-lock`` file stays beside a closed case."""
        if self._fd is not None:
            if sys.platform != "win32":
                try:
                    lock_path(self.path).unlink(missing_ok=True)
                except OSError:
                    pass
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def holder(path: Path) -> str:
    """Who holds the lock, as its holder wrote it (or a plain description)."""
    try:
        text = lock_path(path).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        text = ""
    return text[:200] or "another Concord Desk window or desk command"


def is_locked(path: Path | str) -> bool:
    """True when some process holds the writer lock of ``path`` (probes without keeping it)."""
    try:
        lock = WriterLock.acquire(path)
    except FileInUseError:
        return True
    except OSError:
        return False
    lock.release()
    return False


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
