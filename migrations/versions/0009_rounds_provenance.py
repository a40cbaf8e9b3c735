"""Rounds and provenance: links to the case of the round before or after, and who reported a reading from which
source document.

Revision ID: 0009
Revises: 0008
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.store.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reading", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reporter", sa.String(length=200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("attachment_id", sa.String(length=64), nullable=True))
    op.create_table(
        "case_link",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("other_case_id", sa.String(length=64), nullable=False),
        sa.Column("other_name", sa.String(length=200), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("anchor", sa.String(length=200), nullable=False),
        sa.Column("linked_at", desk.store.types.UTCDateTime(length=40), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_case_link_case_id_case"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_link")),
    )
    with op.batch_alter_table("case_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_link_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_link_case_id"))
    op.drop_table("case_link")
    with op.batch_alter_table("reading", schema=None) as batch_op:
        batch_op.drop_column("attachment_id")
        batch_op.drop_column("reporter")
