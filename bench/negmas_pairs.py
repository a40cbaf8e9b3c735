"""Run NegMAS's AspirationNegotiator pair on GENIUS domains and print the agreements as JSON (comparison only).

Not part of the app and not a dependency: run it with a Python that has NegMAS installed
(e.g. a throw-away venv); bench/rehearsal.py --negmas PYTHON calls it and scores the
agreements against our exact frontier.

    python bench/negmas_pairs.py --rounds 20 DOMAIN_FOLDER …
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--types", default="boulware,linear,conceder")
    args = parser.parse_args()
    from negmas import AspirationNegotiator, SAOMechanism
    from negmas.inout import Scenario

    results = []
    for folder in args.folders:
        scenario = Scenario.from_genius_folder(folder, ignore_discount=True)
        if scenario is None:
            results.append({"domain": folder.name, "error": "NegMAS could not load the folder"})
            continue
        for kind in args.types.split(","):
            mechanism = SAOMechanism(outcome_space=scenario.outcome_space, n_steps=args.rounds)
            for ufun in scenario.ufuns:
                mechanism.add(AspirationNegotiator(aspiration_type=kind), ufun=ufun)
            state = mechanism.run()
            names = [issue.name for issue in scenario.outcome_space.issues]
            agreement = None
            if state.agreement is not None:  # labels stripped as our reader strips them
                agreement = {n.strip(): str(v).strip() for n, v in zip(names, state.agreement, strict=True)}
            results.append({"domain": folder.name, "type": kind, "agreement": agreement, "steps": state.step})
    json.dump(results, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
