"""Money: Decimal amounts in 元/万元/亿元, the one rounding (half-up to the fen) and exact splitting by ratio.

Every amount is computed exactly as a Decimal and rounded once, when it becomes a payment, half-up
to 0.01 元 (a fen) expressed in the payment's unit. An amount split by ratios is split by largest
remainder, so the parts always add up to the whole.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

#: Money units and their size in 元.
UNITS: dict[str, Decimal] = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}

ZERO = Decimal(0)
ONE = Decimal(1)


def is_money_unit(unit: str) -> bool:
    return unit.strip() in UNITS


_QUANTA = {unit: Decimal("0.01") / size for unit, size in UNITS.items()}


def quantum(unit: str) -> Decimal:
    """A fen expressed in ``unit`` (0.01 for 元, 0.000001 for 万元, 1e-10 for 亿元)."""
    return _QUANTA[unit]


def round_money(amount: Decimal, unit: str) -> Decimal:
    """The stated rounding: half-up to the fen."""
    return amount.quantize(_QUANTA[unit], rounding=ROUND_HALF_UP)


def convert(amount: Decimal, source: str, target: str) -> Decimal:
    """``amount`` in ``source`` units expressed in ``target`` units (exact)."""
    if source == target:
        return amount
    return amount * UNITS[source] / UNITS[target]


def to_decimal(value: object) -> Decimal:
    """A Decimal from an int, float (its shortest repr, so 0.1 stays 0.1), str or Decimal."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("a truth value is not a number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        return Decimal(value.strip())
    raise TypeError(f"{value!r} is not a number")


def split(amount: Decimal, weights: Sequence[Decimal], unit: str = "", *, step: Decimal | None = None
          ) -> list[Decimal]:
    """``amount`` split in proportion to ``weights``, each part rounded to the fen (or ``step``), summing to it.

    Largest remainder: every part is first rounded down, then the fens left over go one each to the
    parts with the largest remainders (ties to the earlier part).
    """
    total = sum(weights, ZERO)
    if total <= 0:
        raise ValueError("ratios must add up to more than zero")
    q = step if step is not None else quantum(unit)
    exact = [amount * w / total for w in weights]
    parts = [x.quantize(q, rounding=ROUND_DOWN) for x in exact]
    left = int(((amount.quantize(q, rounding=ROUND_HALF_UP) - sum(parts, ZERO)) / q).to_integral_value())
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:max(left, 0)]:
        parts[i] += q
    return parts


def plain(amount: Decimal) -> str:
    """An amount without trailing zeros or exponent (2, 0.5, 222.222222)."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def grouped(amount: Decimal) -> str:
    """An amount with thousands separators and no trailing zeros (1,234.5)."""
    text = plain(amount)
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = f"{int(whole.lstrip('-') or 0):,}"
    return f"{sign}{whole}.{frac}" if frac else f"{sign}{whole}"
