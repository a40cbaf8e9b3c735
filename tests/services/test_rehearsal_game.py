"""A played rehearsal lives in its sandbox's record: new game, replay after every step, passes, settings file."""
from __future__ import annotations

from pathlib import Path

import pytest

from desk.core.enums import ResponseKind
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.files import real_case_of, settings_path
from desk.core.rehearsal.game import GameSettings
from desk.core.rehearsal.protocol import MEDIATOR
from desk.core.rehearsal.replay import agent_moves
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService, load_snapshot
from desk.services.rehearsal_game import load_game, new_game, read_passes, read_settings, write_passes, write_settings
from desk.services.rehearsal_sandbox import delete_rehearsal


def _ids(path: Path) -> tuple[str, str]:
    snapshot = load_snapshot(path)
    names = {p.name: p.id for p in snapshot.signatories}
    return names["安徽省人民政府"], names["浙江省人民政府"]


def _record_agents(service: CaseService, game) -> None:
    """What the GUI's conductor does, without Qt: the agents' moves recorded through the bargaining service."""
    bargaining = BargainingService(service)
    for move in agent_moves(game.negotiation):
        rnd = BargainingService(service).record().open_round(game.session.id)
        if move.kind == "table":
            if rnd is None or rnd.number < move.round:
                if rnd is not None:
                    bargaining.close_round(rnd.id)
                rnd = bargaining.open_round(game.session.id)
            author = game.party_ids[move.party] if move.party != MEDIATOR else game.mediator_id
            made = bargaining.table_proposal(rnd.id, author, game.package(move.choice))
            game.proposal_ids.append(made.id)
        else:
            kind = ResponseKind.ACCEPT if move.accept else ResponseKind.REJECT
            bargaining.answer(game.proposal_ids[move.proposal], game.party_ids[move.party], kind)


def _game(service: CaseService, passes=()):
    return load_game(service.snapshot(), BargainingService(service).record(), read_settings(service.path), passes)


def test_play_the_demo_as_anhui_through_the_record(demo_file: Path) -> None:
    before = demo_file.read_bytes()
    anhui, zhejiang = _ids(demo_file)
    settings = GameSettings(players=(anhui,), strategies={zhejiang: "linear"}, rounds=8, seed=3)
    path = new_game(demo_file, settings, "演练：安徽")
    assert path.parent.name == "demo.rehearsals" and settings_path(path).is_file()
    assert real_case_of(path) == demo_file and read_settings(path) == settings
    service = CaseService.open(path)
    try:
        game = _game(service)
        _record_agents(service, game)
        you = game.players[0]
        nash = game.negotiation.arena.choice(game.negotiation.arena.nash_row)
        bargaining = BargainingService(service)
        for _ in range(40):
            game = _game(service)  # replayed from the record after every step
            action = game.negotiation.next_action()
            if action is None:
                break
            assert action.party == you
            if action.kind == "answer":
                worth = game.negotiation.proposals[action.proposal].utilities[you]
                kind = ResponseKind.ACCEPT if worth >= 0.487 else ResponseKind.REJECT
                bargaining.answer(game.proposal_ids[action.proposal], anhui, kind)
            else:
                made = bargaining.table_proposal(game.open_round.id, anhui, game.package(tuple(nash)))
                game.proposal_ids.append(made.id)
                game.negotiation.table(you, nash)
            _record_agents(service, _game(service))
        game = _game(service)
        outcome = game.negotiation.outcome()
        assert game.negotiation.finished and outcome.agreement is not None
        concluded = bargaining.concluded()
        assert concluded is not None and concluded.id == game.proposal_ids[game.negotiation.agreement]
        lesson = game.debrief()
        assert lesson.agreement and lesson.deal[you] >= 0.487 - 1e-9
    finally:
        service.close()
    assert demo_file.read_bytes() == before  # the real case is only read
    delete_rehearsal(path)
    assert not path.exists() and not settings_path(path).exists()


def test_a_pass_is_remembered_until_the_record_shows_it(demo_file: Path) -> None:
    anhui, zhejiang = _ids(demo_file)
    path = new_game(demo_file, GameSettings(players=(anhui,), strategies={zhejiang: "hardliner"}, rounds=3,
                                            seed=0), "演练")
    service = CaseService.open(path)
    try:
        game = _game(service)
        _record_agents(service, game)
        game = _game(service)
        action = game.negotiation.next_action()
        if action.kind == "answer":
            BargainingService(service).answer(game.proposal_ids[action.proposal], anhui, ResponseKind.REJECT)
            game = _game(service)
            action = game.negotiation.next_action()
        assert action.kind == "table"
        passed = {(game.negotiation.round, action.party)}
        moved = _game(service, passed)
        assert moved.negotiation.next_action() != action  # the pass moves the game on
        _record_agents(service, moved)
        after = _game(service)  # the record now shows the pass (a later proposal or a closed round)
        assert after.negotiation.next_action() == _game(service, passed).negotiation.next_action()
    finally:
        service.close()


def test_bad_settings_and_records_are_refused_in_one_line(demo_file: Path, tmp_path: Path) -> None:
    anhui, zhejiang = _ids(demo_file)
    with pytest.raises(RehearsalError, match="at least one party"):
        new_game(demo_file, GameSettings(players=()), "x")
    with pytest.raises(RehearsalError, match="unknown strategy"):
        new_game(demo_file, GameSettings(players=(anhui,), strategies={zhejiang: "bully"}), "x")
    assert not list((tmp_path / "demo.rehearsals").glob("*.desk"))  # nothing left behind
    path = new_game(demo_file, GameSettings(players=(anhui,), strategies={zhejiang: "linear"}), "x")
    settings_path(path).write_text("{not json", encoding="utf-8")
    with pytest.raises(RehearsalError, match="cannot be read"):
        read_settings(path)
    write_settings(path, GameSettings(players=(anhui,)))
    service = CaseService.open(path)
    try:
        game = _game(service)
        _record_agents(service, game)
        game = _game(service)
        # Zhejiang (an agent) tables out of turn: a record the protocol could not have made is refused
        bargaining = BargainingService(service)
        waiting = game.negotiation.next_action().kind
        package = game.package(tuple(game.negotiation.arena.choice(0)))
        bargaining.table_proposal(game.open_round.id, zhejiang, package)
        if waiting == "table":  # one slot per party and round: a second proposal is out of turn whatever the seating
            bargaining.table_proposal(game.open_round.id, zhejiang, package)
        with pytest.raises(RehearsalError, match=r"out of turn|had not answered"):
            _game(service)
    finally:
        service.close()
    assert read_settings(demo_file) is None  # a real case is never a played rehearsal


def test_passes_are_kept_beside_the_sandbox_with_the_settings(demo_file: Path) -> None:
    anhui, zhejiang = _ids(demo_file)
    settings = GameSettings(players=(anhui,), strategies={zhejiang: "linear"}, pause_ms=500)
    path = new_game(demo_file, settings, "演练 #1 50%")
    assert read_passes(path) == set()
    write_passes(path, {(2, anhui), (1, anhui)})
    assert read_passes(path) == {(1, anhui), (2, anhui)}
    write_settings(path, GameSettings(players=(anhui,), strategies={zhejiang: "linear"}, pause_ms=2000))
    assert read_passes(path) == {(1, anhui), (2, anhui)}  # a new pause keeps the passes
    assert read_settings(path).pause_ms == 2000  # and the passes leave the settings alone
    write_passes(path, set())
    assert read_passes(path) == set() and read_settings(path).pause_ms == 2000
    settings_path(path).write_text('{"players": ["x"], "rounds": 5, "passes": [["one", 2]]}', encoding="utf-8")
    with pytest.raises(RehearsalError, match="passes are damaged"):
        read_passes(path)
