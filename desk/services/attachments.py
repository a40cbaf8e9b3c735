"""Evidence files of demands: copied into the case file, listed, extracted for the system viewer."""
from __future__ import annotations

import hashlib
import mimetypes
import tempfile
from collections.abc import Sequence
from pathlib import Path

from desk.core.errors import DeskError, ValidationError
from desk.core.plain import to_json
from desk.core.validation import new_id, utcnow
from desk.services.cases import CaseService
from desk.store.attachments import (
    Attachment,
    add_attachment,
    attachment_data,
    delete_attachment,
    link_attachments,
    list_attachments,
)

__all__ = ["MAX_ATTACHMENT_BYTES", "Attachment", "AttachmentService"]

#: Largest evidence file accepted (the case file is mailed around; keep it reasonable).
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class AttachmentService:
    """Attachments of one case, through the case service's database; each call one transaction."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases

    def add_file(self, demand_id: str | None, path: Path | str) -> Attachment:
        """Copy the file at ``path`` into the case file, linked to ``demand_id``."""
        path = Path(path)
        if not path.is_file():
            raise ValidationError("path", "attachment.missing", f"{path} is not a file", path=str(path))
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise ValidationError("path", "attachment.too_large", f"{path.name} is larger than 50 MB",
                                  path=str(path), limit=MAX_ATTACHMENT_BYTES)
        data = path.read_bytes()
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        attachment = Attachment(new_id(), self.cases.case_id, demand_id, path.name, media_type,
                                hashlib.sha256(data).hexdigest(), len(data), utcnow())
        self.restore(attachment, data)
        return attachment

    def restore(self, attachment: Attachment, data: bytes) -> Attachment:
        """Store an attachment with known id and bytes (adding a file, or undoing its removal)."""
        with self.cases.transaction() as repos:
            add_attachment(repos.session, attachment, data)
            repos.events.append(self.cases.case_id, "attachment.added", attachment.id, to_json(attachment),
                                self.cases.actor)
        return attachment

    def list(self, demand_id: str | None = None) -> list[Attachment]:
        with self.cases.transaction() as repos:
            return list_attachments(repos.session, self.cases.case_id, demand_id)

    def read(self, attachment_id: str) -> tuple[Attachment, bytes]:
        with self.cases.transaction() as repos:
            found = attachment_data(repos.session, attachment_id)
        if found is None:
            raise DeskError(f"no attachment with id {attachment_id}")
        return found

    def remove(self, attachment_id: str) -> tuple[Attachment, bytes]:
        """Delete an attachment; returns its metadata and bytes so :meth:`restore` can undo it."""
        with self.cases.transaction() as repos:
            found = attachment_data(repos.session, attachment_id)
            if found is None:
                raise DeskError(f"no attachment with id {attachment_id}")
            delete_attachment(repos.session, attachment_id)
            repos.events.append(
                self.cases.case_id, "attachment.removed", attachment_id,
                {"filename": found[0].filename, "sha256": found[0].sha256}, self.cases.actor)
        return found

    def link(self, attachment_ids: Sequence[str], demand_id: str | None) -> None:
        """Point attachments at ``demand_id`` (used when undo restores a deleted demand)."""
        with self.cases.transaction() as repos:
            link_attachments(repos.session, attachment_ids, demand_id)
            for attachment in list_attachments(repos.session, self.cases.case_id):
                if attachment.id in attachment_ids:
                    repos.events.append(self.cases.case_id, "attachment.linked", attachment.id,
                                        to_json(attachment), self.cases.actor)

    def extract(self, attachment_id: str, folder: Path | None = None) -> Path:
        """Write the attachment to a file (in a fresh temporary folder by default) for the system viewer."""
        attachment, data = self.read(attachment_id)
        folder = folder or Path(tempfile.mkdtemp(prefix="desk-attachment-"))
        target = folder / Path(attachment.filename).name
        target.write_bytes(data)
        return target
