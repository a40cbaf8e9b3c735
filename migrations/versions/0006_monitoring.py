"""Monitoring after signing: waivers on commitments, dispute steps and decisions, payments made, monitoring terms.

Revision ID: 0006
Revises: 0005
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desk.store.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key", sa.String(length=600), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("dispute", schema=None) as batch_op:
        batch_op.add_column(sa.Column("commitment_key", sa.String(length=600), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("claim_amount", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("unit", sa.String(length=20), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("steps", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("outcome", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("decided_amount", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("decided_on", desk.store.types.ISODate(length=10), nullable=True))
    op.create_table(
        "payment_record",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=600), nullable=False),
        sa.Column("payer", sa.String(length=100), nullable=False),
        sa.Column("payee", sa.String(length=100), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("paid_on", desk.store.types.ISODate(length=10), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_payment_record_case_id_case"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_record")),
    )
    with op.batch_alter_table("payment_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_record_case_id"), ["case_id"], unique=False)
    op.create_table(
        "monitoring_terms",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("payment_grace_days", sa.Integer(), nullable=False),
        sa.Column("report_grace_days", sa.Integer(), nullable=False),
        sa.Column("due_soon_days", sa.Integer(), nullable=False),
        sa.Column("breach_days", sa.Integer(), nullable=False),
        sa.Column("step_days", sa.Integer(), nullable=False),
        sa.Column("reporters", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_monitoring_terms_case_id_case"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monitoring_terms")),
        sa.UniqueConstraint("case_id", name=op.f("uq_monitoring_terms_case_id")),
    )


def downgrade() -> None:
    op.drop_table("monitoring_terms")
    with op.batch_alter_table("payment_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_record_case_id"))
    op.drop_table("payment_record")
    with op.batch_alter_table("dispute", schema=None) as batch_op:
        for name in ("decided_on", "decided_amount", "outcome", "steps", "unit", "claim_amount", "commitment_key"):
            batch_op.drop_column(name)
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_column("reason")
        batch_op.drop_column("key")
