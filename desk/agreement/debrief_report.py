"""The one-page debrief report (演练复盘) of a rehearsal, in the official layout of the agreements."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from desk.agreement.document import Block, Document, Paragraph, Table
from desk.agreement.pdf import RenderResult, render_pdf

#: Needless concessions listed by name before "and N more".
MAX_LISTED = 3

_WORDS = {
    "zh": {"title": "演练复盘", "setting": "演练设置", "rounds": "期限{n}轮，种子{seed}", "result": "结果",
           "deal": "第{r}轮达成一致（{who}提出）。", "no_deal": "{r}轮内未达成一致，各方保留破裂点效用。",
           "package": "方案", "utilities": "效用比较", "party": "参与方", "agreed": "达成方案", "batna": "破裂点",
           "nash": "纳什", "kalai_smorodinsky": "K-S", "egalitarian": "平等",
           "curves": "让步曲线", "curve": "{who}：{first:.2f}→{last:.2f}（{n}次提案）",
           "needless": "不必要的让步", "needless_item": "{who}第{r}轮自报{offered:.2f}，最终得到{deal:.2f}",
           "more": "等共{n}处", "none": "无。", "left": "遗留价值",
           "left_none": "无：达成方案位于帕累托前沿，无方案对各方均不差且对一方更好。",
           "left_some": "{n}个前沿方案对各方均不差；各方最多可再得{gains}；各方可同时再得{common:.2f}。",
           "footer": "本报告为演练结果，不属于正式记录。", "sep": "；", "colon": "：", "stop": "。"},
    "en": {"title": "Rehearsal debrief", "setting": "Setting", "rounds": "deadline {n} rounds, seed {seed}",
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
}


def debrief_document(case_name: str, cast: Sequence[tuple[str, str]], run: Mapping[str, Any],
                     terms: Sequence[str], deadline: int, language: str = "zh") -> Document:
    """The debrief of one run: setting, result and package, utilities against the solutions, concession
    curves, needless concessions, value left on the table. ``run`` is a run of ``desk rehearse --json``
    with its ``debrief``; ``cast`` gives (party, strategy); ``terms`` the package's terms, formatted."""
    words = _WORDS["en" if language == "en" else "zh"]
    lesson = run["debrief"]
    parties = [name for name, _ in cast]
    sep, colon = words["sep"], words["colon"]
    setting = sep.join(f"{name}={strategy}" for name, strategy in cast)
    setting += sep + words["rounds"].format(n=deadline, seed=run["seed"])
    blocks: list[Block] = [Paragraph(f"{words['setting']}{colon}{setting}{words['stop']}", "plain")]
    if run["agreement"]:
        result = words["deal"].format(r=run["rounds"], who=run["proposed_by"])
        blocks.append(Paragraph(f"{words['result']}{colon}{result}", "plain"))
        blocks.append(Paragraph(f"{words['package']}{colon}{sep.join(terms)}{words['stop']}", "plain"))
    else:
        blocks.append(Paragraph(f"{words['result']}{colon}{words['no_deal'].format(r=run['rounds'])}", "plain"))
    solutions = [name for name in ("nash", "kalai_smorodinsky", "egalitarian") if name in lesson["solutions"]]
    rows = [(words["party"], words["agreed" if run["agreement"] else "batna"], *(words[name] for name in solutions))]
    for k, party in enumerate(parties):
        rows.append((party, f"{lesson['deal'][k]:.3f}",
                     *(f"{lesson['solutions'][name]['utilities'][k]:.3f}" for name in solutions)))
    blocks += [Paragraph(words["utilities"], "heading"), Table(tuple(rows))]
    curves = [words["curve"].format(who=party, first=curve[0][1], last=curve[-1][1], n=len(curve))
              for party, curve in lesson["concessions"].items() if curve]
    blocks.append(Paragraph(f"{words['curves']}{colon}{sep.join(curves) or words['none']}{words['stop']}", "plain"))
    needless = lesson["needless_concessions"]
    items = [words["needless_item"].format(who=i["party"], r=i["round"], offered=i["offered"], deal=i["deal"])
             for i in needless[:MAX_LISTED]]
    text = sep.join(items) + (words["more"].format(n=len(needless)) if len(needless) > MAX_LISTED else "")
    blocks.append(Paragraph(f"{words['needless']}{colon}{text + words['stop'] if items else words['none']}",
                            "plain"))
    left = lesson["left_on_table"]
    if left:
        gains = "/".join(f"{g:.2f}" for g in left["best_gain"])
        text = words["left_none"] if left["dominated_by"] == 0 else words["left_some"].format(
            n=left["dominated_by"], gains=gains, common=left["common_gain"])
        blocks.append(Paragraph(f"{words['left']}{colon}{text}", "plain"))
    blocks.append(Paragraph(words["footer"], "plain"))
    return Document(words["title"], tuple(blocks), True, language, subtitle=case_name)


def render_debrief_pdf(path: str | Path, document: Document) -> RenderResult:
    """Write the debrief as a PDF (marked 草案/draft: a rehearsal is never a final document)."""
    return render_pdf(document, path)
