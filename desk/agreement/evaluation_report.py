"""The evaluation report (履约评估报告) of a period or of the term, in the official layout of the agreements."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from desk.agreement.document import Block, Document, Paragraph, Table, parse_text
from desk.agreement.numerals import chinese_date
from desk.core.compliance.evaluation import EvaluationReport, Fairness, Outcome
from desk.core.monitoring import Dispute

_WORDS = {
    "zh": {
        "title": "履约评估报告", "term": "{first}—{last}年度（协议期）", "year": "{year}年度",
        "scope": "评估期间", "on": "评估基准日", "unit": "金额单位",
        "h_summary": "一、总体情况", "h_targets": "二、考核指标完成情况", "h_money": "三、资金拨付情况",
        "h_disputes": "四、争议及处理情况", "h_fairness": "五、对财力较弱一方的公平性",
        "h_findings": "六、秘书处评估意见",
        "summary": "考核指标应报送{due}项，达标{met}项，未报送{missing}项。各方应付资金合计{due_money}{unit}，"
                   "截至基准日已付{paid}{unit}（{rate}），逾期未付{overdue}{unit}。提出争议{disputes}件，已处理{decided}件。",
        "no_money": "本期无资金拨付事项。", "rate": "{pct}%", "rate_none": "无应付",
        "t_head": ("指标（单位）", "断面/对象", "标准"), "t_met": "达标年数",
        "t_note": "表中为年度值；带*者为月度监测值的年均值；“超标”为未达到标准。",
        "not_met": "超标", "missing": "未报送", "no_targets": "本期无考核指标。",
        "m_head": ("主体", "应付", "已付", "逾期未付", "应收", "已收", "实际净转移"),
        "d_head": ("当事方", "事由", "主张", "处理层级", "结果", "裁定"), "versus": "{a}诉{b}",
        "no_disputes": "本期未发生争议。", "pending": "处理中",
        "levels": {"joint_conference": "联席会议", "superior": "上级政府", "central": "中央"},
        "outcomes": {"upheld": "支持", "partly": "部分支持", "rejected": "驳回"},
        "f_head": ("主体", "人口（万人）", "财政收入（亿元/年）", "人均财力（元）", "协议净转移", "人均（元/人）",
                   "占财政收入"),
        "f_basis": "净转移按协议在评估期内的应收减应付计，正数为净流入；人均财力为一般公共预算收入除以常住人口。",
        "weakest": "人均财力最低的{who}在评估期内净{direction}{net}{unit}，人均{per}元，"
                   "相当于其同期财政收入的{share}。",
        "inflow": "获得", "outflow": "支出",
        "no_stats": "各方人口及财政收入尚未录入，暂无法评估（可用 desk party 命令录入）。",
        "no_findings": "（尚未录入。）", "unknown": "—", "colon": "：", "sep": "、",
    },
    "en": {
        "title": "Evaluation report", "term": "{first}–{last} (the term)", "year": "year {year}",
        "scope": "Period evaluated", "on": "As of", "unit": "Money in",
        "h_summary": "1. Overview", "h_targets": "2. Targets and outcomes", "h_money": "3. Money due and paid",
        "h_disputes": "4. Disputes and their outcomes", "h_fairness": "5. Fairness to the weaker parties",
        "h_findings": "6. Findings of the secretariat",
        "summary": "Readings due: {due}; meeting the standard: {met}; not reported: {missing}. The parties owed "
                   "{due_money} {unit} in all and had paid {paid} {unit} by the date ({rate}); {overdue} {unit} is "
                   "overdue. Disputes raised: {disputes}; decided: {decided}.",
        "no_money": "No money fell due in this period.", "rate": "{pct} %", "rate_none": "nothing due",
        "t_head": ("Indicator (unit)", "Subject", "Standard"), "t_met": "Years met",
        "t_note": "Yearly values; * marks the mean of monthly readings; “missed” marks a value that misses the "
                  "standard.",
        "not_met": "missed", "missing": "not reported", "no_targets": "No indicator is assessed in this period.",
        "m_head": ("Party", "Due", "Paid", "Overdue", "To receive", "Received", "Net"),
        "d_head": ("Parties", "Claim", "Amount", "Decided by", "Outcome", "Award"), "versus": "{a} v {b}",
        "no_disputes": "No dispute was raised in this period.", "pending": "pending",
        "levels": {"joint_conference": "joint conference", "superior": "superior government",
                   "central": "central government"},
        "outcomes": {"upheld": "upheld", "partly": "partly upheld", "rejected": "rejected"},
        "f_head": ("Party", "People, 10k", "Revenue, 亿元/yr", "Revenue per head, 元", "Agreed net",
                   "Per head, 元", "Of revenue"),
        "f_basis": "The net transfer is what the agreement makes each party receive less what it makes it pay in "
                   "the period (positive: net inflow); revenue per person is general budget revenue over resident "
                   "population.",
        "weakest": "{who}, lowest in revenue per person, {direction} a net {net} {unit} in the period: {per} yuan "
                   "per person, {share} of its revenue over the period.",
        "inflow": "received", "outflow": "paid",
        "no_stats": "The parties' population and fiscal revenue are not entered yet (desk party sets them).",
        "no_findings": "(None entered yet.)", "unknown": "—", "colon": ": ", "sep": ", ",
    },
}


def evaluation_document(report: EvaluationReport, names: dict[str, str], language: str = "zh",
                        anchor: str = "") -> Document:
    """The report: scope, overview, targets and outcomes, money, disputes, fairness, findings.
    ``names`` maps party ids to names (for disputes)."""
    w = _WORDS["en" if language == "en" else "zh"]
    zh = language != "en"
    years = report.years
    scope = w["year"].format(year=years[0]) if report.period else w["term"].format(first=years[0], last=years[-1])
    on = chinese_date(report.on.year, report.on.month, report.on.day) if zh else report.on.isoformat()
    blocks: list[Block] = [Paragraph(f"{w['scope']}{w['colon']}{scope}", "plain"),
                           Paragraph(f"{w['on']}{w['colon']}{on}", "plain"),
                           Paragraph(f"{w['unit']}{w['colon']}{report.unit}", "plain")]
    blocks += [Paragraph(w["h_summary"], "heading"), Paragraph(_summary(report, w))]
    blocks += [Paragraph(w["h_targets"], "heading"), *_targets(report, w)]
    blocks += [Paragraph(w["h_money"], "heading"), *_money(report, w)]
    blocks += [Paragraph(w["h_disputes"], "heading"), *_disputes(report, names, w)]
    blocks += [Paragraph(w["h_fairness"], "heading"), *_fairness(report, w)]
    blocks += [Paragraph(w["h_findings"], "heading")]
    blocks += parse_text(report.findings) if report.findings.strip() else [Paragraph(w["no_findings"])]
    return Document(w["title"], tuple(blocks), False, "en" if language == "en" else "zh",
                    subtitle=report.case_name, anchor=anchor)


def _summary(report: EvaluationReport, w: dict) -> str:
    due, paid = report.total_due, report.total_paid
    rate = w["rate"].format(pct=_num(paid / due * 100, 1)) if due else w["rate_none"]
    overdue = sum((a.overdue for a in report.accounts), Decimal(0))
    decided = sum(1 for d in report.disputes if d.outcome is not None)
    return w["summary"].format(due=report.readings_due, met=report.readings_met, missing=report.readings_missing,
                               due_money=_num(due), paid=_num(paid), rate=rate, overdue=_num(overdue),
                               unit=report.unit, disputes=len(report.disputes), decided=decided)


def _targets(report: EvaluationReport, w: dict) -> list[Block]:
    """One row per indicator and subject, one column per year: the value, marked when it misses the standard."""
    if not report.outcomes:
        return [Paragraph(w["no_targets"])]
    rows: dict[tuple[str, str], dict[int, Outcome]] = {}
    for o in report.outcomes:
        rows.setdefault((o.indicator, o.subject), {})[o.year] = o
    table = [(*w["t_head"], *(str(y) for y in report.years), w["t_met"])]
    for (indicator, subject), by_year in rows.items():
        first = next(iter(by_year.values()))
        unit = f"（{first.unit}）" if first.unit and w is _WORDS["zh"] else (f" ({first.unit})" if first.unit else "")
        sign = "≥" if first.higher_is_better else "≤"
        standard = w["unknown"] if first.target is None else f"{sign} {_num(first.target)}"
        cells = [_cell(by_year.get(y), w) for y in report.years]
        met = sum(1 for o in by_year.values() if o.met)
        judged = sum(1 for o in by_year.values() if o.met is not None)
        table.append((indicator + unit, subject or w["unknown"], standard, *cells, f"{met}/{judged}"))
    return [Table(tuple(table)), Paragraph(w["t_note"])]


def _cell(o: Outcome | None, w: dict) -> str:
    if o is None or o.value is None:
        return w["missing"]
    value = _num(o.value, 3) + ("*" if o.how.startswith("mean of") else "")
    return value if o.met is not False else f"{value} {w['not_met']}"


def _money(report: EvaluationReport, w: dict) -> list[Block]:
    if not report.accounts:
        return [Paragraph(w["no_money"])]
    rows = [w["m_head"]]
    rows += [(a.name, _num(a.due), _num(a.paid), _num(a.overdue), _num(a.receivable), _num(a.received),
              _num(a.net_actual)) for a in report.accounts]
    return [Table(tuple(rows))]


def _disputes(report: EvaluationReport, names: dict[str, str], w: dict) -> list[Block]:
    if not report.disputes:
        return [Paragraph(w["no_disputes"])]
    rows = [w["d_head"]]
    rows += [_dispute_row(d, names, w) for d in report.disputes]
    blocks: list[Block] = [Table(tuple(rows))]
    blocks += [Paragraph(f"{names.get(d.claimant_id, '')}{w['colon']}{d.resolution}") for d in report.disputes
               if d.resolution]
    return blocks


def _dispute_row(d: Dispute, names: dict[str, str], w: dict) -> tuple[str, ...]:
    claim = w["unknown"] if d.claim_amount is None else _num(Decimal(repr(d.claim_amount)))
    awarded = w["unknown"] if d.decided_amount is None else _num(Decimal(repr(d.decided_amount)))
    level = w["levels"].get(d.level.value, d.level.value)
    if d.arbiter_id:
        level = names.get(d.arbiter_id, level)
    outcome = w["outcomes"].get(d.outcome.value, d.outcome.value) if d.outcome else w["pending"]
    who = w["versus"].format(a=names.get(d.claimant_id, ""), b=names.get(d.respondent_id, ""))
    return (who, d.subject, claim, level, outcome, awarded)


def _fairness(report: EvaluationReport, w: dict) -> list[Block]:
    if not report.fairness:
        return [Paragraph(w["no_stats"])]
    rows = [w["f_head"]]
    for f in report.fairness:
        rows.append((f.party, _opt(f.population, w), _opt(f.fiscal_revenue, w), _dec(f.capacity, 0, w),
                     _num(f.net), _dec(f.per_capita, 2, w), _pct(f.of_revenue, w)))
    blocks: list[Block] = [Table(tuple(rows)), Paragraph(w["f_basis"])]
    weakest = report.weakest
    if weakest is not None:
        blocks.append(Paragraph(_weakest(weakest, report.unit, w)))
    return blocks


def _weakest(f: Fairness, unit: str, w: dict) -> str:
    direction = w["inflow"] if f.net >= 0 else w["outflow"]
    return w["weakest"].format(who=f.party, direction=direction, net=_num(abs(f.net)), unit=unit,
                               per=_dec(f.per_capita and abs(f.per_capita), 2, w),
                               share=_pct(f.of_revenue and abs(f.of_revenue), w))


def _num(value: Decimal, places: int = 4) -> str:
    """An amount rounded half-up to ``places`` decimals, without trailing zeros."""
    text = format(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _dec(value: Decimal | None, places: int, w: dict) -> str:
    return w["unknown"] if value is None else _num(value, places)


def _opt(value: float | None, w: dict) -> str:
    return w["unknown"] if value is None else _num(Decimal(repr(value)), 2)


def _pct(value: Decimal | None, w: dict) -> str:
    return w["unknown"] if value is None else f"{_num(value, 2)}%"
