"""The language of generated text (minutes, charts, drafts): Chinese first, English second, one default."""
from __future__ import annotations

ZH, EN = "zh", "en"


def text_language(language: str | None) -> str:
    """``"en"`` for English (``en``, ``en_US`` …), else ``"zh"``: Chinese is the default everywhere."""
    return EN if (language or "").lower().startswith("en") else ZH
