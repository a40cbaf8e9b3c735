"""Choosing the UI language and loading the compiled translations (.qm) for it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.ui.resources import i18n_dir

#: Language code → its own name, as offered in Preferences. zh_CN is the primary language.
LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
_ALIASES = {"zh": "zh_CN", "zh_cn": "zh_CN", "zh-cn": "zh_CN", "cn": "zh_CN", "en": "en", "en_us": "en",
            "en_gb": "en", "en-us": "en"}


def normalise(code: str | None) -> str | None:
    """``zh``, ``zh-CN``, ``zh_CN`` → ``zh_CN``; ``en…`` → ``en``; unknown or empty → None."""
    if not code:
        return None
    return _ALIASES.get(code.strip().lower(), code if code in LANGUAGES else None)


def system_language(locale: QLocale | None = None) -> str:
    """zh_CN when the system locale is Chinese, English otherwise."""
    locale = locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def resolve_language(setting: str | None, locale: QLocale | None = None) -> str:
    """The language to use: the one chosen in Preferences, else the system's."""
    return normalise(setting) or system_language(locale)


class Translators:
    """The installed translators of the application (ours and Qt's own), swapped as a set."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Load ``language``; returns False when our .qm file is missing (English source strings then)."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        ours = QTranslator(self.app)
        loaded = ours.load(str(i18n_dir() / f"desk_{language}.qm"))
        if loaded:
            self.app.installTranslator(ours)
            self._installed.append(ours)
        if language != "en":
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.app.installTranslator(qt)
                self._installed.append(qt)
            gaps = QTranslator(self.app)  # what Qt's catalogue lacks ("&Look in:" …); installed last, asked first
            if gaps.load(str(i18n_dir() / f"qt_gaps_{language}.qm")):
                self.app.installTranslator(gaps)
                self._installed.append(gaps)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language == "zh_CN"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return loaded or language == "en"
