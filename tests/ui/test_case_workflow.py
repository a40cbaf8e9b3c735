"""Drive the real widgets: create a case, parties with a hierarchy, two issues, demands, undo/redo, reopen."""
from __future__ import annotations

from desk.core.enums import IssueKind, PartyKind
from desk.ui import file_actions
from desk.ui.dialogs.case_dialog import CaseDialog
from desk.ui.dialogs.demand_dialog import DemandDialog
from desk.ui.dialogs.issue_dialog import IssueDialog
from desk.ui.dialogs.party_dialog import PartyDialog


def _create_case(ctx, dialogs, path):
    def fill(dialog: CaseDialog) -> None:
        dialog.name.setText("飞地园区税收分享 测试")
        dialog.description.setPlainText("三方协商")
        dialog.path.setText(str(path))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    dialogs.next(fill)
    file_actions.new_case(None, ctx)
    dialogs.check()
    assert len(ctx.windows.windows) == 1
    return ctx.windows.windows[0]


def _add_party(page, dialogs, name, kind, superior=None):
    def fill(dialog: PartyDialog) -> None:
        dialog.name.setText(name)
        dialog.kind.setCurrentIndex(dialog.kind.findData(str(kind)))
        if superior:
            dialog.superior.setCurrentIndex(dialog.superior.findText(superior))
        dialog.delegate_name.setText("代表" + name[:1])
        dialog.accept()
        assert not dialog.isVisible(), dialog.errors.messages()

    dialogs.next(fill)
    page.add_button.click()
    dialogs.check()


def _add_issue(page, dialogs, name, unit, numeric=True):
    def fill(dialog: IssueDialog) -> None:
        dialog.name.setText(name)
        dialog.unit.setText(unit)
        if numeric:
            dialog.minimum.setText("0")
            dialog.maximum.setText("100")
            dialog.step.setText("5")
        else:
            dialog.kind.setCurrentIndex(dialog.kind.findData(str(IssueKind.DISCRETE)))
            for label in ("联合监测", "第三方监测", "上级监测"):
                dialog.options.add_button.click()
                item = dialog.options.list.item(dialog.options.list.count() - 1)
                item.setText(label)  # what typing into the in-place editor does
        dialog.accept()
        assert not dialog.isVisible(), dialog.errors.messages()

    dialogs.next(fill)
    page.add_button.click()
    dialogs.check()


def _set_demand(page, dialogs, row, column, ideal, reservation="", priority=1.0):
    def fill(dialog: DemandDialog) -> None:
        if dialog.issue.is_numeric:
            dialog.ideal.setText(ideal)
            dialog.reservation.setText(reservation)
        else:
            dialog.ideal.setCurrentIndex(dialog.ideal.findData(ideal))
            if reservation:
                dialog.reservation.setCurrentIndex(dialog.reservation.findData(reservation))
        dialog.priority.setValue(priority)
        dialog.rationale.setPlainText("依据测试")
        dialog.accept()
        assert not dialog.isVisible(), dialog.errors.messages()

    dialogs.next(fill)
    page.edit_cell(page.model.index(row, column))
    dialogs.check()


def test_create_edit_undo_redo_reopen(ctx, dialogs, qtbot, tmp_path):
    path = tmp_path / "park.desk"
    window = _create_case(ctx, dialogs, path)
    assert "飞地园区税收分享 测试" in window.windowTitle() and "park.desk" in window.windowTitle()

    assert window.show_page("parties")
    parties = window.pages["parties"]
    _add_party(parties, dialogs, "甲省人民政府", PartyKind.PROVINCIAL)
    _add_party(parties, dialogs, "甲省乙市人民政府", PartyKind.MUNICIPAL, superior="甲省人民政府")
    _add_party(parties, dialogs, "甲省乙市丙县人民政府", PartyKind.COUNTY, superior="甲省乙市人民政府")
    assert parties.model.rowCount() == 3
    tree = parties.tree_model
    assert tree.rowCount() == 1
    province = tree.item(0)
    assert province.child(0).text().startswith("甲省乙市人民政府")
    assert province.child(0).child(0).text().startswith("甲省乙市丙县人民政府")
    colours = {p.colour for p in window.doc.snapshot.parties}
    assert len(colours) == 3, "each party gets its own colour"

    window.show_page("issues")
    issues = window.pages["issues"]
    _add_issue(issues, dialogs, "税收分成比例", "%")
    _add_issue(issues, dialogs, "监测方式", "", numeric=False)
    assert issues.model.rowCount() == 2
    discrete = window.doc.snapshot.issues[1]
    assert discrete.options == ("联合监测", "第三方监测", "上级监测")

    window.show_page("demands")
    demands = window.pages["demands"]
    assert demands.model.rowCount() == 3 and demands.model.columnCount() == 2
    _set_demand(demands, dialogs, 0, 0, "60", "45", priority=2.0)
    _set_demand(demands, dialogs, 1, 0, "30", "40")
    _set_demand(demands, dialogs, 1, 1, "联合监测", "第三方监测")
    snap = window.doc.snapshot
    assert len(snap.demands) == 3
    assert "60%" in demands.model.index(0, 0).data()
    assert demands.history_model.rowCount() == 3

    # undo the last demand and the one before, then redo one
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert len(window.doc.snapshot.demands) == 1
    window.redo_action.trigger()
    assert len(window.doc.snapshot.demands) == 2
    # undo an issue deletion brings its demands back
    issues.table.selectRow(0)
    issues.delete_button.click()
    assert len(window.doc.snapshot.issues) == 1 and len(window.doc.snapshot.demands) == 0
    window.undo_action.trigger()
    assert len(window.doc.snapshot.issues) == 2 and len(window.doc.snapshot.demands) == 2

    window.close()
    assert ctx.windows.windows == []
    reopened = ctx.windows.open_case(path)
    snap = reopened.doc.snapshot
    assert [p.name for p in snap.parties] == ["甲省人民政府", "甲省乙市人民政府", "甲省乙市丙县人民政府"]
    by_name = {p.name: p for p in snap.parties}
    assert by_name["甲省乙市丙县人民政府"].superior_id == by_name["甲省乙市人民政府"].id
    assert [i.name for i in snap.issues] == ["税收分成比例", "监测方式"]
    assert {(d.ideal, d.reservation) for d in snap.demands} == {(60.0, 45.0), (30.0, 40.0)}
    assert str(path.resolve()) in ctx.settings.recent_files()


def test_second_case_opens_second_window(ctx, demo_file, tmp_path, qtbot):
    import shutil

    other = tmp_path / "other.desk"
    shutil.copyfile(demo_file, other)
    first = ctx.windows.open_case(demo_file)
    second = ctx.windows.open_case(other)
    assert first is not second and len(ctx.windows.windows) == 2
    assert ctx.windows.open_case(demo_file) is first  # same file: same window


def test_reorder_issues_by_drop_and_undo(ctx, demo_file, qtbot):
    window = ctx.windows.open_case(demo_file)
    page = window.pages["issues"]
    before = [i.id for i in window.doc.snapshot.issues]
    data = page.model.mimeData([page.model.index(2, 0)])
    page.model.dropMimeData(data, page.model.supportedDropActions(), 0, 0, page.model.index(-1, -1))
    after = [i.id for i in window.doc.snapshot.issues]
    assert after[0] == before[2] and sorted(after) == sorted(before)
    window.undo_action.trigger()
    assert [i.id for i in window.doc.snapshot.issues] == before


def test_hierarchy_drop_sets_superior_and_refuses_loops(ctx, demo_file, qtbot):
    window = ctx.windows.open_case(demo_file)
    page = window.pages["parties"]
    snap = window.doc.snapshot
    central = snap.party_by_name("中央")
    anhui = snap.party_by_name("安徽")
    page.set_superior(central.id, anhui.id)  # central under anhui under central: a loop
    assert ctx.interaction.messages and ctx.interaction.messages[-1][0] == "error"
    assert window.doc.snapshot.party_by_name("中央").superior_id is None
    residents = snap.party_by_name("源头居民")
    page.set_superior(residents.id, anhui.id)
    assert window.doc.snapshot.party_by_name("源头居民").superior_id == anhui.id
    window.undo_action.trigger()
    assert window.doc.snapshot.party_by_name("源头居民").superior_id is None
