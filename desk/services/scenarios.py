"""Use cases of named reading scenarios: create (empty, or a copy of the reported readings or of another
scenario), rename, delete and restore, and their readings typed in or imported — each one audited transaction.

A scenario's readings are written by the same functions as the reported readings (desk.services.reading_writes),
into their own table: nothing here ever changes a reported reading.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from desk.core.errors import ValidationError
from desk.core.plain import to_json
from desk.core.rules.readings import Reading
from desk.core.rules.scenarios import REPORTED, Scenario, ScenarioHeader, ScenarioReading, as_scenario_reading
from desk.core.validation import new_id
from desk.services import reading_writes
from desk.services.cases import CaseService, _own, _unique_name
from desk.store.repositories import Repositories


class ScenarioService:
    """The reading scenarios of the case that ``cases`` has open."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases
        self.case_id = cases.case_id

    # -- reading ----------------------------------------------------------------------------
    def scenarios(self) -> list[Scenario]:
        """Every scenario with its readings, in display order."""
        with self.cases.transaction() as repos:
            return list(repos.reads.scenarios(self.case_id))

    def scenario(self, scenario_id: str) -> Scenario:
        with self.cases.transaction() as repos:
            return self._load(repos, scenario_id)

    def readings(self, scenario_id: str | None) -> list[Reading]:
        """A scenario's readings, or the case's reported readings when ``scenario_id`` is None."""
        with self.cases.transaction() as repos:
            if scenario_id is None:
                return repos.readings.list(case_id=self.case_id)
            return list(self._load(repos, scenario_id).readings)

    # -- scenarios ---------------------------------------------------------------------------
    def create(self, name: str, description: str = "", copy_from: str | None = None) -> Scenario:
        """A new scenario, last in order: empty, or holding a copy of the reported readings (``copy_from`` =
        "reported") or of another scenario's (its id). The copies get new ids; who reported them is dropped."""
        header = ScenarioHeader(self.case_id, name.strip() if isinstance(name, str) else name, description)
        header.validate()
        with self.cases.transaction() as repos:
            others = repos.scenarios.list(case_id=self.case_id)
            _unique_name(header, others, "name")
            header = dataclasses.replace(header, position=max((s.position for s in others), default=-1) + 1)
            source = self._source(repos, copy_from)
            readings = tuple(dataclasses.replace(as_scenario_reading(r), id=new_id()) for r in source)
            scenario = Scenario(header.case_id, header.name, header.description, header.position, readings, header.id)
            repos.scenarios.add(header)
            self.cases.audit(repos, "scenario.created", header.id, header)
            self._write_readings(repos, scenario, "scenario_readings.copied", {"from": copy_from})
        return scenario

    def save(self, scenario: Scenario) -> Scenario:
        """Rename a scenario or change its description; its readings are left as they are."""
        header = _own(scenario.header.validate(), self.case_id)
        with self.cases.transaction() as repos:
            old = repos.scenarios.require(header.id)
            others = [s for s in repos.scenarios.list(case_id=self.case_id) if s.id != header.id]
            _unique_name(header, others, "name")
            header = dataclasses.replace(header, position=old.position)
            repos.scenarios.update(header)
            self.cases.audit(repos, "scenario.updated", header.id, header)
            return self._load(repos, header.id)

    def delete(self, scenario_id: str) -> Scenario:
        """Delete a scenario with its readings; returns it whole, for undo (:meth:`restore`)."""
        with self.cases.transaction() as repos:
            scenario = self._load(repos, scenario_id)
            repos.scenarios.delete(scenario_id)  # its readings go with it (ON DELETE CASCADE)
            self.cases.audit(repos, "scenario.deleted", scenario_id, {"name": scenario.name})
        return scenario

    def restore(self, scenario: Scenario) -> Scenario:
        """Undo of :meth:`delete`: the scenario and its readings back, with the same ids."""
        scenario = _own(scenario.validate(), self.case_id)
        with self.cases.transaction() as repos:
            _unique_name(scenario, repos.scenarios.list(case_id=self.case_id), "name")
            indicators = {i.id for i in repos.indicators.list(case_id=self.case_id)}
            kept = tuple(r for r in scenario.readings if r.indicator_id in indicators)  # an indicator deleted since
            scenario = dataclasses.replace(scenario, readings=kept)
            repos.scenarios.add(scenario.header)
            self.cases.audit(repos, "scenario.restored", scenario.id, scenario.header)
            self._write_readings(repos, scenario, "scenario_readings.restored", {})
        return scenario

    # -- readings ----------------------------------------------------------------------------
    def save_reading(self, scenario_id: str, reading: Reading) -> Reading:
        """Add or change one reading of the scenario (one per indicator, subject and period)."""
        return reading_writes.save_reading(self.cases, reading_writes.ScenarioTarget(scenario_id), reading)

    def delete_reading(self, scenario_id: str, reading_id: str) -> Reading:
        return reading_writes.delete_reading(self.cases, reading_writes.ScenarioTarget(scenario_id), reading_id)

    def import_readings(self, scenario_id: str, readings: Sequence[Reading]) -> tuple[int, int]:
        """Store readings in the scenario, replacing any of the same indicator, subject and period; all or
        nothing, one audit event. Returns (added, replaced)."""
        return reading_writes.import_readings(self.cases, reading_writes.ScenarioTarget(scenario_id), readings)

    def import_readings_file(self, scenario_id: str, path: Path | str) -> tuple[int, int]:
        """Import a CSV/XLSX readings file into the scenario (cell-addressed errors; nothing half-imported)."""
        from desk.services.readings_file import read_readings
        from desk.services.rules import RuleService

        self.scenario(scenario_id)  # a scenario deleted meanwhile is said before the file is read
        readings = read_readings(path, RuleService(self.cases).indicators(), self.case_id)
        source = Path(path).name
        return self.import_readings(scenario_id, [dataclasses.replace(r, source=source) for r in readings])

    # -- helpers -----------------------------------------------------------------------------
    def _load(self, repos: Repositories, scenario_id: str) -> Scenario:
        header = repos.scenarios.require(scenario_id)
        if header.case_id != self.case_id:
            raise ValidationError("case_id", "case.mismatch", "the object belongs to another case")
        return Scenario.of(header, repos.scenario_readings.list(scenario_id=scenario_id))

    def _source(self, repos: Repositories, copy_from: str | None) -> list[Reading]:
        if copy_from is None:
            return []
        if copy_from == REPORTED:
            return repos.readings.list(case_id=self.case_id)
        header = repos.scenarios.get(copy_from)
        if header is None or header.case_id != self.case_id:
            raise ValidationError("copy_from", "scenario.copy_from", "there is no scenario to copy the readings from")
        return [r.reading() for r in repos.scenario_readings.list(scenario_id=copy_from)]

    def _write_readings(self, repos: Repositories, scenario: Scenario, kind: str, context: dict) -> None:
        """The scenario's readings in one bulk insert, audited by one event holding every row's full state."""
        rows = [ScenarioReading.of(scenario.id, r) for r in scenario.readings]
        if rows:
            repos.scenario_readings.add_all(rows)
            self.cases.audit(repos, kind, scenario.id, {**context, "rows": [to_json(r) for r in rows]})
