"""The first-run demo case: written in a Chinese profile folder, and never left half-built."""
from __future__ import annotations

from pathlib import Path

import pytest

from desk.services import demo
from desk.services.cases import CaseService


def test_first_run_in_a_chinese_profile_folder(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "用户 张三 50%#?" / "区际协商台"))
    path = demo.ensure_demo_case()
    service = CaseService.open(path)
    try:
        assert len(service.snapshot().parties) == 8
    finally:
        service.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [demo.DEMO_FILE_NAME]
    assert demo.ensure_demo_case() == path


def test_a_failed_first_run_leaves_nothing(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "用户 50%"))
    calls = []

    def failing(self, demand):
        calls.append(demand)
        if len(calls) == 5:
            raise OSError(28, "No space left on device")
        return real(self, demand)

    real = CaseService.set_demand
    monkeypatch.setattr(CaseService, "set_demand", failing)
    with pytest.raises(OSError):
        demo.ensure_demo_case()
    assert list((tmp_path / "用户 50%").iterdir()) == []
    monkeypatch.setattr(CaseService, "set_demand", real)
    assert demo.ensure_demo_case().is_file()  # the next run writes the whole demo
