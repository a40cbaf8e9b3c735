"""Translated display names of the domain enumerations (party kinds, roles, issue kinds, categories)."""
from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.enums import IssueCategory, IssueKind, PartyKind, PartyRole

E = TypeVar("E", bound=StrEnum)

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


def fill_combo(combo, enum: type[StrEnum], current: StrEnum) -> None:
    """Offer every member of ``enum`` in ``combo`` (display name, value as data) and select ``current``."""
    for text, member in choices(enum):
        combo.addItem(text, member.value)
    combo.setCurrentIndex(max(0, combo.findData(str(current))))


def combo_value(combo, enum: type[E]) -> E:
    """The selected member (Qt hands enum data back as plain strings)."""
    return enum(combo.currentData())


def choices(enum: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(display name, member) for every member, in declaration order, for combo boxes."""
    return [(label(member), member) for member in enum]


_EVENTS = {
    "case.created": QT_TRANSLATE_NOOP("Labels", "case created"),
    "case.updated": QT_TRANSLATE_NOOP("Labels", "case details changed"),
    "party.created": QT_TRANSLATE_NOOP("Labels", "party added"),
    "party.updated": QT_TRANSLATE_NOOP("Labels", "party changed"),
    "party.deleted": QT_TRANSLATE_NOOP("Labels", "party deleted"),
    "party.restored": QT_TRANSLATE_NOOP("Labels", "party restored"),
    "party.no_agreement_set": QT_TRANSLATE_NOOP("Labels", "BATNA set (no-agreement outcome)"),
    "parties.reordered": QT_TRANSLATE_NOOP("Labels", "parties reordered"),
    "issue.created": QT_TRANSLATE_NOOP("Labels", "issue added"),
    "issue.updated": QT_TRANSLATE_NOOP("Labels", "issue changed"),
    "issue.deleted": QT_TRANSLATE_NOOP("Labels", "issue deleted"),
    "issue.restored": QT_TRANSLATE_NOOP("Labels", "issue restored"),
    "issues.reordered": QT_TRANSLATE_NOOP("Labels", "issues reordered"),
    "demand.created": QT_TRANSLATE_NOOP("Labels", "position stated"),
    "demand.updated": QT_TRANSLATE_NOOP("Labels", "position changed"),
    "demand.deleted": QT_TRANSLATE_NOOP("Labels", "position withdrawn"),
    "attachment.added": QT_TRANSLATE_NOOP("Labels", "evidence file attached"),
    "attachment.removed": QT_TRANSLATE_NOOP("Labels", "evidence file removed"),
    "demand.restored": QT_TRANSLATE_NOOP("Labels", "position restored"),
    "session.created": QT_TRANSLATE_NOOP("Labels", "session created"),
    "session.updated": QT_TRANSLATE_NOOP("Labels", "session changed"),
    "session.withdrawn": QT_TRANSLATE_NOOP("Labels", "session withdrawn"),
    "session.restored": QT_TRANSLATE_NOOP("Labels", "session restored"),
    "round.opened": QT_TRANSLATE_NOOP("Labels", "round opened"),
    "round.closed": QT_TRANSLATE_NOOP("Labels", "round closed, minutes written"),
    "round.reopened": QT_TRANSLATE_NOOP("Labels", "round reopened"),
    "round.withdrawn": QT_TRANSLATE_NOOP("Labels", "round withdrawn"),
    "round.restored": QT_TRANSLATE_NOOP("Labels", "round restored"),
    "proposal.tabled": QT_TRANSLATE_NOOP("Labels", "proposal tabled"),
    "proposal.withdrawn": QT_TRANSLATE_NOOP("Labels", "proposal withdrawn"),
    "proposal.restored": QT_TRANSLATE_NOOP("Labels", "proposal restored"),
    "response.recorded": QT_TRANSLATE_NOOP("Labels", "answer recorded"),
    "response.withdrawn": QT_TRANSLATE_NOOP("Labels", "answer withdrawn"),
    "bargaining.concluded": QT_TRANSLATE_NOOP("Labels", "agreement reached on a proposal"),
    "bargaining.reopened": QT_TRANSLATE_NOOP("Labels", "bargaining reopened"),
    "agreement.version_saved": QT_TRANSLATE_NOOP("Labels", "agreement version saved"),
    "agreement.version_withdrawn": QT_TRANSLATE_NOOP("Labels", "agreement version withdrawn"),
    "agreement.status_changed": QT_TRANSLATE_NOOP("Labels", "agreement status changed"),
    "signature.recorded": QT_TRANSLATE_NOOP("Labels", "signature recorded"),
    "identity.ca_created": QT_TRANSLATE_NOOP("Labels", "secretariat certificate authority created"),
    "identity.issued": QT_TRANSLATE_NOOP("Labels", "delegate signing identity issued"),
    "identity.certificate_trusted": QT_TRANSLATE_NOOP("Labels", "certificate authority trusted"),
    "identity.certificate_bound": QT_TRANSLATE_NOOP("Labels", "delegate certificate bound to its party"),
    "preferences.elicited": QT_TRANSLATE_NOOP("Labels", "preferences elicited"),
    "indicator.created": QT_TRANSLATE_NOOP("Labels", "indicator added"),
    "indicator.updated": QT_TRANSLATE_NOOP("Labels", "indicator changed"),
    "indicator.deleted": QT_TRANSLATE_NOOP("Labels", "indicator deleted"),
    "rule.created": QT_TRANSLATE_NOOP("Labels", "benefit rule added"),
    "rule.updated": QT_TRANSLATE_NOOP("Labels", "benefit rule changed"),
    "rule.deleted": QT_TRANSLATE_NOOP("Labels", "benefit rule deleted"),
    "reading.created": QT_TRANSLATE_NOOP("Labels", "reading recorded"),
    "reading.updated": QT_TRANSLATE_NOOP("Labels", "reading changed"),
    "reading.deleted": QT_TRANSLATE_NOOP("Labels", "reading deleted"),
    "readings.imported": QT_TRANSLATE_NOOP("Labels", "readings imported"),
    "rows.restored_from_log": QT_TRANSLATE_NOOP("Labels", "rows lost outside the app restored from the audit log"),
    "scenario.created": QT_TRANSLATE_NOOP("Labels", "reading scenario added"),
    "scenario.updated": QT_TRANSLATE_NOOP("Labels", "reading scenario changed"),
    "scenario.deleted": QT_TRANSLATE_NOOP("Labels", "reading scenario deleted"),
    "scenario.restored": QT_TRANSLATE_NOOP("Labels", "reading scenario restored"),
    "scenario.imported": QT_TRANSLATE_NOOP("Labels", "reading scenario imported"),
    "scenario_reading.created": QT_TRANSLATE_NOOP("Labels", "scenario reading entered"),
    "scenario_reading.updated": QT_TRANSLATE_NOOP("Labels", "scenario reading changed"),
    "scenario_reading.deleted": QT_TRANSLATE_NOOP("Labels", "scenario reading deleted"),
    "scenario_reading.imported": QT_TRANSLATE_NOOP("Labels", "scenario reading imported"),
    "scenario_readings.imported": QT_TRANSLATE_NOOP("Labels", "scenario readings imported"),
    "scenario_readings.copied": QT_TRANSLATE_NOOP("Labels", "scenario readings copied"),
    "scenario_readings.restored": QT_TRANSLATE_NOOP("Labels", "scenario readings restored"),
    "readings.withdrawn": QT_TRANSLATE_NOOP("Labels", "readings import undone"),
    "scenario_readings.withdrawn": QT_TRANSLATE_NOOP("Labels", "scenario readings import undone"),
    "commitment.waived": QT_TRANSLATE_NOOP("Labels", "commitment waived"),
    "commitment.unwaived": QT_TRANSLATE_NOOP("Labels", "commitment waiver withdrawn"),
    "payment.recorded": QT_TRANSLATE_NOOP("Labels", "payment recorded"),
    "payment.deleted": QT_TRANSLATE_NOOP("Labels", "payment record deleted"),
    "dispute.raised": QT_TRANSLATE_NOOP("Labels", "dispute raised"),
    "dispute.escalated": QT_TRANSLATE_NOOP("Labels", "dispute escalated"),
    "dispute.decided": QT_TRANSLATE_NOOP("Labels", "dispute decided"),
    "dispute.restored": QT_TRANSLATE_NOOP("Labels", "dispute step undone or redone"),
    "dispute.withdrawn": QT_TRANSLATE_NOOP("Labels", "dispute withdrawn"),
    "commitment.created": QT_TRANSLATE_NOOP("Labels", "duty added"),
    "commitment.updated": QT_TRANSLATE_NOOP("Labels", "duty changed"),
    "commitment.deleted": QT_TRANSLATE_NOOP("Labels", "duty deleted"),
    "monitoring_terms.saved": QT_TRANSLATE_NOOP("Labels", "monitoring terms saved"),
    "finding.recorded": QT_TRANSLATE_NOOP("Labels", "evaluation findings recorded"),
    "finding.deleted": QT_TRANSLATE_NOOP("Labels", "evaluation findings removed"),
    "commitment.fulfilled": QT_TRANSLATE_NOOP("Labels", "duty marked done"),
    "case_link.recorded": QT_TRANSLATE_NOOP("Labels", "round linked (previous or next case file)"),
}


def event_label(kind: str) -> str:
    """A short description of an audit event kind (the kind itself when unknown)."""
    source = _EVENTS.get(kind)
    return QCoreApplication.translate("Labels", source) if source else kind
