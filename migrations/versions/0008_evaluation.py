"""Evaluation and disputes: parties' population and fiscal revenue (optional), the secretariat's findings per
period, and a dispute's evidence and the clause it concerns.

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.store.types

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.add_column(sa.Column("population", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("fiscal_revenue", sa.Float(), nullable=True))
    with op.batch_alter_table("dispute", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("clause", sa.String(length=600), nullable=False, server_default=""))
    op.create_table(
        "finding",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recorded_at", desk.store.types.UTCDateTime(length=40), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_finding_case_id_case"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_finding_case_id"), ["case_id"], unique=False)
    op.create_index("uq_finding_case_id_period", "finding", ["case_id", "period"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_finding_case_id_period", table_name="finding")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_case_id"))
    op.drop_table("finding")
    with op.batch_alter_table("dispute", schema=None) as batch_op:
        batch_op.drop_column("clause")
        batch_op.drop_column("evidence")
    with op.batch_alter_table("party", schema=None) as batch_op:
        batch_op.drop_column("fiscal_revenue")
        batch_op.drop_column("population")
