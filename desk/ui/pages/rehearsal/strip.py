"""The rehearsal strip in a played rehearsal's toolbar (every view): 演练, whose turn, pass, pause, debrief, back."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from desk.core.errors import DeskError
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.pages.rehearsal.conductor import Conductor
from desk.ui.tasks import describe_error

STRIP_STYLE = ("QWidget#rehearsalStrip { background: #7B1FA2; border-radius: 3px; } "
               "QLabel#rehearsalTurn { color: white; font-weight: 600; padding: 0 6px; }")


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when its text does not fit (the whole text is its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = ""

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.contentsRect().width() - 12)
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, room))


class RehearsalStrip(QWidget):
    """One line: what the game waits for (the whole sentence in the tooltip when it does not fit) and the
    rehearsal's controls."""

    def __init__(self, ctx: AppContext, window: QWidget, doc: CaseDocument, conductor: Conductor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.main_window, self.doc, self.conductor = ctx, window, doc, conductor
        self.setObjectName("rehearsalStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STRIP_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.turn = ElidedLabel()
        self.turn.setObjectName("rehearsalTurn")
        self.turn.setMinimumWidth(120)
        self.turn.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pass_button = QPushButton(self.tr("Pass"))
        self.pass_button.setToolTip(self.tr("Table nothing in this round"))
        self.pass_button.clicked.connect(self.pass_turn)
        self.pause = QDoubleSpinBox()
        self.pause.setRange(0.0, 60.0)
        self.pause.setSingleStep(0.5)
        self.pause.setDecimals(1)
        self.pause.setPrefix(self.tr("Pause "))
        self.pause.setSuffix(self.tr(" s"))
        self.pause.setValue(conductor.settings.pause_ms / 1000)
        self.pause.setToolTip(self.tr("Pause before the agents answer"))
        self.pause.valueChanged.connect(lambda seconds: conductor.set_pause(round(seconds * 1000)))
        self.debrief_button = QPushButton(self.tr("Debrief (复盘)…"))
        self.debrief_button.setObjectName("debriefButton")
        self.debrief_button.clicked.connect(self.open_debrief)
        self.back_button = QPushButton(self.tr("Back to the real case"))
        self.back_button.setObjectName("backToCaseButton")
        self.back_button.clicked.connect(self.back)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 1, 4, 1)
        row.setSpacing(4)
        row.addWidget(self.turn, 1)
        row.addWidget(self.pass_button)
        row.addWidget(self.pause)
        row.addWidget(self.debrief_button)
        row.addWidget(self.back_button)
        self.debrief_window: QWidget | None = None
        conductor.changed.connect(self.update_turn)
        conductor.timer.timeout.connect(self.update_turn)
        self.update_turn()

    def sentence(self) -> str:
        """What the game waits for, in one sentence."""
        conductor, game = self.conductor, self.conductor.game
        if game is None and conductor.preparing is not None:
            labels = {p.id: p.label for p in self.doc.snapshot.parties}
            you = "、".join(labels.get(pid, pid) for pid in conductor.settings.players)
            return self.tr("演练 · you play %1 · preparing: computing the exact frontier… %2%").replace(
                "%1", you).replace("%2", str(int(conductor.preparing * 100)))
        if game is None:
            return self.tr("演练 — the rehearsal cannot go on: %1").replace("%1", conductor.problem)
        n, action = game.negotiation, conductor.action
        labels = {p.id: p.label for p in self.doc.snapshot.parties}

        def who(k: int) -> str:
            name = conductor.party_name(k)
            return labels.get(game.party_ids[k], name) if 0 <= k < len(game.party_ids) else name

        you = "、".join(who(k) for k in game.players)
        head = self.tr("演练 · you play %1 · round %2/%3 · ").replace("%1", you).replace(
            "%2", str(n.round)).replace("%3", str(n.deadline))
        if n.finished:
            outcome = n.outcome()
            if outcome.agreement is None:
                return head + self.tr("no agreement by the deadline: open the debrief.")
            mine = ", ".join(f"{outcome.agreement.utilities[k]:.3f}" for k in game.players)
            return head + self.tr("agreement in round %1, your utility %2: open the debrief.").replace(
                "%1", str(outcome.rounds)).replace("%2", mine)
        if conductor.agents_to_act():
            text = self.tr("%1 is considering…") if conductor.timer.isActive() else self.tr("%1 acts…")
            return head + text.replace("%1", who(action.party))
        if action.kind == "table":
            return head + self.tr("%1 to table: use the proposal editor, or pass.").replace("%1", who(action.party))
        proposal = n.proposals[action.proposal]
        return head + self.tr("%1 to answer %2's proposal (worth %3 to you): accept, reject or counter.").replace(
            "%1", who(action.party)).replace("%2", who(proposal.author)).replace(
            "%3", f"{proposal.utilities[action.party]:.3f}")

    def update_turn(self) -> None:
        conductor, game = self.conductor, self.conductor.game
        action = conductor.action
        self.pass_button.setEnabled(action is not None and action.kind == "table" and not conductor.agents_to_act())
        self.debrief_button.setEnabled(game is not None and bool(game.negotiation.proposals))
        self.turn.set_full_text(self.sentence())

    def pass_turn(self) -> None:
        try:
            self.conductor.pass_turn()
        except DeskError as exc:
            self.ctx.interaction.error(self, self.tr("Pass"), describe_error(exc))

    def open_debrief(self) -> None:
        from desk.ui.pages.rehearsal.debrief_view import DebriefView

        game = self.conductor.game
        if game is None:
            return
        view = DebriefView(self.ctx, self.doc, game, self.main_window)
        view.show()
        self.debrief_window = view

    def back(self) -> None:
        from desk.ui.pages.rehearsal.launch import back_to_case

        back_to_case(self.ctx, self.main_window, self.doc)
