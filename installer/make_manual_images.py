"""Make the manual's screenshots with the app's own ``desk --screenshot`` (both languages), kept small.

A documentation step (the images are committed under resources/manual/img):
``uv run python installer/make_manual_images.py``. Each page of the demo case at 1366×768, then
reduced to a 256-colour PNG at 1024 pixels wide.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "manual" / "img"
PAGES = ("overview", "demands", "sessions", "agreement")
LANGUAGES = ("zh", "en")


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    work = Path(tempfile.mkdtemp(prefix="desk-manual-"))
    case = work / "新安江 演示.desk"
    subprocess.run([sys.executable, "-m", "desk", "demo", str(case)], check=True, env=env, cwd=ROOT)
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        for page in PAGES:
            raw = work / f"{page}-{language}.png"
            subprocess.run([sys.executable, "-m", "desk", "--screenshot", str(raw), "--page", page, "--lang", language,
                            "--size", "1366x768", str(case)], check=True, env=env, cwd=ROOT,
                           stderr=subprocess.DEVNULL)
            image = Image.open(raw).convert("RGB")
            image = image.resize((1024, round(image.height * 1024 / image.width)), Image.Resampling.LANCZOS)
            target = OUT / f"{page}-{language}.png"
            image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
