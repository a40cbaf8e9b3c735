"""Minutes (会议纪要) of a round: free-text notes followed by the generated list of proposals and answers."""
from __future__ import annotations

from desk.core.bargaining import BargainingRecord
from desk.core.sessions import Round
from desk.core.snapshot import CaseSnapshot
from desk.core.words import vocabulary


def minutes_text(rnd: Round, notes: str, record: BargainingRecord, snapshot: CaseSnapshot, *, lang: str = "zh") -> str:
    """The minutes of ``rnd``: its number, the notes, then every proposal with its package and answers."""
    words = vocabulary("minutes", lang)
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
                                                kind=words[response.kind.value], comment=comment))
    return "\n".join(lines)


def _party(snapshot: CaseSnapshot, party_id: str) -> str:
    party = next((p for p in snapshot.parties if p.id == party_id), None)
    return party.label if party else party_id
