"""The page registry: the main window shows whatever pages are registered here, in order.

A new page plugs in by adding its module to ``PAGE_MODULES`` (or by calling
:func:`register_page` before a window is built); the window class does not change. A page is
a QWidget built by ``factory(ctx, doc)`` that renders from ``doc.state`` and subscribes to the
kinds of change it shows (:func:`desk.ui.page_refresh.subscribe`).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QStyle, QWidget

if TYPE_CHECKING:
    from desk.ui.case_document import CaseDocument
    from desk.ui.context import AppContext

PageFactory = Callable[["AppContext", "CaseDocument"], QWidget]

#: Modules that register a page when imported (``PageSpec.order`` sorts the pages, not this list).
PAGE_MODULES = [
    "desk.ui.pages.overview_page",
    "desk.ui.pages.parties_page",
    "desk.ui.pages.issues_page",
    "desk.ui.pages.demands_page",
    "desk.ui.pages.rules_page",
    "desk.ui.pages.sessions_page",
    "desk.ui.pages.agreement_page",
    "desk.ui.pages.monitoring_page",
    "desk.ui.pages.rehearsal_page",
]


@dataclass(frozen=True)
class PageSpec:
    """A page: stable ``name`` (for --page and settings), translated ``title``, ``factory``, position."""

    name: str
    title: Callable[[], str]
    factory: PageFactory
    order: int = 100
    icon: QStyle.StandardPixmap = QStyle.StandardPixmap.SP_FileIcon
    #: when the page has something to show, from the read model (``doc.state``); None: always
    available: Callable[[Any], bool] | None = None
    #: why it is greyed out in the navigation until then (translated)
    unavailable: Callable[[], str] | None = None


_PAGES: dict[str, PageSpec] = {}
_loaded = False


def register_page(spec: PageSpec) -> PageSpec:
    """Add (or replace) a page."""
    _PAGES[spec.name] = spec
    return spec


def registered_pages() -> list[PageSpec]:
    """Every registered page, sorted by ``order``; imports :data:`PAGE_MODULES` the first time."""
    global _loaded
    if not _loaded:
        for module in PAGE_MODULES:
            importlib.import_module(module)
        _loaded = True
    return sorted(_PAGES.values(), key=lambda spec: (spec.order, spec.name))


def loaded_pages() -> list[PageSpec]:
    """The pages registered so far (by the modules already imported), sorted like :func:`registered_pages`."""
    return sorted(_PAGES.values(), key=lambda spec: (spec.order, spec.name))


def page_names() -> list[str]:
    return [spec.name for spec in registered_pages()]
