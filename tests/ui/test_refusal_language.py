"""A refused undo or redo says why in the UI language, with no English service message inside."""
from __future__ import annotations

import re

from desk.core.enums import ResponseKind
from desk.core.sessions import Session
from desk.services.bargaining import BargainingService
from desk.ui.bargaining_commands import TableProposal

from .conftest import make_context


def test_a_refused_redo_is_explained_in_chinese(qapp, tmp_path, demo_file, qtbot):
    from desk.ui.bootstrap import shutdown

    ctx = make_context(qapp, tmp_path, "zh_CN")
    try:
        window = ctx.windows.open_case(demo_file)
        doc = window.doc
        snap = doc.snapshot
        anhui, zhejiang = (snap.party_by_name(n).id for n in ("安徽", "浙江"))
        bargaining = BargainingService(doc.service)
        rnd = bargaining.open_round(bargaining.create_session(Session(case_id=snap.case.id, title="会议")).id)
        package = {issue.id: issue.grid()[0] for issue in snap.issues}
        doc.execute(TableProposal(doc, bargaining, rnd.id, anhui, package, "甲案"))
        window.undo_action.trigger()
        concluded = bargaining.table_proposal(rnd.id, zhejiang, package, "乙案")  # outside the window's history
        bargaining.answer(concluded.id, anhui, ResponseKind.ACCEPT)
        window.redo_action.trigger()  # tabling again is refused: the bargaining is concluded
        (kind, _title, text), = ctx.interaction.messages
        assert kind == "error" and "协商已达成一致" in text, text
        assert not re.search(r"[A-Za-z]{3,}", text), text
    finally:
        ctx.windows.translators.install("en")  # leave English for the next test
        shutdown(ctx)
