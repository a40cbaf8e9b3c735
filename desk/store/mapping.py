"""Conversion between core dataclasses and ORM rows; column names equal field names."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cache, partial
from typing import Any

from desk.core.plain import from_plain, hints, to_plain


def row_values(obj: Any) -> dict[str, Any]:
    """Column values for the ORM row of a core object (fields map one-to-one onto columns)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, tuple | list | Mapping) or dataclasses.is_dataclass(value) or isinstance(value, Enum):
            value = to_plain(value, dates=True)  # JSON columns: nested dates as ISO text
        out[f.name] = value
    return out


def from_row(cls: type, row: Any) -> Any:
    """The core object of class ``cls`` for an ORM row."""
    return cls(**{name: getattr(row, name) if read is None else read(getattr(row, name))
                  for name, read in _readers(cls)})


#: field types whose column value is already the core value (no conversion)
_AS_STORED = {str, int, bool, str | None, int | None, bool | None}


@cache
def _readers(cls: type) -> tuple[tuple[str, Callable[[Any], Any] | None], ...]:
    """Per field of ``cls``: its name and how to rebuild its value from the column (None: as stored)."""
    types_ = hints(cls)
    return tuple((f.name, None if types_[f.name] in _AS_STORED else partial(from_plain, types_[f.name]))
                 for f in dataclasses.fields(cls))
