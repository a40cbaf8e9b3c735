"""The dispute letter (提请裁定函) to the dispute's current arbiter, in the official layout of the agreements."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desk.agreement.document import Block, Document, Paragraph, Table
from desk.agreement.numerals import chinese_date


@dataclass(frozen=True, slots=True)
class LetterStep:
    """One step of the escalation so far: its level (joint_conference / superior / central), the forum,
    when it was opened, its deadline, and when it closed (None: the step now open)."""

    level: str
    forum: str
    opened_on: date
    deadline: date
    closed_on: date | None


@dataclass(frozen=True, slots=True)
class DisputeLetter:
    """What the letter says: who writes to whom, about what, on what grounds, after which steps, by when."""

    sender: str
    addressee: str
    claimant: str
    respondent: str
    claim: str
    amount: str  # "0.05亿元", or "" when no money is claimed
    agreement: str  # the agreement's title
    concerns: tuple[str, ...]  # the commitment or clause concerned, as lines
    evidence: tuple[str, ...]
    steps: tuple[LetterStep, ...]
    deadline: date
    written_on: date
    copies: tuple[str, ...] = ()


_WORDS = {
    "zh": {
        "title": "关于提请裁定{claimant}与{respondent}履约争议的函",
        "opening": "{claimant}与{respondent}在执行《{agreement}》过程中发生争议，{tried}依据协议约定的争议解决程序，"
                   "现提请贵方裁定。有关情况如下：",
        "tried": "经{forums}未能解决，",
        "h_parties": "一、争议双方", "claimant": "申请方", "respondent": "被申请方",
        "h_claim": "二、请求事项", "amount": "主张金额：{amount}。",
        "h_concerns": "三、所涉履约事项或协议条款", "concerns_none": "申请方未指明具体履约事项或条款。",
        "h_evidence": "四、证据材料", "evidence_none": "申请方未提交证据材料。",
        "h_steps": "五、处理经过", "steps_head": ("层级", "处理机构", "提交日期", "办理期限", "结束日期"),
        "open": "办理中",
        "h_deadline": "六、裁定期限",
        "deadline": "按协议约定的争议处理时限，请于{deadline}前作出裁定（支持、部分支持或驳回，并说明理由及金额），"
                    "并函告联席会议办公室。",
        "copies": "抄送：{names}。", "colon": "：", "sep": "、",
        "levels": {"joint_conference": "联席会议", "superior": "上级政府", "central": "中央"},
        "forums": {"joint_conference": "联席会议协商"}, "stop": "。",
    },
    "en": {
        "title": "Request for a decision on the dispute between {claimant} and {respondent}",
        "opening": "{claimant} and {respondent} disagree on the performance of the agreement \"{agreement}\". "
                   "{tried}Under the agreement's dispute procedure we ask you to decide. The facts are:",
        "tried": "It was put to {forums} without being settled. ",
        "h_parties": "1. The parties", "claimant": "Claimant", "respondent": "Respondent",
        "h_claim": "2. The claim", "amount": "Amount claimed: {amount}.",
        "h_concerns": "3. The commitment or clause concerned",
        "concerns_none": "The claimant names no commitment or clause.",
        "h_evidence": "4. Evidence", "evidence_none": "The claimant filed no evidence.",
        "h_steps": "5. Steps so far", "steps_head": ("Level", "Forum", "Opened", "Deadline", "Closed"),
        "open": "open",
        "h_deadline": "6. Deadline",
        "deadline": "Under the agreement's time limits, please decide by {deadline} (upheld, partly upheld or "
                    "rejected, with the reasoning and any amount) and inform the joint conference's secretariat.",
        "copies": "Copies to: {names}.", "colon": ": ", "sep": ", ",
        "levels": {"joint_conference": "conference", "superior": "superior", "central": "centre"},
        "forums": {"joint_conference": "the joint conference"}, "stop": ".",
    },
}


def letter_document(letter: DisputeLetter, language: str = "zh", anchor: str = "") -> Document:
    """The letter: addressee, opening, parties, claim, what it concerns, evidence, steps so far, deadline,
    sender and date, copies."""
    lang = "en" if language == "en" else "zh"
    w = _WORDS[lang]
    day = (lambda d: chinese_date(d.year, d.month, d.day)) if lang == "zh" else (lambda d: d.isoformat())
    closed = [w["forums"].get(s.level, s.forum) if s.level == "joint_conference" else s.forum
              for s in letter.steps if s.closed_on is not None]
    tried = w["tried"].format(forums=w["sep"].join(closed)) if closed else ""
    blocks: list[Block] = [
        Paragraph(letter.addressee + w["colon"], "plain"),
        Paragraph(w["opening"].format(claimant=letter.claimant, respondent=letter.respondent,
                                      agreement=letter.agreement, tried=tried)),
        Paragraph(w["h_parties"], "heading"),
        Paragraph(f"{w['claimant']}{w['colon']}{letter.claimant}"),
        Paragraph(f"{w['respondent']}{w['colon']}{letter.respondent}"),
        Paragraph(w["h_claim"], "heading"),
        Paragraph(letter.claim if letter.claim[-1:] in "。.！!？?；;" else letter.claim + w["stop"]),
    ]
    if letter.amount:
        blocks.append(Paragraph(w["amount"].format(amount=letter.amount)))
    blocks.append(Paragraph(w["h_concerns"], "heading"))
    blocks += [Paragraph(line) for line in letter.concerns] or [Paragraph(w["concerns_none"])]
    blocks.append(Paragraph(w["h_evidence"], "heading"))
    blocks += [Paragraph(f"{n}. {line}" if lang == "en" else f"{n}．{line}")
               for n, line in enumerate(letter.evidence, 1)] or [Paragraph(w["evidence_none"])]
    blocks.append(Paragraph(w["h_steps"], "heading"))
    rows = [w["steps_head"]]
    rows += [(w["levels"].get(s.level, s.level), s.forum, day(s.opened_on), day(s.deadline),
              day(s.closed_on) if s.closed_on else w["open"]) for s in letter.steps]
    blocks.append(Table(tuple(rows)))
    blocks += [Paragraph(w["h_deadline"], "heading"),
               Paragraph(w["deadline"].format(deadline=day(letter.deadline))),
               Paragraph(letter.sender, "plain"), Paragraph(day(letter.written_on), "plain")]
    if letter.copies:
        blocks.append(Paragraph(w["copies"].format(names=w["sep"].join(letter.copies)), "plain"))
    title = w["title"].format(claimant=letter.claimant, respondent=letter.respondent)
    return Document(title, tuple(blocks), False, lang, anchor=anchor)
