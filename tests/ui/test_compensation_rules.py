"""The Compensation tab proposes side payments as transfer rules in the case's money unit, capped by the fund and
each payer's outlay; one can be adopted as a rule of the case (undoable, audited)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect

from desk.services.payments import package_by_names
from desk.services.samples import build_sample
from desk.ui.case_document import CaseDocument
from desk.ui.pages.sessions_page import SessionsPage


def test_side_payments_are_proposed_as_rules_and_one_is_adopted(qtbot, ctx, tmp_path: Path):
    doc = CaseDocument(build_sample("chishui", tmp_path / "赤水 #1.desk"))
    page = SessionsPage(ctx, doc)
    qtbot.addWidget(page)
    snapshot = doc.snapshot
    package = package_by_names(snapshot, {"年度补偿资金规模": 2, "补偿资金分配比例（云南:贵州:四川）": "3:4:3"})
    ids = [p.id for p in snapshot.signatories]
    panel = page.compensation
    panel.update_for(snapshot, package, ids, presenting=False)
    assert not panel.proposed_box.isHidden()
    rows = [[panel.proposed.display(r, c) for c in range(4)] for r in panel.proposed.rows()]
    assert rows and all(row[2].endswith(" 亿元") for row in rows)
    labels = {p.label for p in snapshot.parties}
    assert all(row[0] in labels and row[1] in labels and row[0] != row[1] for row in rows)
    assert sum(float(row[2].split()[0].replace(",", "")) for row in rows) <= 2 + 1e-9  # within the 2亿元 fund
    assert panel.proposed_note.text().startswith("In 亿元, one-off")
    page.resize(1366, 720)  # a laptop screen: the payer → payee diagram stays clear of the proposed rules
    page.right.setCurrentWidget(panel)
    page.show()
    qtbot.waitExposed(page)
    panel.update_for(snapshot, package, ids, presenting=False)  # showing the page refreshed it (no selection)

    def clear() -> bool:
        canvas = QRect(panel.canvas.mapTo(panel, QPoint(0, 0)), panel.canvas.size())
        return panel.proposed_box.isVisible() and canvas.bottom() < panel.proposed_box.geometry().top()

    qtbot.waitUntil(clear, timeout=5000)
    first = panel.proposed.rows()[0]
    panel.proposed_table.selectRow(0)
    panel.adopt_button.click()
    assert first.id in {r.id for r in doc.snapshot.rules}
    assert doc.service.events()[-1].kind == "rule.created"
    assert ctx.interaction.messages[-1][:2] == ("info", "Rule added")
    page.adopt_rule(first)  # the same rule again: refused, nothing changes
    assert ctx.interaction.messages[-1] == ("error", "Rule not added", f"{first.name} is already a rule of the case.")
    assert len(doc.snapshot.rules) == 3
    doc.undo_stack.undo()
    assert [r.name for r in doc.snapshot.rules] == ["赤水河流域横向生态补偿资金", "断面不达标扣减"]

    panel.update_for(snapshot, package, ids, presenting=True)
    assert panel.proposed_box.isHidden()  # side payments reveal disagreement points
    doc.close()
