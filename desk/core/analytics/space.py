"""The outcome space: every issue's grid of values; a package picks one value per issue."""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

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


@dataclass(frozen=True, slots=True, eq=False)
class Constraint:
    """A condition that ties issues together (ratios that must sum to 100 %, contributions that must make up a
    fund): packages that break it are not in the outcome space. ``holds(values)`` gets the values of the issues
    ``keys``, in that order; ``text`` says the condition in words."""

    keys: tuple[str, ...]
    holds: Callable[[tuple[Value, ...]], bool]
    text: str = ""
    #: What the condition depends on besides the issues' grids (e.g. the rule's parameters), for caches keyed
    #: on the space: two constraints with the same keys, text and signature hold for the same values.
    signature: str = ""
    #: The words of :attr:`text` as data, for other languages (desk.core.analytics.reasons.phrase_text).
    phrase: str = ""
    terms: Mapping[str, Any] = field(default_factory=dict)


#: The most value combinations of issues tied by a constraint that are enumerated (a product larger than this
#: is refused with a message rather than filling the memory).
GROUP_LIMIT = 2_000_000


@dataclass(frozen=True, slots=True)
class OutcomeSpace:
    """All packages: the Cartesian product of the issues' grids (first issue varies slowest), less those that
    break a cross-issue ``constraint``."""

    issues: tuple[IssueGrid, ...]
    constraints: tuple[Constraint, ...] = ()

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

    def with_constraints(self, constraints: Sequence[Constraint]) -> OutcomeSpace:
        """The same grids with ``constraints`` (those naming issues the space does not have are dropped)."""
        keys = {issue.key for issue in self.issues}
        return OutcomeSpace(self.issues, tuple(c for c in constraints if c.keys and set(c.keys) <= keys))

    def constraint_columns(self, constraint: Constraint) -> list[int]:
        positions = {issue.key: i for i, issue in enumerate(self.issues)}
        return [positions[key] for key in constraint.keys]

    def coupled(self) -> list[list[int]]:
        """The issues in groups: issues tied by a constraint (directly or through others) share a group; every
        other issue is a group of its own. Groups in order of their first issue."""
        parent = list(range(len(self.issues)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for constraint in self.constraints:
            columns = self.constraint_columns(constraint)
            for other in columns[1:]:
                parent[root(other)] = root(columns[0])
        groups: dict[int, list[int]] = {}
        for i in range(len(self.issues)):
            groups.setdefault(root(i), []).append(i)
        return sorted(groups.values(), key=lambda g: g[0])

    def valid(self, choices: np.ndarray) -> np.ndarray:
        """(N,) bool: does each package (a row of option indices) meet every constraint?"""
        choices = np.atleast_2d(np.asarray(choices, dtype=np.intp))
        ok = np.ones(len(choices), dtype=bool)
        for constraint in self.constraints:
            columns = self.constraint_columns(constraint)
            if not len(choices):
                break
            combos, inverse = np.unique(choices[:, columns], axis=0, return_inverse=True)
            holds = np.array([bool(constraint.holds(tuple(_plain(self.issues[c].values[int(o)])
                                                            for c, o in zip(columns, combo, strict=True))))
                              for combo in combos], dtype=bool)
            ok &= holds[inverse.reshape(-1)]
        return ok

    def broken(self, choice: Sequence[int]) -> list[str]:
        """The words of every constraint one package breaks."""
        row = np.asarray([choice], dtype=np.intp)
        return [c.text for c in self.constraints if not OutcomeSpace(self.issues, (c,)).valid(row)[0]]

    def group_combos(self, group: Sequence[int], allowed: Sequence[np.ndarray] | None = None) -> np.ndarray:
        """(combinations × issues of ``group``) option indices: every combination of the ``allowed`` values (by
        default every value) that meets the constraints within the group (one issue alone: its values)."""
        if allowed is None:
            allowed = [np.arange(len(self.issues[i].values), dtype=np.intp) for i in group]
        if len(group) == 1:
            return np.asarray(allowed[0], dtype=np.intp)[:, None]
        size = math.prod(len(a) for a in allowed)
        if size > GROUP_LIMIT:
            names = ", ".join(self.issues[i].name for i in group)
            raise AnalysisError(f"the issues {names} are tied by a constraint and have {size:,} combinations of "
                                f"values (at most {GROUP_LIMIT:,}); use coarser steps")
        grid = np.stack(np.meshgrid(*allowed, indexing="ij"), axis=-1).reshape(-1, len(group))
        rows = np.zeros((len(grid), len(self.issues)), dtype=np.intp)
        rows[:, list(group)] = grid
        return grid[self.valid(rows)]

    def tied_combos(self) -> list[tuple[list[int], np.ndarray]]:
        """Each group of issues tied by a constraint (two or more issues) with the combinations of its values that
        meet the constraints (:meth:`group_combos`); empty when the space has no constraint."""
        if not self.constraints:
            return []
        return [(group, self.group_combos(group)) for group in self.coupled() if len(group) > 1]

    def feasible_size(self) -> int:
        """Number of packages that meet every constraint (:attr:`size` when there is none), an exact integer:
        the product of each tied group's valid combinations and the other issues' sizes."""
        tied = self.tied_combos()
        loose = set(range(len(self.issues))) - {i for group, _ in tied for i in group}
        return math.prod(len(combos) for _, combos in tied) * math.prod(self.sizes[i] for i in loose)

    def feasible_choices(self) -> np.ndarray:
        """Every package that meets the constraints as a row of option indices; only for small spaces (the
        product of the valid combinations, not the whole grid, is built)."""
        tied = self.tied_combos()
        if not tied:
            return self.all_choices()
        in_group = {i for group, _ in tied for i in group}
        parts = tied + [([i], self.group_combos([i])) for i in range(len(self.issues)) if i not in in_group]
        picks = np.indices([len(combos) for _, combos in parts], dtype=np.intp).reshape(len(parts), -1)
        choices = np.empty((picks.shape[1], len(self.issues)), dtype=np.intp)
        for (group, combos), pick in zip(parts, picks, strict=True):
            choices[:, group] = combos[pick]
        return choices

    def all_choices(self) -> np.ndarray:
        """Every package as a row of option indices (lexicographic order); only for small spaces."""
        grids = np.indices(self.sizes, dtype=np.intp)
        return grids.reshape(len(self.issues), -1).T


def _plain(value: Value) -> Value:
    """A JSON-friendly value: numpy scalars become Python numbers."""
    if isinstance(value, np.generic):
        return value.item()
    return value
