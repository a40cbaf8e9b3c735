"""A hand-built case snapshot for the agreement tests and timing script (no store needed)."""
from __future__ import annotations

from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import IssueCategory, IssueKind, PartyKind, PartyRole
from desk.core.issues import Issue
from desk.core.parties import Party
from desk.core.snapshot import CaseSnapshot

#: Values that exist only in confidential fields; none may appear in any document.
CONFIDENTIAL = ("1.37", "0.4321", "秘密底线备注", "绝密谈判策略")


def build_snapshot() -> CaseSnapshot:
    """Xin'an River round 2: two provinces sign, the central government is their common superior."""
    case = Case(name="新安江流域上下游横向生态补偿")
    cid = case.id
    centre = Party(cid, "国务院", kind=PartyKind.CENTRAL, role=PartyRole.ARBITER, position=0)
    zhejiang = Party(cid, "浙江省人民政府", superior_id=centre.id, delegate_name="张明", delegate_title="副省长",
                     batna=0.4321, notes="秘密底线备注", short_name="浙江", position=1)
    anhui = Party(cid, "安徽省人民政府", superior_id=centre.id, delegate_name="李华", delegate_title="副省长",
                  batna=0.25, notes="绝密谈判策略", short_name="安徽", position=2)
    office = Party(cid, "新安江流域联席会议办公室", kind=PartyKind.SECRETARIAT, role=PartyRole.MEDIATOR, position=3)
    amount = Issue(cid, "年度补偿资金", unit="亿元", category=IssueCategory.COMPENSATION, minimum=0, maximum=10,
                   step=0.5)
    share = Issue(cid, "园区税收分成比例", unit="%", category=IssueCategory.SHARING, minimum=0, maximum=100, step=5)
    quality = Issue(cid, "跨界断面水质达标率", unit="%", category=IssueCategory.MONITORING, minimum=80, maximum=100,
                    step=1)
    method = Issue(cid, "监测方式", kind=IssueKind.DISCRETE, options=("联合监测", "各自监测"),
                   category=IssueCategory.OTHER)
    demands = (
        Demand(cid, anhui.id, amount.id, ideal=5.0, reservation=1.37, rationale="绝密谈判策略"),
        Demand(cid, zhejiang.id, amount.id, ideal=1.0, reservation=3.5),
        Demand(cid, zhejiang.id, share.id, ideal=60.0, reservation=45.0),
        Demand(cid, anhui.id, share.id, ideal=40.0, reservation=55.0),
    )
    return CaseSnapshot(case, (centre, zhejiang, anhui, office), (amount, share, quality, method), demands)


def build_package(snapshot: CaseSnapshot) -> dict:
    """The concluded package: 2亿元 a year, 50% tax share, 95% water quality, joint monitoring."""
    amount, share, quality, method = snapshot.issues
    return {amount.id: 2.0, share.id: 50.0, quality.id: 95.0, method.id: "联合监测"}
