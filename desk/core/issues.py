"""Issues (协商事项): what is negotiated — a numeric range or a set of discrete options."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from desk.core.enums import IssueCategory, IssueKind
from desk.core.errors import ValidationError
from desk.core.validation import (
    check_enum,
    check_id,
    check_name,
    check_number,
    check_text,
    new_id,
)

#: A value of an issue: a number for numeric issues, an option label for discrete ones.
Value = float | str

#: The most grid points one numeric issue may have once discretised at its step.
MAX_GRID = 100_001


@dataclass(frozen=True, slots=True)
class Issue:
    """A negotiated issue. Numeric issues use ``minimum``/``maximum``/``step``; discrete ones ``options``.

    For a money issue, ``payer_id`` and ``payee_id`` say who pays whom (None for the payee: into the
    joint compensation fund); drafting writes them into the agreement.
    """

    case_id: str
    name: str
    unit: str = ""
    kind: IssueKind = IssueKind.NUMERIC
    category: IssueCategory = IssueCategory.OTHER
    minimum: float = 0.0
    maximum: float = 1.0
    step: float = 0.1
    options: tuple[str, ...] = ()
    description: str = ""
    position: int = 0
    payer_id: str | None = None
    payee_id: str | None = None
    id: str = field(default_factory=new_id)

    @property
    def is_numeric(self) -> bool:
        return self.kind is IssueKind.NUMERIC

    def validate(self) -> Issue:
        """Raise ValidationError on the first broken rule; return self when all hold."""
        check_id("case_id", self.case_id)
        check_name("name", self.name)
        check_name("unit", self.unit, required=False, limit=20)
        check_enum("kind", self.kind, IssueKind)
        check_enum("category", self.category, IssueCategory)
        check_text("description", self.description)
        check_id("payer_id", self.payer_id, required=False)
        check_id("payee_id", self.payee_id, required=False)
        if self.payer_id is not None and self.payer_id == self.payee_id:
            raise ValidationError("payee_id", "issue.payer_is_payee", "the payer and the payee must differ")
        if self.is_numeric:
            self._validate_range()
        else:
            self._validate_options()
        return self

    def _validate_range(self) -> None:
        low = check_number("minimum", self.minimum)
        high = check_number("maximum", self.maximum)
        step = check_number("step", self.step)
        if high <= low:
            raise ValidationError("maximum", "issue.range_empty",
                                  f"maximum ({high:g}) must be greater than minimum ({low:g})", low=low, high=high)
        if step <= 0:
            raise ValidationError("step", "issue.step_positive", "step must be greater than zero")
        if step > high - low:
            raise ValidationError("step", "issue.step_too_large",
                                  f"step ({step:g}) is larger than the range ({high - low:g})", step=step)
        if (high - low) / step + 1 > MAX_GRID:
            raise ValidationError("step", "issue.step_too_fine",
                                  f"step ({step:g}) makes more than {MAX_GRID - 1} values; choose a coarser step",
                                  step=step, limit=MAX_GRID - 1)

    def _validate_options(self) -> None:
        if not isinstance(self.options, tuple) or len(self.options) < 2:
            raise ValidationError("options", "issue.options_few", "a discrete issue needs at least two options")
        seen: set[str] = set()
        for option in self.options:
            label = check_name("options", option)
            if label in seen:
                raise ValidationError("options", "issue.option_duplicate", f"option {label!r} appears twice",
                                      option=label)
            seen.add(label)

    def grid(self) -> tuple[Value, ...]:
        """All values of the issue: the options, or the range discretised at its step (ends included)."""
        if not self.is_numeric:
            return self.options
        count = math.floor((self.maximum - self.minimum) / self.step + 1e-9) + 1
        values = [round(self.minimum + i * self.step, 10) for i in range(count)]
        if values[-1] < self.maximum - 1e-9:
            values.append(float(self.maximum))
        return tuple(values)

    def check_value(self, field_name: str, value: object) -> Value:
        """Check that ``value`` is a legal value of this issue (in range, or one of the options)."""
        if self.is_numeric:
            number = check_number(field_name, value)
            if not (self.minimum - 1e-9 <= number <= self.maximum + 1e-9):
                raise ValidationError(field_name, "value.out_of_range",
                                      f"{field_name} ({number:g}) lies outside the range of {self.name} "
                                      f"[{self.minimum:g}, {self.maximum:g}]",
                                      value=number, issue=self.name, low=self.minimum, high=self.maximum)
            return number
        if value not in self.options:
            raise ValidationError(field_name, "value.not_an_option",
                                  f"{field_name} ({value!r}) is not an option of {self.name}",
                                  value=str(value), issue=self.name)
        return value  # type: ignore[return-value]

    def format_value(self, value: Value) -> str:
        """The value with its unit, as shown to users (e.g. ``2 亿元``, ``50 %``)."""
        return format_value(value, self.unit)


def format_value(value: Value, unit: str) -> str:
    """A value with its unit as shown to users: 2亿元, 50%, 3 km; options as they are."""
    if isinstance(value, str):
        return value
    text = f"{value:g}"
    if not unit:
        return text
    # Chinese writes amounts and percentages without a space (2亿元, 50%); Latin units get one.
    tight = unit == "%" or not unit[0].isascii()
    return f"{text}{unit}" if tight else f"{text} {unit}"
