"""The outcome space: every issue's grid of values; a package picks one value per issue."""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from desk.core.analytics.errors import AnalysisError
from desk.core.issues import Issue, Value


@dataclass(frozen=True, slots=True)
class IssueGrid:
    """One issue as the engine sees it: a key (the issue id), a display name and its values."""

    key: str
    name: str
    values: tuple[Value, ...]
    unit: str = ""
    numeric: bool = False

    @classmethod
    def from_issue(cls, issue: Issue) -> IssueGrid:
        """The grid of a domain Issue (numeric ranges discretised at their step)."""
        return cls(issue.id, issue.name, tuple(issue.grid()), issue.unit, issue.is_numeric)

    def index_of(self, value: Value) -> int:
        """Position of ``value`` on the grid (numbers match within 1e-9 of the range)."""
        if self.numeric and not isinstance(value, str):
            numbers = np.asarray(self.values, dtype=np.float64)
            position = int(np.argmin(np.abs(numbers - float(value))))
            tolerance = 1e-9 * max(1.0, float(np.abs(numbers).max()))
            if abs(numbers[position] - float(value)) <= tolerance:
                return position
        elif value in self.values:
            return self.values.index(value)
        raise AnalysisError(f"{value!r} is not a value of issue {self.name!r}")


@dataclass(frozen=True, slots=True)
class OutcomeSpace:
    """All packages: the Cartesian product of the issues' grids (first issue varies slowest)."""

    issues: tuple[IssueGrid, ...]

    @classmethod
    def from_issues(cls, issues: Sequence[Issue]) -> OutcomeSpace:
        return cls(tuple(IssueGrid.from_issue(issue) for issue in issues))

    @property
    def sizes(self) -> tuple[int, ...]:
        return tuple(len(issue.values) for issue in self.issues)

    @property
    def size(self) -> int:
        """Number of packages, an exact Python integer (may exceed 2**63)."""
        return math.prod(self.sizes)

    def labels(self) -> tuple[str, ...]:
        """Issue names for display and JSON; an issue's key is used where two names clash."""
        names = [issue.name for issue in self.issues]
        return tuple(issue.name if names.count(issue.name) == 1 else issue.key for issue in self.issues)

    def package(self, choice: Sequence[int], *, by: str = "label") -> dict[str, Value]:
        """The package a row of option indices stands for, keyed by issue label (or ``by="key"``)."""
        keys = self.labels() if by == "label" else tuple(issue.key for issue in self.issues)
        return {key: _plain(issue.values[int(c)]) for key, issue, c in zip(keys, self.issues, choice, strict=True)}

    def choice_of(self, package: Mapping[str, Value]) -> np.ndarray:
        """Option indices of a package given as {issue key or name: value}; every issue must be present."""
        labels = self.labels()
        choice = np.empty(len(self.issues), dtype=np.intp)
        for i, issue in enumerate(self.issues):
            for key in (issue.key, labels[i], issue.name):
                if key in package:
                    choice[i] = issue.index_of(package[key])
                    break
            else:
                raise AnalysisError(f"the package gives no value for issue {issue.name!r}")
        return choice

    def all_choices(self) -> np.ndarray:
        """Every package as a row of option indices (lexicographic order); only for small spaces."""
        grids = np.indices(self.sizes, dtype=np.intp)
        return grids.reshape(len(self.issues), -1).T


def _plain(value: Value) -> Value:
    """A JSON-friendly value: numpy scalars become Python numbers."""
    if isinstance(value, np.generic):
        return value.item()
    return value
