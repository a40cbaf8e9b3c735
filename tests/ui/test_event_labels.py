"""Every audit event kind the services write has a translated description (the Overview showed `round.closed`)."""
from __future__ import annotations

import re
from pathlib import Path

from desk.ui.labels import event_label

ROOT = Path(__file__).resolve().parents[2] / "desk"
#: kinds built at run time (cases.py: f"{what}.reordered", f"demand.{action}", party/issue created or updated)
DYNAMIC = ("parties.reordered", "issues.reordered", "demand.created", "demand.updated", "demand.deleted",
           "party.created", "party.updated", "issue.created", "issue.updated", "case.created",
           "preferences.elicited",  # services/elicitation.py: ELICITED
           "indicator.created", "indicator.updated", "rule.created", "rule.updated",  # services/rules.py
           # services/reading_writes.py (f"{target.kind}.created" …) and services/scenarios.py (_write_readings)
           "reading.created", "reading.updated", "reading.deleted", "scenario_reading.created",
           "scenario_reading.updated", "scenario_reading.deleted", "scenario_readings.copied",
           "scenario_readings.restored", "readings.withdrawn", "scenario_readings.withdrawn")


def written_kinds() -> set[str]:
    pattern = re.compile(r"audit\(\s*\w+,\s*\"([a-z_]+\.[a-z_]+)\"")
    found = {kind for path in ROOT.rglob("*.py") for kind in pattern.findall(path.read_text(encoding="utf-8"))}
    return found | set(DYNAMIC)


def test_every_event_kind_has_a_description_in_both_languages(qapp, tmp_path):
    from desk.ui.bootstrap import shutdown

    from .conftest import make_context

    kinds = written_kinds()
    assert {"round.closed", "proposal.tabled", "bargaining.concluded", "signature.recorded"} <= kinds
    for language in ("en", "zh_CN"):
        ctx = make_context(qapp, tmp_path / language, language)
        try:
            raw = sorted(kind for kind in kinds if event_label(kind) == kind)
            assert raw == [], (language, raw)
            if language == "zh_CN":
                assert event_label("round.closed") == "结束本轮并生成会议纪要"
        finally:
            ctx.windows.translators.install("en")  # leave English for the next test
            shutdown(ctx)
