"""The sample cases shipped in resources/samples/: how each is built, and writing them as bundles.

Regenerate the shipped bundles with ``uv run python -m desk.services.samples`` (from a checkout).
Each bundle carries its case's rules and the readings of its ``*-readings.csv`` beside it.
"""
from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from desk.services.cases import CaseService
from desk.services.demo import build_demo_case
from desk.services.rules import RuleService
from desk.services.sample_cases import build_chishui, build_jingjinji

#: Bundle name → (builder, readings file).
SAMPLES: dict[str, tuple[Callable[[Path], CaseService], str]] = {
    "xinanjiang-round2": (build_demo_case, "xinanjiang-readings.csv"),
    "chishui": (build_chishui, "chishui-readings.csv"),
    "jingjinji-tax": (build_jingjinji, "jingjinji-readings.csv"),
}


def samples_dir() -> Path:
    from desk.core.resources import resource_dir

    return resource_dir("samples", "chishui-readings.csv")


def build_sample(name: str, path: Path, folder: Path | None = None) -> CaseService:
    """Build the sample case ``name`` at ``path`` with its readings imported."""
    builder, readings = SAMPLES[name]
    service = builder(path)
    RuleService(service).import_readings_file((folder or samples_dir()) / readings)
    return service


def write_samples(folder: Path) -> list[Path]:
    """Write every sample as a bundle into ``folder`` (which holds the readings files)."""
    from desk.services.bundles import export_case_bundle

    written = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in SAMPLES:
            case_file = Path(scratch) / f"{name}.desk"
            build_sample(name, case_file, folder).close()
            export_case_bundle(case_file, folder / f"{name}.json")
            written.append(folder / f"{name}.json")
    return written


if __name__ == "__main__":
    for path in write_samples(Path(sys.argv[1]) if len(sys.argv) > 1 else samples_dir()):
        print(path)
