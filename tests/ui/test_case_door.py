"""The door between the UI and a case: statements per action, selective refresh, cancel without an error box."""
from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from desk.core.changes import Changes, Kind
from desk.core.enums import ResponseKind
from desk.services.busy_case import package_value, write_busy_case
from desk.services.demo import write_demo_case
from desk.ui.bargaining_commands import AnswerProposal, TableProposal
from desk.ui.undo_commands import SetDemand

#: the budget of one demand edit on the 30-proposal, 3-version case (issue 10; 188 statements in
#: 16 transactions before the door)
DEMAND_EDIT_STATEMENTS = 15
DEMAND_EDIT_TRANSACTIONS = 2


class SqlCounter:
    """Statements and transactions issued on this (the GUI) thread while counting."""

    def __init__(self, engine) -> None:
        self.statements: list[str] = []
        self.transactions = 0
        self.on = False
        self.thread = threading.get_ident()
        self.engine = engine
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "begin", self._begin)

    def _statement(self, _conn, _cursor, statement, *_args) -> None:
        if self.on and threading.get_ident() == self.thread:
            self.statements.append(statement)

    def _begin(self, _conn) -> None:
        if self.on and threading.get_ident() == self.thread:
            self.transactions += 1

    def __enter__(self) -> SqlCounter:
        self.statements, self.transactions, self.on = [], 0, True
        return self

    def __exit__(self, *_exc) -> None:
        self.on = False

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._statement)
        event.remove(self.engine, "begin", self._begin)


@pytest.fixture(scope="module")
def busy_template(tmp_path_factory) -> Path:
    return write_busy_case(tmp_path_factory.mktemp("busy") / "繁忙 案例 #30%.desk")


@pytest.fixture
def busy_window(ctx, busy_template, tmp_path):
    path = tmp_path / busy_template.name
    path.write_bytes(busy_template.read_bytes())
    window = ctx.windows.open_case(path)
    window.resize(1280, 800)
    counter = SqlCounter(window.doc.service.db.engine)
    yield window, counter
    counter.close()


def _edit_priority(doc, k: int) -> None:
    snap = doc.snapshot
    demand = next(d for d in snap.demands if d.party_id == snap.signatories[0].id)
    doc.execute(SetDemand(doc, demand, dataclasses.replace(demand, priority=1.5 + k)))


def test_a_demand_edit_stays_within_its_statement_budget(busy_window):
    window, counter = busy_window
    doc = window.doc
    assert len(doc.state.record.proposals) == 30 and len(doc.state.versions) == 3
    for page in ("demands", "sessions", "overview"):
        window.show_page(page)
        QApplication.processEvents()
        with counter:
            _edit_priority(doc, len(counter.statements))
        assert 0 < len(counter.statements) <= DEMAND_EDIT_STATEMENTS, (page, counter.statements)
        assert 1 <= counter.transactions <= DEMAND_EDIT_TRANSACTIONS, page
        window.doc.undo_stack.undo()
    assert doc.snapshot.demands == doc.service.snapshot().demands  # the state is what the file holds


def test_tabling_and_answering_are_one_transaction_each(busy_window):
    window, counter = busy_window
    doc = window.doc
    window.show_page("sessions")
    open_round = next(r for r in doc.state.record.rounds if not r.is_closed)
    author = doc.snapshot.signatories[0]
    package = {i.id: package_value(i, 4) for i in doc.snapshot.issues}
    with counter:
        doc.execute(TableProposal(doc, doc.bargaining, open_round.id, author.id, package, "一次"))
    assert counter.transactions == 1
    tabled = doc.state.record.proposals[-1]
    assert tabled.note == "一次" and len(doc.state.record.proposals) == 31
    with counter:
        doc.execute(AnswerProposal(doc, doc.bargaining, tabled.id, doc.snapshot.parties[-1].id,
                                   ResponseKind.REJECT, "否"))
    assert counter.transactions == 1
    assert doc.state.record.responses_to(tabled.id)[0].comment == "否"


def test_hidden_pages_wait_until_shown_and_never_query(busy_window):
    window, counter = busy_window
    doc = window.doc
    window.show_page("overview")
    QApplication.processEvents()
    subs = {name: page.subscription for name, page in window.pages.items()}
    before = {name: sub.renders for name, sub in subs.items()}
    _edit_priority(doc, 1)
    assert subs["overview"].renders == before["overview"] + 1  # visible: rendered at once
    for name in ("demands", "sessions"):  # hidden and showing demands: only marked stale
        assert subs[name].renders == before[name] and subs[name].stale, name
    assert not subs["issues"].stale  # an edit of a demand is not an issue page's business
    for name in window.pages:
        with counter:
            window.show_page(name)
            QApplication.processEvents()
        assert counter.statements == [], f"page {name} queried the database when shown"
        assert not subs[name].stale
    grid = window.pages["demands"].model
    assert doc.snapshot.demands[0] in [grid.demand_at(grid.index(r, c)) for r in range(grid.rowCount())
                                       for c in range(grid.columnCount())]


def test_presentation_switch_is_in_memory_and_redacts_the_state(busy_window):
    window, counter = busy_window
    doc = window.doc
    seen: list[Changes] = []
    doc.changed.connect(seen.append)
    assert any(d.reservation is not None for d in doc.state.shown.demands)
    with counter:
        window.presentation_action.trigger()
        QApplication.processEvents()
    assert counter.statements == []
    assert seen == [Changes(frozenset({Kind.PRESENTATION}))]
    assert all(d.reservation is None for d in doc.state.shown.demands)
    assert all(p.notes == "" and p.batna == 0 for p in doc.state.shown.parties)
    assert any(d.reservation is not None for d in doc.state.snapshot.demands)  # editing still sees the truth
    window.presentation_action.trigger()


def test_cancelling_the_nash_search_shows_no_error_only_a_status_line(ctx, tmp_path, qtbot):
    window = ctx.windows.open_case(write_demo_case(tmp_path / "演示 案例.desk"))
    window.show_page("agreement")
    page = window.pages["agreement"]
    assert page.doc.state.record.proposals == ()  # so drafting must search the Nash package first
    page.draft()
    assert ctx.tasks.running() == 1
    ctx.tasks.cancel_all()
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0, timeout=30_000)
    QApplication.processEvents()
    assert [m for m in ctx.interaction.messages if m[0] == "error"] == []
    assert page.doc.state.versions == ()  # nothing drafted
    assert "Finding the Nash package" in window.statusBar().currentMessage()


def test_an_operation_is_all_or_nothing(busy_window):
    from desk.core.errors import DeskError
    from desk.services.operations import Operation

    window, _counter = busy_window
    doc = window.doc
    demand = doc.snapshot.demands[0]
    events = doc.state.audit.count

    def half_done() -> None:
        doc.service.set_demand(dataclasses.replace(demand, rationale="写了一半"))
        raise DeskError("second step refused")

    with pytest.raises(DeskError):
        doc.run(Operation.of(half_done, Kind.DEMANDS))
    assert doc.service.snapshot().demands == doc.snapshot.demands  # the first step was rolled back too
    assert doc.service.events()[-1].seq == doc.state.audit.last.seq and doc.state.audit.count == events


def test_a_slow_operation_runs_on_the_database_worker_and_updates_the_state(busy_window, qtbot):
    from desk.services.operations import Operation

    window, _counter = busy_window
    doc = window.doc
    demand = doc.snapshot.demands[0]
    threads, done = [], []

    def slow(progress, is_cancelled):
        threads.append(threading.get_ident())
        progress(0.5, "")
        return doc.service.set_demand(dataclasses.replace(demand, rationale="在后台保存"))

    doc.run_slow(Operation(slow, Changes.of(Kind.DEMANDS), slow=True), "save", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert threads[0] != threading.get_ident()
    assert doc.snapshot.demand(demand.party_id, demand.issue_id).rationale == "在后台保存"
    assert doc.state.history(demand.id)[-1].state["rationale"] == "在后台保存"
