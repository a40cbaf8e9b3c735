"""Translated display names of the domain enumerations (party kinds, roles, issue kinds, categories)."""
from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.enums import IssueCategory, IssueKind, PartyKind, PartyRole

_LABELS: dict[StrEnum, str] = {
    PartyKind.CENTRAL: QT_TRANSLATE_NOOP("Labels", "Central government"),
    PartyKind.PROVINCIAL: QT_TRANSLATE_NOOP("Labels", "Provincial government"),
    PartyKind.MUNICIPAL: QT_TRANSLATE_NOOP("Labels", "Municipal government"),
    PartyKind.COUNTY: QT_TRANSLATE_NOOP("Labels", "County government"),
    PartyKind.ENTERPRISE: QT_TRANSLATE_NOOP("Labels", "Enterprise"),
    PartyKind.RESIDENTS: QT_TRANSLATE_NOOP("Labels", "Residents"),
    PartyKind.NGO: QT_TRANSLATE_NOOP("Labels", "NGO"),
    PartyKind.SECRETARIAT: QT_TRANSLATE_NOOP("Labels", "Secretariat"),
    PartyRole.SIGNATORY: QT_TRANSLATE_NOOP("Labels", "Signatory"),
    PartyRole.CONSULTED: QT_TRANSLATE_NOOP("Labels", "Consulted"),
    PartyRole.ARBITER: QT_TRANSLATE_NOOP("Labels", "Arbiter"),
    PartyRole.MEDIATOR: QT_TRANSLATE_NOOP("Labels", "Mediator"),
    IssueKind.NUMERIC: QT_TRANSLATE_NOOP("Labels", "Numeric range"),
    IssueKind.DISCRETE: QT_TRANSLATE_NOOP("Labels", "Discrete options"),
    IssueCategory.SHARING: QT_TRANSLATE_NOOP("Labels", "Benefit sharing"),
    IssueCategory.COMPENSATION: QT_TRANSLATE_NOOP("Labels", "Compensation"),
    IssueCategory.COST_SHARING: QT_TRANSLATE_NOOP("Labels", "Cost sharing"),
    IssueCategory.STATISTICS: QT_TRANSLATE_NOOP("Labels", "Statistics"),
    IssueCategory.MONITORING: QT_TRANSLATE_NOOP("Labels", "Monitoring"),
    IssueCategory.EVALUATION: QT_TRANSLATE_NOOP("Labels", "Evaluation"),
    IssueCategory.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}


def label(value: StrEnum) -> str:
    """The display name of an enumeration member in the current language."""
    source = _LABELS.get(value)
    return QCoreApplication.translate("Labels", source) if source else str(value)


def choices(enum: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(display name, member) for every member, in declaration order, for combo boxes."""
    return [(label(member), member) for member in enum]
