"""GENIUS reader: every shared domain loads; hostile or malformed files raise GeniusFormatError naming the file."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.genius import MAX_BYTES, GeniusFormatError, load_genius, read_profile

GENIUS = Path(__file__).resolve().parents[2].parent / "shared" / "domains" / "genius"
DOMAINS = sorted(p for p in GENIUS.iterdir() if p.is_dir()) if GENIUS.is_dir() else []


@pytest.mark.parametrize("folder", DOMAINS, ids=lambda p: p.name)
def test_every_shared_domain_loads(folder: Path) -> None:
    space, profiles = load_genius(sorted(folder.glob("*.xml")))
    assert len(profiles) == 2 and space.size > 1
    for profile in profiles:
        for scores in profile.scores:
            assert scores.max() == pytest.approx(1.0) and scores.min() >= 0  # normalised by the issue's maximum


def _profile_xml(issues: list[tuple[str, list[tuple[str, float]]]], weights: list[float],
                 reservation: float = 0.0) -> str:
    body = []
    for index, (name, items) in enumerate(issues, start=1):
        body.append(f'<issue index="{index}" name="{name}" type="discrete" etype="discrete">')
        body += [f'<item index="{k}" value="{v}" evaluation="{e}"/>' for k, (v, e) in enumerate(items, start=1)]
        body.append("</issue>")
    body += [f'<weight index="{i}" value="{w}"/>' for i, w in enumerate(weights, start=1)]
    return (f'<utility_space><objective index="0" name="d" type="objective">{"".join(body)}</objective>'
            f'<reservation value="{reservation}"/></utility_space>')


def _write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


GOOD = _profile_xml([("Price", [("low", 2), ("high", 4)])], [1.0], 0.25)


def test_profile_values_are_normalised_and_reservation_is_disagreement(tmp_path: Path) -> None:
    space, (profile,) = load_genius([_write(tmp_path, "buyer.xml", GOOD)])
    assert profile.name == "buyer" and profile.disagreement == 0.25
    assert profile.scores[0].tolist() == [0.5, 1.0]
    assert space.issues[0].values == ("low", "high")


@pytest.mark.parametrize(("text", "problem"), [
    ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><utility_space>&lol;</utility_space>',
     "entities are not allowed"),
    ('<utility_space><objective><issue name="x"', "not well-formed"),
    ("<utility_space/>", "no <utility_space><objective>"),
    ('<utility_space><objective></objective></utility_space>', "no issues"),
    (GOOD.replace('evaluation="2"', 'evaluation="cheap"'), "valid evaluation"),
    (GOOD.replace('<weight index="1" value="1.0"/>', ""), "has no weight"),
    (GOOD.replace('type="discrete"', 'type="integer"'), "only discrete issues"),
    (GOOD.replace('evaluation="2"', 'evaluation="-2"'), "non-negative"),
    (GOOD.replace('value="high"', 'value="low"'), "twice"),
])
def test_malformed_files_are_refused_with_the_file_and_problem(tmp_path: Path, text: str, problem: str) -> None:
    path = _write(tmp_path, "bad.xml", text)
    with pytest.raises(GeniusFormatError) as caught:
        read_profile(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_oversized_and_missing_files(tmp_path: Path) -> None:
    big = _write(tmp_path, "big.xml", b"<a>" + b" " * (MAX_BYTES + 1) + b"</a>")
    with pytest.raises(GeniusFormatError, match="too large"):
        read_profile(big)
    with pytest.raises(GeniusFormatError, match="cannot read"):
        read_profile(tmp_path / "absent.xml")


def test_profiles_must_agree_on_the_issues(tmp_path: Path) -> None:
    other = _profile_xml([("Price", [("low", 1), ("mid", 4)])], [1.0])
    paths = [_write(tmp_path, "a.xml", GOOD), _write(tmp_path, "b.xml", other)]
    with pytest.raises(GeniusFormatError, match="other options"):
        load_genius(paths)


labels = st.text(alphabet="abcdefgh", min_size=1, max_size=5)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(labels, st.lists(st.tuples(labels, st.integers(0, 100)), min_size=1, max_size=5,
                                           unique_by=lambda t: t[0])),
                min_size=1, max_size=4, unique_by=lambda t: t[0]),
       st.data())
def test_random_profiles_read_back(tmp_path: Path, issues, data) -> None:
    issues = [(name, items) for name, items in issues if max(e for _, e in items) > 0]
    if not issues:
        return
    weights = [data.draw(st.floats(0, 1)) for _ in issues]
    if sum(weights) == 0:
        with pytest.raises(GeniusFormatError, match="every weight is zero"):
            load_genius([_write(tmp_path, "p.xml", _profile_xml(issues, weights))])
        return
    space, (profile,) = load_genius([_write(tmp_path, "p.xml", _profile_xml(issues, weights))])
    for (name, items), grid, scores, weight, w in zip(issues, space.issues, profile.scores, profile.weights,
                                                      weights, strict=True):
        raw = np.array([e for _, e in items], dtype=float)
        assert grid.name == name and grid.values == tuple(v for v, _ in items)
        assert np.allclose(scores, raw / raw.max()) and weight == pytest.approx(w)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_reader(tmp_path: Path, junk: bytes) -> None:
    path = _write(tmp_path, "junk.xml", junk)
    try:
        read_profile(path)
    except GeniusFormatError as exc:
        assert str(path) in str(exc)
