"""The sample bundles shipped with the app (resources/samples/*.json): listing them and opening one as a case."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desk.bundled import resource_path


@dataclass(frozen=True)
class Sample:
    """A sample bundle: its file, the case's name and description (as the bundle states them)."""

    path: Path
    name: str
    description: str


def sample_bundles(folder: Path | None = None) -> list[Sample]:
    """Every readable bundle in the samples folder, sorted by file name (unreadable files are skipped)."""
    folder = folder or resource_path("samples")
    samples = []
    for path in sorted(folder.glob("*.json")):
        try:
            case = json.loads(path.read_text(encoding="utf-8")).get("case") or {}
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(case, dict) and case.get("name"):
            samples.append(Sample(path, str(case["name"]), str(case.get("description") or "")))
    return samples


def sample_case_file(sample: Sample, folder: Path) -> Path:
    """The case file of ``sample`` in ``folder``: imported from the bundle the first time, reused after."""
    from desk.services.bundles import import_case_bundle

    target = folder / f"{sample.path.stem}.desk"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        import_case_bundle(sample.path, target)
    return target
