"""Parties (协调主体): governments, enterprises, residents, NGOs and the secretariat."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from desk.core.enums import PartyKind, PartyRole
from desk.core.errors import ValidationError
from desk.core.issues import Value
from desk.core.validation import (
    check_enum,
    check_id,
    check_name,
    check_number,
    check_text,
    new_id,
)

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

#: Default colours given to parties in creation order (colour-blind-safe Okabe–Ito set).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")


@dataclass(frozen=True, slots=True)
class Party:
    """A party to the case. ``batna`` is CONFIDENTIAL: the utility of its no-agreement alternative.

    ``no_agreement`` (CONFIDENTIAL too) states that alternative in issue terms: the value each issue keeps
    when no agreement is reached (the status quo: "no compensation, the current tax split"). When it is
    given, the party's BATNA utility is computed from it with the party's own profile and ``batna`` is
    not used (:func:`desk.core.analytics.profiles.profile_from_demands`).

    ``population`` (万人, resident population) and ``fiscal_revenue`` (亿元 a year, general public budget
    revenue) are optional public statistics: the evaluation weighs each party's net transfer by them.
    """

    case_id: str
    name: str
    kind: PartyKind = PartyKind.PROVINCIAL
    role: PartyRole = PartyRole.SIGNATORY
    superior_id: str | None = None
    delegate_name: str = ""
    delegate_title: str = ""
    colour: str = PALETTE[0]
    batna: float = 0.0
    bargaining_power: float = 1.0
    no_agreement: tuple[tuple[str, Value], ...] = ()
    short_name: str = ""
    notes: str = ""
    position: int = 0
    population: float | None = None
    fiscal_revenue: float | None = None
    id: str = field(default_factory=new_id)

    @property
    def is_signatory(self) -> bool:
        return self.role is PartyRole.SIGNATORY

    @property
    def label(self) -> str:
        """The short name when given, else the full name."""
        return self.short_name or self.name

    def validate(self) -> Party:
        """Raise ValidationError on the first broken rule; return self when all hold."""
        check_id("case_id", self.case_id)
        check_name("name", self.name)
        check_enum("kind", self.kind, PartyKind)
        check_enum("role", self.role, PartyRole)
        check_id("superior_id", self.superior_id, required=False)
        if self.superior_id == self.id:
            raise ValidationError("superior_id", "party.self_superior", "a party cannot be its own superior")
        check_name("delegate_name", self.delegate_name, required=False)
        check_name("delegate_title", self.delegate_title, required=False)
        check_name("short_name", self.short_name, required=False, limit=40)
        if not isinstance(self.colour, str) or not _COLOUR.match(self.colour):
            raise ValidationError("colour", "party.colour", "colour must be of the form #RRGGBB")
        check_number("batna", self.batna, low=0.0, high=1.0)
        check_number("bargaining_power", self.bargaining_power, low=0.0)
        seen: set[str] = set()
        for issue_id, value in self.no_agreement:
            check_id("no_agreement", issue_id)
            if isinstance(value, str):
                check_name("no_agreement", value)
            else:
                check_number("no_agreement", value)
            if issue_id in seen:
                raise ValidationError("no_agreement", "party.no_agreement_twice",
                                      "the no-agreement outcome gives one issue two values")
            seen.add(issue_id)
        check_text("notes", self.notes)
        for name in ("population", "fiscal_revenue"):
            value = getattr(self, name)
            if value is not None:
                check_number(name, value, low=0.0)
                if value <= 0:
                    raise ValidationError(name, "party.statistic", f"{name} must be more than zero when given")
        return self


def check_hierarchy(parties: Iterable[Party]) -> None:
    """Check that superiors exist among ``parties`` and that no chain of superiors loops."""
    by_id = {p.id: p for p in parties}
    for party in by_id.values():
        if party.superior_id is not None and party.superior_id not in by_id:
            raise ValidationError("superior_id", "party.superior_unknown",
                                  f"the superior of {party.name} is not a party of this case", party=party.name)
        seen = {party.id}
        current = party
        while current.superior_id is not None and current.superior_id in by_id:
            current = by_id[current.superior_id]
            if current.id in seen:
                raise ValidationError("superior_id", "party.hierarchy_cycle",
                                      f"the chain of superiors of {party.name} loops back on itself",
                                      party=party.name)
            seen.add(current.id)
