"""Rehearsal page (演练): what-if runs (agents play the signatories over strategies and seeds: table, chart, the
first run's debrief), and the case's played rehearsals (new, open, delete).

Nothing here writes to the case file: runs are computed from the case's demands in memory
(the debrief PDF goes where the user saves it), and a played rehearsal is a sandbox file
beside the case (:mod:`desk.services.rehearsal_game`), so the real record cannot contain them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desk.core.changes import Kind
from desk.core.errors import DeskError
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.main_window import REHEARSAL_BANNER_STYLE
from desk.ui.models.row_table_model import RowTableModel
from desk.ui.page_refresh import subscribe
from desk.ui.pages.registry import PageSpec, register_page
from desk.ui.pages.rehearsal.played_list import PlayedRehearsals
from desk.ui.pages.rehearsal.strategies import STRATEGY_NAMES, strategy_label
from desk.ui.tasks import describe_error

#: Every strategy at once (the what-if compares them).
ALL = "|".join(STRATEGY_NAMES)


@dataclass(frozen=True)
class WhatIfRow:
    """One strategy combination of a what-if run: its summary and the first run's debrief."""

    summary: dict[str, Any]
    first_run: dict[str, Any]

    @property
    def id(self) -> str:
        return "|".join(self.summary["strategies"])


class WhatIfModel(RowTableModel[WhatIfRow]):
    """Rows of the what-if table: strategies, agreement rate, mean utilities, frontier and Nash, rounds."""

    def headers(self) -> list[str]:
        return [self.tr("Strategies"), self.tr("Runs"), self.tr("Agreement"), self.tr("Mean utilities"),
                self.tr("On the frontier"), self.tr("Distance to Nash"), self.tr("Rounds")]

    def display(self, row: WhatIfRow, column: int) -> str:
        s = row.summary
        if column == 0:
            return " / ".join(strategy_label(name) for name in s["strategies"])
        if column == 1:
            return str(s["runs"])
        if column == 2:
            return f"{s['agreement_rate']:.0%}"
        if column == 3:
            return ", ".join(f"{u:.3f}" for u in s["mean_utilities"])
        if column == 4:
            return "—" if s["on_frontier_rate"] is None else f"{s['on_frontier_rate']:.0%}"
        if column == 5:
            return "—" if s["mean_nash_distance"] is None else f"{s['mean_nash_distance']:.3f}"
        return f"{s['mean_rounds']:.1f}"

    def sort_value(self, row: WhatIfRow, column: int) -> Any:
        keys = {1: "runs", 2: "agreement_rate", 4: "on_frontier_rate", 5: "mean_nash_distance", 6: "mean_rounds"}
        value = row.summary.get(keys.get(column, ""), None)
        return self.display(row, column) if value is None else value


def run_what_if(model: Any, options: dict[str, Any], *, progress: Any = None, is_cancelled: Any = None
                ) -> tuple[dict[str, Any], Any]:
    """Worker: every combination × seed with debriefs, and the frontier's utilities for the chart."""
    from desk.core.rehearsal.arena import Arena
    from desk.services.rehearsal import rehearse

    result = rehearse(model, debrief=True, **options)
    return result, Arena.build(model).utilities


class RehearsalPage(QWidget):
    """What-if runs of the case's signatories (table, chart, debrief) and the case's played rehearsals."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.result: dict[str, Any] | None = None
        self.frontier: Any = None
        self.figure = self.canvas = self.what_if_figure = self.what_if_canvas = None
        banner = QLabel(self.tr("Rehearsal (演练) — agents play the signatories as their demands describe them. "
                                "Nothing here is written to the case: not the minutes, not the agreement, "
                                "not the exports."))
        banner.setObjectName("rehearsalBanner")
        banner.setWordWrap(True)
        banner.setStyleSheet(REHEARSAL_BANNER_STYLE)
        self.cast_box = QGroupBox(self.tr("Who plays how"))
        self.cast_form = QFormLayout(self.cast_box)
        self.combos: dict[str, QComboBox] = {}
        self.rounds = QSpinBox()
        self.rounds.setRange(1, 200)
        self.rounds.setValue(20)
        self.seeds = QSpinBox()
        self.seeds.setRange(1, 100)
        self.seeds.setValue(4)
        self.perturb = QDoubleSpinBox()
        self.perturb.setRange(0.0, 0.5)
        self.perturb.setSingleStep(0.05)
        self.perturb.setToolTip(self.tr("Each agent's issue weights and BATNA utility are drawn within ± this "
                                        "range per seed: rehearse against what a counterpart might really want."))
        self.mediator = QCheckBox(self.tr("A mediator tables texts moving toward the Nash package"))
        settings = QGroupBox(self.tr("Deadline and uncertainty"))
        form = QFormLayout(settings)
        form.addRow(self.tr("Rounds"), self.rounds)
        form.addRow(self.tr("Seeds per combination"), self.seeds)
        form.addRow(self.tr("Perturbation (±)"), self.perturb)
        form.addRow(self.mediator)
        self.played = PlayedRehearsals(ctx, doc)
        self.run_button = QPushButton(self.tr("Run the what-if"))
        self.run_button.clicked.connect(self.run)
        self.pdf_button = QPushButton(self.tr("Debrief report (PDF)…"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.status, 1)
        top = QHBoxLayout()
        top.addWidget(self.cast_box, 2)
        top.addWidget(settings, 2)
        top.addWidget(self.played, 3)
        self.model = WhatIfModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self.show_selected)
        self.charts = QTabWidget()
        self.charts.setObjectName("rehearsalCharts")
        self.what_if_holder, self.debrief_holder = QVBoxLayout(), QVBoxLayout()
        for holder, title in ((self.what_if_holder, self.tr("What-if chart")),
                              (self.debrief_holder, self.tr("Debrief of the selected combination's first run"))):
            tab = QWidget()
            tab.setLayout(holder)
            holder.setContentsMargins(0, 0, 0, 0)
            self.charts.addTab(tab, title)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.subscription = subscribe(self, doc, (Kind.PARTIES, Kind.ISSUES, Kind.DEMANDS), self.refresh)
        ctx.presentation.changed.connect(self._presentation_changed)
        self._presentation_changed(ctx.presentation.active)

    def _presentation_changed(self, active: bool) -> None:
        """Agents negotiate from confidential reservations and BATNAs: nothing of it while presenting."""
        self.run_button.setEnabled(not active)
        self.played.setEnabled(not active)
        if active:
            self.result = None
            self.model.set_rows([])
            self.pdf_button.setEnabled(False)
            for figure, canvas in ((self.figure, self.canvas), (self.what_if_figure, self.what_if_canvas)):
                if figure is not None:
                    figure.clear()
                    canvas.draw_idle()
            self.status.setText(self.tr("Rehearsals use confidential reservation values: hidden in presentation "
                                        "mode."))
        elif self.result is None:
            self.status.clear()

    def refresh(self) -> None:
        """One strategy selector per signatory (kept across refreshes), and the list of played rehearsals."""
        self.played.refresh()
        names = [p.name for p in self.doc.snapshot.signatories]
        if list(self.combos) == names:
            return
        while self.cast_form.rowCount():
            self.cast_form.removeRow(0)
        self.combos = {}
        for index, name in enumerate(names):
            combo = QComboBox()
            for strategy in STRATEGY_NAMES:
                combo.addItem(strategy_label(strategy), strategy)
            combo.addItem(self.tr("each of them (compare)"), ALL)
            combo.setCurrentIndex(len(STRATEGY_NAMES) if index == len(names) - 1 else 1)
            self.combos[name] = combo
            self.cast_form.addRow(name, combo)

    def options(self) -> dict[str, Any]:
        return {"strategies": {name: combo.currentData() for name, combo in self.combos.items()},
                "rounds": self.rounds.value(), "seeds": self.seeds.value(),
                "perturbation": round(self.perturb.value(), 4), "mediator": self.mediator.isChecked()}

    def run(self) -> None:
        """Run the what-if in the background; the table and charts fill when it is done."""
        from desk.services.rehearsal import model_of_snapshot

        try:
            model = model_of_snapshot(self.doc.snapshot)
        except DeskError as exc:
            self.status.setText(str(exc))
            return
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Agents are negotiating…"))
        assert self.ctx.tasks is not None
        # the window may close while the agents negotiate: a late result finds the page gone and is dropped
        self.ctx.tasks.run(run_what_if, model, self.options(), title=self.tr("Rehearsal"), parent=self,
                           on_done=lambda done: isValid(self) and self.show_result(done),
                           on_error=lambda exc: isValid(self) and self.show_error(exc), show_progress=False)

    def show_error(self, exc: BaseException) -> None:
        self.run_button.setEnabled(not self.ctx.presentation.active)
        self.status.setText(str(exc))

    def show_result(self, done: tuple[dict[str, Any], Any]) -> None:
        self.run_button.setEnabled(not self.ctx.presentation.active)
        if self.ctx.presentation.active:
            return
        self.result, self.frontier = done
        runs = self.result["runs"]
        rows = []
        for summary in self.result["summary"]:
            first = next(r for r in runs if r["strategies"] == summary["strategies"])
            rows.append(WhatIfRow(summary, first))
        self.model.set_rows(rows)
        deals = sum(r["agreement"] for r in runs)
        self.status.setText(self.tr("%1 runs, %2 agreements. Select a row to see its first run's debrief.")
                            .replace("%1", str(len(runs))).replace("%2", str(deals)))
        self._draw_what_if(rows)
        if rows:
            self.table.selectRow(0)
        self.charts.setCurrentIndex(0)

    def selected(self) -> WhatIfRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def show_selected(self, *_: Any) -> None:
        row = self.selected()
        self.pdf_button.setEnabled(row is not None)
        if row is None or self.result is None:
            return
        self._draw(self.frontier, self.result["parties"], row.first_run["debrief"])

    def _canvas(self, holder: QVBoxLayout, width: float, height: float) -> tuple[Any, Any]:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from desk.charts.figure import new_figure

        figure = new_figure(width, height)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setMinimumHeight(150)
        holder.addWidget(canvas)
        return figure, canvas

    def _draw_what_if(self, rows: list[WhatIfRow]) -> None:
        """Per combination: where the parties land, how often they agree, how far from Nash."""
        from desk.charts.what_if import draw_what_if

        if self.what_if_canvas is None:
            self.what_if_figure, self.what_if_canvas = self._canvas(self.what_if_holder, 8.0, 3.6)
        colours = {p.name: p.colour for p in self.doc.snapshot.parties}
        labels = [" / ".join(strategy_label(name) for name in row.summary["strategies"]) for row in rows]
        draw_what_if(self.what_if_figure, self.result["parties"], colours, [row.summary for row in rows], labels,
                     self.result.get("nash_utilities"), self._lang())
        self.what_if_canvas.draw_idle()

    def _draw(self, frontier: Any, names: Any, lesson: dict[str, Any]) -> None:
        """The debrief chart of one what-if run."""
        if self.canvas is None:
            self.figure, self.canvas = self._canvas(self.debrief_holder, 8.0, 3.4)
        from desk.charts.rehearsal import draw_debrief

        colours = {p.name: p.colour for p in self.doc.snapshot.parties}
        draw_debrief(self.figure, frontier, list(names), colours, lesson, self._lang())
        self.canvas.draw_idle()

    def _lang(self) -> str:
        return "en" if self.ctx.language.startswith("en") else "zh"

    def export_pdf(self) -> None:
        row = self.selected()
        if row is None or self.result is None:
            return
        suggested = str(self.doc.path.with_name(self.doc.path.stem + "-复盘.pdf"))
        path = self.ctx.interaction.save_path(self, self.tr("Debrief report"), "PDF (*.pdf)", suggested)
        if path is not None:
            self.write_pdf(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"), row)

    def write_pdf(self, path: Path, row: WhatIfRow) -> None:
        """The debrief report of the row's first run."""
        from desk.services.rehearsal import model_of_snapshot
        from desk.services.rehearsal_report import write_debrief_pdf

        single = {**self.result, "runs": [row.first_run]}
        try:
            write_debrief_pdf(single, model_of_snapshot(self.doc.snapshot), self.doc.snapshot.case.name, path,
                              self._lang())
        except (DeskError, OSError) as exc:
            self.status.setText(describe_error(exc))
            return
        self.status.setText(self.tr("Wrote %1").replace("%1", str(path)))


register_page(PageSpec(
    name="rehearsal", title=lambda: QCoreApplication.translate("Pages", "Rehearsal"), factory=RehearsalPage,
    order=70, icon=QStyle.StandardPixmap.SP_MediaPlay,
))
