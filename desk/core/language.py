"""The language of generated text (minutes, charts, drafts): Chinese first, English second, one default."""
from __future__ import annotations

ZH, EN = "zh", "en"
#: The language of generated text when none is named: every ``lang``/``language`` default and ``--lang`` option
#: says the same (tests/core/test_words.py checks it).
DEFAULT = ZH
LANGUAGES = (ZH, EN)


def text_language(language: str | None) -> str:
    """``"en"`` for English (``en``, ``en_US`` …), else ``"zh"`` (:data:`DEFAULT`): Chinese is the default."""
    return EN if (language or "").lower().startswith("en") else DEFAULT
