"""Two more sample cases with their rules: the Chishui (赤水河) pooled fund and a Jing-Jin-Ji tax split.

Public figures are used where they are public (Chishui: 2亿元 a year, contributions 1:5:4, allocation
3:4:3; Jing-Jin-Ji: a 50 % share up to the pre-move 3-year total); everything else — section names,
parties' positions, terms, readings — is illustrative, and each case is marked so.
"""
from __future__ import annotations

from pathlib import Path

from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import IssueCategory, IssueKind, PartyKind, PartyRole
from desk.core.issues import Issue
from desk.core.monitoring import Indicator
from desk.core.parties import PALETTE, Party
from desk.core.rules.model import BenefitRule, RuleKind
from desk.services.cases import CaseService
from desk.services.rules import RuleService
from desk.services.sample_scenarios import add_sample_scenarios

# (key, name, short, kind, role, superior key, delegate, title)
GOV, SIGN, ARB = PartyKind.PROVINCIAL, PartyRole.SIGNATORY, PartyRole.ARBITER
PartyRow = tuple[str, str, str, PartyKind, PartyRole, str | None, str, str]
# (key, name, unit, category, min, max, step, options)
IssueRow = tuple[str, str, str, IssueCategory, float, float, float, tuple[str, ...]]


def _build(path: Path | str, case: Case, parties: tuple[PartyRow, ...], issues: tuple[IssueRow, ...],
           demands: dict[str, dict[str, tuple]]) -> tuple[CaseService, dict[str, Party], dict[str, Issue]]:
    service = CaseService.create(path, case, actor="样例数据")
    made: dict[str, Party] = {}
    for index, (key, name, short, kind, role, superior, delegate, title) in enumerate(parties):
        made[key] = service.add_party(Party(
            case_id=case.id, name=name, short_name=short, kind=kind, role=role,
            superior_id=made[superior].id if superior else None, delegate_name=delegate, delegate_title=title,
            colour=PALETTE[index % len(PALETTE)], position=index))
    found: dict[str, Issue] = {}
    for index, (key, name, unit, category, low, high, step, options) in enumerate(issues):
        kind = IssueKind.DISCRETE if options else IssueKind.NUMERIC
        fields = {"options": options} if options else {"minimum": low, "maximum": high, "step": step}
        found[key] = service.add_issue(Issue(case_id=case.id, name=name, unit=unit, kind=kind, category=category,
                                             position=index, **fields))
    for party_key, wants in demands.items():
        for issue_key, (ideal, reservation, priority, rationale) in wants.items():
            service.set_demand(Demand(case_id=case.id, party_id=made[party_key].id, issue_id=found[issue_key].id,
                                      ideal=ideal, reservation=reservation, priority=float(priority),
                                      rationale=rationale))
    return service, made, found


# -- Chishui ------------------------------------------------------------------------------------
CHISHUI_DESCRIPTION = (
    "云南、贵州、四川三省赤水河流域横向生态保护补偿（2018—2020年）。公开资料：三省每年共同出资2亿元，"
    "出资比例1:5:4（云南2000万元、贵州1亿元、四川8000万元），资金按3:4:3分配。"
    "考核断面名称、各断面的月度达标数据、各方诉求等为示意性数据（虚构）。"
)
CHISHUI_PARTIES: tuple[PartyRow, ...] = (
    ("central", "生态环境部、财政部（中央）", "中央", PartyKind.CENTRAL, ARB, None, "周正", "司长（示意）"),
    ("yunnan", "云南省人民政府", "云南", GOV, SIGN, "central", "杨林", "副省长（示意）"),
    ("guizhou", "贵州省人民政府", "贵州", GOV, SIGN, "central", "吴江", "副省长（示意）"),
    ("sichuan", "四川省人民政府", "四川", GOV, SIGN, "central", "刘川", "副省长（示意）"),
    ("office", "赤水河流域横向生态补偿联席会议办公室", "联席办", PartyKind.SECRETARIAT, PartyRole.MEDIATOR, None,
     "何平", "办公室主任（示意）"),
)
#: Options of the allocation issue and each province's ratio under them (3:4:3 is the public one).
ALLOCATIONS = {"3:4:3": {"yunnan": 3, "guizhou": 4, "sichuan": 3}, "4:3:3": {"yunnan": 4, "guizhou": 3, "sichuan": 3},
               "3:3:4": {"yunnan": 3, "guizhou": 3, "sichuan": 4}}
ALLOCATION_OPTIONS = tuple(ALLOCATIONS)
CHISHUI_ISSUES: tuple[IssueRow, ...] = (
    ("fund", "年度补偿资金规模", "亿元", IssueCategory.COMPENSATION, 1.0, 3.0, 0.5, ()),
    ("allocation", "补偿资金分配比例（云南:贵州:四川）", "", IssueCategory.COMPENSATION, 0, 0, 0, ALLOCATION_OPTIONS),
)
CHISHUI_DEMANDS = {
    "yunnan": {"fund": (3.0, 1.5, 4, "上游保护任务重，规模应扩大。"), "allocation": ("4:3:3", "3:4:3", 3, "源头区")},
    "guizhou": {"fund": (1.5, 2.5, 4, "贵州出资占一半，规模宜稳。"), "allocation": ("3:4:3", "3:3:4", 3, "干流最长")},
    "sichuan": {"fund": (2.0, 3.0, 3, "维持公开方案。"), "allocation": ("3:3:4", "3:4:3", 2, "下游治理")},
}
#: Each province's assessed sections (illustrative names): 云南 2, 贵州 3, 四川 2.
CHISHUI_SECTIONS = {"yunnan": ("鱼洞", "清水铺"), "guizhou": ("鲢鱼溪", "茅台", "岔角"), "sichuan": ("赤水", "醒觉溪")}


def build_chishui(path: Path | str) -> CaseService:
    """The Chishui pooled-fund case file with its indicator and rules."""
    case = Case(name="赤水河流域横向生态保护补偿（2018—2020年）", description=CHISHUI_DESCRIPTION, illustrative=True)
    service, parties, issues = _build(path, case, CHISHUI_PARTIES, CHISHUI_ISSUES, CHISHUI_DEMANDS)
    rules = RuleService(service)
    subjects = tuple(s for sections in CHISHUI_SECTIONS.values() for s in sections)
    indicator = rules.save_indicator(Indicator(
        case_id=case.id, name="断面达标", unit="", target=1.0, higher_is_better=True, subjects=subjects,
        description="考核断面当月水质达到考核目标记为1，未达到记为0"))
    pool = rules.save_rule(BenefitRule(
        case_id=case.id, name="赤水河流域横向生态补偿资金", kind=RuleKind.POOL, unit="万元", position=0,
        params={"account": "赤水河流域横向生态补偿资金", "first_year": 2018, "years": 3,
                "size": {"issue": issues["fund"].id},
                "contributions": [{"party": parties[k].id, "ratio": r}
                                  for k, r in (("yunnan", 1), ("guizhou", 5), ("sichuan", 4))],
                "allocations": [{"party": parties[k].id, "ratio": {
                    "issue": issues["allocation"].id, "options": {o: ALLOCATIONS[o][k] for o in ALLOCATIONS}}}
                    for k in ("yunnan", "guizhou", "sichuan")]}))
    rules.save_rule(BenefitRule(
        case_id=case.id, name="断面不达标扣减", kind=RuleKind.DEDUCTION, unit="万元", position=1,
        params={"pool": pool.id, "indicator": indicator.id,
                "sections": {parties[k].id: list(v) for k, v in CHISHUI_SECTIONS.items()},
                "per_failure": {"mode": "allocation_share", "divisor": 12},
                "to": "others_by_allocation"}))
    add_sample_scenarios(service, "chishui")
    return service


# -- Jing-Jin-Ji ---------------------------------------------------------------------------------
JJJ_DESCRIPTION = (
    "北京市与河北省共建产业园区承接北京迁出企业的税收收入分享。公开规则：迁出地与迁入地按50%比例分享企业缴纳的"
    "增值税、企业所得税地方分成部分（“三税”），分享额以企业迁移前三年“三税”总额为上限。"
    "分享期限、延长年限、一次性园区建设补偿、企业名称及税收数据等为示意性数据（虚构）。"
)
JJJ_PARTIES: tuple[PartyRow, ...] = (
    ("central", "国家发展和改革委员会、财政部（中央）", "中央", PartyKind.CENTRAL, ARB, None,
     "孙浩", "司长（示意）"),
    ("beijing", "北京市人民政府", "北京", GOV, SIGN, "central", "钱进", "副市长（示意）"),
    ("hebei", "河北省人民政府", "河北", GOV, SIGN, "central", "赵冀", "副省长（示意）"),
    ("firms", "京冀迁移企业协会（示意）", "企业协会", PartyKind.ENTERPRISE, PartyRole.CONSULTED, None,
     "郑工", "会长（示意）"),
    ("office", "京冀产业转移协作联席会议办公室", "联席办", PartyKind.SECRETARIAT, PartyRole.MEDIATOR, None,
     "马宁", "办公室主任（示意）"),
)
JJJ_ISSUES: tuple[IssueRow, ...] = (
    ("share", "迁出地分享比例", "%", IssueCategory.SHARING, 30.0, 70.0, 5.0, ()),
    ("cap", "分享上限（迁移前三年三税总额的倍数）", "倍", IssueCategory.SHARING, 0.5, 2.0, 0.25, ()),
    ("term", "分享期限", "年", IssueCategory.SHARING, 3.0, 10.0, 1.0, ()),
    ("extension", "未达上限时延长年限", "年", IssueCategory.SHARING, 0.0, 5.0, 1.0, ()),
    ("lump", "一次性园区建设补偿", "亿元", IssueCategory.COMPENSATION, 2.0, 6.0, 1.0, ()),
)
JJJ_DEMANDS = {
    "beijing": {"share": (60.0, 45.0, 5, "企业培育期的税源由北京形成。"), "cap": (1.5, 1.0, 4, "与公开规则衔接。"),
                "term": (8.0, 5.0, 3, "分享期应覆盖企业稳定期。"), "extension": (3.0, 1.0, 2, "未达上限应延长。"),
                "lump": (2.0, 4.0, 3, "园区建设以河北为主。")},
    "hebei": {"share": (40.0, 55.0, 5, "园区配套由河北投入。"), "cap": (1.0, 1.25, 4, "按公开规则。"),
              "term": (5.0, 7.0, 3, "期限宜短。"), "extension": (0.0, 2.0, 2, "不宜延长。"),
              "lump": (6.0, 3.0, 4, "园区基础设施投入大。")},
    "firms": {"term": (5.0, 8.0, 3, "政策稳定有利于企业经营。")},
}


def build_jingjinji(path: Path | str) -> CaseService:
    """The Jing-Jin-Ji relocated-enterprise tax split case file with its indicators and rules."""
    case = Case(name="京冀共建园区迁移企业税收分享", description=JJJ_DESCRIPTION, illustrative=True)
    service, parties, issues = _build(path, case, JJJ_PARTIES, JJJ_ISSUES, JJJ_DEMANDS)
    rules = RuleService(service)
    tax = rules.save_indicator(Indicator(
        case_id=case.id, name="三税地方分成", unit="万元", higher_is_better=True, position=0,
        description="迁移企业当年在迁入地缴纳的增值税、企业所得税地方分成部分合计，按企业逐年统计"))
    base = rules.save_indicator(Indicator(
        case_id=case.id, name="迁移前三年三税合计", unit="万元", higher_is_better=True, position=1,
        description="企业迁移前三年在迁出地缴纳的“三税”地方分成部分总额，为基期值"))
    rules.save_rule(BenefitRule(
        case_id=case.id, name="迁移企业三税分享", kind=RuleKind.REVENUE_SHARE, unit="万元", position=0,
        params={"payer": parties["hebei"].id, "payee": parties["beijing"].id, "indicator": tax.id,
                "share": {"issue": issues["share"].id}, "cap_base": base.id,
                "cap_multiple": {"issue": issues["cap"].id}, "term_years": {"issue": issues["term"].id},
                "extension_years": {"issue": issues["extension"].id}}))
    rules.save_rule(BenefitRule(
        case_id=case.id, name="一次性园区建设补偿", kind=RuleKind.FIXED_TRANSFER, unit="亿元", position=1,
        params={"payer": parties["beijing"].id, "payee": parties["hebei"].id, "amount": {"issue": issues["lump"].id},
                "schedule": {"mode": "once", "date": "2026-06-30"}}))
    add_sample_scenarios(service, "jingjinji-tax")
    return service
