"""The application context handed explicitly to every window, page and dialog (no global look-ups)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desk.ui.interaction import Interaction
from desk.ui.presentation import Presentation
from desk.ui.settings import Settings

if TYPE_CHECKING:
    from desk.ui.tasks import TaskRunner
    from desk.ui.windows import WindowManager


@dataclass
class AppContext:
    """What the GUI shares: settings, presentation switch, prompts, task runner, windows, log file."""

    settings: Settings
    language: str
    log_path: Path
    presentation: Presentation = field(default_factory=Presentation)
    interaction: Interaction = field(default_factory=Interaction)
    tasks: TaskRunner | None = None
    windows: WindowManager | None = None
    actor: str = ""
