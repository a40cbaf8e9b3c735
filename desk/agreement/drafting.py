"""Drafting a framework agreement from a case snapshot and a package, using the clause library.

Only public facts are read: party names and delegates, issue names and units, the
package's values, and (to tell payer from payee when not given) which signatory asked
for less of a compensation issue. Reservations, BATNAs, notes and rationales are never read.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from desk.agreement import rule_articles as ra
from desk.agreement.clauses import ClauseLibrary, library
from desk.agreement.numerals import chinese_number, format_amount, item_number, party_ordinal
from desk.core.agreements import AgreementVersion, Clause
from desk.core.analytics.errors import AnalysisError
from desk.core.analytics.hierarchy import arbiter
from desk.core.enums import AgreementStatus, IssueCategory, PartyKind
from desk.core.errors import DeskError
from desk.core.issues import Issue, Value
from desk.core.rules.check import needed_issues
from desk.core.snapshot import CaseSnapshot

SHARING = (IssueCategory.SHARING, IssueCategory.STATISTICS, IssueCategory.COST_SHARING)


@dataclass(frozen=True, slots=True)
class Payment:
    """Who pays whom under a compensation issue (party ids)."""

    issue_id: str
    payer_id: str
    payee_id: str


@dataclass(frozen=True, slots=True)
class DraftOptions:
    """Choices for a draft; empty values fall back to what the snapshot says."""

    language: str = "zh"
    subject: str = ""
    arbiter: str = ""
    secretariat: str = ""
    term_years: int = 3
    start_year: int = field(default_factory=lambda: date.today().year)
    copies_each: int = 2
    payments: tuple[Payment, ...] = ()
    indicators: tuple[str, ...] = ()
    status: AgreementStatus = AgreementStatus.DRAFT
    version: int = 1
    proposal_id: str | None = None
    author: str = ""
    #: Baseline readings the rules' formulas refer to: (indicator id, subject, value).
    baselines: tuple[tuple[str, str, float], ...] = ()


def format_value(issue: Issue, value: Value, language: str = "zh") -> str:
    """A package value with its unit, the way the document prints it (2亿元, 50%)."""
    if not issue.is_numeric:
        return str(value)
    unit = issue.unit.strip()
    if language == "en" and unit and not unit.startswith("%") and unit.isascii():
        return f"{format_amount(float(value))} {unit}"
    return format_amount(float(value), unit)


def build_draft(snapshot: CaseSnapshot, package: Mapping[str, Value], options: DraftOptions | None = None
                ) -> AgreementVersion:
    """An agreement version (clauses in order) for ``package`` (issue id → value) on ``snapshot``."""
    opts = options or DraftOptions()
    lib = library(opts.language)
    missing = [i.name for i in snapshot.issues if i.id not in package]
    if missing:
        raise DeskError("the package has no value for: " + ", ".join(missing))
    signatories = snapshot.signatories
    if not signatories:
        raise DeskError("the case has no signatory parties, so there is nobody to sign an agreement")
    ctx = _Context(snapshot, package, opts, lib)
    heading = lambda key: lib.render(f"heading.{key}")  # noqa: E731 - a local shorthand
    ordinal = party_ordinal if opts.language == "zh" else (lambda i: f"Party {chr(ord('A') + i)}")
    clauses = [
        Clause(heading("parties"), "\n".join(lib.render("party", ordinal=ordinal(i), name=p.name)
                                             for i, p in enumerate(signatories))),
        Clause(heading("preamble"), lib.render("preamble", subject=ctx.subject,
                                               parties=lib.join([p.name for p in signatories]))),
        Clause(heading("general"), lib.render("general", subject=ctx.subject)),
        Clause(heading("goals"), lib.render("goals", subject=ctx.subject)),
        Clause(heading("content"), ctx.items("content", [i for i in snapshot.issues
                                                         if i.category is IssueCategory.OTHER])),
        Clause(heading("sharing"), ctx.sharing()),
        Clause(heading("compensation"), ctx.compensation()),
        Clause(heading("safeguards"), lib.render("safeguards", secretariat=ctx.secretariat())),
        Clause(heading("monitoring"), ctx.monitoring()),
        Clause(heading("evaluation"), ctx.evaluation()),
        Clause(heading("final"), ctx.final()),
        Clause(heading("signatures"), "\n".join(
            lib.render("signature", ordinal=ordinal(i), name=p.name, delegate=p.delegate_name)
            for i, p in enumerate(signatories))),
    ]
    return AgreementVersion(case_id=snapshot.case.id, version=opts.version, title=lib.render("title",
                            subject=ctx.subject), clauses=tuple(clauses), status=opts.status,
                            proposal_id=opts.proposal_id, language=opts.language, author=opts.author).validate()


class _Context:
    """The facts one draft needs, computed once."""

    def __init__(self, snapshot: CaseSnapshot, package: Mapping[str, Value], opts: DraftOptions,
                 lib: ClauseLibrary) -> None:
        self.snapshot, self.package, self.opts, self.lib = snapshot, package, opts, lib
        self.subject = opts.subject or snapshot.case.name
        self.bound = set(needed_issues(snapshot.rules))  # issues the rules state; not listed again
        self.facts = ra.facts_for(snapshot, package, opts.language, {(i, s): v for i, s, v in opts.baselines})
        term = ra.rules_term(snapshot, self.facts.terms)
        self.start, self.years = (term[0], term[1] - term[0] + 1) if term else (opts.start_year, opts.term_years)

    def free(self, issues: list[Issue]) -> list[Issue]:
        """The issues no rule states."""
        return [i for i in issues if i.id not in self.bound]

    def sharing(self) -> str:
        issues = self.free([i for i in self.snapshot.issues if i.category in SHARING])
        rules = ra.sharing_rules(self.snapshot)
        if not rules:
            return self.items("sharing", issues)
        lines = [self.lib.render("sharing")]
        lines += ra.paragraphs(rules, self.facts, self.number)
        lines += [self.lib.render("item", number=self.number(n), name=i.name, value=self.value(i))
                  for n, i in enumerate(issues, start=len(rules) + 1)]
        return "\n".join(lines)

    def rule_compensation(self, rules: list) -> str:
        issues = self.free([i for i in self.snapshot.issues if i.category is IssueCategory.COMPENSATION])
        lines = [self.lib.render("compensation.rules")]
        lines += ra.paragraphs(rules, self.facts, self.number)
        lines += [self.lib.render("item", number=self.number(n), name=i.name, value=self.value(i))
                  for n, i in enumerate(issues, start=len(rules) + 1)]
        rows = ra.schedule_rows(self.snapshot, self.facts)
        if rows:
            lines.append(self.lib.render("compensation.rule_schedule"))
            lines.append(self.lib.render("schedule.header"))
            lines += [self.lib.render("schedule.row", year=y, payer=a, payee=b, amount=m) for y, a, b, m in rows]
        return "\n".join(lines)

    def value(self, issue: Issue) -> str:
        return format_value(issue, self.package[issue.id], self.opts.language)

    def items(self, key: str, issues: list[Issue]) -> str:
        if not issues:
            return self.lib.render(f"{key}.none")
        lines = [self.lib.render(key)]
        lines += [self.lib.render("item", number=self.number(n), name=i.name, value=self.value(i))
                  for n, i in enumerate(issues, start=1)]
        return "\n".join(lines)

    def number(self, n: int) -> str:
        return item_number(n) if self.opts.language == "zh" else f"({n})"

    def indicators(self) -> list[str]:
        named = [f"{i.name}（{self.value(i)}）" if self.opts.language == "zh" else f"{i.name} ({self.value(i)})"
                 for i in self.snapshot.issues if i.category is IssueCategory.MONITORING]
        return list(self.opts.indicators) + named

    def payment(self, issue: Issue) -> tuple[str, str] | None:
        """(payer, payee) names: as given in the options, else inferred from the stated ideals; None if unknown."""
        for given in self.opts.payments:
            if given.issue_id == issue.id:
                return self.snapshot.party(given.payer_id).name, self.snapshot.party(given.payee_id).name
        if issue.payer_id is not None:  # stated on the issue: payer, and payee or the joint fund
            payee = self.snapshot.party(issue.payee_id).name if issue.payee_id else self.lib.render("fund")
            return self.snapshot.party(issue.payer_id).name, payee
        stated = [(float(d.ideal), p) for p in self.snapshot.signatories
                  if (d := self.snapshot.demand(p.id, issue.id)) is not None and issue.is_numeric]
        if len(stated) < 2:
            return None
        stated.sort(key=lambda pair: pair[0])
        if stated[0][0] == stated[-1][0]:  # nobody asks for less: who pays is not known
            return None
        return stated[0][1].name, stated[-1][1].name

    def compensation(self) -> str:
        """Without rules: the compensation issues, who pays whom where known, and a yearly schedule of the
        amounts whose payer is known (an issue alone cannot say one-off; rules can). Never a placeholder."""
        rules = ra.compensation_rules(self.snapshot)
        if rules:
            return self.rule_compensation(rules)
        compensation = [i for i in self.snapshot.issues if i.category is IssueCategory.COMPENSATION]
        if not compensation:
            return self.lib.render("compensation.none")
        issues = [i for i in compensation if i.is_numeric]  # amounts; option issues are rules
        options = [i for i in compensation if not i.is_numeric]
        first = self.payment(issues[0]) if issues else None
        indicators = self.lib.join(self.indicators())
        pooled = bool(issues) and all(i.payer_id is not None and i.payee_id is None for i in issues)
        suffix = "" if indicators else ".plain"
        if pooled:
            lines = [self.lib.render("compensation.pooled" + suffix, indicators=indicators)]
        elif first is not None:
            lines = [self.lib.render("compensation" + suffix, indicators=indicators, payer=first[0], payee=first[1])]
        else:
            lines = [self.lib.render("compensation.general" + suffix, indicators=indicators)]
        for n, issue in enumerate(issues, start=1):
            who = self.payment(issue)
            if who is None:
                lines.append(self.lib.render("item", number=self.number(n), name=issue.name, value=self.value(issue)))
            else:
                lines.append(self.lib.render("compensation.amount", number=self.number(n), name=issue.name,
                                             value=self.value(issue), payer=who[0], payee=who[1]))
        lines += [self.lib.render("item", number=self.number(n), name=i.name, value=self.value(i))
                  for n, i in enumerate(options, start=len(issues) + 1)]
        known = [(issue, who) for issue in issues if (who := self.payment(issue)) is not None]
        if not known:
            return "\n".join(lines)
        lines.append(self.lib.render("compensation.schedule"))
        lines.append(self.lib.render("schedule.header"))
        for year in range(self.start, self.start + self.years):
            for issue, (pay, get) in known:
                lines.append(self.lib.render("schedule.row", year=year, payer=pay, payee=get,
                                             amount=self.value(issue)))
        return "\n".join(lines)

    def secretariat(self) -> str:
        if self.opts.secretariat:
            return self.opts.secretariat
        office = next((p for p in self.snapshot.parties if p.kind is PartyKind.SECRETARIAT), None)
        return office.name if office else ("联席会议办公室" if self.opts.language == "zh" else "the Joint Office")

    def arbiter(self) -> str:
        if self.opts.arbiter:
            return self.opts.arbiter
        signatories = [p.id for p in self.snapshot.signatories]
        try:  # the hierarchy's one rule (core): the lowest common superior of the signatories
            found = arbiter(self.snapshot.parties, signatories).arbiter if len(signatories) >= 2 else None
        except AnalysisError:
            found = None
        if found is not None:
            return found.name
        zh = self.opts.language == "zh"
        return "协议各方共同的上一级人民政府" if zh else "the Parties' common superior government"

    def monitoring(self) -> str:
        if self.snapshot.indicators:
            lines = [self.lib.render("monitoring.indicators")]
            lines += ra.indicator_lines(self.snapshot, self.opts.language == "zh", self.number)
        else:
            lines = [self.lib.render("monitoring")]
        monitored = self.free([i for i in self.snapshot.issues if i.category is IssueCategory.MONITORING])
        lines += [self.lib.render("item", number=self.number(n), name=i.name, value=self.value(i))
                  for n, i in enumerate(monitored, start=len(self.snapshot.indicators) + 1)]
        lines.append(self.lib.render("disputes", arbiter=self.arbiter()))
        return "\n".join(lines)

    def evaluation(self) -> str:
        lines = [self.lib.render("evaluation")]
        evaluated = [i for i in self.snapshot.issues if i.category is IssueCategory.EVALUATION]
        named = [i.name for i in self.snapshot.indicators]
        named += [f"{i.name}{'：' if self.opts.language == 'zh' else ': '}{self.value(i)}" for i in evaluated]
        if named:
            lines.append(self.lib.render("evaluation.indicators", indicators=self.lib.join(named)))
        return "\n".join(lines)

    def final(self) -> str:
        count = len(self.snapshot.signatories)
        zh = self.opts.language == "zh"
        copies = count * self.opts.copies_each
        return "\n".join([
            self.lib.render("term", term=chinese_number(self.years) if zh else self.years,
                            start=self.start, end=self.start + self.years - 1),
            self.lib.render("amendment"),
            self.lib.render("copies", copies=chinese_number(copies) if zh else copies,
                            each=chinese_number(self.opts.copies_each) if zh else self.opts.copies_each),
        ])
