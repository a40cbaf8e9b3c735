"""``desk chart``: the frontier view rendered without a window."""
from __future__ import annotations

from desk.cli import main


def test_chart_writes_png_and_svg(demo_file, tmp_path, capsys):
    png, svg = tmp_path / "f.png", tmp_path / "f.svg"
    assert main(["chart", str(demo_file), "--png", str(png), "--svg", str(svg), "--lang", "en"]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "<!-- Nash -->" in text and "<text" not in text  # glyphs as paths: no font needed
    three = tmp_path / "three.png"
    assert main(["chart", str(demo_file), "--png", str(three), "--parties", "安徽,浙江,中央", "--presentation"]) == 0
    assert three.stat().st_size > png.stat().st_size / 2


def test_chart_refuses_unknown_parties_and_missing_output(demo_file, capsys):
    assert main(["chart", str(demo_file), "--png", "x.png", "--parties", "安徽,火星"]) == 1
    assert "火星" in capsys.readouterr().err
    assert main(["chart", str(demo_file)]) == 1
