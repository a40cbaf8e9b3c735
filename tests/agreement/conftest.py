"""Fixtures for the agreement tests: the sample snapshot and package, a Qt GUI application."""
from __future__ import annotations

import shutil

import pytest
from agreement_samples import build_package, build_snapshot

from desk.core.snapshot import CaseSnapshot


def needs(tool: str) -> str:
    """The path of a poppler tool, or skip the test when it is absent."""
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


@pytest.fixture(scope="session")
def snapshot() -> CaseSnapshot:
    """Xin'an River round 2: two provinces sign, the central government is their common superior."""
    return build_snapshot()


@pytest.fixture(scope="session")
def package(snapshot: CaseSnapshot) -> dict:
    """The concluded package: 2亿元 a year, 50% tax share, 95% water quality, joint monitoring."""
    return build_package(snapshot)


@pytest.fixture(scope="session")
def gui():
    """A QGuiApplication for the whole session (offscreen, set in tests/conftest.py)."""
    from desk.agreement.fonts import ensure_gui_application, register_fonts

    ensure_gui_application()
    register_fonts()
