"""A sign before a number stays with it: a narrow table cell never breaks "-0.01%" after the minus."""
from __future__ import annotations

from desk.agreement.linebreak import break_lines, units


def test_a_sign_stays_with_its_number():
    assert units("净转移-2.03亿元") == ["净", "转", "移", "-2.03", "亿", "元"]
    assert units("-0.01% +3 −4") == ["-0.01%", " ", "+3", " ", "−4"]
    assert units("2015-2017 a - b") == ["2015-2017", " ", "a", " ", "-", " ", "b"]
    width = len("-0.01%")  # one unit per character of width: the cell fits the number exactly
    assert [line.text for line in break_lines("-0.01%", width, len)] == ["-0.01%"]
