"""The debrief PDF of a single agents-only run (``desk rehearse --debrief --pdf``)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from desk.agreement.debrief_report import debrief_document, render_debrief_pdf
from desk.agreement.pdf import RenderResult
from desk.core.analytics.model import Model
from desk.core.issues import format_value
from desk.core.rehearsal.errors import RehearsalError


def write_debrief_pdf(result: dict[str, Any], model: Model, case_name: str, out: Path | str,
                      language: str = "zh") -> RenderResult:
    """Render the debrief of the one run in ``result`` (from :func:`desk.services.rehearsal.rehearse`)."""
    if len(result["runs"]) != 1 or "debrief" not in result["runs"][0]:
        raise RehearsalError("a debrief report is written for one run: give one strategy per party and --seeds 1")
    out = Path(out)
    if not out.parent.is_dir():
        raise RehearsalError(f"the folder {out.parent} does not exist")
    run = result["runs"][0]
    cast = list(zip(result["parties"], run["strategies"], strict=True))
    labels = model.space.labels()
    terms = []
    if run["package"] is not None:
        for label, grid in zip(labels, model.space.issues, strict=True):
            terms.append(f"{grid.name} {format_value(run['package'][label], grid.unit)}")
    document = debrief_document(case_name, cast, run, terms, result["rounds"], language)
    return render_debrief_pdf(out, document)
