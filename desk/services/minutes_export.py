"""Export a closed round's minutes (会议纪要) as a PDF in the official layout of the agreements."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from desk.agreement.minutes import render_minutes_pdf
from desk.agreement.numerals import chinese_date
from desk.agreement.pdf import RenderResult
from desk.core.errors import DeskError
from desk.core.language import EN, text_language
from desk.core.sessions import Round, Session
from desk.core.words import vocabulary
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService


def export_minutes_pdf(cases: CaseService, round_id: str, path: Path | str, *, lang: str = "zh") -> RenderResult:
    """Write the minutes of a closed round, exactly as recorded when it closed, with the session's details."""
    record = BargainingService(cases).record()
    rnd = next((r for r in record.rounds if r.id == round_id), None)
    if rnd is None:
        raise DeskError("no such round in this case")
    if not rnd.is_closed:
        raise DeskError(f"round {rnd.number} is still open: close it to write its minutes")
    session = next(s for s in record.sessions if s.id == rnd.session_id)
    language = text_language(lang)
    words = vocabulary("minutes_details", language)
    details = _details(session, words, language)
    subtitle = words["round"].format(title=session.title, n=rnd.number)
    anchor = cases.chain_head()
    return render_minutes_pdf(Path(path), subtitle, details, _body(rnd), language,
                              anchor="" if anchor is None else anchor.printed(language))


def _details(session: Session, words: Mapping[str, str], language: str) -> list[tuple[str, str]]:
    held = session.held_on
    when = "" if held is None else (held.isoformat() if language == EN else chinese_date(held.year, held.month,
                                                                                         held.day))
    return [(words["date"], when), (words["place"], session.place), (words["chair"], session.chair),
            (words["attendees"], words["joiner"].join(session.attendees))]


def _body(rnd: Round) -> str:
    """The recorded minutes without their first line (the round's heading, which the subtitle carries)."""
    lines = rnd.minutes.splitlines()
    return "\n".join(lines[1:]).strip() if len(lines) > 1 else rnd.minutes
