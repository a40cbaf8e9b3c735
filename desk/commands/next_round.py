"""``desk next-round`` (start the next round as a new linked case file) and ``desk rounds`` (the links)."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from desk.commands.monitoring import _date, open_case


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("next-round", help="start the next round: a new case file linked to this one")
    p.add_argument("file", type=Path, help="case file (.desk) of the round that ends")
    p.add_argument("new", type=Path, help="the new case file (.desk) to create")
    p.add_argument("--name", default="", help="the new case's name (default: 第二轮 → 第三轮, else （下一轮）)")
    p.add_argument("--on", type=_date, default=None, metavar="YYYY-MM-DD",
                   help="the date of the attached evaluation (default: today)")
    p.add_argument("--agreement", type=Path, metavar="PDF", help="the signed agreement PDF to attach")
    p.set_defaults(func=run_next_round)

    p = subparsers.add_parser("rounds", help="the cases of the rounds before and after this one")
    p.add_argument("file", type=Path, help="case file (.desk)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_rounds)


def run_next_round(args: argparse.Namespace) -> int:
    from desk.services.next_round import start_next_round

    cases = open_case(args.file)
    try:
        made = start_next_round(cases, args.new, name=args.name, on=args.on, agreement_pdf=args.agreement)
    finally:
        cases.close()
    print(f"next round {made.name} created in {made.path}: {made.demands} starting demands; attached "
          + "、".join(made.attachments))
    return 0


def run_rounds(args: argparse.Namespace) -> int:
    from desk.services.next_round import links, locate

    cases = open_case(args.file)
    try:
        found = links(cases)
    finally:
        cases.close()
    rows = []
    for k in found:
        where = locate(k, Path(args.file))
        rows.append({"role": k.role, "case_id": k.other_case_id, "name": k.other_name,
                     "path": str(where) if where is not None else k.path, "found": where is not None,
                     "recorded": k.path, "anchor": k.anchor, "linked_at": k.linked_at.isoformat()})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            anchor = f" (anchor {row['anchor']})" if row["anchor"] else ""
            missing = "" if row["found"] else " (not found there)"
            print(f"{row['role']}: {row['name']} — {row['path']}{missing}{anchor}")
        if not rows:
            print("no earlier or later round is linked")
    return 0
