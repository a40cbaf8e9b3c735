"""Damaged case files (truncated, bytes flipped): `desk check` and opening say so in the app's own words only."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.core.errors import DeskError
from desk.services.cases import CaseService
from desk.services.integrity import check_case_file


@st.composite
def damage(draw, size: int):
    kind = draw(st.sampled_from(["truncate", "flip", "zero-page"]))
    at = draw(st.integers(0, size - 1))
    return kind, at, draw(st.integers(1, 255))


def _damaged(source: Path, folder: Path, kind: str, at: int, value: int) -> Path:
    data = bytearray(source.read_bytes())
    if kind == "truncate":
        data = data[:at]
    elif kind == "flip":
        data[at] ^= value
    else:
        page = at - at % 4096
        data[page:page + 4096] = bytes(len(data[page:page + 4096]))
    path = folder / "损坏 50%#?.desk"
    path.write_bytes(bytes(data))
    return path


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_files_give_one_line_errors_and_check_changes_nothing(demo_file: Path, data):
    size = demo_file.stat().st_size
    kind, at, value = data.draw(damage(size))
    with tempfile.TemporaryDirectory(prefix="desk-fuzz-") as folder:
        path = _damaged(demo_file, Path(folder), kind, at, value)
        before = path.read_bytes()
        try:
            report = check_case_file(path)
            assert all("\n" not in p for p in report.problems)
        except DeskError as exc:
            assert "\n" not in str(exc)
        assert path.read_bytes() == before
        assert sorted(p.name for p in Path(folder).iterdir()) == [path.name]
        try:
            CaseService.open(path).close()
        except DeskError as exc:
            assert "\n" not in str(exc)


def test_a_damaged_freelist_pointer_is_one_line_per_finding(demo_file: Path, tmp_path: Path):
    """Found by the fuzz test: SQLite packs several findings into one row of integrity_check."""
    path = _damaged(demo_file, tmp_path, "flip", 32, 1)
    report = check_case_file(path)
    assert report.problems and all("\n" not in p and not p.startswith("***") for p in report.problems)
