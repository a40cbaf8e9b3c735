"""Fuzzing the GENIUS reader and `desk analyze` on GENIUS files: any input gives a sane answer or the
app's own one-line error naming the file — never a traceback, never an empty answer with exit 0."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.cli import main
from desk.core.genius import GeniusFormatError, load_genius

FUZZ = settings(max_examples=80, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _profile(weights: tuple[str, str], evaluations: tuple[str, str, str, str], reservation: str) -> str:
    items = [f'<issue index="{i}" name="issue{i}" type="discrete">'
             + "".join(f'<item index="{k}" value="v{k}" evaluation="{evaluations[2 * (i - 1) + k - 1]}"/>'
                       for k in (1, 2)) + "</issue>" for i in (1, 2)]
    weight_xml = "".join(f'<weight index="{i}" value="{w}"/>' for i, w in enumerate(weights, start=1))
    return (f'<utility_space><objective index="0" name="d" type="objective">{"".join(items)}{weight_xml}'
            f'</objective><reservation value="{reservation}"/></utility_space>')


SANE = _profile(("0.6", "0.4"), ("1", "3", "2", "5"), "0.2")
OTHER = _profile(("0.3", "0.7"), ("4", "1", "5", "1"), "0.1")

numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1e308", "-1e308", "1e309", "nan", "inf", "-inf", "-0.0", "0", "1", "0.5", "2", "-1",
                     "1e-320", "", "abc", "0x10", " 0.5 "]),
)


def _run(capsys, *paths: Path) -> tuple[int, str, str]:
    code = main(["analyze", *map(str, paths), "--json", "--lang", "en"])  # the reason asserted below is English
    out, err = capsys.readouterr()
    return code, out, err


def _assert_answer_or_one_line(code: int, out: str, err: str, paths: list[Path]) -> None:
    if code == 0:
        result = json.loads(out)
        frontier = result["frontier"]
        assert all(0.0 <= d <= 1.0 for d in result["disagreement"]), result["disagreement"]
        if frontier["packages"] == 0:  # only when no package beats someone's (sane) reservation, and said so
            assert "disagreement utility" in frontier["reason"], frontier
        for point in result.get("points", []) or []:
            assert all(math.isfinite(x) for x in point.get("utilities", []))
        assert "nan" not in out.lower() and "infinity" not in out.lower()
    else:
        assert code == 1, (code, err)
        line = err.strip()
        assert line.count("\n") == 0 and line.startswith("desk: "), err
        assert ("Traceback" not in err and any(str(p) in line for p in paths)) or "profile" in line, err


@pytest.mark.parametrize(("weights", "reservation", "problem"), [
    (("1e308", "0.4"), "0.2", "weight"),
    (("0.6", "0.4"), "-1e308", "reservation"),
    (("0.6", "0.4"), "1e308", "reservation"),
    (("0", "0"), "0.2", "weight"),
    (("-0.5", "0.4"), "0.2", "weight"),
    (("nan", "0.4"), "0.2", "weight"),
    (("inf", "0.4"), "0.2", "weight"),
])
def test_absurd_weights_and_reservations_are_refused(tmp_path: Path, capsys, weights, reservation, problem):
    bad = tmp_path / "bad profile.xml"
    bad.write_text(_profile(weights, ("1", "3", "2", "5"), reservation), encoding="utf-8")
    other = tmp_path / "other.xml"
    other.write_text(OTHER, encoding="utf-8")
    code, out, err = _run(capsys, bad, other)
    assert code == 1 and out == "", (code, out)
    assert err.strip().count("\n") == 0 and str(bad) in err and problem in err, err


@FUZZ
@given(weights=st.tuples(numbers, numbers), evaluations=st.tuples(numbers, numbers, numbers, numbers),
       reservation=numbers)
def test_fuzzed_numbers_give_an_answer_or_one_line(tmp_path: Path, capsys, weights, evaluations, reservation):
    fuzzed = tmp_path / "fuzzed.xml"
    fuzzed.write_text(_profile(weights, evaluations, reservation), encoding="utf-8")
    other = tmp_path / "other.xml"
    other.write_text(OTHER, encoding="utf-8")
    code, out, err = _run(capsys, fuzzed, other)
    _assert_answer_or_one_line(code, out, err, [fuzzed, other])


@st.composite
def mutated(draw) -> bytes:
    """The sane profile with a few random edits: deletions, insertions, duplicated slices, changed bytes."""
    data = bytearray(SANE.encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["delete", "insert", "duplicate", "replace"]))
        if action == "delete":
            del data[at:at + draw(st.integers(1, 20))]
        elif action == "insert":
            data[at:at] = draw(st.sampled_from([b"<", b">", b'"', b"/>", b"<item/>", b'<weight index="1" value="9"/>',
                                                b"\x00", b"\xff", "标".encode(), b"&amp;", b"]]>"]))
        elif action == "duplicate":
            data[at:at] = data[max(0, at - 40):at]
        elif data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
    return bytes(data)


@FUZZ
@given(mutated())
def test_mutated_xml_gives_an_answer_or_one_line(tmp_path: Path, capsys, data: bytes):
    fuzzed = tmp_path / "mutated.xml"
    fuzzed.write_bytes(data)
    other = tmp_path / "other.xml"
    other.write_text(OTHER, encoding="utf-8")
    try:
        load_genius([fuzzed, other])
    except GeniusFormatError as exc:
        assert str(fuzzed) in str(exc) or str(other) in str(exc) or "profile" in str(exc)
    code, out, err = _run(capsys, fuzzed, other)
    _assert_answer_or_one_line(code, out, err, [fuzzed, other])
