"""Use cases of benefit rules, indicators and readings: audited edits, imports, and the payment schedule.

Every change is one transaction with one audit event per row holding the row's full state.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path

from desk.core.compliance.board import schedule_for
from desk.core.errors import ValidationError
from desk.core.issues import Value
from desk.core.monitoring import Indicator
from desk.core.rules.check import check_rules, needed_issues, rules_using
from desk.core.rules.engine import Schedule
from desk.core.rules.model import BenefitRule
from desk.core.rules.readings import Reading
from desk.services import reading_writes
from desk.services.cases import CaseService, _own, _unique_name
from desk.store.repositories import Repositories

#: the case's reported readings, as the use cases below write them
REPORTED = reading_writes.REPORTED


class RuleService:
    """Rules, indicators and readings of the case that ``cases`` has open."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases
        self.case_id = cases.case_id

    # -- reading ----------------------------------------------------------------------------
    def indicators(self) -> list[Indicator]:
        with self.cases.transaction() as repos:
            return repos.indicators.list(case_id=self.case_id)

    def rules(self) -> list[BenefitRule]:
        with self.cases.transaction() as repos:
            return repos.rules.list(case_id=self.case_id)

    def readings(self) -> list[Reading]:
        with self.cases.transaction() as repos:
            return repos.readings.list(case_id=self.case_id)

    # -- indicators --------------------------------------------------------------------------
    def save_indicator(self, indicator: Indicator) -> Indicator:
        """Add or change an indicator (names are unique in the case)."""
        indicator = _own(indicator.validate(), self.case_id)
        with self.cases.transaction() as repos:
            others = [i for i in repos.indicators.list(case_id=self.case_id) if i.id != indicator.id]
            _unique_name(indicator, others, "name")
            if repos.indicators.get(indicator.id) is None:
                repos.indicators.add(indicator)
                kind = "indicator.created"
            else:
                repos.indicators.update(indicator)
                kind = "indicator.updated"
            self.cases.audit(repos, kind, indicator.id, indicator)
        return indicator

    def delete_indicator(self, indicator_id: str) -> tuple[Indicator, list[Reading]]:
        """Delete an indicator no rule uses, with its readings; returns them for undo."""
        with self.cases.transaction() as repos:
            indicator = repos.indicators.require(indicator_id)
            using = rules_using(repos.rules.list(case_id=self.case_id), indicator_id)
            if using:
                raise ValidationError("indicator", "rule.in_use", f"{indicator.name} is used by the rule {using[0]}",
                                      name=indicator.name, rule=using[0])
            readings = repos.readings.list(indicator_id=indicator_id)
            for reading in readings:
                repos.readings.delete(reading.id)
                self.cases.audit(repos, "reading.deleted", reading.id, {"indicator_id": indicator_id})
            repos.indicators.delete(indicator_id)
            self.cases.audit(repos, "indicator.deleted", indicator_id, {"name": indicator.name})
        return indicator, readings

    # -- rules -------------------------------------------------------------------------------
    def save_rule(self, rule: BenefitRule) -> BenefitRule:
        """Add or change a rule; it must refer only to the case's parties, issues, indicators and pools."""
        rule = _own(rule.validate(), self.case_id)
        with self.cases.transaction() as repos:
            others = [r for r in repos.rules.list(case_id=self.case_id) if r.id != rule.id]
            _unique_name(rule, others, "name")
            self._check(repos, [*others, rule])
            if repos.rules.get(rule.id) is None:
                repos.rules.add(rule)
                kind = "rule.created"
            else:
                repos.rules.update(rule)
                kind = "rule.updated"
            self.cases.audit(repos, kind, rule.id, rule)
        return rule

    def delete_rule(self, rule_id: str) -> BenefitRule:
        with self.cases.transaction() as repos:
            rule = repos.rules.require(rule_id)
            using = [n for n in rules_using(repos.rules.list(case_id=self.case_id), rule_id) if n != rule.name]
            if using:
                raise ValidationError("rule", "rule.in_use", f"{rule.name} is used by the rule {using[0]}",
                                      name=rule.name, rule=using[0])
            repos.rules.delete(rule_id)
            self.cases.audit(repos, "rule.deleted", rule_id, {"name": rule.name})
        return rule

    def _check(self, repos: Repositories, rules: Sequence[BenefitRule]) -> None:
        check_rules(rules, [p.id for p in repos.parties.list(case_id=self.case_id)],
                    repos.issues.list(case_id=self.case_id), repos.indicators.list(case_id=self.case_id))

    # -- readings ----------------------------------------------------------------------------
    def import_readings(self, readings: Sequence[Reading]) -> tuple[int, int]:
        """Store readings, replacing the value of any already held for the same indicator, subject and period.

        All or nothing. Returns (added, replaced).
        """
        return reading_writes.import_readings(self.cases, REPORTED, readings)

    def import_readings_file(self, path: Path | str, *, reporter: str = "",
                             document: Path | str | None = None) -> tuple[int, int]:
        """Import a CSV/XLSX readings file (cell-addressed errors; nothing half-imported), with its provenance:
        who reported the readings and the source document (e.g. the monitoring report), kept as an attachment."""
        from desk.core.validation import check_name
        from desk.services.attachments import AttachmentService
        from desk.services.readings_file import read_readings

        readings = read_readings(path, self.indicators(), self.case_id)
        check_name("reporter", reporter, required=False)
        source = Path(path).name
        attachment = AttachmentService(self.cases).add_file(None, document) if document is not None else None
        given = [dataclasses.replace(r, source=source, reporter=reporter.strip(),
                                     attachment_id=attachment.id if attachment else None) for r in readings]
        try:
            return self.import_readings(given)
        except BaseException:
            if attachment is not None:
                AttachmentService(self.cases).remove(attachment.id)
            raise

    def save_reading(self, reading: Reading) -> Reading:
        """Add or change one reading (typed in the page); one per indicator, subject and period."""
        return reading_writes.save_reading(self.cases, REPORTED, reading)

    def delete_reading(self, reading_id: str) -> Reading:
        return reading_writes.delete_reading(self.cases, REPORTED, reading_id)

    # -- computing ---------------------------------------------------------------------------
    def schedule(self, package: Mapping[str, Value], readings: Sequence[Reading] | None = None) -> Schedule:
        """The payments of the case's rules under ``package`` (issue id → value) and the readings given
        (the case's own readings when None). Raises a DeskError naming a broken rule or missing parameter."""
        return schedule_for(self.cases.snapshot(), package, self.readings() if readings is None else readings)

    def needed_issue_names(self) -> list[str]:
        """Names of the issues the case's rules need a package to decide."""
        snapshot = self.cases.snapshot()
        by_id = {i.id: i.name for i in snapshot.issues}
        return [by_id[i] for i in needed_issues(snapshot.rules) if i in by_id]

