"""Start-up time of the desktop application: process start → main window shown on the demo case.

Runs ``python -m desk CASE`` several times with DESK_STARTUP_PROBE=1 (the launcher prints
``DESK_READY <epoch>`` once the window is shown and the event loop has run, then quits) and
prints the median. Offscreen unless a display is available.

    uv run python bench/startup.py [--runs 7] [CASE.desk]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(case: Path, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-m", "desk", str(case)], env=env, capture_output=True, text=True,
                         timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("DESK_READY "):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no DESK_READY line (exit {out.returncode}):\n{out.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", nargs="?", help="case file (default: a fresh demo case)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    case = Path(args.case) if args.case else None
    if case is None:
        from desk.services.demo import write_demo_case

        case = write_demo_case(work / "demo.desk")
    env = dict(os.environ, DESK_STARTUP_PROBE="1", DESK_SETTINGS_DIR=str(work / "settings"),
               DESK_LOG_DIR=str(work / "logs"))
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    one_run(case, env)  # warm the file system cache and Python's bytecode cache
    times = [one_run(case, env) for _ in range(args.runs)]
    print(f"start-up to main window shown ({env.get('QT_QPA_PLATFORM', 'display')}), {args.runs} runs: "
          f"median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f}, "
          f"max {max(times) * 1000:.0f})")
    heavy = subprocess.run([sys.executable, "-c", "import sys, desk.ui.launch, desk.ui.bootstrap, "
                            "desk.ui.main_window, desk.ui.pages.registry as r; r.registered_pages(); "
                            "print(sorted(m for m in ('matplotlib', 'networkx', 'numpy', 'scipy') "
                            "if m in sys.modules))"],
                           env=env, capture_output=True, text=True)
    print("heavy modules imported by the window code:", heavy.stdout.strip() or heavy.stderr.strip()[-300:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
