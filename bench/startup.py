"""Start-up time of the desktop application against a bare PySide6 window measured in the same run.

Three figures, each the median of ``--runs`` process starts (time from launching the process):

* bare window — a QMainWindow with nothing in it, painted once (the floor: Python + Qt);
* frame       — the case window's first paint (menus, navigation, title);
* overview    — the demo case's overview page painted with the case in it.

Each is measured with bytecode caches (a private ``PYTHONPYCACHEPREFIX`` warmed by a first run) and
without (a fresh empty prefix each run, nothing written), and, with ``--frozen DIST/desk``, for the
frozen build. The app prints ``DESK_FRAME``/``DESK_READY <epoch>`` when DESK_STARTUP_PROBE=1 (see
desk.ui.startup_probe). Uses the display when there is one (run under ``xvfb-run`` for the real xcb
platform), offscreen otherwise.

    uv run python bench/startup.py [--runs 7] [--frozen DIST/concord-desk/desk] [CASE.desk]
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

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(f"DESK_FRAME {time.time():.6f}", flush=True)
        print(f"DESK_READY {time.time():.6f}", flush=True)
        app.quit()
app = QApplication(sys.argv)
window = Window()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
app.exec()
"""

HEAVY = ("pyhanko", "cryptography", "fontTools", "matplotlib", "alembic")


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the first frame and to the painted overview."""
    start = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    stamps = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("DESK_FRAME", "DESK_READY"):
            stamps.setdefault(key, float(value) - start)
    if "DESK_READY" not in stamps:
        raise RuntimeError(f"no DESK_READY line (exit {out.returncode}):\n{out.stderr[-2000:]}")
    return stamps.get("DESK_FRAME", stamps["DESK_READY"]), stamps["DESK_READY"]


def measure(commands: dict[str, list[str]], env: dict[str, str], runs: int, cached: bool,
            work: Path) -> dict[str, list[tuple[float, float]]]:
    """Interleaved runs of every command, so load on the machine hits them alike."""
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    cache = work / "pycache-warm"
    for index in range(runs + (1 if cached else 0)):
        for name, command in commands.items():
            run_env = dict(env)
            if cached:
                run_env.pop("PYTHONDONTWRITEBYTECODE", None)
                run_env["PYTHONPYCACHEPREFIX"] = str(cache)
            else:
                run_env["PYTHONDONTWRITEBYTECODE"] = "1"
                run_env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(dir=work, prefix="pycache-cold-")
            figures = one_run(command, run_env)
            if cached and index == 0:
                continue  # the warming run
            results[name].append(figures)
    return results


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:6.0f} ms (min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})"


def report(title: str, results: dict[str, list[tuple[float, float]]], bare: list[tuple[float, float]]) -> None:
    bare_ms = statistics.median(t for _, t in bare)
    print(f"-- {title}")
    print(f"   bare PySide6 window painted   {ms([t for _, t in bare])}")
    for name, figures in results.items():
        frame = [f for f, _ in figures]
        ready = [r for _, r in figures]
        print(f"   {name}: first frame        {ms(frame)}  = {statistics.median(frame) / bare_ms:.1f}× bare")
        print(f"   {name}: overview painted   {ms(ready)}  = {statistics.median(ready) / bare_ms:.1f}× bare")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", nargs="?", help="case file (default: a fresh demo case)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", help="also time this frozen executable (installer/build's dist/…/desk)")
    parser.add_argument("--frozen-only", action="store_true", help="with --frozen: skip the source runs")
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
    print(f"platform: {env.get('QT_QPA_PLATFORM') or 'display ' + env.get('DISPLAY', '')}, {args.runs} runs each, "
          "medians")
    source = {"bare": [sys.executable, "-c", BARE], "app": [sys.executable, "-m", "desk", str(case)]}
    for cached in () if args.frozen and args.frozen_only else (True, False):
        results = measure(source, env, args.runs, cached, work)
        bare = results.pop("bare")
        report("with bytecode caches" if cached else "without bytecode caches", results, bare)
    if args.frozen:
        frozen = {"bare": [sys.executable, "-c", BARE], "frozen app": [args.frozen, str(case)]}
        results = measure(frozen, env, args.runs, True, work)
        bare = results.pop("bare")
        report("frozen build (bare window: source Python with caches)", results, bare)
    check = ("import sys, desk.ui.launch, desk.ui.bootstrap, desk.ui.main_window, desk.ui.windows; "
             f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    heavy = subprocess.run([sys.executable, "-c", check], env=env, capture_output=True, text=True)
    print("heavy modules imported by the window code:", heavy.stdout.strip() or heavy.stderr.strip()[-300:])
    return 0


if __name__ == "__main__":
    sys.exit(main())
