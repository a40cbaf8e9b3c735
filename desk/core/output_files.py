"""Writing an output file (PDF, DOCX, bundle, spreadsheet, certificate) whole or not at all, and the one-line
errors naming the file and the cause when the file system refuses (read-only folder or medium, full disk)."""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desk.core.errors import ValidationError


class StorageError(ValidationError):
    """A file could not be read or written; ``code`` says why (the UI translates it)."""

    def __init__(self, code: str, message: str, path: Path | str, **params: object) -> None:
        super().__init__("path", code, message, path=str(path), **params)


def read_only_file(path: Path | str) -> StorageError:
    return StorageError("file.read_only", f"{path} cannot be changed: it is read-only (the file or its medium)", path)


def read_only_folder(path: Path | str) -> StorageError:
    folder = Path(path).parent
    return StorageError("file.folder_read_only", f"cannot create {path}: the folder {folder} is read-only "
                        "(or not yours)", path, folder=str(folder))


def disk_full(path: Path | str) -> StorageError:
    return StorageError("file.disk_full", f"{path} cannot be written: the disk is full; nothing was changed", path)


def no_folder(path: Path | str) -> StorageError:
    folder = Path(path).parent
    return StorageError("file.no_folder", f"cannot write {path}: the folder {folder} does not exist", path,
                        folder=str(folder))


def from_os_error(error: OSError, path: Path | str) -> StorageError:
    """An OSError met while creating or writing ``path``."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full(path)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only_folder(path) if not Path(path).exists() else read_only_file(path)
    return StorageError("file.io", f"cannot write {path}: {error.strerror or error}", path,
                        reason=error.strerror or str(error))


def _read_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: read once, at import (start-up, one thread): setting the umask to read it is process-wide, and a worker
#: thread creating a file meanwhile would get the wrong mode
_UMASK = _read_umask()


@contextmanager
def replacing(target: Path | str, suffix: str | None = None) -> Iterator[Path]:
    """A new hidden file beside ``target`` for the caller to write. When the block ends normally the file is
    flushed to the disk and renamed over ``target`` in one step; on any failure it is removed and ``target`` is
    as it was. A refusal of the file system (read-only folder or medium, full disk) becomes one StorageError
    naming ``target`` — never the temporary name."""
    target = Path(target)
    if not target.parent.is_dir():
        raise no_folder(target)
    try:
        handle, name = tempfile.mkstemp(prefix=".desk-", suffix=target.suffix if suffix is None else suffix,
                                        dir=target.parent)
    except OSError as exc:
        raise from_os_error(exc, target) from None
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as written:  # on the disk before the rename: a power cut leaves old or new
            os.fsync(written.fileno())
        os.chmod(temp, 0o666 & ~_UMASK)  # mkstemp makes owner-only files; give the usual mode
        os.replace(temp, target)
    except OSError as exc:
        if exc.filename not in (None, str(temp), str(target)):  # the caller's own input (a font, a source file)
            raise
        raise from_os_error(exc, target) from None
    finally:
        temp.unlink(missing_ok=True)


def write_atomically(target: Path | str, data: bytes) -> None:
    """Write ``data`` to ``target`` whole or not at all (see :func:`replacing`)."""
    with replacing(target) as temp:
        temp.write_bytes(data)
