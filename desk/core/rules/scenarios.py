"""Named reading scenarios (情景): complete, hypothetical sets of readings the rules can be computed under.

A scenario never mixes with the case's reported readings: monitoring, commitments, the board and evaluation use
the reported readings only; a scenario is what the Sessions page and ``desk payments --scenario`` compute with.
As stored, a scenario is its own row (:class:`ScenarioHeader`) and one row per reading (:class:`ScenarioReading`).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desk.core.errors import ValidationError
from desk.core.rules.readings import Reading, check_unique_readings
from desk.core.validation import check_id, check_name, check_text, new_id

#: ``copy_from`` value that starts a scenario from the case's reported readings
REPORTED = "reported"


@dataclass(frozen=True, slots=True)
class Scenario:
    """A named set of readings (e.g. "水质达标"); ``name`` is unique in the case."""

    case_id: str
    name: str
    description: str = ""
    position: int = 0
    readings: tuple[Reading, ...] = ()
    id: str = field(default_factory=new_id)

    def validate(self) -> Scenario:
        check_id("case_id", self.case_id)
        check_name("name", self.name)
        check_text("description", self.description, limit=2000)
        for reading in self.readings:
            if reading.case_id != self.case_id:
                raise ValidationError("case_id", "case.mismatch", "the object belongs to another case")
            reading.validate()
        check_unique_readings(self.readings)
        return self

    @property
    def header(self) -> ScenarioHeader:
        return ScenarioHeader(self.case_id, self.name, self.description, self.position, self.id)

    def rows(self) -> list[ScenarioReading]:
        """The scenario's readings as stored."""
        return [ScenarioReading.of(self.id, r) for r in self.readings]

    @classmethod
    def of(cls, header: ScenarioHeader, rows: Iterable[ScenarioReading] = ()) -> Scenario:
        return cls(header.case_id, header.name, header.description, header.position,
                   tuple(r.reading() for r in rows), header.id)


@dataclass(frozen=True, slots=True)
class ScenarioHeader:
    """A scenario's own row: its name, description and display position, without its readings."""

    case_id: str
    name: str
    description: str = ""
    position: int = 0
    id: str = field(default_factory=new_id)

    def validate(self) -> ScenarioHeader:
        Scenario(self.case_id, self.name, self.description, self.position, (), self.id).validate()
        return self


@dataclass(frozen=True, slots=True)
class ScenarioReading:
    """One reading of a scenario as stored (no reporter or source document: a scenario is hypothetical)."""

    scenario_id: str
    case_id: str
    indicator_id: str
    period: str
    value: float
    subject: str = ""
    source: str = ""
    id: str = field(default_factory=new_id)

    def validate(self) -> ScenarioReading:
        check_id("scenario_id", self.scenario_id)
        self.reading().validate()
        return self

    def reading(self) -> Reading:
        return Reading(self.case_id, self.indicator_id, self.period, self.value, self.subject, self.source,
                       id=self.id)

    @classmethod
    def of(cls, scenario_id: str, reading: Reading) -> ScenarioReading:
        return cls(scenario_id, reading.case_id, reading.indicator_id, reading.period, reading.value,
                   reading.subject, reading.source, reading.id)


def as_scenario_reading(reading: Reading) -> Reading:
    """``reading`` as a scenario holds it: without who reported it or its source document."""
    return dataclasses.replace(reading, reporter="", attachment_id=None)


def find_scenario(scenarios: Sequence[Scenario], name: str) -> Scenario:
    """The scenario called ``name``; a ValidationError lists the names there are."""
    for scenario in scenarios:
        if scenario.name == name.strip():
            return scenario
    names = "、".join(s.name for s in scenarios) or "—"
    raise ValidationError("scenario", "scenario.unknown", f"no scenario called {name}; the case has: {names}",
                          name=name, names=names)
