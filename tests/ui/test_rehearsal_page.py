"""The Rehearsal page: a what-if run on the demo through the widgets, its table, debrief chart and report."""
from __future__ import annotations

from pathlib import Path

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
    # the what-if chart: per combination the parties' mean utilities (bars), Nash lines, agreement rates
    land, agree = page.what_if_figure.axes
    assert len(land.patches) == 5 * 2 and len(agree.patches) == 5
    widths = [bar.get_width() for bar in agree.patches]
    assert widths == [page.model.row_at(r).summary["agreement_rate"] for r in range(5)]
    labels = [t.get_text() for t in land.get_yticklabels()]
    assert labels[4] == "Boulware (concedes late) / Hardliner"
    nash = page.result["nash_utilities"]
    assert [line.get_xdata()[0] for line in land.lines] == nash  # each party's Nash utility, dashed
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
