"""The Rehearsal page: a what-if run on the demo through the widgets, its table, debrief chart and report."""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt


def test_what_if_on_the_demo_writes_nothing_to_the_case(ctx, demo_file: Path, qtbot, tmp_path: Path) -> None:
    window = ctx.windows.open_case(demo_file)
    window.resize(1366, 768)
    window.show_page("rehearsal")
    page = window.pages["rehearsal"]
    events_before = window.doc.event_count
    assert list(page.combos) == ["安徽省人民政府", "浙江省人民政府"]
    page.combos["安徽省人民政府"].setCurrentIndex(page.combos["安徽省人民政府"].findData("boulware"))
    page.seeds.setValue(2)
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 5 and page.canvas is not None, timeout=20000)
    strategies = [page.model.index(r, 0).data() for r in range(5)]
    assert strategies == [f"Boulware (concedes late) / {s}" for s in (
        "Boulware (concedes late)", "Linear concession", "Conceder (concedes early)", "Tit for tat", "Hardliner")]
    assert page.model.index(0, 1).data() == "2" and page.model.index(0, 4).data() == "100%"
    assert "10 runs" in page.status.text()
    axes = page.figure.axes
    assert len(axes) == 2 and len(axes[0].lines) >= 4 and len(axes[1].lines) == 2  # frontier, 2 dances, deal…
    report = tmp_path / "复盘 #1.pdf"
    page.write_pdf(report, page.selected())
    assert report.stat().st_size > 1000 and "复盘 #1.pdf" in page.status.text()
    assert window.doc.event_count == events_before
    # presentation mode: the results (computed from confidential reservations) go, running is refused
    ctx.presentation.set_active(True)
    assert page.model.rowCount() == 0 and not page.run_button.isEnabled() and "presentation" in page.status.text()
    window.close()


def test_file_menu_imports_a_genius_domain(ctx, demo_file: Path, qtbot, tmp_path: Path, shared_dir: Path) -> None:
    from desk.ui.file_actions import import_genius

    window = ctx.windows.open_case(demo_file)
    files = sorted((shared_dir / "domains" / "genius" / "Laptop").glob("*.xml"))
    target = tmp_path / "笔记本 #1 %.desk"
    ctx.interaction.paths += [files, target]
    import_genius(window)
    qtbot.waitUntil(lambda: ctx.windows.window_for(target) is not None, timeout=20000)
    opened = ctx.windows.window_for(target)
    snapshot = opened.doc.snapshot
    assert [p.name for p in snapshot.parties] == ["Laptop-C-prof1", "Laptop-C-prof2"]
    assert [i.name for i in snapshot.issues] == ["Laptop", "Harddisk", "External Monitor"]
    assert ctx.interaction.messages[-1][0] == "info" and "1.0000518" in ctx.interaction.messages[-1][2]
    menu_texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "Import &GENIUS domain…" in menu_texts


def test_play_the_demo_as_anhui_to_a_deal_with_undo(ctx, demo_file: Path, qtbot) -> None:
    window = ctx.windows.open_case(demo_file)
    window.resize(1366, 768)
    window.show_page("rehearsal")
    page = window.pages["rehearsal"]
    events_before = window.doc.event_count
    page.tabs.setCurrentIndex(1)
    play = page.play
    zhejiang = page.combos["浙江省人民政府"]
    zhejiang.setCurrentIndex(zhejiang.findData("linear"))
    play.you.setCurrentText("安徽省人民政府")
    qtbot.mouseClick(play.start_button, Qt.MouseButton.LeftButton)
    negotiation = play.negotiation
    arena = negotiation.arena
    nash = arena.model.space.package(arena.choice(arena.nash_row), by="key")
    # undo: table once, undo, and the negotiation is back where it was
    before = len(negotiation.proposals)
    assert play.editor.table_button.isEnabled() or play.accept_button.isEnabled()
    if play.accept_button.isEnabled():
        qtbot.mouseClick(play.reject_button, Qt.MouseButton.LeftButton)
        before = len(play.negotiation.proposals)
    play.editor.set_package(nash)
    qtbot.mouseClick(play.editor.table_button, Qt.MouseButton.LeftButton)
    assert len(play.negotiation.proposals) > before and play.undo_button.isEnabled()
    qtbot.mouseClick(play.undo_button, Qt.MouseButton.LeftButton)
    assert len(play.negotiation.proposals) == before and play.editor.table_button.isEnabled()
    # play on: table the Nash package each round, accept what is worth at least as much to Anhui
    for _ in range(200):
        if play.negotiation.finished:
            break
        action = play.negotiation.next_action()
        if action.kind == "answer":
            worth = play.negotiation.proposals[action.proposal].utilities[play._you]
            button = play.accept_button if worth >= 0.487 else play.reject_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            play.editor.set_package(nash)
            qtbot.mouseClick(play.editor.table_button, Qt.MouseButton.LeftButton)
    outcome = play.negotiation.outcome()
    assert outcome.agreement is not None and outcome.agreement.utilities[play._you] >= 0.487 - 1e-9
    assert "Agreement in round" in play.prompt.text()
    assert page.canvas is not None and len(page.figure.axes) == 2  # the debrief is shown
    assert "安徽省人民政府" in play.log.toPlainText()
    assert window.doc.event_count == events_before  # nothing written to the case
    # the debrief report, and the rehearsal kept as a sandbox file beside the case (not in it)
    report = demo_file.with_name("复盘 #2.pdf")
    play.write_report(report)
    assert report.stat().st_size > 1000 and "Wrote" in play.prompt.text()
    kept = play.keep()
    assert kept is not None and kept.parent.name == "demo.rehearsals" and window.doc.event_count == events_before
    from desk.services.bargaining import BargainingService
    from desk.services.cases import CaseService

    service = CaseService.open(kept)
    try:
        concluded = BargainingService(service).concluded()
    finally:
        service.close()
    expected = arena.model.space.package(np.asarray(outcome.agreement.choice), by="key")
    assert concluded is not None and dict(concluded.package) == expected
    window.close()


def test_a_rehearsal_file_opens_with_the_rehearsal_banner(ctx, demo_file: Path) -> None:
    from desk.services.rehearsal import rehearse_paths

    saved = Path(rehearse_paths([demo_file], save=True)["saved"])
    window = ctx.windows.open_case(saved)
    assert not window.rehearsal_banner.isHidden() and "REHEARSAL" in window.rehearsal_banner.text()
    assert window.doc.snapshot.case.name.startswith("演练：")
    window.close()
    real = ctx.windows.open_case(demo_file)
    assert real.rehearsal_banner.isHidden()
    real.close()
