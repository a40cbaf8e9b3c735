"""Plain (JSON-ready) forms of core values and back: tuples ↔ lists, enums ↔ strings, dates ↔ ISO text."""
from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from desk.core.agreements import Clause

_SCALARS = frozenset({str, int, float, bool})


def to_plain(value: Any, *, dates: bool = False) -> Any:
    """A plain form of a core value: tuples → lists, dataclasses → dicts, enums → strings.

    With ``dates`` the result is JSON-safe: datetimes and dates become ISO-8601 text.
    """
    if value is None or type(value) in _SCALARS:  # the common case first (10⁵ readings in one import)
        return value
    if isinstance(value, Enum):
        return value.value
    if dates and isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name), dates=dates) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(item, dates=dates) for item in value]
    if isinstance(value, Mapping):
        return {str(k): to_plain(v, dates=dates) for k, v in value.items()}
    return value


def to_json(value: Any) -> Any:
    """The JSON-safe plain form of a core value."""
    return to_plain(value, dates=True)


@cache
def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _shape(hint: Any) -> tuple[Any, tuple[Any, ...]]:
    """``typing.get_origin`` and ``get_args`` of a hint, once per hint (they are hot when reading rows)."""
    return typing.get_origin(hint), typing.get_args(hint)


def from_plain(hint: Any, value: Any) -> Any:
    """Rebuild a core value of type ``hint`` from its plain (JSON/ORM) form."""
    if value is None:
        return None
    origin, args = _shape(hint)
    if origin in (typing.Union, types.UnionType):
        return _from_union(args, value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if hint is datetime and isinstance(value, str):
        return datetime.fromisoformat(value)
    if hint is date and isinstance(value, str):
        return date.fromisoformat(value)
    if hint is Clause:
        return Clause(**value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint) and isinstance(value, Mapping):
        types_ = hints(hint)
        return hint(**{f.name: from_plain(types_[f.name], value[f.name]) for f in dataclasses.fields(hint)
                       if f.name in value})
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], item) for item in value)
        return tuple(from_plain(a, item) for a, item in zip(args, value, strict=True))
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if origin in (dict, Mapping, typing.Mapping) or hint in (dict, Mapping):
        return dict(value)
    return value


def _from_union(args: tuple[Any, ...], value: Any) -> Any:
    non_none = [a for a in args if a is not type(None)]
    for arg in non_none:
        if isinstance(arg, type) and issubclass(arg, Enum):
            return arg(value)
    if float in non_none and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if len(non_none) == 1:
        return from_plain(non_none[0], value)
    for arg in non_none:
        if arg in (date, datetime) and isinstance(value, str):
            return from_plain(arg, value)
    return value


