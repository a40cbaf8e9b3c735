"""Alembic environment: runs on the connection (and inside the transaction) handed over by desk.store.migrate."""
from __future__ import annotations

from alembic import context

from desk.store.models import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run through desk.store.migrate, which hands over an open connection")
context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True, compare_type=True)
with context.begin_transaction():  # joins the caller's transaction: the whole upgrade commits once
    context.run_migrations()
