"""Column types that keep core values exact across SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as an ISO-8601 UTC string (exact to the microsecond)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; give a timezone")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


class ISODate(TypeDecorator[date]):
    """A calendar date stored as YYYY-MM-DD text."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: str | None, dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)
