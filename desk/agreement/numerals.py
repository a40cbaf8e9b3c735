"""Chinese numerals (第一条, 二〇二五年) and amounts written the way Chinese documents write them."""
from __future__ import annotations

import math

DIGITS = "零一二三四五六七八九"
_UNITS = ("", "十", "百", "千")
#: Ordinal names of the parties of an agreement.
PARTY_ORDINALS = "甲乙丙丁戊己庚辛壬癸"


def chinese_number(n: int) -> str:
    """A whole number 0–99999999 in Chinese numerals: 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五."""
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < 100_000_000:
        raise ValueError(f"cannot write {n!r} in Chinese numerals")
    if n == 0:
        return DIGITS[0]
    high, low = divmod(n, 10_000)
    if high:
        text = _strip_leading_one(_below_10000(high)) + "万"
        if low:
            text += ("零" if low < 1000 else "") + _below_10000(low)
        return text
    return _strip_leading_one(_below_10000(low))


def _strip_leading_one(text: str) -> str:
    return text[1:] if text.startswith("一十") else text


def _below_10000(n: int) -> str:
    parts: list[str] = []
    zero = False
    for power in (3, 2, 1, 0):
        digit = n // 10**power % 10
        if digit:
            if zero and parts:
                parts.append(DIGITS[0])
            parts.append(DIGITS[digit] + _UNITS[power])
            zero = False
        else:
            zero = True
    return "".join(parts)


def article_number(n: int) -> str:
    """The label of article ``n``: 第一条, 第十二条."""
    return f"第{chinese_number(n)}条"


def item_number(n: int) -> str:
    """The label of item ``n`` inside an article: （一）, （二）."""
    return f"（{chinese_number(n)}）"


def party_ordinal(index: int) -> str:
    """甲方, 乙方 … for the party at ``index`` (0-based); beyond 癸 the parties are numbered."""
    if index < len(PARTY_ORDINALS):
        return PARTY_ORDINALS[index] + "方"
    return f"第{chinese_number(index + 1)}方"


def format_number(value: float) -> str:
    """A number without exponent or trailing zeros: 2.0 → 2, 0.125 → 0.125, 1e7 → 10000000."""
    if not math.isfinite(value):
        raise ValueError(f"cannot write {value!r} as an amount")
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def format_amount(value: float | str, unit: str = "") -> str:
    """A value with its unit, Chinese style: (2, 亿元) → 2亿元, (50, %) → 50%, (5, 年) → 5年."""
    if isinstance(value, str):
        return value
    return f"{format_number(value)}{unit.strip()}"


def chinese_date(year: int, month: int, day: int) -> str:
    """A date as Chinese documents print it (GB/T 9704 uses Arabic numerals): 2025年3月1日."""
    return f"{year}年{month}月{day}日"
