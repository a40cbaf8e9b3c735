"""Every validation error code the code raises has a message in both languages, filled from the
parameters its raise sites give (an unknown code fell back to the English text in the Chinese UI)."""
from __future__ import annotations

import ast
import string
from pathlib import Path

from desk.core.errors import ValidationError
from desk.ui.validation_text import _MESSAGES, message_for

ROOT = Path(__file__).resolve().parents[2] / "desk"
#: helpers that build a ValidationError from (…, code, message) — desk/core/rules/check.py's _fail adds rule=
BUILDERS = {"ValidationError": (1, set()), "_fail": (1, {"rule"})}
ALWAYS = {"field", "issue"}  # message_for fills these itself


def raise_sites() -> dict[str, list[tuple[str, set[str]]]]:
    """code → [(where, names of the parameters given there)] for every ValidationError built in desk/."""
    sites: dict[str, list[tuple[str, set[str]]]] = {}
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in BUILDERS:
                continue
            index, implied = BUILDERS[name]
            if len(node.args) > index and isinstance(node.args[index], ast.Constant):
                given = {kw.arg for kw in node.keywords if kw.arg} | implied
                where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
                sites.setdefault(node.args[index].value, []).append((where, given))
    return sites


def test_every_raised_code_has_a_message_its_sites_can_fill():
    sites = raise_sites()
    assert {"name.duplicate", "rule.weights_sum", "elicit.pair_missing", "type.date"} <= set(sites)
    missing = sorted(f"{code} ({places[0][0]})" for code, places in sites.items() if code not in _MESSAGES)
    assert missing == []
    unfillable = []
    for code, places in sites.items():
        wanted = {name for _, name, _, _ in string.Formatter().parse(_MESSAGES[code]) if name}
        unfillable += [f"{code} at {where} lacks {sorted(wanted - given - ALWAYS)}"
                       for where, given in places if wanted - given - ALWAYS]
    assert unfillable == []


def test_store_codes_have_messages():
    from desk.store.failures import UNIQUE_RULES

    # the store knows which rule broke, not the values: its messages need no parameter but the field
    for field, code, message in UNIQUE_RULES.values():
        wanted = {name for _, name, _, _ in string.Formatter().parse(_MESSAGES[code]) if name}
        assert wanted <= ALWAYS, code
        assert message_for(ValidationError(field, code, message)) != message


def test_messages_are_chinese_in_the_chinese_ui(qapp, tmp_path):
    from desk.ui.bootstrap import shutdown

    from .conftest import make_context

    ctx = make_context(qapp, tmp_path, "zh_CN")
    try:
        assert message_for(ValidationError("package", "package.missing_issue", "x", issue="补偿金额")) == \
            "方案未给出“补偿金额”的取值。"
        english = [code for code, source in _MESSAGES.items()
                   if message_for(ValidationError("name", code, "x", **_sample_params(source))) ==
                   source.format(**{**_sample_params(source), "field": "Name", "issue": ""})
                   and any("a" <= ch <= "z" for ch in source)]
        assert english == []
    finally:
        ctx.windows.translators.install("en")
        shutdown(ctx)


def _sample_params(source: str) -> dict[str, str]:
    return {name: "1" for _, name, _, _ in string.Formatter().parse(source) if name and name not in ALWAYS}
