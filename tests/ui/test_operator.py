"""The operator (操作人): asked once, kept in Preferences, recorded in every audit event, shown on the Overview."""
from __future__ import annotations

from desk.core.events import verify_chain
from desk.core.parties import Party
from desk.services.cases import CaseService
from desk.ui import file_actions
from desk.ui.dialogs.preferences_dialog import PreferencesDialog
from desk.ui.settings import OPERATOR, OPERATOR_ASKED
from desk.ui.undo_commands import AddParty


def _add_party(window, name: str) -> None:
    doc = window.doc
    doc.execute(AddParty(doc, Party(case_id=doc.snapshot.case.id, name=name)))


def test_the_name_is_asked_once_and_recorded_in_every_event(ctx, demo_file, tmp_path, qtbot, dialogs):
    """The 操作人 column stayed empty: nothing ever set the actor of the GUI's case service."""
    assert ctx.actor == "" and not ctx.settings.get(OPERATOR_ASKED)
    ctx.interaction.texts.append("  王芳（联席办） ")
    window = ctx.windows.open_case(demo_file)
    assert ctx.settings.get(OPERATOR) == "王芳（联席办）" and ctx.settings.get(OPERATOR_ASKED)
    _add_party(window, "测试主体甲")
    overview = window.pages["overview"]
    overview.refresh()
    assert "王芳（联席办）" in overview.activity.text()

    # Preferences changes it for the open case from the next change on
    def rename(dialog: PreferencesDialog) -> None:
        assert dialog.operator.text() == "王芳（联席办）"
        dialog.operator.setText("李强")
        dialog.accept()

    dialogs.next(rename)
    file_actions.preferences(window)
    dialogs.check()
    _add_party(window, "测试主体乙")
    ctx.windows.close_all()
    ctx.interaction.texts.append("不应再问")
    assert ctx.windows.open_case(demo_file) is not None and ctx.interaction.texts == ["不应再问"]  # asked once
    ctx.windows.close_all()

    cases = CaseService.open(demo_file)
    try:
        events = cases.events()
        assert verify_chain(events).broken_seq is None  # the actor was always hashed: older files check the same
        by_name = {e.payload.get("name"): e.actor for e in events if e.kind == "party.created"}
        assert by_name["测试主体甲"] == "王芳（联席办）" and by_name["测试主体乙"] == "李强"
    finally:
        cases.close()
