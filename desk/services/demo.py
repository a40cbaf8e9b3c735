"""The bundled demo case: the Xin'an River (新安江) upstream–downstream compensation, round 2."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from desk.core.case import Case
from desk.core.demands import Demand
from desk.core.enums import IssueCategory, IssueKind, PartyKind, PartyRole
from desk.core.issues import Issue
from desk.core.parties import PALETTE, Party
from desk.services.cases import CaseService
from desk.services.sample_scenarios import add_sample_scenarios
from desk.store.casefile import CaseFileError, remove_case_file

DEMO_FILE_NAME = "xinanjiang-demo.desk"

DESCRIPTION = (
    "皖浙两省新安江流域上下游横向生态补偿第二轮（2015—2017年）协商的演示案例。"
    "首轮试点（2012—2014年）每年补偿资金5亿元：中央财政3亿元，皖浙两省各1亿元；"
    "跨省界断面水质达到考核标准，浙江拨付安徽1亿元，否则安徽拨付浙江1亿元。"
    "第二轮两省各出资2亿元，中央资金按4亿、3亿、2亿元逐年退坡；"
    "考核指标为高锰酸盐指数、氨氮、总氮、总磷四项，首轮各占25%，由两省每月联合监测两次。"
    "以上为公开资料中的真实数据；各方的具体诉求、保留值、优先级、园区税收分成以及样例监测数据等为示意性数据（虚构）。"
)

# (key, name, short, kind, role, superior key, delegate, title, batna)
PARTIES = (
    ("central", "财政部、生态环境部（中央）", "中央", PartyKind.CENTRAL, PartyRole.ARBITER, None,
     "王建国", "财政部经济建设司司长（示意）", 0.0),
    ("anhui", "安徽省人民政府", "安徽", PartyKind.PROVINCIAL, PartyRole.SIGNATORY, "central",
     "李明", "安徽省副省长（示意）", 0.15),
    ("zhejiang", "浙江省人民政府", "浙江", PartyKind.PROVINCIAL, PartyRole.SIGNATORY, "central",
     "陈华", "浙江省副省长（示意）", 0.2),
    ("huangshan", "黄山市人民政府", "黄山", PartyKind.MUNICIPAL, PartyRole.CONSULTED, "anhui",
     "张伟", "黄山市市长（示意）", 0.0),
    ("residents", "新安江源头区居民（农户代表）", "源头居民", PartyKind.RESIDENTS, PartyRole.CONSULTED, None,
     "汪德福", "歙县深渡镇农户代表（示意）", 0.0),
    ("enterprises", "关停搬迁企业代表", "搬迁企业", PartyKind.ENTERPRISE, PartyRole.CONSULTED, None,
     "程立", "黄山市某化工企业负责人（示意）", 0.0),
    ("ngo", "新安江流域环保志愿者协会（示意）", "环保组织", PartyKind.NGO, PartyRole.CONSULTED, None,
     "方清", "秘书长（示意）", 0.0),
    ("secretariat", "皖浙新安江流域生态补偿联席会议办公室", "联席办", PartyKind.SECRETARIAT, PartyRole.MEDIATOR, None,
     "赵敏", "办公室主任（示意）", 0.0),
)

WEIGHT_OPTIONS = (
    "四项各25%",
    "总氮、总磷各28%，高锰酸盐指数、氨氮各22%",
    "总磷34%，其余三项各22%",
)
PAYMENT_OPTIONS = (
    "对赌：达标浙江拨付安徽，不达标安徽拨付浙江",
    "按P值分档拨付",
    "中央资金先行拨付，地方资金年终结算",
)

# (key, name, unit, category, min, max, step, options)
ISSUES = (
    ("anhui_fund", "安徽省年度出资", "亿元", IssueCategory.COMPENSATION, 1.0, 3.0, 0.5, ()),
    ("zhejiang_fund", "浙江省年度出资", "亿元", IssueCategory.COMPENSATION, 1.0, 3.0, 0.5, ()),
    ("central_fund", "中央年度出资", "亿元", IssueCategory.COMPENSATION, 2.0, 5.0, 0.5, ()),
    ("k0", "水质稳定系数（K值）", "", IssueCategory.MONITORING, 0.85, 0.92, 0.01, ()),
    ("weights", "考核指标权重", "", IssueCategory.MONITORING, 0, 0, 0, WEIGHT_OPTIONS),
    ("term", "协议期限", "年", IssueCategory.OTHER, 2.0, 5.0, 1.0, ()),
    ("payment", "资金拨付规则", "", IssueCategory.COMPENSATION, 0, 0, 0, PAYMENT_OPTIONS),
    ("park_tax", "共建园区税收安徽方分成比例", "%", IssueCategory.SHARING, 30.0, 70.0, 5.0, ()),
)

#: Who pays each contribution (into the joint fund, so no payee).
PAYERS = {"anhui_fund": "anhui", "zhejiang_fund": "zhejiang", "central_fund": "central"}

# party → issue → (ideal, reservation, priority, rationale, option scores)
DEMANDS: dict[str, dict[str, tuple]] = {
    "anhui": {
        "anhui_fund": (1.0, 2.5, 4, "上游为保护水质已关停搬迁企业170余家，地方财力有限，出资应低于下游。", ()),
        "zhejiang_fund": (3.0, 1.5, 5, "下游是水质改善的主要受益方，应承担更多补偿。", ()),
        "central_fund": (5.0, 3.0, 3, "中央资金是试点的基础，退坡应平缓。", ()),
        "k0": (0.85, 0.9, 4, "K值每提高0.01，上游达标难度明显上升。", ()),
        "weights": ("四项各25%", "总氮、总磷各28%，高锰酸盐指数、氨氮各22%", 2, "农业面源总磷治理周期长。",
                    ((WEIGHT_OPTIONS[0], 1.0), (WEIGHT_OPTIONS[1], 0.5), (WEIGHT_OPTIONS[2], 0.0))),
        "term": (5.0, 3.0, 2, "长期稳定的预期有利于上游产业转型。", ()),
        "payment": (PAYMENT_OPTIONS[1], PAYMENT_OPTIONS[0], 3, "分档拨付避免“一票否决”式的对赌风险。",
                    ((PAYMENT_OPTIONS[0], 0.3), (PAYMENT_OPTIONS[1], 1.0), (PAYMENT_OPTIONS[2], 0.7))),
        "park_tax": (70.0, 45.0, 3, "园区在安徽境内，土地与环境容量由安徽提供。", ()),
    },
    "zhejiang": {
        "anhui_fund": (3.0, 1.5, 4, "上下游共同出资、权责对等。", ()),
        "zhejiang_fund": (1.0, 2.5, 5, "浙江已承担千岛湖保护的大量投入。", ()),
        "central_fund": (5.0, 2.5, 2, "争取中央持续支持。", ()),
        "k0": (0.92, 0.87, 5, "下游饮用水安全要求水质标准逐步提高。", ()),
        "weights": (WEIGHT_OPTIONS[1], WEIGHT_OPTIONS[0], 3, "千岛湖富营养化风险主要来自总氮、总磷。",
                    ((WEIGHT_OPTIONS[0], 0.2), (WEIGHT_OPTIONS[1], 1.0), (WEIGHT_OPTIONS[2], 0.8))),
        "term": (3.0, 5.0, 2, "三年一评估，便于根据水质调整。", ()),
        "payment": (PAYMENT_OPTIONS[0], PAYMENT_OPTIONS[2], 3, "对赌机制权责清晰，激励作用强。",
                    ((PAYMENT_OPTIONS[0], 1.0), (PAYMENT_OPTIONS[1], 0.6), (PAYMENT_OPTIONS[2], 0.0))),
        "park_tax": (40.0, 60.0, 3, "园区企业多由浙江转移，招商与管理团队来自浙江。", ()),
    },
    "central": {
        "central_fund": (2.0, 4.0, 5, "中央资金逐年退坡（4亿、3亿、2亿元），引导地方建立长效机制。", ()),
        "k0": (0.89, 0.86, 3, "稳步提高考核标准。", ()),
        "term": (3.0, 5.0, 2, "与试点周期一致。", ()),
    },
    "huangshan": {
        "anhui_fund": (1.0, 2.0, 3, "补偿资金应主要下达黄山市用于治理项目。", ()),
        "park_tax": (70.0, 50.0, 4, "园区税收是搬迁企业安置的主要财源。", ()),
    },
    "residents": {
        "k0": (0.86, 0.9, 3, "退耕、禁渔已影响收入，标准提高需配套生计补偿。", ()),
        "term": (5.0, 3.0, 4, "补偿政策需长期稳定。", ()),
    },
    "enterprises": {
        "park_tax": (50.0, 35.0, 4, "税收分成影响园区对搬迁企业的扶持政策。", ()),
    },
    "ngo": {
        "k0": (0.92, 0.88, 5, "以千岛湖水质为最终目标。", ()),
        "weights": (WEIGHT_OPTIONS[2], WEIGHT_OPTIONS[0], 4, "总磷是千岛湖蓝藻水华的关键因子。",
                    ((WEIGHT_OPTIONS[0], 0.0), (WEIGHT_OPTIONS[1], 0.7), (WEIGHT_OPTIONS[2], 1.0))),
    },
}


def build_demo_case(path: Path | str, actor: str = "演示数据") -> CaseService:
    """Create the demo case file at ``path`` and return the open service."""
    case = Case(name="新安江流域上下游横向生态补偿（第二轮）", description=DESCRIPTION, illustrative=True)
    service = CaseService.create(path, case, actor=actor)
    try:
        parties: dict[str, Party] = {}
        for index, (key, name, short, kind, role, superior, delegate, title, batna) in enumerate(PARTIES):
            parties[key] = service.add_party(Party(
                case_id=case.id, name=name, short_name=short, kind=kind, role=role,
                superior_id=parties[superior].id if superior else None, delegate_name=delegate,
                delegate_title=title, colour=PALETTE[index % len(PALETTE)], batna=batna, position=index,
            ))
        issues: dict[str, Issue] = {}
        for index, (key, name, unit, category, low, high, step, options) in enumerate(ISSUES):
            kind = IssueKind.DISCRETE if options else IssueKind.NUMERIC
            fields = {"options": options} if options else {"minimum": low, "maximum": high, "step": step}
            issues[key] = service.add_issue(Issue(case_id=case.id, name=name, unit=unit, kind=kind,
                                                  category=category, position=index, **fields))
        for issue_key, payer_key in PAYERS.items():  # contributions go into the joint compensation fund
            issues[issue_key] = service.update_issue(dataclasses.replace(issues[issue_key],
                                                                         payer_id=parties[payer_key].id))
        for party_key, demands in DEMANDS.items():
            for issue_key, (ideal, reservation, priority, rationale, scores) in demands.items():
                service.set_demand(Demand(
                    case_id=case.id, party_id=parties[party_key].id, issue_id=issues[issue_key].id,
                    ideal=ideal, reservation=reservation, priority=float(priority), rationale=rationale,
                    option_scores=scores,
                ))
        add_demo_rules(service, parties, issues)
        add_sample_scenarios(service, "xinanjiang-round2")  # "水质达标" / "水质未达标"
    except BaseException:
        service.discard()  # a full disk or any failure mid-way: no half-built demo file is left
        raise
    return service


#: The four assessed indicators at the 街口 section: (key, name, unit, Class III standard, definition).
INDICATORS = (
    ("codmn", "高锰酸盐指数", "mg/L", 6.0, "街口国控断面高锰酸盐指数年均浓度（两省每月联合监测两次）"),
    ("nh3n", "氨氮", "mg/L", 1.0, "街口国控断面氨氮年均浓度"),
    ("tn", "总氮", "mg/L", 1.0, "街口国控断面总氮年均浓度"),
    ("tp", "总磷", "mg/L", 0.2, "街口国控断面总磷年均浓度"),
)

#: Indicator weights of each option of the weights issue (every option sums to exactly 1).
WEIGHTS = {
    WEIGHT_OPTIONS[0]: {"codmn": 0.25, "nh3n": 0.25, "tn": 0.25, "tp": 0.25},
    WEIGHT_OPTIONS[1]: {"codmn": 0.22, "nh3n": 0.22, "tn": 0.28, "tp": 0.28},
    WEIGHT_OPTIONS[2]: {"codmn": 0.22, "nh3n": 0.22, "tn": 0.22, "tp": 0.34},
}

FIRST_YEAR = 2015
#: The central funds step down by 1 亿元 a year from the first-year amount the package sets (4/3/2亿元).
CENTRAL_STEP = -1


def add_demo_rules(service: CaseService, parties: dict[str, Party], issues: dict[str, Issue]) -> None:
    """The Xin'an indicators and the two money rules: central funds to Anhui, and the P-value betting rule."""
    from desk.core.monitoring import Indicator
    from desk.core.rules.model import BenefitRule, RuleKind
    from desk.services.rules import RuleService

    rules = RuleService(service)
    case_id = service.case_id
    ids = {}
    for position, (key, name, unit, standard, definition) in enumerate(INDICATORS):
        ids[key] = rules.save_indicator(Indicator(
            case_id=case_id, name=name, unit=unit, target=standard, subjects=("街口",), description=definition,
            position=position)).id
    term = {"issue": issues["term"].id}
    rules.save_rule(BenefitRule(
        case_id=case_id, name="中央财政补偿资金", kind=RuleKind.FIXED_TRANSFER, unit="亿元", position=0,
        description="中央财政资金拨付安徽，首年金额由协商确定，此后逐年退坡1亿元（公开资料：4亿、3亿、2亿元）。",
        params={"payer": parties["central"].id, "payee": parties["anhui"].id,
                "amount": {"issue": issues["central_fund"].id},
                "schedule": {"mode": "yearly", "first_year": FIRST_YEAR, "years": term, "step": CENTRAL_STEP}}))
    weights = {"issue": issues["weights"].id,
               "options": {label: {ids[k]: w for k, w in spec.items()} for label, spec in WEIGHTS.items()}}
    rules.save_rule(BenefitRule(
        case_id=case_id, name="跨省断面水质考核补偿", kind=RuleKind.INDEX_TRANSFER, unit="亿元", position=1,
        description="两省各自出资；按资金拨付规则，P≤1时浙江当年出资拨付安徽，P>1时安徽当年出资拨付浙江；胜方出资留归本方使用。",
        params={"first_year": FIRST_YEAR, "years": term,
                "index": {"kind": "weighted_ratio", "subject": "街口", "k0": {"issue": issues["k0"].id},
                          "weights": weights},
                "bands": {"issue": issues["payment"].id,
                          "options": payment_bands(parties["anhui"].id, parties["zhejiang"].id,
                                                   issues["anhui_fund"].id, issues["zhejiang_fund"].id)}}))


def payment_bands(anhui: str, zhejiang: str, anhui_fund: str, zhejiang_fund: str) -> dict[str, list[dict]]:
    """The bands of each option of the payment issue. The betting rule: P ≤ 1 Zhejiang's contribution goes to
    Anhui, otherwise Anhui's goes to Zhejiang; the tiered option (illustrative) moves half a contribution when
    P lies within 5 % of 1; paying central funds first settles the local funds by the same betting rule."""
    to_anhui = {"payer": zhejiang, "payee": anhui}
    to_zhejiang = {"payer": anhui, "payee": zhejiang}
    betting = [{"max": 1, **to_anhui, "amount": {"issue": zhejiang_fund}},
               {"max": None, **to_zhejiang, "amount": {"issue": anhui_fund}}]
    tiers = [{"max": 0.95, **to_anhui, "amount": {"issue": zhejiang_fund}},
             {"max": 1, **to_anhui, "amount": {"issue": zhejiang_fund, "times": 0.5}},
             {"max": 1.05, **to_zhejiang, "amount": {"issue": anhui_fund, "times": 0.5}},
             {"max": None, **to_zhejiang, "amount": {"issue": anhui_fund}}]
    return {PAYMENT_OPTIONS[0]: betting, PAYMENT_OPTIONS[1]: tiers, PAYMENT_OPTIONS[2]: betting}

def write_demo_case(path: Path | str) -> Path:
    """Write the demo case file at ``path`` (which must not exist yet); all of it or, on any failure, nothing.

    The case is built in a hidden file beside ``path`` and renamed into place when complete, so a failed
    or killed first run never leaves a half-built demo that later runs would open.
    """
    path = Path(path)
    if path.exists():
        raise CaseFileError(f"{path} already exists; choose another name")
    if not path.parent.is_dir():
        raise CaseFileError(f"the folder {path.parent} does not exist")
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        build_demo_case(partial).close()
        os.replace(partial, path)
    finally:
        remove_case_file(partial)  # with its side files; a read-only folder never let them be made
    return path


def default_demo_path() -> Path:
    """Where the GUI keeps the demo case: the user data folder (``DESK_DATA_DIR`` overrides it)."""
    base = os.environ.get("DESK_DATA_DIR")
    if base:
        return Path(base) / DEMO_FILE_NAME
    if os.name == "nt":
        root = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif os.uname().sysname == "Darwin":
        root = Path.home() / "Library" / "Application Support"
    else:
        root = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return root / "ConcordDesk" / DEMO_FILE_NAME


def ensure_demo_case() -> Path:
    """The demo case file, created on first use."""
    path = default_demo_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_demo_case(path)
    return path
