"""The frontier view: party selector, the pair chart and the N-party chart, export, background progress."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.core.bargaining import BargainingRecord
from desk.core.errors import DeskError
from desk.core.language import text_language
from desk.core.snapshot import CaseSnapshot
from desk.services.frontier_view import ChartData, FrontierViewService
from desk.ui.chart_job import ChartJob
from desk.ui.context import AppContext
from desk.ui.settings import chart_axes
from desk.ui.widgets.sticky_menu import StickyMenu

IMAGE_FILTER = "PNG (*.png);;SVG (*.svg)"
# A computation shows the progress bar once it has run this long (ms).
BUSY_DELAY_MS = 250


class FrontierView(QWidget):
    """Charts the chosen parties; work runs in the task runner, a click on a solution emits ``picked``."""

    picked = Signal(dict)
    drawn = Signal()  # after each redraw (tests and the latency benchmark wait on it)

    def __init__(self, ctx: AppContext, views: FrontierViewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.views = ctx, views
        self.snapshot: CaseSnapshot | None = None
        self.record: BargainingRecord | None = None
        self.data: ChartData | None = None
        self.pair_canvas = None
        self.parallel_canvas = None
        self.dirty = False
        self._parties: tuple[tuple[str, str], ...] | None = None  # (id, label) the selectors list
        self.job = ChartJob(ctx.tasks, views, self)
        self.job.ready.connect(self._ready)
        self.job.failed.connect(self._failed)
        self.job.progress.connect(self._progress)
        # the progress bar appears only for a computation that lasts: most take a few tens of
        # milliseconds, and showing, updating and hiding it repaints the window several times
        self._busy_delay = QTimer(self)
        self._busy_delay.setSingleShot(True)
        self._busy_delay.setInterval(BUSY_DELAY_MS)
        self._busy_delay.timeout.connect(lambda: self._busy(True))
        self.job.started.connect(self._busy_delay.start)
        self.job.idle.connect(lambda: self._busy(False))

        self.x_party, self.y_party = QComboBox(), QComboBox()
        self.x_party.setObjectName("xParty")
        self.y_party.setObjectName("yParty")
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More parties…"))
        self.more_button.setToolTip(self.tr("Add parties to the multi-party view (parallel coordinates)"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = StickyMenu(self)
        self.more_button.setMenu(self.more_menu)
        self.more_actions: dict[str, QAction] = {}
        for combo in (self.x_party, self.y_party):
            combo.currentIndexChanged.connect(lambda _i: self.recompute())
            combo.activated.connect(lambda _i: self._remember_axes())  # the user's choice, not a refill
        self.export_button = QPushButton(self.tr("Export chart…"))
        self.export_button.clicked.connect(self.export)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(160)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.job.cancel)
        self.status = QLabel()
        self.status.setObjectName("chartStatus")
        # the status text changes with every result: its size must not re-lay out the window (and resize,
        # hence redraw, the charts) each time; its height is that of a line of Latin and CJK text
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.status.setText("Frontier 前沿 0")
        self.status.setFixedHeight(self.status.sizeHint().height())
        self.status.clear()
        for widget in (self.progress, self.cancel_button):  # shown while computing, without a relayout
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self.tabs = QTabWidget()
        self.placeholder = QLabel(self.tr("The chart appears when this page is shown."))
        self.tabs.addTab(self.placeholder, self.tr("Two parties"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Horizontal:")))
        top.addWidget(self.x_party)
        top.addWidget(QLabel(self.tr("Vertical:")))
        top.addWidget(self.y_party)
        top.addWidget(self.more_button)
        top.addStretch(1)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._busy(False)

    # -- inputs ------------------------------------------------------------------------------
    def set_case(self, snapshot: CaseSnapshot, record: BargainingRecord | None) -> None:
        """New case data: refill the selectors (keeping the choice) and recompute if shown."""
        self.snapshot, self.record = snapshot, record
        parties = tuple((p.id, p.label) for p in snapshot.parties)
        if parties != self._parties:  # most edits leave the parties alone: keep the selectors as they are
            self._parties = parties
            self._fill_selectors(snapshot)
        if self.y_party.currentIndex() == self.x_party.currentIndex() and self.y_party.count() > 1:
            self.y_party.setCurrentIndex((self.x_party.currentIndex() + 1) % self.y_party.count())
        self.recompute()

    def default_axes(self, snapshot: CaseSnapshot) -> list[str]:
        """The axes a case's chart opens on: the pair last chosen for it, else the most opposed signatories
        (lowest correlation of their utilities over the packages), else the first two parties."""
        known = {p.id for p in snapshot.parties}
        remembered = [pid for pid in self.ctx.settings.get(chart_axes(snapshot.case.id)) if pid in known]
        if len(remembered) == 2 and remembered[0] != remembered[1]:
            return remembered
        candidates = [p.id for p in snapshot.signatories]
        if len(candidates) < 2:
            candidates = [p.id for p in snapshot.parties]
        try:
            return list(self.views.opposed_pair(snapshot, candidates))
        except DeskError:  # no issues yet, or fewer than two parties: what there is
            return candidates[:2]

    def _remember_axes(self) -> None:
        pair = [self.x_party.currentData(), self.y_party.currentData()]
        if self.snapshot is not None and all(pair):
            self.ctx.settings.set(chart_axes(self.snapshot.case.id), pair)

    def _fill_selectors(self, snapshot: CaseSnapshot) -> None:
        axes = self.default_axes(snapshot) if self.x_party.count() == 0 else []
        for combo, default in ((self.x_party, 0), (self.y_party, 1)):
            current = combo.currentData() or (axes[default] if len(axes) > default else None)
            combo.blockSignals(True)
            combo.clear()
            for party in snapshot.parties:
                combo.addItem(party.label, party.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        chosen = {pid for pid, action in self.more_actions.items() if action.isChecked()}
        self.more_menu.clear()
        self.more_actions = {}
        for party in snapshot.parties:
            action = self.more_menu.addAction(party.label)
            action.setCheckable(True)
            action.setChecked(party.id in chosen)
            action.toggled.connect(lambda _c: self.recompute())
            self.more_actions[party.id] = action

    def party_ids(self) -> list[str]:
        """Horizontal party, vertical party, then the extra parties of the multi-party view."""
        pair = [self.x_party.currentData(), self.y_party.currentData()]
        extra = [pid for pid, action in self.more_actions.items() if action.isChecked() and pid not in pair]
        return [p for p in pair if p] + extra

    def set_parties(self, party_ids: list[str]) -> None:
        """Choose the axes (first two) and the extra parties (the rest) at once, recomputing once."""
        for widget in (self.x_party, self.y_party, *self.more_actions.values()):
            widget.blockSignals(True)
        self.x_party.setCurrentIndex(self.x_party.findData(party_ids[0]))
        self.y_party.setCurrentIndex(self.y_party.findData(party_ids[1]))
        for pid, action in self.more_actions.items():
            action.setChecked(pid in party_ids[2:])
        for widget in (self.x_party, self.y_party, *self.more_actions.values()):
            widget.blockSignals(False)
        self.recompute()

    # -- computing and drawing ---------------------------------------------------------------
    def recompute(self) -> None:
        """Ask for new chart data (in the background) if the view is shown; else remember to."""
        ids = self.party_ids()
        if self.snapshot is None or len(set(ids)) < 2:
            self.status.setText(self.tr("Choose two different parties."))
            return
        if not self.isVisible():
            self.dirty = True
            return
        self.dirty = False
        self.job.request(self.snapshot, self.record, ids)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.dirty or self.data is None:
            self.recompute()

    def _ensure_canvases(self, multi: bool) -> None:
        from desk.ui.widgets.chart_canvas import ChartCanvas

        if self.pair_canvas is None:
            self.pair_canvas = ChartCanvas("pair")
            self.pair_canvas.picked.connect(self.picked.emit)
            self.tabs.removeTab(0)
            self.tabs.insertTab(0, self.pair_canvas, self.tr("Two parties"))
        if multi and self.parallel_canvas is None:
            self.parallel_canvas = ChartCanvas("parallel")
            self.tabs.addTab(self.parallel_canvas, self.tr("All chosen parties"))
        if self.parallel_canvas is not None:
            self.tabs.setTabVisible(1, multi)

    def _ready(self, data: ChartData) -> None:
        self.data = data
        # render at once rather than on the next idle moment: by then the page's panels, updated on the
        # same signal, have queued their own work (table resizes) ahead of the chart
        self.redraw(draw_now=True)
        frontier = data.pair
        text = self.tr("Frontier: %1 packages; %2 possible packages in all.").replace(
            "%1", f"{len(frontier.utilities):,}").replace("%2", f"{data.cloud_total:,}")
        if data.multi_reason:
            text += " " + data.multi_reason
        self.status.setText(text)

    def redraw(self, draw_now: bool = False) -> None:
        if self.data is None:
            return
        multi = len(self.data.parties) > 2
        existing = (self.pair_canvas, self.parallel_canvas)
        self._ensure_canvases(multi)
        lang = text_language(self.ctx.language)
        presenting = self.ctx.presentation.active
        for canvas, before in zip((self.pair_canvas, self.parallel_canvas if multi else None), existing, strict=True):
            if canvas is not None:
                # a canvas just added is not laid out yet: it draws when it gets its size
                canvas.show_data(self.data, lang=lang, presentation=presenting,
                                 draw_now=draw_now and canvas is before)
        self.drawn.emit()

    def drop_chart(self) -> None:
        """Drop the chart at once: what was computed for the other mode must not stay on screen.

        The owner calls it when presentation mode switches, then hands over the snapshot to use
        (public while presenting), which recomputes.
        """
        self.data = None
        for canvas in (self.pair_canvas, self.parallel_canvas):
            if canvas is not None:
                canvas.clear(self.tr("Computing the frontier…"))

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.data = None
        if self.pair_canvas is not None:
            self.pair_canvas.clear(message)

    def _progress(self, fraction: float, message: str) -> None:
        if not self.progress.isHidden():
            self.progress.setValue(int(fraction * 100))
            self.status.setText(message)

    def _busy(self, busy: bool) -> None:
        if not busy:
            self._busy_delay.stop()
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.status.setText(self.tr("Computing the frontier…"))

    def export(self) -> None:
        """Save the chart shown (PNG or SVG, by the chosen file type)."""
        canvas = self.tabs.currentWidget()
        if not hasattr(canvas, "save"):
            return
        path = self.ctx.interaction.save_path(self, self.tr("Export chart"), IMAGE_FILTER, "frontier.png")
        if path is None:
            return
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        canvas.save(str(path))
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
