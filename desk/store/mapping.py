"""Conversion between core dataclasses and ORM rows; column names equal field names."""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from enum import Enum
from typing import Any

from desk.core.plain import from_plain, hints, to_plain


def row_values(obj: Any) -> dict[str, Any]:
    """Column values for the ORM row of a core object (fields map one-to-one onto columns)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, tuple | list | Mapping) or dataclasses.is_dataclass(value) or isinstance(value, Enum):
            value = to_plain(value)
        out[f.name] = value
    return out


def from_row(cls: type, row: Any) -> Any:
    """The core object of class ``cls`` for an ORM row."""
    types_ = hints(cls)
    values = {f.name: from_plain(types_[f.name], getattr(row, f.name)) for f in dataclasses.fields(cls)}
    return cls(**values)
