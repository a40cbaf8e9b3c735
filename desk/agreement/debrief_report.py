"""The one-page debrief report (演练复盘) of a rehearsal, in the official layout of the agreements."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from desk.agreement.document import Block, Document, Paragraph, Table
from desk.agreement.pdf import RenderResult, render_pdf
from desk.core.words import vocabulary

#: Needless concessions listed by name before "and N more".
MAX_LISTED = 3



def debrief_document(case_name: str, cast: Sequence[tuple[str, str]], run: Mapping[str, Any],
                     terms: Sequence[str], deadline: int, language: str = "zh") -> Document:
    """The debrief of one run: setting, result and package, utilities against the solutions, concession
    curves, needless concessions, value left on the table. ``run`` is a run of ``desk rehearse --json``
    with its ``debrief``; ``cast`` gives (party, strategy); ``terms`` the package's terms, formatted."""
    words = vocabulary("debrief", language)
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
