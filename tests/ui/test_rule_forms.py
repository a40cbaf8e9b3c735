"""Rules created, edited and deleted through the form of their kind: errors by field, live clause, undo, audit."""
from __future__ import annotations

from pathlib import Path

from desk.core.rules.model import RuleKind
from desk.services.rules_view import clause_preview, rules_view
from desk.services.samples import build_sample
from desk.ui.case_document import CaseDocument
from desk.ui.dialogs.rule_dialog import RuleDialog
from desk.ui.pages.rules_page import RulesPage


def _party(doc: CaseDocument, name: str) -> str:
    return next(p.id for p in doc.snapshot.parties if p.name == name)


def test_every_sample_rule_reads_back_unchanged_from_its_form(qtbot, ctx, tmp_path: Path):
    """Opening a rule's form and pressing OK without a change gives the very same rule (no key lost)."""
    for sample in ("chishui", "xinanjiang-round2", "jingjinji-tax"):
        doc = CaseDocument(build_sample(sample, tmp_path / f"{sample}.desk"))
        view = rules_view(doc.service, doc.snapshot, "en")
        for rule in doc.snapshot.rules:
            dialog = RuleDialog(doc.snapshot, rule, lambda r, v=view: clause_preview(v.facts, r))
            qtbot.addWidget(dialog)
            assert dialog.candidate() == rule, (sample, rule.name)
            assert dialog.clause.toPlainText() == view.clauses[rule.id]
        doc.close()


def test_new_fixed_transfer_shows_errors_by_field_states_its_clause_live_and_undoes(qtbot, ctx, dialogs,
                                                                                     tmp_path: Path):
    doc = CaseDocument(build_sample("jingjinji-tax", tmp_path / "案例 50%#.desk"))
    page = RulesPage(ctx, doc)
    qtbot.addWidget(page)
    beijing, hebei = _party(doc, "北京市人民政府"), _party(doc, "河北省人民政府")
    seen: dict[str, object] = {}

    def fill(dialog: RuleDialog) -> None:
        form = dialog.forms[RuleKind.FIXED_TRANSFER]
        dialog.name.setText("园区配套补助")
        form.choose(form.payer, hebei)
        form.choose(form.payee, hebei)
        dialog.accept()  # payer = payee: refused, said under the payee
        seen["same"] = form.errors.rows["payee"].error_label.text()
        form.choose(form.payee, beijing)
        form.choose(form.mode, "yearly")
        form.first_year.setValue(2027)
        form.years.set_value(3)
        form.amount.number.setText("")
        dialog.accept()  # amount empty: refused, said under the amount
        seen["empty"] = form.errors.rows["amount"].error_label.text()
        form.amount.number.setText("0.5")
        seen["clause"] = dialog.clause.toPlainText()
        dialog.unit.setCurrentText("亿元")
        seen["clause_yi"] = dialog.clause.toPlainText()
        dialog.accept()

    dialogs.next(fill)
    page.new_rule()
    dialogs.check()
    assert seen["same"] == "The payer and the payee must differ."
    assert seen["empty"] == "Amount is required."
    assert "0.5 万元" in str(seen["clause"]) and "0.5 亿元" in str(seen["clause_yi"])
    assert "pays 北京市人民政府 0.5 亿元 a year from 2027 to 2029" in str(seen["clause_yi"])
    assert [r.name for r in page.rules.rows()][-1] == "园区配套补助"
    assert page.current_rule().name == "园区配套补助"
    assert page.clause.toPlainText().startswith("园区配套补助")
    event = doc.service.events()[-1]
    assert event.kind == "rule.created" and event.payload["params"]["schedule"] == {
        "mode": "yearly", "first_year": 2027, "years": 3}
    paid = [p for p in page.payments.rows() if p.rule == "园区配套补助"]
    assert [(p.period, float(p.amount), p.unit) for p in paid] == [("2027", 0.5, "亿元"), ("2028", 0.5, "亿元"),
                                                                  ("2029", 0.5, "亿元")]
    doc.undo_stack.undo()
    assert "园区配套补助" not in [r.name for r in page.rules.rows()]
    assert doc.service.events()[-1].kind == "rule.deleted"
    doc.undo_stack.redo()
    assert "园区配套补助" in [r.name for r in doc.snapshot.rules]
    doc.close()


def test_editing_a_fund_by_its_form_binds_a_ratio_and_deleting_is_refused_while_a_deduction_uses_it(
        qtbot, ctx, dialogs, tmp_path: Path):
    doc = CaseDocument(build_sample("chishui", tmp_path / "c.desk"))
    page = RulesPage(ctx, doc)
    qtbot.addWidget(page)
    page.select_rule(doc.snapshot.rules[0].id)
    before = doc.snapshot.rules[0]

    def edit(dialog: RuleDialog) -> None:
        form = dialog.forms[RuleKind.POOL]
        form.contributions.rows[1].param.number.setText("6")  # 贵州 1:6:4 instead of 1:5:4
        form.years.number.setText("两")
        dialog.accept()
        assert form.errors.rows["years"].error_label.text() == "Years must be a number."
        form.years.number.setText("2")
        dialog.accept()

    dialogs.next(edit)
    page.edit_rule()
    dialogs.check()
    rule = doc.snapshot.rules[0]
    assert rule.params["contributions"][1]["ratio"] == 6 and rule.params["years"] == 2
    assert "1:6:4" in page.clause.toPlainText() and "2018 to 2019" in page.clause.toPlainText()
    assert {p.period for p in page.payments.rows()} == {"2018", "2019"}
    doc.undo_stack.undo()
    assert doc.snapshot.rules[0] == before

    ctx.interaction.confirmations.append(True)  # confirm the deletion
    page.delete_rule()
    assert ctx.interaction.messages[-1][:2] == ("error", "Rule not deleted")
    assert "断面不达标扣减" in ctx.interaction.messages[-1][2]
    assert len(doc.snapshot.rules) == 2
    page.select_rule(doc.snapshot.rules[1].id)
    ctx.interaction.confirmations.append(True)
    page.delete_rule()
    assert [r.name for r in doc.snapshot.rules] == ["赤水河流域横向生态补偿资金"]
    doc.undo_stack.undo()
    assert [r.name for r in doc.snapshot.rules] == ["赤水河流域横向生态补偿资金", "断面不达标扣减"]
    doc.close()


def test_parameters_are_shown_by_their_human_names(qtbot, ctx, tmp_path: Path):
    doc = CaseDocument(build_sample("chishui", tmp_path / "c.desk"))
    page = RulesPage(ctx, doc)
    qtbot.addWidget(page)
    labels = [page.parameters.model.display(r, 0) for r in page.parameters.model.rows()]
    assert labels[:4] == ["Fund size a year", "Years", "Contribution ratio (云南省人民政府)",
                          "Contribution ratio (贵州省人民政府)"]
    assert "Allocation ratio (四川省人民政府)" in labels and not any("[" in label for label in labels)
    doc.close()
