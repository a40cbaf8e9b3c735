"""Who pays whom on a money issue: issue.payer_id and issue.payee_id.

Revision ID: 0003
Revises: 0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issue", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payer_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("payee_id", sa.String(length=64), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_issue_payer_id_party"), "party", ["payer_id"], ["id"],
                                    ondelete="SET NULL")
        batch_op.create_foreign_key(batch_op.f("fk_issue_payee_id_party"), "party", ["payee_id"], ["id"],
                                    ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("issue", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_issue_payee_id_party"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_issue_payer_id_party"), type_="foreignkey")
        batch_op.drop_column("payee_id")
        batch_op.drop_column("payer_id")
