"""Monitoring page (履约监督): every commitment of the concluded agreement with its standing on a date, what is
overdue, each party's money due against paid (always in view, and as a chart), the disputes with their
escalation chain — and the actions: payments, waivers, duties, readings, dispute steps, each undoable.

Renders from the read model (``doc.state``; the public record in presentation mode) and never queries."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.core.changes import Kind
from desk.core.compliance.board import Board
from desk.core.compliance.dues import DueKind
from desk.core.compliance.ledger import Standing, Status
from desk.core.compliance.wording import word
from desk.core.errors import DeskError
from desk.core.rules.money import grouped
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.models.commitment_table_model import CommitmentFilter, CommitmentTableModel
from desk.ui.models.roles import RowRole
from desk.ui.page_refresh import subscribe
from desk.ui.pages.monitoring.actions import MonitoringActions
from desk.ui.pages.monitoring.disputes_panel import DisputesPanel
from desk.ui.pages.monitoring.documents import MonitoringDocuments
from desk.ui.pages.monitoring.standing import ORDER, ui_language
from desk.ui.pages.registry import PageSpec, register_page
from desk.ui.tasks import describe_error
from desk.ui.widgets.readings_editor import ReadingsEditor

OVERDUE_STYLE = ("QLabel { background: #FDECEA; color: #7A1A10; border: 1px solid #E0A39A; border-radius: 3px;"
                 " padding: 4px 8px; }")
BALANCE_STYLE = "QLabel { background: #F3F6F8; border-radius: 3px; padding: 4px 8px; }"
#: Above this many readings and payments the board is computed on a worker thread (bench/monitoring_board.py:
#: 8–11 s for 10⁵ readings and 5·10⁴ payments on a loaded machine; the Xin'an sample takes milliseconds).
WORKER_ABOVE = 20_000


def available(state) -> bool:
    """The page has something to show once every signatory accepted a package (or an agreement is signed)."""
    return state.concluded is not None


class MonitoringPage(QWidget, MonitoringActions, MonitoringDocuments):
    """The status board of the case's concluded agreement, on a chosen date (today by default)."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.board: Board | None = None
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.dateChanged.connect(lambda *_: self.refresh())
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.on.setDate(QDate.currentDate()))
        self.summary = QLabel()
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # may be cut, not widen
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Status on")))
        top.addWidget(self.on)
        top.addWidget(self.today_button)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        self.export_pdf_button = QPushButton(self.tr("PDF…"))
        self.export_xlsx_button = QPushButton(self.tr("Excel…"))
        self.export_pdf_button.setToolTip(self.tr("Export the status board as a PDF (official layout)"))
        self.export_xlsx_button.setToolTip(self.tr("Export the status board as an Excel workbook"))
        self.export_pdf_button.clicked.connect(lambda: self.ask_export("pdf"))
        self.export_xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        top.addWidget(self.export_pdf_button)
        top.addWidget(self.export_xlsx_button)
        self.evaluation_button = QPushButton(self.tr("Evaluation…"))
        self.evaluation_button.setToolTip(self.tr("The evaluation report (评估与反馈): targets against outcomes, money "
                                                  "due against paid, disputes, fairness, the secretariat's findings "
                                                  "(PDF and DOCX)"))
        self.evaluation_button.clicked.connect(self.ask_evaluation)
        self.next_round_button = QPushButton(self.tr("Next round…"))
        self.next_round_button.setToolTip(self.tr("Start the next round as a new case file linked to this one"))
        self.next_round_button.clicked.connect(self.ask_next_round)
        top.addWidget(self.evaluation_button)
        top.addWidget(self.next_round_button)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5a00;")
        self.overdue = QLabel()
        self.overdue.setObjectName("overdueToday")
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet(OVERDUE_STYLE)
        self.balances = QLabel()
        self.balances.setObjectName("balances")
        self.balances.setWordWrap(True)
        self.balances.setStyleSheet(BALANCE_STYLE)
        self.balances.setTextFormat(Qt.TextFormat.RichText)

        self.model = CommitmentTableModel(parent=self)
        self.filter = CommitmentFilter(self)
        self.filter.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.table.doubleClicked.connect(lambda *_: self.ask_default_action())

        self.party_filter, self.period_filter = QComboBox(), QComboBox()
        self.standing_filter, self.kind_filter = QComboBox(), QComboBox()
        for combo in (self.party_filter, self.period_filter, self.standing_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
        filters = QHBoxLayout()
        for label, combo, name in ((self.tr("Party"), self.party_filter, "party"),
                                   (self.tr("Period"), self.period_filter, "period"),
                                   (self.tr("Status"), self.standing_filter, "standing"),
                                   (self.tr("Kind"), self.kind_filter, "kind")):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(lambda _i, c=combo, n=name: self._filter(n, c))
        self.shown = QLabel()
        self.shown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters.addWidget(self.shown, 1)

        self.pay_button = QPushButton(self.tr("Record payment…"))
        self.waive_button = QPushButton(self.tr("Waive…"))
        self.unwaive_button = QPushButton(self.tr("Withdraw waiver"))
        self.duty_button = QPushButton(self.tr("Add duty…"))
        self.edit_duty_button = QPushButton(self.tr("Edit duty…"))
        self.delete_duty_button = QPushButton(self.tr("Delete duty"))
        # two rows (money; duties), so that the board still fits a 1280-wide window
        actions = QVBoxLayout()
        for group in (((self.pay_button, self.ask_payment), (self.waive_button, self.ask_waive),
                       (self.unwaive_button, self.unwaive)),
                      ((self.duty_button, self.ask_duty), (self.edit_duty_button, self.ask_edit_duty),
                       (self.delete_duty_button, self.delete_duty))):
            row = QHBoxLayout()
            for button, slot in group:
                button.clicked.connect(slot)
                row.addWidget(button)
            row.addStretch(1)
            actions.addLayout(row)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)

        self.chart_box = QWidget()
        QVBoxLayout(self.chart_box).setContentsMargins(0, 0, 0, 0)
        self.chart_canvas = self.chart_figure = None
        self.disputes = DisputesPanel()
        self.disputes.raise_requested.connect(self.ask_dispute)
        self.disputes.escalate_requested.connect(self.ask_escalate)
        self.disputes.letter_requested.connect(self.ask_letter)
        self.disputes.decide_requested.connect(self.ask_decide)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart_box, self.tr("Due and paid"))
        self.tabs.addTab(self.disputes, self.tr("Disputes"))
        self.readings_editor = ReadingsEditor(ctx, doc, due=self.readings_due)
        self.tabs.addTab(self.readings_editor, self.tr("Readings"))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.overdue)
        layout.addWidget(self.balances)
        layout.addWidget(split, 1)
        self.subscription = subscribe(self, doc, (Kind.MONITORING, Kind.BARGAINING, Kind.RULES, Kind.PARTIES,
                                                  Kind.ISSUES, Kind.PRESENTATION), self.refresh)

    # -- rendering (from doc.state only) -------------------------------------------------------
    def date(self) -> date:
        value = self.on.date()
        return date(value.year(), value.month(), value.day())

    def refresh(self) -> None:
        """Compute the board on the chosen date from ``doc.state`` and show it. A large case (more than
        :data:`WORKER_ABOVE` readings and payments: seconds of work) is computed on a worker thread meanwhile
        the page says so; a result for a state or date no longer shown is dropped."""
        state, on = self.doc.state, self.date()
        self.readings_editor.refresh()
        if not available(state):
            self.show_board(None, self.tr("Nothing is due yet: the status board opens once every signatory has "
                                          "accepted a package (Sessions) — commitments follow from the concluded "
                                          "agreement."))
            return
        size = len(state.monitoring.readings) + len(state.monitoring.payments)
        if size <= WORKER_ABOVE or self.ctx.tasks is None:
            try:
                self.show_board(state.board(on), "")
            except DeskError as exc:
                self.show_board(None, describe_error(exc))
            return
        self.notice.setText(self.tr("Computing the status board for %1 readings and payments…")
                            .replace("%1", f"{size:,}"))
        self.notice.setVisible(True)

        def work(progress=None, is_cancelled=None):
            return state.board(on)

        def done(board: Board) -> None:
            if state is self.doc.state and on == self.date():
                self.show_board(board, "")

        def failed(exc: BaseException) -> None:
            if state is self.doc.state and on == self.date():
                self.show_board(None, describe_error(exc))

        self.ctx.tasks.run(work, title="", parent=self, on_done=done, on_error=failed, show_progress=False)

    def show_board(self, board: Board | None, problem: str) -> None:
        """Show ``board`` (None: nothing to show, and ``problem`` says why)."""
        state = self.doc.state
        self.board = board
        self.notice.setText(problem)
        self.notice.setVisible(bool(problem))
        order = {p.id: n for n, p in enumerate(state.snapshot.parties)}  # the case's own order of parties
        rows = sorted(board.statuses, key=lambda s: (order.get(s.due.party, len(order)), s.due.period,
                                                     s.due.due_on or date.max)) if board else []
        self.model.set_board_rows(rows, board.name if board else str, state.shown_monitoring.payments)
        self._fill_filters(board)
        self._show_overdue(board)
        self._show_balances(board)
        self.disputes.set_disputes(board.disputes if board else (), state.snapshot.parties,
                                   board.name if board else str, self.date(), board is not None and self._editable())
        self._draw(board)
        self._count()
        self._enable()

    def _editable(self) -> bool:
        return not self.doc.readonly

    def _fill_filters(self, board: Board | None) -> None:
        lang = ui_language()
        statuses = board.statuses if board else ()
        parties = dict.fromkeys(a for s in statuses for a in (s.due.party, s.due.counterparty) if a)
        periods = sorted({s.due.period[:4] for s in statuses if s.due.period[:4].isdigit()})
        kinds = [k for k in DueKind if any(s.due.kind is k for s in statuses)]
        options = {
            self.party_filter: [(board.name(a), a) for a in parties] if board else [],
            self.period_filter: [(p, p) for p in periods],
            self.standing_filter: [(word(s, lang), s) for s in ORDER],
            self.kind_filter: [(word(k, lang), k) for k in kinds],
        }
        for combo, items in options.items():
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self.filter.set_criteria({"party": self.party_filter.currentData(), "period": self.period_filter.currentData(),
                                  "standing": self.standing_filter.currentData(),
                                  "kind": self.kind_filter.currentData()})

    def _filter(self, name: str, combo: QComboBox) -> None:
        self.filter.set_criterion(name, combo.currentData())
        self._count()

    def _count(self) -> None:
        self.shown.setText(self.tr("%1 of %2 shown").replace("%1", str(self.filter.rowCount()))
                           .replace("%2", str(self.model.rowCount())))
        if self.board is None:
            self.summary.setText("")
            return
        counts = {s: sum(1 for x in self.board.statuses if x.standing is s) for s in ORDER}
        lang = ui_language()
        self.summary.setText(" · ".join(f"{word(s, lang)} {n}" for s, n in counts.items() if n))

    def _show_overdue(self, board: Board | None) -> None:
        late = board.overdue() if board else ()
        if not late:
            self.overdue.setVisible(board is not None)
            self.overdue.setStyleSheet(BALANCE_STYLE)
            self.overdue.setText(self.tr("Nothing is overdue on %1.").replace("%1", self.date().isoformat()))
            return
        self.overdue.setStyleSheet(OVERDUE_STYLE)
        items = []
        for s in late[:4]:
            days = (board.on - s.due.due_on).days if s.due.due_on else 0
            what = (f"{grouped(s.outstanding)} {s.due.unit}" if s.due.amount is not None else s.due.description)
            items.append(self.tr("%1 owes %2 (%3 days late)").replace("%1", board.name(s.due.party))
                         .replace("%2", what).replace("%3", str(days)))
        more = self.tr("; and %1 more").replace("%1", str(len(late) - 4)) if len(late) > 4 else ""
        self.overdue.setText(self.tr("▲ Overdue on %1: %2").replace("%1", board.on.isoformat())
                             .replace("%2", "; ".join(items) + more))
        self.overdue.setVisible(True)

    def _show_balances(self, board: Board | None) -> None:
        if board is None or not board.balances:
            self.balances.setVisible(False)
            return
        parts = []
        for account, b in board.balances.items():
            if not (b.due or b.paid or b.receivable):
                continue
            text = self.tr("%1: due %2, paid %3, <b>outstanding %4</b>").replace("%1", board.name(account)) \
                .replace("%2", grouped(b.due)).replace("%3", grouped(b.paid)).replace("%4", grouped(b.outstanding))
            if b.receivable:
                text += self.tr("; to receive %1, received %2").replace("%1", grouped(b.receivable)) \
                    .replace("%2", grouped(b.received))
            parts.append(text)
        self.balances.setText(self.tr("Balances (%1):").replace("%1", board.unit) + " " + " &nbsp;|&nbsp; ".join(parts))
        self.balances.setVisible(True)

    def _draw(self, board: Board | None) -> None:
        if self.chart_canvas is None:
            if board is None:
                return
            from desk.charts.figure import new_figure
            from desk.ui.chart_scale import scaled_canvas

            self.chart_figure = new_figure(4.6, 3.4)
            self.chart_canvas = scaled_canvas(self.chart_figure)  # larger text when presenting, as the window
            self.chart_box.layout().addWidget(self.chart_canvas)
        from desk.charts.monitoring import draw_due_vs_paid

        self.chart_figure.clear()
        parties = {p.id: p for p in self.doc.state.snapshot.parties}
        short = {a: parties[a].short_name or parties[a].name if a in parties else board.name(a)
                 for a in (board.balances if board else {})}
        rows = [(short[a], float(b.due), float(b.paid)) for a, b in board.balances.items() if b.due or b.paid] \
            if board else []
        colours = {p.short_name or p.name: p.colour for p in parties.values()}
        labels = {"due": self.tr("fell due"), "paid": self.tr("paid"), "outstanding": self.tr("owes {x}"),
                  "none": self.tr("Nothing has fallen due yet.")}
        draw_due_vs_paid(self.chart_figure.add_subplot(), rows, board.unit if board else "", colours, labels)
        self.chart_canvas.draw_idle()

    # -- selection -----------------------------------------------------------------------------
    def current(self) -> Status | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(RowRole) if index.isValid() else None

    def select(self, key: str) -> bool:
        """Select the commitment ``key`` (or its short reference) in the table."""
        for row in range(self.filter.rowCount()):
            status = self.filter.index(row, 0).data(RowRole)
            if key in (status.due.key, status.due.ref):
                self.table.selectRow(row)
                return True
        return False

    def _duty(self, status: Status | None):
        if status is None or status.due.kind is not DueKind.DUTY:
            return None
        duty_id = status.due.key.removeprefix("duty|")
        return next((c for c in self.doc.state.monitoring.commitments if c.id == duty_id), None)

    def _enable(self) -> None:
        status, on = self.current(), self.board is not None and self._editable()
        money = status is not None and status.due.amount is not None and status.standing is not Standing.WAIVED
        derived = status is not None and status.due.kind is not DueKind.DUTY
        self.pay_button.setEnabled(on and money)
        self.waive_button.setEnabled(on and derived and status.standing is not Standing.WAIVED)
        self.unwaive_button.setEnabled(on and derived and status.standing is Standing.WAIVED)
        self.duty_button.setEnabled(on)
        self.edit_duty_button.setEnabled(on and self._duty(status) is not None)
        self.delete_duty_button.setEnabled(on and self._duty(status) is not None)
        self.export_pdf_button.setEnabled(self.board is not None)
        self.export_xlsx_button.setEnabled(self.board is not None)
        self.documents_enabled()


register_page(PageSpec(
    name="monitoring", title=lambda: QCoreApplication.translate("Pages", "Monitoring"), factory=MonitoringPage,
    order=65, icon=QStyle.StandardPixmap.SP_DialogYesButton, available=available,
    unavailable=lambda: QCoreApplication.translate("Pages", "Opens once every signatory has accepted a package"),
))
