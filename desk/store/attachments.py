"""Evidence files stored inside the case file (the ``attachment`` table): add, list, read, remove."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk.store import models as m


@dataclass(frozen=True, slots=True)
class Attachment:
    """An evidence file's metadata (its bytes are read separately)."""

    id: str
    case_id: str
    demand_id: str | None
    filename: str
    media_type: str
    sha256: str
    size: int
    added_at: datetime


def _from_row(row: m.AttachmentRow, size: int) -> Attachment:
    return Attachment(row.id, row.case_id, row.demand_id, row.filename, row.media_type, row.sha256, size,
                      row.added_at)


def add_attachment(session: Session, attachment: Attachment, data: bytes) -> None:
    """Store ``data`` under the attachment's id."""
    session.add(m.AttachmentRow(
        id=attachment.id, case_id=attachment.case_id, demand_id=attachment.demand_id,
        filename=attachment.filename, media_type=attachment.media_type, sha256=attachment.sha256,
        data=data, added_at=attachment.added_at,
    ))
    session.flush()


def list_attachments(session: Session, case_id: str, demand_id: str | None = None) -> list[Attachment]:
    """Attachments of the case (or of one demand), oldest first, without their bytes."""
    query = select(m.AttachmentRow, func.length(m.AttachmentRow.data)).where(m.AttachmentRow.case_id == case_id)
    if demand_id is not None:
        query = query.where(m.AttachmentRow.demand_id == demand_id)
    rows = session.execute(query.order_by(m.AttachmentRow.added_at, m.AttachmentRow.id))
    return [_from_row(row, size or 0) for row, size in rows]


def attachment_data(session: Session, attachment_id: str) -> tuple[Attachment, bytes] | None:
    row = session.get(m.AttachmentRow, attachment_id)
    return None if row is None else (_from_row(row, len(row.data)), bytes(row.data))


def delete_attachment(session: Session, attachment_id: str) -> None:
    row = session.get(m.AttachmentRow, attachment_id)
    if row is not None:
        session.delete(row)
        session.flush()


def link_attachments(session: Session, attachment_ids: Sequence[str], demand_id: str | None) -> None:
    """Point attachments at a demand (again, e.g. after the demand was restored by undo)."""
    if attachment_ids:
        session.execute(update(m.AttachmentRow).where(m.AttachmentRow.id.in_(list(attachment_ids)))
                        .values(demand_id=demand_id))
