"""Minutes (会议纪要) of a round: free-text notes followed by the generated list of proposals and answers."""
from __future__ import annotations

from desk.core.bargaining import BargainingRecord
from desk.core.enums import ResponseKind
from desk.core.language import text_language
from desk.core.sessions import Round
from desk.core.snapshot import CaseSnapshot

_ANSWERS = {
    "zh": {ResponseKind.ACCEPT: "接受", ResponseKind.REJECT: "拒绝", ResponseKind.COUNTER: "提出反提案"},
    "en": {ResponseKind.ACCEPT: "accepts", ResponseKind.REJECT: "rejects", ResponseKind.COUNTER: "counters"},
}
_WORDS = {
    "zh": {"round": "第{n}轮会议纪要", "proposals": "本轮提案：", "proposal": "{i}. {author}提出方案：",
           "note": "   说明：{note}", "answer": "   {party}{kind}{comment}", "none": "本轮无提案。",
           "comment": "（{c}）", "sep": "；"},
    "en": {"round": "Minutes of round {n}", "proposals": "Proposals tabled:", "proposal": "{i}. Proposal by {author}:",
           "note": "   Note: {note}", "answer": "   {party} {kind}{comment}", "none": "No proposal was tabled.",
           "comment": " ({c})", "sep": "; "},
}


def minutes_text(rnd: Round, notes: str, record: BargainingRecord, snapshot: CaseSnapshot, *, lang: str = "zh") -> str:
    """The minutes of ``rnd``: its number, the notes, then every proposal with its package and answers."""
    words = _WORDS[text_language(lang)]
    answers = _ANSWERS[text_language(lang)]
    lines = [words["round"].format(n=rnd.number)]
    if notes.strip():
        lines += ["", notes.strip()]
    proposals = record.proposals_in(rnd.id)
    lines += ["", words["proposals"] if proposals else words["none"]]
    for index, proposal in enumerate(proposals, start=1):
        lines.append(words["proposal"].format(i=index, author=_party(snapshot, proposal.author_id)))
        values = [f"{issue.name} {issue.format_value(proposal.package[issue.id])}"
                  for issue in snapshot.issues if issue.id in proposal.package]
        lines.append("   " + words["sep"].join(values))
        if proposal.note.strip():
            lines.append(words["note"].format(note=proposal.note.strip()))
        for response in record.responses_to(proposal.id):
            comment = words["comment"].format(c=response.comment.strip()) if response.comment.strip() else ""
            lines.append(words["answer"].format(party=_party(snapshot, response.party_id),
                                                kind=answers[response.kind], comment=comment))
    return "\n".join(lines)


def _party(snapshot: CaseSnapshot, party_id: str) -> str:
    party = next((p for p in snapshot.parties if p.id == party_id), None)
    return party.label if party else party_id
