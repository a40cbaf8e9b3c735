"""Qt table models tested without windows: rows in, display/sort/tooltip out, no database."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from desk.core.demands import Demand, DemandRevision
from desk.core.enums import IssueKind, PartyKind
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.core.redaction import redact
from desk.ui.models.completeness_model import CompletenessModel, completeness
from desk.ui.models.demand_grid_model import DemandGridModel
from desk.ui.models.history_model import PRIORITY, RESERVATION, DemandHistoryModel
from desk.ui.models.issue_table_model import IssueTableModel
from desk.ui.models.party_table_model import KIND, NAME, SUPERIOR, PartyTableModel
from desk.ui.models.roles import RowRole, SortRole

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def _parties():
    top = Party("c", "甲省", kind=PartyKind.PROVINCIAL)
    return [top, Party("c", "乙市", kind=PartyKind.MUNICIPAL, superior_id=top.id, position=1)]


def _issues():
    return [Issue("c", "分成", unit="%", minimum=0, maximum=100, step=5),
            Issue("c", "方式", kind=IssueKind.DISCRETE, options=("甲", "乙"), position=1)]


def test_party_model_rows_and_sorting(qapp):
    parties = _parties()
    model = PartyTableModel(parties)
    assert model.rowCount() == 2 and model.columnCount() == 7
    assert model.index(1, SUPERIOR).data() == "甲省"
    assert model.index(0, KIND).data() == "Provincial government"
    assert model.index(0, 0).data(RowRole) is parties[0]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, NAME).data() for r in range(2)] == sorted(["甲省", "乙市"], reverse=True)


def test_issue_model_describes_values_and_reorders_by_drop(qapp):
    issues = _issues()
    model = IssueTableModel(issues)
    assert model.index(0, 3).data() == "0 – 100 (Δ 5)"
    assert model.index(1, 3).data() == "甲 / 乙"
    requested = []
    model.reorder_requested.connect(requested.append)
    data = model.mimeData([model.index(1, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1)) is False
    assert requested == [[issues[1].id, issues[0].id]]
    assert [i.id for i in model.rows()] == [i.id for i in issues]  # the model itself did not reorder
    assert model.order_after_move([issues[0].id], 2) == [issues[1].id, issues[0].id]


def test_demand_grid_cells_missing_and_masking(qapp):
    parties, issues = _parties(), _issues()
    demand = Demand("c", parties[0].id, issues[0].id, ideal=60.0, reservation=45.0, priority=2)
    model = DemandGridModel()
    model.set_data(parties, issues, [demand])
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert "60%" in model.index(0, 0).data() and "45%" in model.index(0, 0).data()
    assert "45%" in model.index(0, 0).data(TOOLTIP)
    assert model.index(0, 0).data(RowRole) == demand and model.index(0, 0).data(SortRole) == 60.0
    assert model.index(1, 1).data(RowRole) is None
    assert len(model.missing()) == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "分成\n(%)"
    model.set_data(parties, issues, [redact(demand)])  # what the read model gives while presenting
    assert "45" not in model.index(0, 0).data() and "45" not in model.index(0, 0).data(TOOLTIP)


def test_history_model_newest_first_and_masked(qapp):
    parties, issues = _parties(), _issues()
    older = DemandRevision("d", parties[0].id, issues[0].id, "created", {"ideal": 50.0, "reservation": 40.0},
                           "秘书处", datetime(2024, 1, 1, tzinfo=UTC))
    newer = DemandRevision("d", parties[0].id, issues[0].id, "updated",
                           {"ideal": 55.0, "reservation": 41.0, "priority": 3.0}, "秘书处",
                           datetime(2024, 2, 1, tzinfo=UTC))
    model = DemandHistoryModel()
    model.set_history([older, newer], {p.id: p for p in parties}, {i.id: i for i in issues})
    assert model.index(0, 3).data() == "changed" and model.index(0, 4).data() == "55%"
    assert model.index(1, RESERVATION).data() == "40%"
    assert model.index(0, PRIORITY).data() == "3", "a priority is a plain number, never in the issue's unit"
    model.set_history([redact(older), redact(newer)], {p.id: p for p in parties}, {i.id: i for i in issues})
    assert model.index(1, RESERVATION).data() == "" and model.index(1, 4).data() == "50%"


def test_completeness_lists_what_is_missing(qapp):
    from desk.core.case import Case
    from desk.core.snapshot import CaseSnapshot

    parties, issues = _parties(), _issues()
    demand = Demand("c", parties[0].id, issues[0].id, ideal=60.0)
    rows = completeness(CaseSnapshot(Case("x"), tuple(parties), tuple(issues), (demand,)))
    assert [(r.stated, r.missing) for r in rows] == [(1, ("方式",)), (0, ("分成", "方式"))]
    model = CompletenessModel(rows)
    assert model.index(0, 2).data() == "1 / 2"
    assert model.index(1, 3).data() == "分成、方式"


def test_long_issue_names_wrap_in_the_demand_grid_header():
    from desk.ui.models.demand_grid_model import HEADER_WIDTH, wrap_header

    def units(line):
        return sum(1 if c.isascii() else 2 for c in line)

    for name in ("共建园区税收安徽方分成比例", "Water-quality stability coefficient (K)", "协议期限"):
        lines = wrap_header(name).split("\n")
        assert "".join(lines).replace(" ", "") == name.replace(" ", "")  # nothing lost or added
        assert all(units(line) <= HEADER_WIDTH for line in lines)
    assert wrap_header("水质稳定系数（K值）") == "水质稳定系数\n（K值）"  # breaks before the bracket, not in it
    assert wrap_header("协议期限") == "协议期限"


@pytest.mark.parametrize("name", ["出资额（中央财政）及地方配套资金", "上游补偿资金（中央财政，年度）拨付",
                                  "跨省界断面水质考核（高锰酸盐指数）", "Intergovernmental transfers (yearly)",
                                  "Water-quality stability coefficient (K)", "补偿标准，按年度、分档计算（亿元）"])
def test_demand_grid_headers_break_only_where_chinese_and_english_allow(name):
    """Before: "出资额（中央财政" / "）及地方配套资金" (a line opening with "）"), "Intergovernmenta" / "l"."""
    from desk.agreement.linebreak import NO_END, NO_START
    from desk.ui.models.demand_grid_model import wrap_header

    lines = wrap_header(name).split("\n")
    assert "".join(lines).replace(" ", "") == name.replace(" ", "")
    assert not any(line[0] in NO_START for line in lines[1:]), lines
    assert not any(line[-1] in NO_END for line in lines), lines
    if name.isascii():
        assert set(" ".join(lines).split()) == set(name.split()), lines  # words whole
    else:  # a bracketed phrase starts a line of its own when it is not on the first
        assert all("（" not in line or line.startswith("（") or line == lines[0] for line in lines), lines
