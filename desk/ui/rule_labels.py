"""Human names of rule parameters (金额 / Amount, 年限 / Years …) for the page, the forms and their errors."""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.rules.bindings import get_param
from desk.core.rules.model import RuleKind

_CONTEXT = "RuleLabels"

#: The last step of a parameter path (list indices removed) → its name; the list it sits in names the item.
_NAMES = {
    "amount": QT_TRANSLATE_NOOP("RuleLabels", "Amount"),
    "schedule.years": QT_TRANSLATE_NOOP("RuleLabels", "Years"),
    "schedule.step": QT_TRANSLATE_NOOP("RuleLabels", "Yearly change"),
    "schedule.first_year": QT_TRANSLATE_NOOP("RuleLabels", "First year"),
    "schedule.date": QT_TRANSLATE_NOOP("RuleLabels", "Date"),
    "schedule.entries.amount": QT_TRANSLATE_NOOP("RuleLabels", "Instalment %1 amount"),
    "schedule.entries.period": QT_TRANSLATE_NOOP("RuleLabels", "Instalment %1 period"),
    "size": QT_TRANSLATE_NOOP("RuleLabels", "Fund size a year"),
    "years": QT_TRANSLATE_NOOP("RuleLabels", "Years"),
    "first_year": QT_TRANSLATE_NOOP("RuleLabels", "First year"),
    "account": QT_TRANSLATE_NOOP("RuleLabels", "Fund name"),
    "contributions.ratio": QT_TRANSLATE_NOOP("RuleLabels", "Contribution ratio (%1)"),
    "contributions.amount": QT_TRANSLATE_NOOP("RuleLabels", "Contribution (%1)"),
    "contributions.party": QT_TRANSLATE_NOOP("RuleLabels", "Contributor %1"),
    "allocations.ratio": QT_TRANSLATE_NOOP("RuleLabels", "Allocation ratio (%1)"),
    "allocations.party": QT_TRANSLATE_NOOP("RuleLabels", "Recipient %1"),
    "per_failure.divisor": QT_TRANSLATE_NOOP("RuleLabels", "Divisor of the allocation (months)"),
    "per_failure.amount": QT_TRANSLATE_NOOP("RuleLabels", "Deduction per failure"),
    "index.k0": QT_TRANSLATE_NOOP("RuleLabels", "Coefficient K0"),
    "index.subject": QT_TRANSLATE_NOOP("RuleLabels", "Assessed section"),
    "index.weights": QT_TRANSLATE_NOOP("RuleLabels", "Indicator weights"),
    "index.indicator": QT_TRANSLATE_NOOP("RuleLabels", "Index indicator"),
    "bands.max": QT_TRANSLATE_NOOP("RuleLabels", "Band %1 upper limit"),
    "bands.amount": QT_TRANSLATE_NOOP("RuleLabels", "Band %1 amount"),
    "bands.payer": QT_TRANSLATE_NOOP("RuleLabels", "Band %1 payer"),
    "bands.payee": QT_TRANSLATE_NOOP("RuleLabels", "Band %1 payee"),
    "bands": QT_TRANSLATE_NOOP("RuleLabels", "Bands"),
    "share": QT_TRANSLATE_NOOP("RuleLabels", "Share"),
    "cap_multiple": QT_TRANSLATE_NOOP("RuleLabels", "Cap (multiple of the base)"),
    "cap_base": QT_TRANSLATE_NOOP("RuleLabels", "Cap base indicator"),
    "term_years": QT_TRANSLATE_NOOP("RuleLabels", "Term (years)"),
    "extension_years": QT_TRANSLATE_NOOP("RuleLabels", "Extension (years)"),
    "ratios.ratio": QT_TRANSLATE_NOOP("RuleLabels", "Counted share (%1)"),
    "ratios.party": QT_TRANSLATE_NOOP("RuleLabels", "Party %1"),
    "payer": QT_TRANSLATE_NOOP("RuleLabels", "Payer"),
    "payee": QT_TRANSLATE_NOOP("RuleLabels", "Payee"),
    "indicator": QT_TRANSLATE_NOOP("RuleLabels", "Indicator"),
    "pool": QT_TRANSLATE_NOOP("RuleLabels", "Fund"),
    "sections": QT_TRANSLATE_NOOP("RuleLabels", "Assessed sections"),
    "to": QT_TRANSLATE_NOOP("RuleLabels", "Deducted money goes to"),
    "params": QT_TRANSLATE_NOOP("RuleLabels", "Parameters"),
}

#: Names of the rule kinds (the rule table and the form's kind list).
KIND_NAMES = {
    RuleKind.FIXED_TRANSFER: QT_TRANSLATE_NOOP("RuleLabels", "Fixed transfer"),
    RuleKind.POOL: QT_TRANSLATE_NOOP("RuleLabels", "Joint fund"),
    RuleKind.DEDUCTION: QT_TRANSLATE_NOOP("RuleLabels", "Deduction per failed point"),
    RuleKind.INDEX_TRANSFER: QT_TRANSLATE_NOOP("RuleLabels", "Transfer on an index"),
    RuleKind.REVENUE_SHARE: QT_TRANSLATE_NOOP("RuleLabels", "Revenue sharing with a cap"),
    RuleKind.STATISTICS_SHARE: QT_TRANSLATE_NOOP("RuleLabels", "Statistics sharing"),
}

_INDEX = re.compile(r"\[(\d+)\]")


def kind_name(kind: RuleKind) -> str:
    return QCoreApplication.translate(_CONTEXT, KIND_NAMES[kind])


def is_param_path(field: str) -> bool:
    """True when ``field`` names a rule parameter this module knows."""
    return _INDEX.sub("", field) in _NAMES


def param_label(path: str, params: Mapping[str, Any] | None = None, parties: Mapping[str, str] | None = None) -> str:
    """The human name of the parameter at ``path`` (e.g. ``contributions[1].ratio`` → 出资比例（贵州省）).

    The item of a list is named by its party when ``params`` and ``parties`` say which, else by its number.
    """
    key = _INDEX.sub("", path)
    source = _NAMES.get(key)
    if source is None:
        return path
    text = QCoreApplication.translate(_CONTEXT, source)
    if "%1" not in text:
        return text
    found = _INDEX.search(path)
    number = int(found.group(1)) if found else 0
    item = str(number + 1)
    if params is not None and parties is not None and found:
        party = get_param(params, path[:found.end()] + ".party")
        if isinstance(party, str) and party in parties:
            item = parties[party]
    return text.replace("%1", item)
