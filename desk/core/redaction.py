"""What may be shown to every party: the case with each confidential value removed.

Confidential are a demand's reservation and value-function breakpoints, a party's BATNA (the utility
or the no-agreement package it is computed from) and its private notes, and the reference of a payment
made (拨付文号, voucher or account numbers: internal bookkeeping). The same rule serves redacted bundles
(handed to other parties) and presentation mode (the projector at a joint meeting): anything computed from a
:func:`public_snapshot` — frontier, bargaining solutions, utilities — cannot reveal them.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from desk.core.compliance.ledger import PaymentRecord
from desk.core.demands import Demand, DemandRevision
from desk.core.parties import Party
from desk.core.snapshot import CaseSnapshot


def redact(obj: Any) -> Any:
    """``obj`` without its confidential values; objects that hold none are returned unchanged."""
    if isinstance(obj, Demand):
        return dataclasses.replace(obj, reservation=None, breakpoints=())
    if isinstance(obj, Party):
        return dataclasses.replace(obj, batna=0.0, no_agreement=(), notes="")
    if isinstance(obj, PaymentRecord):
        return dataclasses.replace(obj, reference="")
    if isinstance(obj, DemandRevision):  # the demand as recorded by an edit
        return dataclasses.replace(obj, state={**obj.state, "reservation": None, "breakpoints": []})
    return obj


def public_snapshot(snapshot: CaseSnapshot) -> CaseSnapshot:
    """The snapshot as the public sees it: stated positions and priorities only.

    Utilities computed from it run linearly from the far end of each issue's range to the
    party's ideal, no value is ruled out by a reservation, and every disagreement point is 0.
    """
    return dataclasses.replace(snapshot, parties=tuple(redact(p) for p in snapshot.parties),
                               demands=tuple(redact(d) for d in snapshot.demands))
