"""A closed round's minutes as a PDF: the recorded text with the session's details, by service and CLI."""
from __future__ import annotations

from datetime import date

import pytest
from conftest import needs
from pdftools import body_text, squash

from desk.cli import main
from desk.core.enums import ResponseKind
from desk.core.errors import DeskError
from desk.core.sessions import Session
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService
from desk.services.minutes_export import export_minutes_pdf


def _one_round(path, close=True):
    cases = CaseService.open(path)
    bargaining = BargainingService(cases)
    snap = cases.snapshot()
    anhui, zhejiang = (snap.party_by_name(n).id for n in ("安徽", "浙江"))
    session = bargaining.create_session(Session(case_id=cases.case_id, title="第二轮补偿协商第一次会议",
                                                held_on=date(2015, 3, 20), place="杭州", chair="赵敏",
                                                attendees=("李明", "陈华")))
    rnd = bargaining.open_round(session.id)
    package = {i.id: i.grid()[len(i.grid()) // 2] for i in snap.issues}
    proposal = bargaining.table_proposal(rnd.id, anhui, package, note="安徽首提")
    bargaining.answer(proposal.id, zhejiang, ResponseKind.REJECT, "出资不对等")
    if close:
        rnd = bargaining.close_round(rnd.id, "双方分歧集中在出资比例。")
    return cases, rnd


def test_minutes_pdf_holds_the_recorded_minutes_and_the_details(gui, demo_file, tmp_path):
    needs("pdftotext")
    cases, rnd = _one_round(demo_file)
    try:
        out = tmp_path / "minutes.pdf"
        export_minutes_pdf(cases, rnd.id, out)
    finally:
        cases.close()
    text = body_text(str(out))
    for needle in ("会议纪要", "第二轮补偿协商第一次会议（第1轮）", "时间：2015年3月20日", "地点：杭州", "主持人：赵敏",
                   "出席人员：李明、陈华", "双方分歧集中在出资比例。", "安徽提出方案", "浙江拒绝（出资不对等）"):
        assert squash(needle) in text, needle
    body = [line for line in rnd.minutes.splitlines()[1:] if line.strip()]
    assert all(squash(line) in text for line in body)  # every recorded line, nothing rewritten


def test_an_open_round_has_no_minutes_yet(gui, demo_file, tmp_path):
    cases, rnd = _one_round(demo_file, close=False)
    try:
        with pytest.raises(DeskError, match="still open"):
            export_minutes_pdf(cases, rnd.id, tmp_path / "m.pdf")
    finally:
        cases.close()
    assert not (tmp_path / "m.pdf").exists()


def test_desk_minutes_cli(gui, demo_file, tmp_path, capsys):
    needs("pdftotext")
    assert main(["minutes", str(demo_file), "--pdf", str(tmp_path / "none.pdf")]) == 1
    assert "no bargaining session" in capsys.readouterr().err
    cases, _rnd = _one_round(demo_file)
    cases.close()
    out = tmp_path / "cli" / "minutes.pdf"
    assert main(["minutes", str(demo_file), "--pdf", str(out), "--lang", "en"]) == 0
    assert squash("Place: 杭州") in body_text(str(out))
    assert main(["minutes", str(demo_file), "--pdf", str(out), "--round", "2"]) == 1
    assert "round 2" in capsys.readouterr().err
