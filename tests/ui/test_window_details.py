"""Window details: title, file dialogs in the case folder, presentation font, sticky party menu, chart axes."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFileDialog

from desk.core.enums import PartyRole
from desk.ui.interaction import Interaction
from desk.ui.main_window import presentation_scale
from desk.ui.settings import LANGUAGE


def test_the_title_names_the_case_and_file_not_the_app(ctx, demo_file):
    """Qt adds the application's display name to the title on Windows and X11: naming it too showed it twice."""
    window = ctx.windows.open_case(demo_file)
    title = window.windowTitle()
    assert demo_file.name in title and "Concord Desk" not in title and "区际协商台" not in title


def test_file_dialogs_open_in_the_case_folder(ctx, demo_file, monkeypatch):
    seen = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (seen.append(a[2]), ("", ""))[1])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (seen.append(a[2]), ("", ""))[1])
    window = ctx.windows.open_case(demo_file)
    page = window.pages["sessions"]
    Interaction().save_path(page.frontier, "导出", "PNG (*.png)", "frontier.png")
    Interaction().open_path(page, "打开")
    folder = demo_file.resolve().parent
    assert seen == [str(folder / "frontier.png"), str(folder)]
    Interaction().save_path(None, "另存", suggested="副本.desk")  # no case window: documents or home
    assert Path(seen[-1]).parent != Path.cwd() or Path.cwd() == Path.home()


def test_presentation_mode_enlarges_the_text_for_a_projector(ctx, demo_file, monkeypatch):
    assert (presentation_scale(1080), presentation_scale(900), presentation_scale(768)) == (1.4, 1.2, 1.0)
    window = ctx.windows.open_case(demo_file)
    monkeypatch.setattr(window, "_fitting_scale", lambda: presentation_scale(1080))  # a 1920 × 1080 projector
    label = window.pages["overview"].activity

    def size(font):
        return font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())

    desktop = size(label.font())
    window.presentation_action.trigger()
    assert window.text_scale == 1.4 and size(label.font()) == pytest.approx(desktop * 1.4, abs=0.6)
    assert "font-size: 20px" in window.nav.styleSheet() and window.nav.width() == 238
    window.presentation_action.trigger()
    assert size(label.font()) == desktop and window.text_scale == 1.0 and window.nav.width() == 170


def test_more_parties_menu_stays_open_while_ticking(ctx, demo_file, qtbot):
    window = ctx.windows.open_case(demo_file)
    view = window.pages["sessions"].frontier
    menu = view.more_menu
    menu.popup(QPoint(100, 100))
    qtbot.waitExposed(menu)
    axes = view.party_ids()[:2]
    actions = [action for pid, action in view.more_actions.items() if pid not in axes][:2]
    for action in actions:
        centre = QPointF(menu.actionGeometry(action).center())
        press = QMouseEvent(QMouseEvent.Type.MouseButtonPress, centre, centre, Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        release = QMouseEvent(QMouseEvent.Type.MouseButtonRelease, centre, centre, Qt.MouseButton.LeftButton,
                              Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        menu.mousePressEvent(press)
        menu.mouseReleaseEvent(release)
        assert action.isChecked() and menu.isVisible()
    assert len(view.party_ids()) == 4
    menu.close()


def test_chart_axes_default_to_the_most_opposed_signatories_and_survive_a_language_switch(ctx, demo_file, qtbot):
    window = ctx.windows.open_case(demo_file)
    view = window.pages["sessions"].frontier
    snap = window.doc.snapshot
    names = {p.id: p.name for p in snap.parties}
    # every party a signatory: the chart opens on the pair that pulls apart most, not the first two
    everyone = dataclasses.replace(snap, parties=tuple(dataclasses.replace(p, role=PartyRole.SIGNATORY)
                                                       for p in snap.parties))
    pair = view.default_axes(everyone)
    assert pair == list(view.views.opposed_pair(everyone, [p.id for p in everyone.parties]))
    assert pair != [p.id for p in snap.parties[:2]], [names[p] for p in pair]
    # a pair the user picks is kept when the window is rebuilt in another language
    other = snap.party_by_name("黄山").id
    view.y_party.setCurrentIndex(view.y_party.findData(other))
    view.y_party.activated.emit(view.y_party.currentIndex())
    chosen = view.party_ids()[:2]
    ctx.settings.set(LANGUAGE, "zh_CN")
    ctx.windows.apply_language_setting()
    rebuilt = ctx.windows.windows[0].pages["sessions"].frontier
    assert rebuilt.party_ids()[:2] == chosen
    ctx.settings.set(LANGUAGE, "en")
    ctx.windows.apply_language_setting()


def test_every_page_title_fits_the_navigation(ctx, demo_file):
    """At 170 px the English "Sharing and compensation" was cut off behind a scroll bar: it wraps instead."""
    window = ctx.windows.open_case(demo_file)
    window.resize(1366, 768)
    window.show()
    nav = window.nav
    rows = {nav.item(row).text(): nav.visualItemRect(nav.item(row)) for row in range(nav.count())}
    long_title = rows["Sharing and compensation"]
    assert nav.width() == 170 and nav.horizontalScrollBar().maximum() == 0
    assert long_title.right() <= nav.viewport().width()
    assert long_title.height() > rows["Parties"].height()  # on two lines, whole
    metrics = nav.fontMetrics()
    assert metrics.horizontalAdvance("Sharing and compensation") > long_title.width() - nav.iconSize().width()
