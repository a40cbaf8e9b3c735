"""Writing readings — the case's reported ones or a scenario's — each as one audited transaction.

One function per use case (import, save one, delete one) over a :class:`ReadingsTarget`, so the reported
readings and every scenario's go through the same decisions (add or replace, duplicates, unknown indicators).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from desk.core.plain import to_json
from desk.core.rules.readings import Reading, check_saved, merge_readings
from desk.core.rules.scenarios import ScenarioReading, as_scenario_reading
from desk.services.cases import CaseService, _own
from desk.store.repositories import Repositories


class ReadingsTarget:
    """The case's reported readings (table ``reading``): what monitoring, the board and evaluation use."""

    #: audit kinds: one reading ("reading.created" …), a whole import, an import withdrawn (its undo)
    kind = "reading"
    batch_kind = "readings.imported"
    withdrawn_kind = "readings.withdrawn"

    def entity(self, cases: CaseService) -> str:
        """The entity an import's one event is about."""
        return cases.case_id

    def held(self, repos: Repositories, case_id: str, indicator_id: str | None = None) -> list[Reading]:
        """The readings held (of one indicator when given)."""
        found = {"indicator_id": indicator_id} if indicator_id is not None else {}
        return repos.readings.list(case_id=case_id, **found)

    def get(self, repos: Repositories, reading_id: str) -> Reading | None:
        return repos.readings.get(reading_id)

    def add_all(self, repos: Repositories, readings: Sequence[Reading]) -> None:
        repos.readings.add_all(readings)

    def update_all(self, repos: Repositories, readings: Sequence[Reading]) -> None:
        repos.readings.update_all(readings)

    def delete(self, repos: Repositories, reading_id: str) -> None:
        repos.readings.delete(reading_id)

    def delete_all(self, repos: Repositories, reading_ids: Sequence[str]) -> None:
        repos.readings.delete_all(reading_ids)

    def prepare(self, reading: Reading) -> Reading:
        """The reading as this target holds it."""
        return reading

    def state(self, reading: Reading) -> Any:
        """What the audit event records of a reading (the row's full state)."""
        return to_json(reading)

    def deleted(self, reading: Reading) -> dict[str, Any]:
        return {"indicator_id": reading.indicator_id}


#: the case's reported readings
REPORTED = ReadingsTarget()


class ScenarioTarget(ReadingsTarget):
    """The readings of one scenario (table ``scenario_reading``), never mixed with the reported ones."""

    kind = "scenario_reading"
    batch_kind = "scenario_readings.imported"
    withdrawn_kind = "scenario_readings.withdrawn"

    def __init__(self, scenario_id: str) -> None:
        self.scenario_id = scenario_id

    def entity(self, cases: CaseService) -> str:
        return self.scenario_id

    def held(self, repos: Repositories, case_id: str, indicator_id: str | None = None) -> list[Reading]:
        repos.scenarios.require(self.scenario_id)
        found = {"indicator_id": indicator_id} if indicator_id is not None else {}
        return [r.reading() for r in repos.scenario_readings.list(scenario_id=self.scenario_id, **found)]

    def get(self, repos: Repositories, reading_id: str) -> Reading | None:
        row = repos.scenario_readings.get(reading_id)
        return None if row is None or row.scenario_id != self.scenario_id else row.reading()

    def add_all(self, repos: Repositories, readings: Sequence[Reading]) -> None:
        repos.scenario_readings.add_all([ScenarioReading.of(self.scenario_id, r) for r in readings])

    def update_all(self, repos: Repositories, readings: Sequence[Reading]) -> None:
        repos.scenario_readings.update_all([ScenarioReading.of(self.scenario_id, r) for r in readings])

    def delete(self, repos: Repositories, reading_id: str) -> None:
        repos.scenario_readings.delete(reading_id)

    def delete_all(self, repos: Repositories, reading_ids: Sequence[str]) -> None:
        repos.scenario_readings.delete_all(reading_ids)

    def prepare(self, reading: Reading) -> Reading:
        return as_scenario_reading(reading)

    def state(self, reading: Reading) -> Any:
        return to_json(ScenarioReading.of(self.scenario_id, reading))

    def deleted(self, reading: Reading) -> dict[str, Any]:
        return {"indicator_id": reading.indicator_id, "scenario_id": self.scenario_id}


def _checked(cases: CaseService, target: ReadingsTarget, reading: Reading) -> Reading:
    reading = target.prepare(dataclasses.replace(reading, case_id=cases.case_id))
    return _own(reading.validate(), cases.case_id)


def import_readings(cases: CaseService, target: ReadingsTarget, readings: Sequence[Reading]) -> tuple[int, int]:
    """Store ``readings`` in ``target``, replacing the value of any held for the same indicator, subject and
    period. All or nothing; one audit event with every written row's full state. Returns (added, replaced)."""
    checked = [_checked(cases, target, r) for r in readings]
    with cases.transaction() as repos:
        indicators = [i.id for i in repos.indicators.list(case_id=cases.case_id)]
        new, changed = merge_readings(target.held(repos, cases.case_id), checked, indicators)
        target.add_all(repos, new)
        target.update_all(repos, changed)
        written = [*new, *changed]
        if written:  # one audited event for the whole import, with every row's full state (desk check replays it)
            cases.audit(repos, target.batch_kind, target.entity(cases),
                        {"added": len(new), "replaced": len(changed), "rows": [target.state(r) for r in written]})
    return len(new), len(changed)


def save_reading(cases: CaseService, target: ReadingsTarget, reading: Reading) -> Reading:
    """Add or change one reading (typed in); one per indicator, subject and period."""
    reading = _checked(cases, target, reading)
    with cases.transaction() as repos:
        indicators = [i.id for i in repos.indicators.list(case_id=cases.case_id)]
        check_saved(reading, target.held(repos, cases.case_id, reading.indicator_id), indicators)
        if target.get(repos, reading.id) is None:
            target.add_all(repos, [reading])
            kind = f"{target.kind}.created"
        else:
            target.update_all(repos, [reading])
            kind = f"{target.kind}.updated"
        cases.audit(repos, kind, reading.id, target.state(reading))
    return reading


def delete_reading(cases: CaseService, target: ReadingsTarget, reading_id: str) -> Reading:
    """Delete one reading; returns it (for undo)."""
    from desk.store.repositories import NotFoundError

    with cases.transaction() as repos:
        reading = target.get(repos, reading_id)
        if reading is None:
            raise NotFoundError(f"no reading with id {reading_id}")
        target.delete(repos, reading_id)
        cases.audit(repos, f"{target.kind}.deleted", reading_id, target.deleted(reading))
    return reading


def withdraw_import(cases: CaseService, target: ReadingsTarget, keys: Sequence[tuple[str, str, str]],
                    replaced: Sequence[Reading]) -> int:
    """Undo an import in one transaction: delete the readings it added (by indicator, subject and period) and put
    back the values it replaced; one audit event lists both (``desk check`` replays it). Returns how many went."""
    wanted = set(keys)
    with cases.transaction() as repos:
        gone = [r for r in target.held(repos, cases.case_id) if (r.indicator_id, r.subject, r.period) in wanted]
        target.delete_all(repos, [r.id for r in gone])
        back = [_checked(cases, target, r) for r in replaced]
        target.update_all(repos, back)
        if gone or back:
            cases.audit(repos, target.withdrawn_kind, target.entity(cases),
                        {"deleted": [r.id for r in gone], "rows": [target.state(r) for r in back]})
    return len(gone)
