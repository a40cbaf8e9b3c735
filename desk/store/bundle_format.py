"""The case-bundle JSON format: building it from core objects and parsing it back, strictly."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

from desk import __version__
from desk.core.agreements import AgreementVersion, Signature
from desk.core.anchors import head
from desk.core.case import Case
from desk.core.compliance.ledger import PaymentRecord
from desk.core.compliance.terms import MonitoringTerms
from desk.core.demands import Demand
from desk.core.errors import DeskError, ValidationError
from desk.core.events import Event
from desk.core.issues import Issue
from desk.core.monitoring import Commitment, Dispute, Evaluation, Finding, Indicator
from desk.core.parties import Party
from desk.core.plain import from_plain, hints, to_json
from desk.core.redaction import redact
from desk.core.rounds import CaseLink
from desk.core.rules.model import BenefitRule
from desk.core.rules.readings import Reading
from desk.core.rules.scenarios import ScenarioHeader, ScenarioReading
from desk.core.sessions import Proposal, Response, Round
from desk.core.sessions import Session as MeetingSession

FORMAT = "concord-desk-bundle"
FORMAT_VERSION = 1
MAX_BUNDLE_BYTES = 200 * 1024 * 1024

#: Bundle section → core class, in dependency order.
SECTIONS: dict[str, type] = {
    "parties": Party,
    "issues": Issue,
    "demands": Demand,
    "sessions": MeetingSession,
    "rounds": Round,
    "proposals": Proposal,
    "responses": Response,
    "agreements": AgreementVersion,
    "signatures": Signature,
    "commitments": Commitment,
    "indicators": Indicator,
    "evaluations": Evaluation,
    "disputes": Dispute,
    "rules": BenefitRule,
    "readings": Reading,
    "payment_records": PaymentRecord,
    "monitoring_terms": MonitoringTerms,
    "findings": Finding,
    "case_links": CaseLink,
    "scenarios": ScenarioHeader,
    "scenario_readings": ScenarioReading,
}

#: Sections added after version 1: a bundle written before them may leave them out (empty).
SECTIONS_AFTER_V1 = ("rules", "readings", "payment_records", "monitoring_terms", "findings", "case_links",
                     "scenarios", "scenario_readings")


#: Fields added to the format after version 1, by class: optional on import (their defaults apply).
ADDED_AFTER_V1: dict[type, tuple[str, ...]] = {Issue: ("payer_id", "payee_id"),
                                               Party: ("no_agreement", "population", "fiscal_revenue"),
                                               Reading: ("reporter", "attachment_id"),
                                               Indicator: ("subjects", "description", "position"),
                                               Commitment: ("key", "reason"),
                                               Dispute: ("commitment_key", "claim_amount", "unit", "steps", "outcome",
                                                         "decided_amount", "decided_on", "evidence", "clause")}


class BundleError(DeskError):
    """A bundle cannot be imported; the message names the offending field. Nothing was changed."""


@dataclasses.dataclass
class BundleContent:
    """A parsed, type-checked bundle: core objects per section plus the audit events."""

    case: Case
    sections: dict[str, list[Any]]
    events: list[Event]
    redacted: bool


def build(case: Case, sections: Mapping[str, list[Any]], events: list[Event], exported_at: str,
          *, redacted: bool) -> dict[str, Any]:
    """The bundle dict; in a redacted bundle confidential fields are null and the audit log is left out."""
    bundle: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": exported_at,
        "redacted": redacted,
        "case": to_json(case),
    }
    anchor = head(events)
    if anchor is not None:  # the chain head, also in a redacted bundle (which leaves the log out)
        bundle["anchor"] = anchor.to_json()
    for name in SECTIONS:
        items = [redact(x) for x in sections.get(name, [])] if redacted else list(sections.get(name, []))
        bundle[name] = [to_json(x) for x in items]
    if redacted:
        for party in bundle["parties"]:
            party["batna"] = None
        bundle["events"] = []
    else:
        bundle["events"] = [to_json(e) for e in events]
    return bundle


def dumps(bundle: Mapping[str, Any]) -> str:
    return json.dumps(bundle, ensure_ascii=False, indent=1, allow_nan=False)


def loads(data: bytes) -> dict[str, Any]:
    """Decode bundle bytes into a dict, with a clear error for size, encoding and syntax."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundleError(f"the bundle is larger than {MAX_BUNDLE_BYTES // 2**20} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BundleError(f"the bundle is not UTF-8 text (byte {exc.start})") from None
    try:
        value = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise BundleError("the bundle nests too deeply") from None
    except ValueError as exc:
        raise BundleError(f"the bundle is not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise BundleError("the bundle must be a JSON object")
    return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse(bundle: Mapping[str, Any]) -> BundleContent:
    """Turn a bundle dict into validated core objects, or raise BundleError naming the field."""
    if bundle.get("format") != FORMAT:
        raise BundleError("format: this is not a Concord Desk case bundle")
    version = bundle.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version != FORMAT_VERSION:
        raise BundleError(f"format_version: unsupported bundle version {version!r} (this app reads {FORMAT_VERSION})")
    redacted = bundle.get("redacted")
    if not isinstance(redacted, bool):
        raise BundleError("redacted: must be true or false")
    case = _object(Case, bundle.get("case"), "case")
    sections = {name: _list(cls, bundle.get(name, [] if name in SECTIONS_AFTER_V1 else None), name, redacted)
                for name, cls in SECTIONS.items()}
    events = _list(Event, bundle.get("events"), "events", redacted)
    return BundleContent(case, sections, events, redacted)


def _list(cls: type, items: Any, path: str, redacted: bool) -> list[Any]:
    if not isinstance(items, list):
        raise BundleError(f"{path}: must be a list")
    out = []
    for index, item in enumerate(items):
        if redacted and cls is Party and isinstance(item, dict) and item.get("batna") is None:
            item = {**item, "batna": 0.0}
        out.append(_object(cls, item, f"{path}[{index}]"))
    return out


def _object(cls: type, data: Any, path: str) -> Any:
    """One core object from a dict with exactly the class's fields, each converted and checked."""
    if not isinstance(data, dict):
        raise BundleError(f"{path}: must be an object")
    fields = dataclasses.fields(cls)
    names = [f.name for f in fields]
    later = ADDED_AFTER_V1.get(cls, ())  # bundles written before these fields existed still import
    missing = [f.name for f in fields if f.name not in data and f.name not in later]
    if missing:
        raise BundleError(f"{path}.{missing[0]}: missing")
    extra = sorted(set(data) - set(names))
    if extra:
        raise BundleError(f"{path}.{extra[0]}: unknown field")
    types = hints(cls)
    values = {}
    for name in names:
        if name in data:
            values[name] = _convert(types[name], data[name], f"{path}.{name}")
    try:
        obj = cls(**values)
        if hasattr(obj, "validate"):
            obj.validate()
    except ValidationError as exc:
        raise BundleError(f"{path}.{exc.field}: {exc.message}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise BundleError(f"{path}: {exc}") from None
    return obj


def _convert(hint: Any, value: Any, path: str) -> Any:
    try:
        converted = from_plain(hint, value)
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
        raise BundleError(f"{path}: wrong type or value ({exc})") from None
    _check_shape(hint, converted, path)
    return converted


def _check_shape(hint: Any, value: Any, path: str) -> None:
    """Reject values of the wrong basic type that conversion let through (e.g. a list for a name)."""
    import typing
    from datetime import date, datetime

    if value is None:
        if type(None) not in typing.get_args(hint):
            raise BundleError(f"{path}: must not be null")
        return
    origin = typing.get_origin(hint)
    if origin in (Mapping, dict):
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise BundleError(f"{path}: must be an object")
        if path.endswith(".package") and not all(
                isinstance(v, str | float | int) and not isinstance(v, bool) for v in value.values()):
            raise BundleError(f"{path}: every value must be a number or an option")
        return
    allowed = tuple(a for a in (typing.get_args(hint) or (hint,)) if isinstance(a, type))
    if origin is tuple:
        allowed = (tuple,)
    elif origin is not None and not allowed:
        return
    if hint in (datetime, date) or datetime in allowed or date in allowed:
        if not isinstance(value, date):
            raise BundleError(f"{path}: must be a date in ISO-8601 form")
        if isinstance(value, datetime) and value.tzinfo is None:
            raise BundleError(f"{path}: must include a time zone")
        return
    if allowed and not isinstance(value, allowed) and not (float in allowed and isinstance(value, int)):
        raise BundleError(f"{path}: must be {' or '.join(a.__name__ for a in allowed)}")
    if isinstance(value, bool) and bool not in allowed:
        raise BundleError(f"{path}: must not be true/false")
    if isinstance(value, tuple) and origin is tuple:
        _check_tuple_items(hint, value, path)


def _check_tuple_items(hint: Any, value: tuple, path: str) -> None:
    import typing

    args = typing.get_args(hint)
    item_hints = [args[0]] * len(value) if len(args) == 2 and args[1] is Ellipsis else list(args)
    for index, (item_hint, item) in enumerate(zip(item_hints, value, strict=False)):
        _check_shape(item_hint, item, f"{path}[{index}]")
