"""Sharing and compensation page (分享与补偿): the case's rules, each stated as its clause, and the payments
they make under the current package and the case's readings or a scenario's (the picker at the top) — table,
each party's net per period, settlement — with the readings editor (desk.ui.widgets.readings_editor) for the
readings chosen."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.core.changes import Kind
from desk.core.errors import DeskError
from desk.services.rules_view import RulesView, rules_view
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.models.payment_table_model import PaymentTableModel, RuleTableModel
from desk.ui.page_refresh import subscribe
from desk.ui.pages.registry import PageSpec, register_page
from desk.ui.widgets.readings_editor import ReadingsEditor
from desk.ui.widgets.rule_parameters import RuleParameters
from desk.ui.widgets.scenario_bar import ScenarioBar


class RulesPage(QWidget):
    """The rules (edited through their forms) and what they pay under the readings chosen: the reported ones or a
    scenario's. While presenting it computes from what may be shown (``doc.state.shown``), like every page."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.view: RulesView | None = None
        self._refreshing = False
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.scenarios = ScenarioBar(ctx, doc, self)
        self.scenarios.chosen.connect(self._scenario_chosen)
        top = QHBoxLayout()
        top.addWidget(self.scenarios)
        top.addSpacing(12)
        top.addWidget(self.source, 1)

        self.rules = RuleTableModel(parent=self)
        self.rule_table = self._table(self.rules)
        self.rule_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_clause())
        self.rule_table.doubleClicked.connect(lambda *_: self.edit_rule())
        self.new_button = QPushButton(self.tr("New rule…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_rule)
        self.edit_button.clicked.connect(self.edit_rule)
        self.delete_button.clicked.connect(self.delete_rule)
        rule_buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            rule_buttons.addWidget(button)
        rule_buttons.addStretch(1)
        rule_box = QWidget()
        rule_column = QVBoxLayout(rule_box)
        rule_column.setContentsMargins(0, 0, 0, 0)
        rule_column.addLayout(rule_buttons)
        rule_column.addWidget(self.rule_table, 1)
        self.clause = QTextBrowser()
        self.parameters = RuleParameters(self)
        self.parameters.activated.connect(self.edit_parameter)
        detail = QSplitter(Qt.Orientation.Vertical)
        detail.addWidget(self.clause)
        detail.addWidget(self.parameters.view)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(rule_box)
        upper.addWidget(detail)
        upper.setSizes([320, 680])

        self.payments = PaymentTableModel(parent=self)
        self.payment_table = self._table(self.payments)
        self.payment_table.setSortingEnabled(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.payment_table, self.tr("Payments"))
        self.net_canvas = self.net_figure = None
        self.flow_canvas = self.flow_figure = None
        self.net_box, self.flow_box = QWidget(), QWidget()
        QVBoxLayout(self.net_box)
        QVBoxLayout(self.flow_box)
        self.tabs.addTab(self.net_box, self.tr("Net per period"))
        self.tabs.addTab(self.flow_box, self.tr("Settlement"))
        self.readings_editor = ReadingsEditor(ctx, doc, self)
        self.tabs.addTab(self.readings_editor, self.tr("Readings"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a5a00;")

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.tabs)
        split.setSizes([260, 420])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.notes)
        self.subscription = subscribe(self, doc, (Kind.RULES, Kind.PARTIES, Kind.ISSUES, Kind.MONITORING,
                                                  Kind.SCENARIOS, Kind.BARGAINING, Kind.DEMANDS, Kind.PRESENTATION),
                                      self.refresh)

    def _table(self, model) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- data --------------------------------------------------------------------------------
    def _scenario_chosen(self) -> None:
        self.readings_editor.set_scenario(self.scenarios.scenario_id)
        if not self._refreshing:
            self.refresh()

    def refresh(self) -> None:
        self._refreshing = True
        try:
            self.scenarios.refresh()  # a scenario deleted (or its creation undone): back to the reported readings
        finally:
            self._refreshing = False
        state = self.doc.state
        snapshot = state.shown  # the public rows while presenting
        scenario = self.scenarios.scenario()
        readings = scenario.readings if scenario is not None else state.monitoring.readings
        language = "en" if self.ctx.language.startswith("en") else "zh"  # the window's language, as every page
        self.view = (rules_view(self.doc.service, snapshot, language, scenario.id if scenario else None, readings,
                                state.record) if snapshot.rules else None)
        self.rules.set_rows(snapshot.rules)
        if not snapshot.rules:
            self.source.setText(self.tr("This case has no sharing or compensation rules yet."))
        elif self.view is None or self.view.choice is None:
            self.source.setText(self.view.problem if self.view else "")
        else:
            sources = {"concluded": self.tr("the concluded package"),
                       "tabled": self.tr("the latest tabled proposal"), "nash": self.tr("the Nash package")}
            count = self.view.readings
            text = (self.tr("Payments under %1 and the case's %n readings.", "", count) if scenario is None else
                    self.tr("Payments under %1 and the %n readings of the scenario %2 (hypothetical, not reported).",
                            "", count).replace("%2", f"“{scenario.name}”"))
            self.source.setText(text.replace("%1", sources[self.view.choice.source]))
        self.readings_editor.refresh()
        schedule = self.view.schedule if self.view else None
        self.payments.schedule = schedule
        self.payments.set_rows(schedule.payments if schedule else [])
        notes = [] if schedule is None else [n for n in schedule.notes if n.missing]
        problem = self.view.problem if self.view and self.view.choice is not None else ""
        text = problem or (self.tr("%n readings are missing (counted as not met where a rule says so).", "",
                                   len(notes)) if notes else "")
        self.notes.setText(text)
        self.notes.setVisible(bool(text))
        if snapshot.rules and not self.rule_table.currentIndex().isValid():
            self.rule_table.selectRow(0)
        self.edit_button.setEnabled(bool(snapshot.rules))
        self.delete_button.setEnabled(bool(snapshot.rules))
        self.show_clause()
        self._draw(schedule)

    def current_rule(self):
        index = self.rule_table.currentIndex()
        return self.rules.row_at(index.row()) if index.isValid() else None

    def show_clause(self) -> None:
        rule = self.current_rule()
        if rule is None or self.view is None:
            self.clause.clear()
            self.parameters.set_rule(None, self.doc.snapshot)
            return
        self.clause.setPlainText(f"{rule.name}\n\n{self.view.clauses.get(rule.id, '')}")
        self.parameters.set_rule(rule, self.doc.snapshot)

    def edit_parameter(self, path: str) -> None:
        """Fix a parameter or bind it to an issue (undoable); the clause and payments follow."""
        import dataclasses

        from desk.core.rules.bindings import get_param, set_param
        from desk.ui.dialogs.rule_parameter_dialog import RuleParameterDialog
        from desk.ui.rule_commands import SaveRuleCommand

        rule = self.current_rule()
        if rule is None:
            return
        from desk.ui.rule_labels import param_label

        name = param_label(path, rule.params, {p.id: p.name for p in self.doc.snapshot.parties})
        dialog = RuleParameterDialog(self.doc.snapshot, name, get_param(rule.params, path), self)
        if not dialog.exec():
            return
        edited = dataclasses.replace(rule, params=set_param(rule.params, path, dialog.value))
        label = param_label(path, rule.params, {p.id: p.name for p in self.doc.snapshot.parties})
        self._execute(SaveRuleCommand(self.doc, rule, edited, self.tr("Change %1").replace("%1", label)),
                      self.tr("Rule not changed"))

    def new_rule(self) -> None:
        """Create a rule through the form of its kind (undoable, audited)."""
        from desk.ui.rule_commands import AddRuleCommand

        rule = self._ask_rule(None)
        if rule is not None:
            self._execute(AddRuleCommand(self.doc, rule), self.tr("Rule not added"))
            self.select_rule(rule.id)

    def edit_rule(self) -> None:
        """Edit the selected rule through the form of its kind (undoable, audited)."""
        from desk.ui.rule_commands import SaveRuleCommand

        rule = self.current_rule()
        if rule is None:
            return
        edited = self._ask_rule(rule)
        if edited is not None and edited != rule:
            text = self.tr("Edit rule %1").replace("%1", edited.name)
            self._execute(SaveRuleCommand(self.doc, rule, edited, text), self.tr("Rule not changed"))
            self.select_rule(rule.id)

    def delete_rule(self) -> None:
        from desk.ui.rule_commands import DeleteRuleCommand

        rule = self.current_rule()
        if rule is None or not self.ctx.interaction.confirm(
                self, self.tr("Delete rule"), self.tr("Delete the rule %1?").replace("%1", rule.name)):
            return
        self._execute(DeleteRuleCommand(self.doc, rule), self.tr("Rule not deleted"))

    def _ask_rule(self, rule):
        from desk.services.rules_view import clause_preview
        from desk.ui.dialogs.rule_dialog import RuleDialog

        facts = self.view.facts if self.view is not None else None

        def preview(candidate) -> str:
            if facts is None:
                return self.view.problem if self.view is not None else ""
            return clause_preview(facts, candidate)

        dialog = RuleDialog(self.doc.snapshot, rule, preview, self)
        return dialog.result if dialog.exec() else None

    def _execute(self, command, failure: str) -> None:
        from desk.ui.validation_text import error_text

        try:
            self.doc.execute(command)
        except DeskError as exc:
            self.ctx.interaction.error(self, failure, error_text(exc))

    def select_rule(self, rule_id: str) -> None:
        for row, rule in enumerate(self.rules.rows()):
            if rule.id == rule_id:
                self.rule_table.selectRow(row)
                return

    def _draw(self, schedule) -> None:
        from desk.charts.figure import new_figure
        from desk.charts.rules import draw_nets
        from desk.services.payments import party_nets

        if self.net_canvas is None:
            from desk.ui.chart_scale import scaled_canvas  # larger text when presenting, as the window

            self.net_figure, self.flow_figure = new_figure(7, 3.2), new_figure(4.5, 3.2)
            self.net_canvas, self.flow_canvas = scaled_canvas(self.net_figure), scaled_canvas(self.flow_figure)
            self.net_box.layout().addWidget(self.net_canvas)
            self.flow_box.layout().addWidget(self.flow_canvas)
        self.net_figure.clear()
        self.flow_figure.clear()
        if schedule is not None and schedule.payments:
            colours = {p.name: p.colour for p in self.doc.snapshot.parties}
            draw_nets(self.net_figure.add_subplot(), party_nets(schedule, self.doc.snapshot), schedule.unit, colours)
            from desk.charts.settlement import draw_settlement

            draw_settlement(self.flow_figure.add_subplot(), schedule.settlement(), colours, schedule.unit,
                            {p.name: p.label for p in self.doc.snapshot.parties})
        self.net_canvas.draw_idle()
        self.flow_canvas.draw_idle()


register_page(PageSpec(
    name="rules", title=lambda: QCoreApplication.translate("Pages", "Sharing and compensation"), factory=RulesPage,
    order=45, icon=QStyle.StandardPixmap.SP_DialogApplyButton,
))
