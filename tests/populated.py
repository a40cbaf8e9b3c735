"""Test helper: a case file with rows in every table, and copies of its rows into a file of an older schema."""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from concluded_demo import conclude

from desk.core.enums import CommitmentStatus, DisputeOutcome
from desk.core.monitoring import Commitment
from desk.core.rules.readings import Reading
from desk.services.agreement_workflow import AgreementService
from desk.services.attachments import AttachmentService
from desk.services.cases import CaseService
from desk.services.demo import write_demo_case
from desk.services.monitoring import MonitoringService
from desk.services.rules import RuleService
from desk.store import migrate
from desk.store.database import make_engine, sqlite_url

#: columns a later revision added, with the value an upgraded row must hold in them (revision, table, column)
ADDED_COLUMNS = {("0003", "issue", "payer_id"): None, ("0003", "issue", "payee_id"): None,
                 ("0004", "indicator", "subjects"): "[]", ("0004", "indicator", "description"): "",
                 ("0004", "indicator", "position"): 0,
                 ("0006", "commitment", "key"): "", ("0006", "commitment", "reason"): "",
                 ("0006", "dispute", "commitment_key"): "", ("0006", "dispute", "claim_amount"): None,
                 ("0006", "dispute", "unit"): "", ("0006", "dispute", "steps"): "[]",
                 ("0006", "dispute", "outcome"): None, ("0006", "dispute", "decided_amount"): None,
                 ("0006", "dispute", "decided_on"): None, ("0007", "party", "no_agreement"): "[]",
                 ("0008", "party", "population"): None, ("0008", "party", "fiscal_revenue"): None,
                 ("0008", "dispute", "evidence"): "", ("0008", "dispute", "clause"): "",
                 ("0009", "reading", "reporter"): "", ("0009", "reading", "attachment_id"): None}
#: tables a later revision added (an upgraded file has them, empty)
ADDED_TABLES = {"attachment": "0002", "credential": "0002", "benefit_rule": "0004", "reading": "0004",
                "payment_record": "0006", "monitoring_terms": "0006", "finding": "0008", "case_link": "0009",
                "scenario": "0010", "scenario_reading": "0010"}


def populated_head_file(path: Path, scratch: Path) -> Path:
    """The demo case concluded, drafted, finalised, with a CA, an attachment, and a row in every other table."""
    write_demo_case(path)
    conclude(path)
    cases = CaseService.open(path, actor="联席办")
    try:
        agreement = AgreementService(cases)
        agreement.make_final(agreement.draft().id)
        agreement.create_ca("ca-口令-50%")
        evidence = scratch / "监测 报告 50%#?.txt"
        evidence.write_text("跨省界断面 2015 年监测数据", encoding="utf-8")
        demand = cases.snapshot().demands[0]
        AttachmentService(cases).add_file(demand.id, evidence)
        AttachmentService(cases).add_file(None, evidence)
        _monitor(cases)
    finally:
        cases.close()
    _fill_empty_tables(path)
    return path


def _monitor(cases: CaseService) -> None:
    """After signing, as the app does it: terms, a waiver, a payment made, a duty, a dispute taken up and decided."""
    rules = RuleService(cases)
    indicator = rules.indicators()[0]
    rules.save_reading(Reading(cases.snapshot().case.id, indicator.id, "2016", 0.87,
                               subject=(indicator.subjects or ("",))[0], source="黄山市监测站 50%#?"))
    monitoring = MonitoringService(cases)
    monitoring.set_terms(monitoring.terms())
    dues, _, snapshot = monitoring.dues()
    money = [due for due in dues if due.amount is not None]
    monitoring.waive(money[0].key, "由上级专项资金代付 50%#?")
    monitoring.record_payment(money[1].key, float(money[1].amount), money[1].due_on, "皖财〔2016〕1号 #2")
    anhui, zhejiang = (party.name for party in snapshot.signatories)
    dispute = monitoring.raise_dispute(anhui, zhejiang, "断面水质数据争议 50%", date(2016, 5, 1), amount=0.5,
                                       commitment_key=money[1].key)
    monitoring.escalate(dispute.id, date(2016, 6, 1))
    monitoring.decide(dispute.id, DisputeOutcome.PARTLY, "部分支持：数据复核后差额减半", date(2016, 7, 1), amount=0.25)
    monitoring.save_duty(Commitment(snapshot.case.id, snapshot.signatories[0].id, "报送年度监测报告",
                                    date(2017, 3, 31), CommitmentStatus.ON_TRACK))


def _fill_empty_tables(path: Path) -> None:
    """Rows, by SQL, in tables no service above wrote (commitments, disputes, signatures …)."""
    connection = sqlite3.connect(path)
    try:
        for _ in range(3):  # parents first: a table whose parent is still empty waits for the next pass
            for table, columns in dump(path, connection).items():
                if columns["rows"] or table == "alembic_version":
                    continue
                row = _synthetic_row(connection, table)
                if row is not None:
                    names = ", ".join(f'"{c}"' for c in row)
                    connection.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})',
                                       list(row.values()))
            connection.commit()
        empty = [t for t, c in dump(path, connection).items() if not c["rows"]]
        assert empty == [], f"tables left empty: {empty}"
    finally:
        connection.close()


def _synthetic_row(connection: sqlite3.Connection, table: str) -> dict | None:
    parents = {row[3]: (row[2], row[4]) for row in connection.execute(f'PRAGMA foreign_key_list("{table}")')}
    row: dict = {}
    for _cid, name, kind, _notnull, _default, _pk in connection.execute(f'PRAGMA table_info("{table}")'):
        if name in parents:
            parent, column = parents[name]
            found = connection.execute(f'SELECT "{column}" FROM "{parent}" LIMIT 1').fetchone()
            if found is None:
                return None
            row[name] = found[0]
        elif name == "id":
            row[name] = f"{table}-合成-1"
        else:
            row[name] = _value(kind.upper(), name)
    return row


def _value(kind: str, name: str):
    if "INT" in kind or "BOOL" in kind:
        return 2
    if "FLOAT" in kind or "REAL" in kind or "NUMERIC" in kind:
        return 0.125
    if "BLOB" in kind or "BINARY" in kind:
        return b"\x00\x01\xff"
    if "JSON" in kind:
        return "{}"
    if name.endswith("_at") or name.endswith("_on") or name in {"due", "at"}:
        # a calendar date (ISODate, VARCHAR(10)) or a moment (UTCDateTime, VARCHAR(40)), as the app writes them
        return "2025-03-01" if "(10)" in kind else "2025-03-01T08:00:00+00:00"
    return f"{name}：示意 50%#?"


def dump(path: Path, connection: sqlite3.Connection | None = None) -> dict[str, dict]:
    """Every table: its column names and its rows (sorted, so row order does not matter)."""
    own = connection is None
    connection = connection or sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        result = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [d[0] for d in cursor.description]
            rows = sorted(cursor.fetchall(), key=repr)
            result[table] = {"columns": columns, "rows": rows}
        return result
    finally:
        if own:
            connection.close()


def file_at_revision(revision: str, source: Path, target: Path) -> dict[str, dict]:
    """A file of schema ``revision`` holding every row of ``source`` (the columns that revision has).

    Made as that release made it: its own migrations build the empty file, then the rows go in by SQL.
    Returns the file's content as :func:`dump` sees it.
    """
    engine = make_engine(sqlite_url(target))
    migrate.upgrade(engine, revision)
    engine.dispose()
    rows = dump(source)
    connection = sqlite3.connect(target)
    try:
        schema = dump(target, connection)  # rows referring to rows of their own table: keys checked at the end
        for table in (t for t in schema if t != "alembic_version"):
            columns = [c for c in schema[table]["columns"] if c in rows[table]["columns"]]
            index = [rows[table]["columns"].index(c) for c in columns]
            names = ", ".join(f'"{c}"' for c in columns)
            connection.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                                   [[row[i] for i in index] for row in rows[table]["rows"]])
        connection.commit()
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        return dump(target, connection)
    finally:
        connection.close()


def assert_every_value_survived(before: dict[str, dict], after: dict[str, dict], revision: str) -> None:
    """Every row and value of ``before`` (a file of ``revision``) is in ``after``; what is new is declared."""
    for table, old in before.items():
        if table == "alembic_version":
            continue
        new = after[table]
        added = [c for c in new["columns"] if c not in old["columns"]]
        for column in added:
            key = next(((r, t, c) for (r, t, c) in ADDED_COLUMNS if t == table and c == column and r > revision),
                       None)
            assert key is not None, f"{table}.{column} appeared in the upgrade but is not declared"
            assert {row[new["columns"].index(column)] for row in new["rows"]} <= {ADDED_COLUMNS[key]}
        missing = [c for c in old["columns"] if c not in new["columns"]]
        assert missing == [], f"{table} lost columns {missing}"
        index = [new["columns"].index(c) for c in old["columns"]]
        projected = sorted((tuple(row[i] for i in index) for row in new["rows"]), key=repr)
        assert len(projected) == len(old["rows"]), f"{table}: {len(old['rows'])} rows before, {len(projected)} after"
        assert projected == old["rows"], f"{table}: values changed in the upgrade"
    for table in set(after) - set(before):
        assert ADDED_TABLES.get(table, "") > revision, f"table {table} appeared but is not declared"
