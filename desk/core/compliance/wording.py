"""The words of monitoring in Chinese and English, in one table: standings (each with a symbol, so a board
reads without colour), kinds of commitment, dispute levels and outcomes, and why a commitment stands where it
does. The window, the exported board (PDF, XLSX) and the reports use the same words."""
from __future__ import annotations

import re
from decimal import Decimal

from desk.core.compliance.dues import DueKind
from desk.core.compliance.ledger import Standing, Status
from desk.core.enums import DisputeLevel, DisputeOutcome, DisputeStatus
from desk.core.language import text_language
from desk.core.rules.money import grouped

#: Light backgrounds after the Okabe–Ito palette (distinct for the common colour-vision deficiencies) for the
#: window and the spreadsheet; dark text reads on every one, and the symbol and word say the same without colour.
COLOURS = {
    Standing.ON_TRACK: "#DCEBF7", Standing.DUE_SOON: "#FBE3A6", Standing.OVERDUE: "#F6B891",
    Standing.MET: "#C9E9D9", Standing.BREACHED: "#E3A9C4", Standing.WAIVED: "#E4E4E4",
}
SYMBOLS = {
    Standing.ON_TRACK: "○", Standing.DUE_SOON: "△", Standing.OVERDUE: "▲", Standing.MET: "√",
    Standing.BREACHED: "×", Standing.WAIVED: "—",
}

_WORDS: dict[str, dict[object, str]] = {
    "zh": {
        Standing.ON_TRACK: "按期推进", Standing.DUE_SOON: "即将到期", Standing.OVERDUE: "逾期",
        Standing.MET: "已履行", Standing.BREACHED: "违约", Standing.WAIVED: "已豁免",
        DueKind.PAYMENT: "资金拨付", DueKind.READING: "监测报送", DueKind.AWARD: "裁定给付", DueKind.DUTY: "其他义务",
        DisputeLevel.JOINT_CONFERENCE: "联席会议", DisputeLevel.SUPERIOR: "共同上级", DisputeLevel.CENTRAL: "中央政府",
        DisputeStatus.OPEN: "协商中", DisputeStatus.ESCALATED: "已提请上级", DisputeStatus.RESOLVED: "已裁定",
        DisputeOutcome.UPHELD: "支持", DisputeOutcome.PARTLY: "部分支持", DisputeOutcome.REJECTED: "驳回",
        "waived": "豁免：{x}", "done": "已完成", "not_reported": "未报送", "reported": "已报送 {x}",
        "standard": "标准", "paid": "{x}付清", "late": "，逾期{n}天", "part": "已付{x}／{y}", "decided": "已裁定：{x}",
    },
    "en": {
        Standing.ON_TRACK: "on track", Standing.DUE_SOON: "due soon", Standing.OVERDUE: "overdue",
        Standing.MET: "met", Standing.BREACHED: "breached", Standing.WAIVED: "waived",
        DueKind.PAYMENT: "payment", DueKind.READING: "reading", DueKind.AWARD: "award", DueKind.DUTY: "duty",
        DisputeLevel.JOINT_CONFERENCE: "joint conference", DisputeLevel.SUPERIOR: "common superior",
        DisputeLevel.CENTRAL: "central government",
        DisputeStatus.OPEN: "open", DisputeStatus.ESCALATED: "escalated", DisputeStatus.RESOLVED: "decided",
        DisputeOutcome.UPHELD: "upheld", DisputeOutcome.PARTLY: "partly upheld", DisputeOutcome.REJECTED: "rejected",
        "waived": "waived: {x}", "done": "done", "not_reported": "not reported", "reported": "reported {x}",
        "standard": "standard", "paid": "paid {x}", "late": ", {n} days late", "part": "{x} of {y} paid",
        "decided": "decided: {x}",
    },
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def word(value: object, language: str = "zh") -> str:
    """The word for a standing, a kind of commitment, a dispute level, status or outcome."""
    return _WORDS[text_language(language)].get(value, str(value))


def standing_label(standing: Standing, language: str = "zh") -> str:
    """Symbol and word: ``▲ 逾期``."""
    return f"{SYMBOLS[standing]} {word(standing, language)}"


def dispute_state(status: DisputeStatus, outcome: DisputeOutcome | None, language: str = "zh") -> str:
    """``协商中`` / ``已提请上级`` / ``已裁定：部分支持``."""
    if outcome is not None:
        return word("decided", language).format(x=word(outcome, language))
    return word(status, language)


def basis(status: Status, language: str = "zh") -> str:
    """Why a commitment stands where it does (the core's ``Status.basis``, which the CLI prints, in words)."""
    w = _WORDS[text_language(language)]
    due, text = status.due, status.basis
    if status.standing is Standing.WAIVED:
        return w["waived"].format(x=text.removeprefix("waived: "))
    if due.kind is DueKind.DUTY:
        return w["done"] if status.standing is Standing.MET else ""
    if due.kind is DueKind.READING:
        if text.startswith("not reported"):
            return w["not_reported"]
        if text.startswith("reported "):
            return w["reported"].format(x=text.removeprefix("reported "))
        return text.replace(" standard ", f" {w['standard']} ")
    if status.standing is Standing.MET:
        found = _DATE.search(text)
        out = w["paid"].format(x=found.group(0) if found else "")
        return out + (w["late"].format(n=status.late_days) if status.late_days else "")
    if status.paid:
        return w["part"].format(x=grouped(status.paid), y=grouped(due.amount or Decimal(0)))
    return ""
