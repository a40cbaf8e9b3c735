"""The words of generated text outside Qt's translations (minutes, minutes PDF, debrief, charts, signature
blocks), Chinese and English side by side in one table; :func:`vocabulary` picks a language the one way."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desk.core.language import EN, ZH, text_language

#: table → language → key → text (a chart's short solution names are one nested table).
WORDS: Mapping[str, Mapping[str, Mapping[str, Any]]] = {
    # the minutes of a round (desk.core.minutes)
    "minutes": {
        ZH: {"round": "第{n}轮会议纪要", "proposals": "本轮提案：", "proposal": "{i}. {author}提出方案：",
             "note": "   说明：{note}", "answer": "   {party}{kind}{comment}", "none": "本轮无提案。",
             "comment": "（{c}）", "sep": "；",
             "accept": "接受", "reject": "拒绝", "counter": "提出反提案"},
        EN: {"round": "Minutes of round {n}", "proposals": "Proposals tabled:",
             "proposal": "{i}. Proposal by {author}:", "note": "   Note: {note}",
             "answer": "   {party} {kind}{comment}", "none": "No proposal was tabled.",
             "comment": " ({c})", "sep": "; ",
             "accept": "accepts", "reject": "rejects", "counter": "counters"},
    },
    # the minutes as a document (desk.agreement.minutes)
    "minutes_document": {
        ZH: {"title": "会议纪要", "colon": "："},
        EN: {"title": "Minutes", "colon": ": "},
    },
    # the details heading a minutes PDF (desk.services.minutes_export)
    "minutes_details": {
        ZH: {"date": "时间", "place": "地点", "chair": "主持人", "attendees": "出席人员", "round": "{title}（第{n}轮）",
             "joiner": "、"},
        EN: {"date": "Date", "place": "Place", "chair": "Chair", "attendees": "Present", "round": "{title}, round {n}",
             "joiner": ", "},
    },
    # a rehearsal's debrief report (desk.agreement.debrief_report)
    "debrief": {
        ZH: {"title": "演练复盘", "setting": "演练设置", "rounds": "期限{n}轮，种子{seed}", "result": "结果",
             "deal": "第{r}轮达成一致（{who}提出）。", "no_deal": "{r}轮内未达成一致，各方保留破裂点效用。",
             "package": "方案", "utilities": "效用比较", "party": "参与方", "agreed": "达成方案", "batna": "破裂点",
             "nash": "纳什", "kalai_smorodinsky": "K-S", "egalitarian": "平等",
             "curves": "让步曲线", "curve": "{who}：{first:.2f}→{last:.2f}（{n}次提案）",
             "needless": "不必要的让步", "needless_item": "{who}第{r}轮自报{offered:.2f}，最终得到{deal:.2f}",
             "more": "等共{n}处", "none": "无。", "left": "遗留价值",
             "left_none": "无：达成方案位于帕累托前沿，无方案对各方均不差且对一方更好。",
             "left_some": "{n}个前沿方案对各方均不差；各方最多可再得{gains}；各方可同时再得{common:.2f}。",
             "footer": "本报告为演练结果，不属于正式记录。", "sep": "；", "colon": "：", "stop": "。"},
        EN: {"title": "Rehearsal debrief", "setting": "Setting", "rounds": "deadline {n} rounds, seed {seed}",
             "result": "Result", "deal": "Agreement in round {r} (tabled by {who}).",
             "no_deal": "No agreement within {r} rounds; every party keeps its BATNA utility.",
             "package": "Package", "utilities": "Utilities", "party": "Party", "agreed": "Deal", "batna": "BATNA",
             "nash": "Nash", "kalai_smorodinsky": "K-S", "egalitarian": "Egalitarian",
             "curves": "Concession curves", "curve": "{who}: {first:.2f}→{last:.2f} ({n} proposals)",
             "needless": "Needless concessions",
             "needless_item": "{who} asked for {offered:.2f} in round {r}, got {deal:.2f}", "more": "{n} in all",
             "none": "None.", "left": "Value left on the table",
             "left_none": "None: the deal is on the Pareto frontier.",
             "left_some": "{n} frontier packages are at least as good for all; the most each could still gain: "
                          "{gains}; all at once: {common:.2f}.",
             "footer": "A rehearsal result, not part of the real record.", "sep": "; ", "colon": ": ", "stop": "."},
    },
    # the frontier charts (desk.charts.figure)
    "chart": {
        ZH: {
            "title": "帕累托前沿：{x} × {y}", "utility": "{party}的效用", "frontier": "帕累托前沿（精确）",
            "cloud_all": "全部方案\n（{n}个）", "cloud_sample": "可能方案（抽样\n{n}个，共{total}个）",
            "cloud_rules_all": "符合规则约束的\n全部方案（{n}个）",
            "cloud_rules_sample": "符合规则约束的方案\n（抽样{n}个，共{total}个）",
            "disagreement": "谈判破裂点 d", "feasible": "双方都优于\n破裂点的区域",
            "nash": "纳什谈判解", "kalai_smorodinsky": "K-S解（卡莱-斯莫\n罗丁斯基，同比例让步）",
            "egalitarian": "平等主义解\n（照顾弱方）", "utilitarian": "总效用最大解",
            "trajectory": "{party}的提案轨迹", "round": "第{n}轮",
            "current": "当前方案", "parallel_title": "{n}方帕累托前沿（平行坐标，每条线一个方案）",
            "parallel_frontier": "前沿方案（{n}个）", "proposal": "{party}提案（第{n}轮）",
            "infeasible": "没有可行方案：破裂点排除了所有方案",
            "shortfall": "{party}要求效用不低于{needs}（其破裂点），\n而满足其他各方破裂点的最佳方案只给它{best}",
            "shortfall_none": "{party}要求效用不低于{needs}（其破裂点），\n但没有方案能同时满足其他各方的破裂点",
            "reservations": "没有可行方案：在“{issue}”上，\n{parties}的保留值没有共同可接受的取值",
            "list_sep": "、", "presentation": "演示模式：仅按公开立场计算（不含保留值、破裂点）",
            "hover_utilities": "效用", "solutions_short": {"nash": "纳什", "kalai_smorodinsky": "K-S",
                                                            "egalitarian": "平等", "utilitarian": "总效用"},
        },
        EN: {
            "title": "Pareto frontier: {x} × {y}", "utility": "Utility of {party}",
            "frontier": "Pareto frontier\n(exact)",
            "cloud_all": "All packages\n({n})", "cloud_sample": "Possible packages\n(sample of {n}\nof {total})",
            "cloud_rules_all": "All packages that\nmeet the rules ({n})",
            "cloud_rules_sample": "Packages that meet\nthe rules (sample of\n{n} of {total})",
            "disagreement": "Disagreement\npoint d", "feasible": "Both better\noff than d",
            "nash": "Nash", "kalai_smorodinsky": "Kalai–Smorodinsky\n(equal ratios)",
            "egalitarian": "Egalitarian\n(favours the weaker)", "utilitarian": "Utilitarian\n(largest total)",
            "trajectory": "Proposals of\n{party}", "round": "round {n}", "current": "Current proposal",
            "parallel_title": "{n}-party Pareto frontier (parallel coordinates, one line per package)",
            "parallel_frontier": "Frontier packages ({n})", "proposal": "Proposal of {party} (round {n})",
            "infeasible": "No feasible package: the BATNAs exclude every package",
            "shortfall": "{party} needs at least {needs} (its BATNA);\nthe best package that satisfies the others "
                         "gives it {best}",
            "shortfall_none": "{party} needs at least {needs} (its BATNA),\nbut no package satisfies all the others",
            "reservations": "No feasible package: on “{issue}” the reservation values\nof {parties} leave no value "
                            "acceptable to all",
            "list_sep": ", ",
            "presentation": "Presentation mode: stated positions only (no reservations, no d)",
            "hover_utilities": "Utilities", "solutions_short": {"nash": "Nash", "kalai_smorodinsky": "K-S",
                                                                "egalitarian": "Egal.", "utilitarian": "Util."},
        },
    },
    # why a frontier is empty and what the rules' constraints require (desk.core.analytics.reasons)
    "analysis": {
        ZH: {"no_feasible": "没有方案同时满足各前沿方的保留值和破裂点",
             "no_value": "议题“{issue}”没有各前沿方都能接受的取值",
             "no_combination": "{issues}的可接受取值中没有满足约束的组合：{constraints}",
             "below_disagreement": "没有方案能使各前沿方都至少得到其破裂点效用",
             "sum_100": "规则“{rule}”：{group}（{names}）之和须为100%",
             "fund": "规则“{rule}”：{group}（{names}）须凑足资金总额",
             "groups": {"allocations": "分配比例", "contributions": "出资", "ratios": "统计分成比例"},
             "list_sep": "、", "plus": "＋", "sep": "；"},
        EN: {"no_feasible": "no package satisfies every frontier party's reservation values and BATNA",
             "no_value": "no value of issue '{issue}' is acceptable to every frontier party",
             "no_combination": "no acceptable values of {issues} meet: {constraints}",
             "below_disagreement": "no package gives every frontier party at least its disagreement utility",
             "sum_100": "rule {rule}: the {group} ({names}) must sum to 100 %",
             "fund": "rule {rule}: the {group} ({names}) must make up the fund",
             "groups": {"allocations": "allocations", "contributions": "contributions", "ratios": "ratios"},
             "list_sep": "、", "plus": " + ", "sep": "; "},
    },
    # a rehearsal's debrief charts (desk.charts.rehearsal)
    "rehearsal_chart": {
        ZH: {"dance": "提案轨迹与帕累托前沿", "curves": "让步曲线", "frontier": "帕累托前沿", "deal": "达成方案",
             "nash": "纳什解", "mediator": "协调方", "round": "轮次", "own": "本方效用", "utility": "{name}效用"},
        EN: {"dance": "The dance against the frontier", "curves": "Concession curves", "frontier": "Pareto frontier",
             "deal": "Deal", "nash": "Nash", "mediator": "Mediator", "round": "Round", "own": "Own utility",
             "utility": "{name} utility"},
    },
    # the signature block of an agreement (desk.agreement.layout_blocks)
    "signature_block": {
        ZH: {"delegate": "授权代表：", "sign_here": "（签字）", "date": "日期："},
        EN: {"delegate": "Delegate: ", "sign_here": "", "date": "Date: "},
    },
}


def vocabulary(table: str, language: str | None) -> Mapping[str, Any]:
    """The words of ``table`` in ``language`` (English for ``en``/``en_US``…, else Chinese: the one default)."""
    return WORDS[table][text_language(language)]
