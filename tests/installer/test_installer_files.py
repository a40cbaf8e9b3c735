"""The installer inputs agree with each other and with the app: Windows script, desktop entry, MIME type, spec."""
from __future__ import annotations

import configparser
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desk import bundled

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in (INSTALLER / "windows" / "concord-desk.iss").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    return sections


def test_windows_installer_is_per_user_and_associates_desk_files():
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{localappdata}")
    assert setup["ChangesAssociations"] == "yes"
    assert (INSTALLER / "windows" / setup["SetupIconFile"].replace("\\", "/")).resolve().is_file()
    registry = " ".join(sections["Registry"])
    assert 'Subkey: "Software\\Classes\\.desk"' in registry and "Root: HKA" in registry
    assert '"{app}\\ConcordDesk.exe"" ""%1"""' in registry
    assert any("{autoprograms}" in line and "ConcordDesk.exe" in line for line in sections["Icons"])
    assert any("ChineseSimplified.isl" in line for line in sections["Languages"])


def test_the_spec_makes_the_executables_the_installers_start():
    spec = (INSTALLER / "desk.spec").read_text(encoding="utf-8")
    assert 'name="ConcordDesk", console=False' in spec  # the windowed app the .iss starts
    assert 'name="desk", console=True' in spec  # the command line, /usr/bin/desk starts it
    assert "exec /opt/concord-desk/desk " in (INSTALLER / "linux" / "desk").read_text(encoding="utf-8")
    for folder in ("resources", "migrations"):
        assert f'tree("{folder}"' in spec


def test_desktop_entry_and_mime_type_match():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keep Name[zh_CN]
    entry.read(INSTALLER / "linux" / "concord-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name[zh_CN]"] == "区际协商台"
    assert desktop["Exec"] == "desk %f" and desktop["Icon"] == "concord-desk"
    mime = ET.parse(INSTALLER / "linux" / "concord-desk-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert desktop["MimeType"].rstrip(";") == kind.get("type")
    assert kind.find("m:glob", ns).get("pattern") == "*.desk"
    for size in (48, 256):
        assert (ROOT / "resources" / "icons" / f"concord-desk-{size}.png").is_file()


def test_shipped_files_are_found_in_a_frozen_bundle(monkeypatch, tmp_path):
    (tmp_path / "resources" / "samples").mkdir(parents=True)
    (tmp_path / "migrations").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert bundled.resource_path("samples") == tmp_path / "resources" / "samples"
    assert bundled.shipped_dir("migrations") == tmp_path / "migrations"


def test_shipped_files_are_found_in_the_checkout():
    assert (bundled.resource_path("i18n") / "desk_zh_CN.qm").is_file()
    assert (bundled.shipped_dir("migrations") / "env.py").is_file()
    assert (bundled.resource_path("manual") / "manual_zh_CN.html").is_file()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_manual_links_only_to_files_it_ships(language):
    page = bundled.resource_path("manual") / f"manual_{language}.html"
    html = page.read_text(encoding="utf-8")
    targets = re.findall(r'(?:src|href)="([^"#:]+)"', html)
    assert any(t.startswith("img/") for t in targets)
    missing = [t for t in targets if not (page.parent / t).is_file()]
    assert not missing
    anchors = set(re.findall(r'id="([^"]+)"', html))
    assert set(re.findall(r'href="#([^"]+)"', html)) <= anchors
