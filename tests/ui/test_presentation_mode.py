"""Presentation mode hides every reservation, BATNA and private note everywhere, tooltips included."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import IssueKind
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.services.cases import CaseService
from desk.ui.dialogs.demand_dialog import DemandDialog
from desk.ui.presentation import MASK

from .helpers import _columns, visible_texts

SECRET_NOTE = "内部掌握：乙方底线可再让"
RESERVATIONS = ("37.25", "52.75")  # numeric; the discrete one is an option anyone may read
BATNA = "0.337"


def _confidential_case(path):
    service = CaseService.create(path, Case(name="演示模式检查"))
    cid = service.case_id
    a = service.add_party(Party(cid, "甲方", batna=0.337, notes=SECRET_NOTE))
    b = service.add_party(Party(cid, "乙方", superior_id=a.id, colour="#D55E00", position=1))
    share = service.add_issue(Issue(cid, "分成比例", unit="%", minimum=0, maximum=100, step=0.25))
    mode = service.add_issue(Issue(cid, "监测方式", kind=IssueKind.DISCRETE, options=("联合", "第三方", "保底方案"),
                                   position=1))
    service.set_demand(Demand(cid, a.id, share.id, ideal=60.0, reservation=37.25, rationale="依据"))
    service.set_demand(Demand(cid, b.id, share.id, ideal=30.0, reservation=52.75))
    service.set_demand(Demand(cid, b.id, mode.id, ideal="联合", reservation="保底方案"))
    service.close()
    return path


def _held(window) -> list[str]:
    """Everything every item model of the window holds, hidden columns and row objects included (all roles)."""
    from PySide6.QtCore import QAbstractItemModel, QModelIndex

    held = []

    def walk(model, parent=QModelIndex()) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                held.extend(repr(value) for role in range(0, 300) if (value := index.data(role)) is not None)
                if column == 0 and model.rowCount(index):
                    walk(model, index)

    for model in window.findChildren(QAbstractItemModel):
        walk(model)
    return held


def _leaks(texts: list[str]) -> list[str]:
    secrets = (*RESERVATIONS, BATNA, SECRET_NOTE)
    return [t for t in texts if any(s in t for s in secrets)]


def test_presentation_hides_every_confidential_value(ctx, tmp_path):
    path = _confidential_case(tmp_path / "secret.desk")
    window = ctx.windows.open_case(path)
    window.resize(1280, 800)
    texts = []
    for name in window.pages:
        window.show_page(name)
        QApplication.processEvents()
        texts += visible_texts(window)
    assert _leaks(texts), "the secretariat view shows the confidential values (test is meaningful)"

    window.presentation_action.trigger()  # F8 / toolbar toggle
    assert ctx.presentation.active and window.banner.isVisible()
    assert "[" in window.windowTitle()
    texts = []
    for name in window.pages:
        window.show_page(name)
        QApplication.processEvents()
        texts += visible_texts(window)
    assert _leaks(texts) == []
    # redaction is in the read model: no table model even holds a confidential value (hidden columns, sort keys
    # and row objects included)
    assert _leaks(_held(window)) == []
    grid = window.pages["demands"].model
    cell = grid.index(1, 1)
    assert "保底方案" not in cell.data() and "保底方案" not in cell.data(3)
    history = window.pages["demands"].history_model
    assert all("保底方案" not in history.index(r, 5).data() for r in range(history.rowCount()))

    # the demand form shows no reservation field while presenting
    page = window.pages["demands"]
    seen = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DemandDialog)
        seen.extend(visible_texts(dialog))
        dialog.reject()

    QTimer.singleShot(50, inspect)
    page.edit_cell(page.model.index(1, 0))
    assert seen and _leaks(seen) == []

    window.presentation_action.trigger()
    assert not ctx.presentation.active and not window.banner.isVisible()


def test_editing_while_presenting_keeps_the_hidden_values(ctx, tmp_path):
    path = _confidential_case(tmp_path / "secret.desk")
    window = ctx.windows.open_case(path)
    ctx.presentation.set_active(True)
    snap = window.doc.snapshot
    party, issue = snap.parties[0], snap.issues[0]
    demand = snap.demand(party.id, issue.id)
    saved = []
    dialog = DemandDialog(party, issue, demand, [], lambda d, f, r: saved.append(d), True, pick_file=lambda: None)
    dialog.ideal.setText("61")
    dialog.accept()
    assert saved and saved[0].reservation == 37.25 and saved[0].ideal == 61.0


def test_presentation_is_off_at_start_and_applies_to_every_window(ctx, demo_file, tmp_path):
    import shutil

    other = tmp_path / "b.desk"
    shutil.copyfile(demo_file, other)
    first, second = ctx.windows.open_case(demo_file), ctx.windows.open_case(other)
    assert not ctx.presentation.active
    first.presentation_action.trigger()
    assert second.presentation_action.isChecked() and second.banner.isVisible()
    assert MASK not in " ".join(visible_texts(second)) or True  # masks may appear; values may not
    party_page = second.pages["parties"]
    assert party_page.table.isColumnHidden(party_page.model.columnCount() - 1)


def test_party_model_shows_only_what_the_read_model_gives(qapp):
    from desk.core.redaction import redact
    from desk.ui.models.party_table_model import BATNA as BATNA_COLUMN
    from desk.ui.models.party_table_model import PartyTableModel

    party = Party("c", "甲方", batna=0.337, notes=SECRET_NOTE)
    model = PartyTableModel([party, dataclasses.replace(party, name="乙方")])
    assert model.index(0, BATNA_COLUMN).data() == "0.337" and SECRET_NOTE in model.index(0, 0).data(3)
    model.set_rows([redact(party)])  # the public row, as doc.state.shown holds it while presenting
    assert model.index(0, BATNA_COLUMN).data() != "0.337"
    assert SECRET_NOTE not in model.index(0, 0).data(3)  # ToolTipRole


def test_pages_edit_and_undo_the_stored_rows_while_showing_the_public_ones(ctx, tmp_path):
    """The tables hold the public rows while presenting; an edit, a withdrawal and their undo work on the stored
    ones, so no hidden reservation, BATNA or note is lost."""
    from desk.ui.dialogs.party_dialog import PartyDialog

    path = _confidential_case(tmp_path / "secret.desk")
    window = ctx.windows.open_case(path)
    ctx.presentation.set_active(True)
    page = window.pages["demands"]
    window.show_page("demands")

    def change_ideal() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DemandDialog)
        dialog.ideal.setText("61")
        dialog.accept()

    QTimer.singleShot(50, change_ideal)
    page.edit_cell(page.model.index(0, 0))
    stored = window.doc.snapshot.demands
    first = next(d for d in stored if d.ideal == 61.0)
    assert first.reservation == 37.25
    page.grid.setCurrentIndex(page.model.index(0, 0))
    page.withdraw()
    window.undo_action.trigger()  # the withdrawal
    window.undo_action.trigger()  # the edit
    again = next(d for d in window.doc.snapshot.demands if d.id == first.id)
    assert (again.ideal, again.reservation) == (60.0, 37.25)

    parties = window.pages["parties"]
    window.show_page("parties")
    parties.table.selectRow(0)

    def rename() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PartyDialog)
        dialog.name.setText("甲方（改）")
        dialog.accept()

    QTimer.singleShot(50, rename)
    parties.edit_party()
    renamed = next(p for p in window.doc.snapshot.parties if p.name == "甲方（改）")
    assert (renamed.batna, renamed.notes) == (0.337, SECRET_NOTE)
    window.undo_action.trigger()
    restored = next(p for p in window.doc.snapshot.parties if p.id == renamed.id)
    assert (restored.name, restored.batna, restored.notes) == ("甲方", 0.337, SECRET_NOTE)
