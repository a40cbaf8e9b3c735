"""Mutated bundles (a field dropped, duplicated or retyped; bytes truncated or flipped): import either takes
them whole or refuses them with one BundleError line, leaving the target file unchanged."""
from __future__ import annotations

import copy
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.errors import DeskError
from desk.services.bundles import export_case_bundle, import_case_bundle

SECTIONS = ("parties", "issues", "demands", "sessions", "rounds", "proposals", "responses", "agreements", "events")
ODD_VALUES = [None, 0, -1, 1e308, -1e308, "", "x" * 300, [], {}, True, "2025-13-45", "安徽", [1, "a"], {"a": None}]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> tuple[dict, Path]:
    from concluded_demo import conclude

    from desk.services.demo import write_demo_case

    folder = tmp_path_factory.mktemp("fuzz")
    path = write_demo_case(folder / "demo.desk")
    conclude(path)
    export_case_bundle(path, folder / "demo.json")
    other = write_demo_case(folder / "target.desk")  # an existing file the import would add the case to
    return json.loads((folder / "demo.json").read_text(encoding="utf-8")), other


@st.composite
def mutated(draw, original: dict) -> bytes:
    data = copy.deepcopy(original)
    section = draw(st.sampled_from([s for s in SECTIONS if data[s]]))
    item = data[section][draw(st.integers(0, len(data[section]) - 1))]
    field = draw(st.sampled_from(sorted(item)))
    action = draw(st.sampled_from(["drop", "duplicate", "retype", "truncate", "flip"]))
    if action == "drop":
        del item[field]
    elif action == "duplicate":
        data[section].append(copy.deepcopy(item))
    elif action == "retype":
        item[field] = draw(st.sampled_from(ODD_VALUES))
    text = json.dumps(data, ensure_ascii=False).encode("utf-8")
    if action == "truncate":
        text = text[:draw(st.integers(0, len(text) - 1))]
    elif action == "flip":
        at = draw(st.integers(0, len(text) - 1))
        text = text[:at] + bytes([text[at] ^ draw(st.integers(1, 255))]) + text[at + 1:]
    return text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_bundles_are_taken_whole_or_refused_in_one_line(bundle, data):
    original, template = bundle
    text = data.draw(mutated(original))
    with tempfile.TemporaryDirectory(prefix="desk-bundle-fuzz-") as scratch:
        folder = Path(scratch)
        source, new, existing = folder / "in.json", folder / "新 50%#?.desk", folder / "已有.desk"
        source.write_bytes(text)
        shutil.copyfile(template, existing)
        before = existing.read_bytes()
        for target in (new, existing):
            try:
                import_case_bundle(source, target)
            except DeskError as exc:
                assert "\n" not in str(exc) and str(exc)
                if target is existing:
                    assert existing.read_bytes() == before
                else:
                    assert not new.exists()
        assert not [p for p in folder.iterdir() if p.name.startswith(".")]
