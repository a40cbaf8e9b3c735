"""The user settings, each declared once with its type and default, stored with QSettings."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

#: Environment variable pointing the settings at another folder (tests, screenshots, benchmarks).
SETTINGS_DIR_ENV = "DESK_SETTINGS_DIR"
MAX_RECENT = 10


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its QSettings key, Python type and default value."""

    key: str
    type: type
    default: T


LANGUAGE = Setting[str]("ui/language", str, "")  # "" follows the system locale
RECENT_FILES = Setting[list]("files/recent", list, [])
WINDOW_GEOMETRY = Setting[QByteArray]("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting[QByteArray]("window/state", QByteArray, QByteArray())
#: The staff member's name, recorded as the operator (操作人) of every change; asked once, then in Preferences.
OPERATOR = Setting[str]("user/operator", str, "")
OPERATOR_ASKED = Setting[bool]("user/operator_asked", bool, False)


def chart_axes(case_id: str) -> Setting[list]:
    """The two parties a case's chart was last set to show (kept across language switches and sessions)."""
    return Setting[list](f"chart/axes/{case_id}", list, [])


# presentation mode is always off at start
ALL_SETTINGS = (LANGUAGE, RECENT_FILES, WINDOW_GEOMETRY, WINDOW_STATE, OPERATOR, OPERATOR_ASKED)


def make_qsettings(folder: Path | str | None = None) -> QSettings:
    """QSettings in ``folder`` (or $DESK_SETTINGS_DIR) as an INI file, else the platform's user settings."""
    folder = folder or os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        return QSettings(str(Path(folder) / "concord-desk.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ConcordDesk", "concord-desk")


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def get(self, setting: Setting[T]) -> T:
        value: Any = self.qsettings.value(setting.key, setting.default)
        if setting.type is list:
            if value is None or value == "":
                return []  # type: ignore[return-value]
            return list(value) if isinstance(value, list | tuple) else [value]  # type: ignore[return-value]
        if setting.type is bool:
            return (value in (True, "true", "1", 1)) if not isinstance(value, bool) else value  # type: ignore
        if setting.type is QByteArray:
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        return setting.type(value)

    def set(self, setting: Setting[T], value: T) -> None:
        self.qsettings.setValue(setting.key, value)
        self.qsettings.sync()

    def recent_files(self) -> list[str]:
        """Recent case files that still exist, newest first."""
        return [p for p in self.get(RECENT_FILES) if Path(p).exists()]

    def add_recent(self, path: Path | str) -> None:
        path = str(Path(path).resolve())
        files = [path, *[p for p in self.get(RECENT_FILES) if p != path]]
        self.set(RECENT_FILES, files[:MAX_RECENT])
