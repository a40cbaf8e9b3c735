"""The debrief (复盘) of a played rehearsal, in its own window: the dance against the frontier, the concession
curves, the deal against Nash / Kalai–Smorodinsky / egalitarian, needless concessions, value left on the table,
and the one-page PDF."""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from desk.core.errors import DeskError
from desk.services.rehearsal_game import Game, report_data
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.screen_fit import fitting_size
from desk.ui.tasks import describe_error

SOLUTION_ORDER = ("nash", "kalai_smorodinsky", "egalitarian")


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


class DebriefView(QDialog):
    """Non-modal: the user can keep it open beside the Sessions page."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, game: Game, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from desk.charts.figure import new_figure

        self.ctx, self.doc, self.game = ctx, doc, game
        self.setObjectName("debriefView")
        self.setWindowTitle(self.tr("Debrief (复盘) — %1").replace("%1", doc.snapshot.case.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(*fitting_size(1180, 700))
        self.lesson = game.debrief().to_dict()
        self.summary = QLabel(self._summary())
        self.summary.setObjectName("debriefSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600; color: #4A148C;")
        self.figure = new_figure(7.6, 3.6)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(220)
        # two columns under the chart: the deal against the solutions | needless concessions, value left
        self.details, self.lessons = QTextBrowser(), QTextBrowser()
        self.details.setObjectName("debriefDetails")
        self.lessons.setObjectName("debriefLessons")
        solutions, lessons = self._details()
        self.details.setHtml(solutions)
        self.lessons.setHtml(lessons)
        self.pdf_button = QPushButton(self.tr("Debrief report (PDF)…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(close)
        splitter = QSplitter(Qt.Orientation.Vertical)
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.details)
        below.addWidget(self.lessons)
        splitter.addWidget(self.canvas)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.draw()

    def _lang(self) -> str:
        return "en" if self.ctx.language.startswith("en") else "zh"

    def draw(self) -> None:
        from desk.charts.rehearsal import draw_debrief

        arena = self.game.negotiation.arena
        colours = {p.name: p.colour for p in self.doc.snapshot.parties}
        draw_debrief(self.figure, arena.utilities, list(arena.names), colours, self.lesson, self._lang())
        self.canvas.draw_idle()

    # -- words ---------------------------------------------------------------------------------------
    def _you(self) -> str:
        names = self.game.negotiation.arena.names
        return "、".join(names[k] for k in self.game.players)

    def _summary(self) -> str:
        lesson, n = self.lesson, self.game.negotiation
        if not n.finished:
            head = self.tr("Still in play (round %1 of %2); the debrief so far.").replace(
                "%1", str(n.round)).replace("%2", str(n.deadline))
        elif lesson["agreement"]:
            head = self.tr("Agreement in round %1.").replace("%1", str(lesson["rounds"]))
        else:
            head = self.tr("No agreement within %1 rounds: every party keeps its BATNA.").replace(
                "%1", str(n.deadline))
        utilities = ", ".join(f"{name} {u:.3f}" for name, u in zip(n.arena.names, lesson["deal"], strict=True))
        return self.tr("%1 You played %2. Utilities: %3.").replace("%1", head).replace("%2", self._you()).replace(
            "%3", utilities)

    def _solution_name(self, key: str) -> str:
        return {"nash": self.tr("Nash"), "kalai_smorodinsky": self.tr("Kalai–Smorodinsky"),
                "egalitarian": self.tr("Egalitarian")}.get(key, key)

    def _details(self) -> tuple[str, str]:
        lesson, names = self.lesson, self.game.negotiation.arena.names
        cells = "".join(f"<th>{escape(n)}</th>" for n in names)
        deal = self.tr("The deal")
        rows = [f"<tr><th align='left'>{escape(deal)}</th>"
                + "".join(f"<td>{u:.3f}</td>" for u in lesson["deal"]) + "<td></td></tr>"]
        for key in SOLUTION_ORDER:
            solution = lesson["solutions"].get(key)
            if solution is None:
                continue
            gains = "".join(f"<td>{u:.3f} <span style='color:{'#1B5E20' if g >= 0 else '#B71C1C'}'>"
                            f"({g:+.3f})</span></td>" for u, g in zip(solution["utilities"], solution["gains"],
                                                                       strict=True))
            rows.append(f"<tr><th align='left'>{escape(self._solution_name(key))}</th>{gains}"
                        f"<td>{solution['distance']:.3f}</td></tr>")
        note = self.tr("In brackets: what each party gained by the deal compared with the solution (negative: "
                       "it got less).")
        distance = self.tr("Distance from the deal")
        table = (f"<table cellspacing='0' cellpadding='4' border='1'><tr><th></th>{cells}"
                 f"<th>{escape(distance)}</th></tr>{''.join(rows)}</table>"
                 f"<p style='color:#555'>{escape(note)}</p>")
        needless = lesson["needless_concessions"]
        if needless:
            items = "".join("<li>" + escape(self.tr("%1, round %2: asked for %3 but the deal gave it %4 — %5 "
                                                     "conceded that was not needed.")
                                            .replace("%1", item["party"]).replace("%2", str(item["round"]))
                                            .replace("%3", f"{item['offered']:.3f}")
                                            .replace("%4", f"{item['deal']:.3f}")
                                            .replace("%5", f"{item['amount']:.3f}")) + "</li>" for item in needless)
            needless_html = f"<ul>{items}</ul>"
        else:
            needless_html = _para(self.tr("None: no party offered less than it finally got."))
        left = lesson["left_on_table"]
        if not left:
            left_html = _para(self.tr("No deal, so nothing to improve on: see the curves above."))
        elif left["dominated_by"] == 0:
            left_html = _para(self.tr("None: the deal lies on the Pareto frontier."))
        else:
            gains = ", ".join(f"{name} +{g:.3f}" for name, g in zip(names, left["best_gain"], strict=True))
            left_html = "<p>" + escape(self.tr("%1 frontier packages are at least as good for every party. The most "
                                               "each could still gain: %2; all at once: +%3.")
                                       .replace("%1", str(left["dominated_by"])).replace("%2", gains)
                                       .replace("%3", f"{left['common_gain']:.3f}")) + "</p>"
        against, needless, left = (self.tr("The deal against the bargaining solutions"),
                                   self.tr("Needless concessions"), self.tr("Value left on the table"))
        return (f"<h3>{escape(against)}</h3>{table}",
                f"<h3>{escape(needless)}</h3>{needless_html}<h3>{escape(left)}</h3>{left_html}")

    # -- the report ----------------------------------------------------------------------------------
    def export_pdf(self) -> None:
        suggested = str(self.doc.path.with_name(self.doc.path.stem + "-复盘.pdf"))
        path = self.ctx.interaction.save_path(self, self.tr("Debrief report"), "PDF (*.pdf)", suggested)
        if path is not None:
            self.write_pdf(path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def write_pdf(self, path: Path) -> None:
        """The one-page debrief report in the official layout."""
        from desk.services.rehearsal_report import write_debrief_pdf
        from desk.ui.pages.rehearsal.strategies import strategy_label

        labels: dict[int, Any] = {k: strategy_label(agent.label) for k, agent in self.game.negotiation.agents.items()}
        labels.update({k: self.tr("(you)") for k in self.game.players})
        try:
            write_debrief_pdf(report_data(self.game, labels), self.game.negotiation.arena.model,
                              self.doc.snapshot.case.name, path, self._lang())
        except (DeskError, OSError) as exc:
            self.status.setText(describe_error(exc))
            return
        self.status.setText(self.tr("Wrote %1").replace("%1", str(path)))
