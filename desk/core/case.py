"""The Case (协调事项): one matter negotiated over time; it owns everything else."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desk.core.validation import check_datetime, check_name, check_text, new_id, utcnow


@dataclass(frozen=True, slots=True)
class Case:
    """A coordination matter, e.g. "新安江流域生态补偿 第二轮"."""

    name: str
    description: str = ""
    illustrative: bool = False
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utcnow)

    def validate(self) -> Case:
        """Raise ValidationError on the first broken rule; return self when all hold."""
        check_name("name", self.name)
        check_text("description", self.description)
        check_datetime("created_at", self.created_at)
        return self
