"""Benefit rules and readings; indicators gain assessed subjects, a definition and a position.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subjects", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("description", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "benefit_rule",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_benefit_rule_case_id_case"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_rule")),
    )
    with op.batch_alter_table("benefit_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_benefit_rule_case_id"), ["case_id"], unique=False)
    op.create_table(
        "reading",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("indicator_id", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_reading_case_id_case"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"], name=op.f("fk_reading_indicator_id_indicator"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reading")),
        sa.UniqueConstraint("indicator_id", "subject", "period", name=op.f("uq_reading_indicator_id")),
    )
    with op.batch_alter_table("reading", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reading_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reading_indicator_id"), ["indicator_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reading", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reading_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_reading_case_id"))
    op.drop_table("reading")
    with op.batch_alter_table("benefit_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_benefit_rule_case_id"))
    op.drop_table("benefit_rule")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_column("position")
        batch_op.drop_column("description")
        batch_op.drop_column("subjects")
