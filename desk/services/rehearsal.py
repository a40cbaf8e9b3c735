"""Agents-only rehearsal runs of a case file or GENIUS profiles: the use case behind ``desk rehearse --auto``."""
from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from desk.core.analytics.model import Model
from desk.core.analytics.profiles import profiles_from_snapshot
from desk.core.enums import PartyRole
from desk.core.genius import discounted, load_genius
from desk.core.rehearsal.errors import RehearsalError
from desk.core.rehearsal.perturb import describe
from desk.core.rehearsal.runs import Runner, summarise
from desk.core.snapshot import CaseSnapshot
from desk.services.analysis import case_input

#: Strategy of a negotiating party the strategy list does not name.
DEFAULT_STRATEGY = "linear"
#: Most runs one call may ask for (strategy combinations × seeds).
MAX_RUNS = 100_000


def load_model(paths: Sequence[str | Path], parties: Sequence[str] | None = None) -> tuple[Model, list[str], str]:
    """The model of one case file or of GENIUS files, notes for the output, and the mediator's name."""
    snapshot = case_input(paths)
    if snapshot is not None:
        return model_of_snapshot(snapshot, parties), [], mediator_name(snapshot)
    space, profiles = load_genius(paths)
    found = discounted(paths)
    notes = ["GENIUS discount factors are ignored" + (f": {', '.join(found)}" if found else
                                                     " (none of these profiles is discounted)")]
    return Model.build(space, profiles, parties), notes, "mediator"


def model_of_snapshot(snapshot: CaseSnapshot, parties: Sequence[str] | None = None) -> Model:
    """A case's model; its signatories negotiate unless ``parties`` names others."""
    if not snapshot.issues:
        raise RehearsalError(f"case {snapshot.case.name!r} has no issues to negotiate")
    space, profiles = profiles_from_snapshot(snapshot)
    return Model.build(space, profiles, parties)


def mediator_name(snapshot: CaseSnapshot) -> str:
    """The case's mediator party (协调方) if it has one, else the secretariat."""
    for party in snapshot.parties:
        if party.role is PartyRole.MEDIATOR:
            return party.name
    return "mediator"


def assignments(model: Model, strategies: Mapping[str, str] | None) -> list[tuple[str, ...]]:
    """Every combination of strategies: ``strategies`` maps a party name to ``S`` or ``S1|S2|…``.

    Negotiating parties not named play :data:`DEFAULT_STRATEGY`.
    """
    choices: list[list[str]] = [[DEFAULT_STRATEGY] for _ in model.frontier]
    for name, spec in (strategies or {}).items():
        match = [k for k, p in enumerate(model.frontier)
                 if name.strip() in (model.profiles[p].name, model.profiles[p].key, *model.profiles[p].aliases)]
        if not match:
            raise RehearsalError(f"{name.strip()!r} is not a negotiating party (negotiating: "
                                 f"{', '.join(model.frontier_names)})")
        options = [s.strip() for s in spec.split("|") if s.strip()]
        if not options:
            raise RehearsalError(f"no strategy given for {name.strip()!r}")
        choices[match[0]] = options
    return list(itertools.product(*choices))


def rehearse(model: Model, *, strategies: Mapping[str, str] | None = None, rounds: int = 20, seeds: int = 1,
             perturbation: float = 0.0, mediator: bool = False, mediator_label: str = "mediator",
             notes: Sequence[str] = (), debrief: bool = False) -> dict[str, Any]:
    """Agents-only runs (every strategy combination × seeds 0…seeds−1) as JSON-ready data."""
    if seeds < 1:
        raise RehearsalError(f"--seeds must be at least 1, not {seeds}")
    combos = assignments(model, strategies)
    if len(combos) * seeds > MAX_RUNS:
        raise RehearsalError(f"{len(combos) * seeds:,} runs asked for; at most {MAX_RUNS:,} at a time")
    runner = Runner(model, deadline=rounds, mediator=mediator, perturbation=perturbation,
                    mediator_name=mediator_label, debrief=debrief)
    results = runner.grid(combos, range(seeds))
    negotiating = list(model.frontier_names)
    notes = list(notes)
    if perturbation > 0:
        notes.append("perturbed: " + describe(perturbation))
    nash = runner.arena.nash_utilities
    return {
        "parties": negotiating, "others": [p.name for i, p in enumerate(model.profiles) if i not in model.frontier],
        "rounds": rounds, "seeds": seeds, "mediator": mediator_label if mediator else None,
        "perturbation": perturbation, "notes": notes,
        "nash_utilities": None if nash is None else [round(float(u), 9) for u in nash],
        "measures": "distances are Euclidean, in the negotiating parties' utilities; 'frontier_distance' is to the "
                    "nearest point of the exact Pareto frontier (0 = on it)"
                    + ("; perturbed runs are measured against their own perturbed frontier" if perturbation else ""),
        "runs": [r.to_dict(model.names) for r in results],
        "summary": summarise(results, model.frontier),
    }


def rehearse_paths(paths: Sequence[str | Path], *, parties: Sequence[str] | None = None, save: bool = False,
                   pdf: Path | None = None, lang: str = "zh", **options: Any) -> dict[str, Any]:
    """``desk rehearse --auto`` on one case file or on GENIUS files; ``save`` keeps the run in a sandbox,
    ``pdf`` writes the debrief report of the single run there."""
    if pdf is not None:
        options["debrief"] = True
    model, notes, label = load_model(paths, parties)
    if save:
        if len(paths) != 1 or Path(paths[0]).suffix.lower() != ".desk":
            raise RehearsalError("--save keeps a rehearsal beside its case file: give a case file (.desk)")
        if len(assignments(model, options.get("strategies"))) * options.get("seeds", 1) != 1:
            raise RehearsalError("--save keeps one run: give one strategy per party and --seeds 1")
    result = rehearse(model, mediator_label=label, notes=notes, **options)
    if pdf is not None:
        from desk.services.rehearsal_report import write_debrief_pdf

        name = _case_name(paths)
        result["report"] = {"path": str(pdf), "pages": write_debrief_pdf(result, model, name, pdf, lang).pages}
    if save:
        result["saved"] = str(save_run(Path(paths[0]), parties, **options))
    return result


def _case_name(paths: Sequence[str | Path]) -> str:
    path = Path(paths[0])
    if path.suffix.lower() == ".desk":
        from desk.services.cases import load_snapshot

        return load_snapshot(path).case.name
    return "GENIUS: " + " / ".join(Path(p).stem for p in paths)


def save_run(case_path: Path, parties: Sequence[str] | None, *, strategies: Mapping[str, str] | None = None,
             rounds: int = 20, seeds: int = 1, perturbation: float = 0.0, mediator: bool = False,
             debrief: bool = False) -> Path:
    """Play the single run of these options again in a new sandbox of the case and record it there."""
    from desk.services.rehearsal_sandbox import create_sandbox, record_outcome

    service = create_sandbox(case_path, "auto")
    try:
        snapshot = service.snapshot()
        model = model_of_snapshot(snapshot, parties)
        combo = assignments(model, strategies)[0]
        runner = Runner(model, deadline=rounds, mediator=mediator, perturbation=perturbation)
        arena, outcome, labels = runner.play(combo, 0)
        chair = next((p for p in snapshot.parties if p.role is PartyRole.MEDIATOR), None)
        cast = ", ".join(f"{n}={s}" for n, s in zip(model.frontier_names, labels, strict=True))
        settings = f"agents: {cast}; {rounds} rounds; seed 0" + (f"; perturbation ±{perturbation:g}" if perturbation
                                                                  else "") + ("; mediator" if mediator else "")
        record_outcome(service, arena, outcome, title=f"演练（自动）{cast}", notes=settings, mediator=chair)
        return service.path
    finally:
        service.close()
