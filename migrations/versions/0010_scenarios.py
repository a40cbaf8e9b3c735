"""Named reading scenarios: a scenario per row and its readings in a table apart from the reported readings.

Revision ID: 0010
Revises: 0009
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scenario",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_scenario_case_id_case"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario")),
    )
    with op.batch_alter_table("scenario", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scenario_case_id"), ["case_id"], unique=False)
        batch_op.create_index("uq_scenario_case_id_name", ["case_id", "name"], unique=True)
    op.create_table(
        "scenario_reading",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("scenario_id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=False),
        sa.Column("indicator_id", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_scenario_reading_case_id_case"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["indicator_id"], ["indicator.id"],
                                name=op.f("fk_scenario_reading_indicator_id_indicator"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["scenario_id"], ["scenario.id"], name=op.f("fk_scenario_reading_scenario_id_scenario"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario_reading")),
        sa.UniqueConstraint("scenario_id", "indicator_id", "subject", "period",
                            name=op.f("uq_scenario_reading_scenario_id")),
    )
    with op.batch_alter_table("scenario_reading", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scenario_reading_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_scenario_reading_indicator_id"), ["indicator_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_scenario_reading_scenario_id"), ["scenario_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("scenario_reading", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scenario_reading_scenario_id"))
        batch_op.drop_index(batch_op.f("ix_scenario_reading_indicator_id"))
        batch_op.drop_index(batch_op.f("ix_scenario_reading_case_id"))
    op.drop_table("scenario_reading")
    with op.batch_alter_table("scenario", schema=None) as batch_op:
        batch_op.drop_index("uq_scenario_case_id_name")
        batch_op.drop_index(batch_op.f("ix_scenario_case_id"))
    op.drop_table("scenario")
