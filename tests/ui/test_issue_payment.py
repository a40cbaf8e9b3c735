"""Who pays whom on a money issue: chosen in the issue form, written into the agreement draft."""
from __future__ import annotations

import dataclasses

from desk.agreement.drafting import build_draft
from desk.services.cases import CaseService
from desk.ui.dialogs.issue_dialog import IssueDialog


def test_issue_form_sets_payer_and_payee(qtbot, demo_file):
    service = CaseService.open(demo_file)
    snap = service.snapshot()
    service.close()
    issue = next(i for i in snap.issues if i.name == "浙江省年度出资")
    submitted = []
    dialog = IssueDialog(issue, submitted.append, new=False, parties=snap.parties)
    qtbot.addWidget(dialog)
    assert dialog.payer.currentData() == snap.party_by_name("浙江").id  # the demo states the payer
    dialog.payee.setCurrentIndex(dialog.payee.findData(snap.party_by_name("安徽").id))
    dialog.accept()
    assert submitted[0].payer_id == snap.party_by_name("浙江").id
    assert submitted[0].payee_id == snap.party_by_name("安徽").id


def test_draft_names_payer_and_fund(demo_file):
    service = CaseService.open(demo_file)
    snap = service.snapshot()
    service.close()
    snap = dataclasses.replace(snap, rules=(), indicators=())  # a case without rules: payer and payee of the issues
    package = {i.id: i.grid()[0] for i in snap.issues}
    text = "\n".join(c.text for c in build_draft(snap, package).clauses)
    assert "由安徽省人民政府向补偿资金专户支付" in text and "向补偿资金专户出资" in text
    zhejiang, anhui = snap.party_by_name("浙江"), snap.party_by_name("安徽")
    direct = [dataclasses.replace(i, payee_id=anhui.id) if i.payer_id == zhejiang.id else i for i in snap.issues]
    text = "\n".join(c.text for c in build_draft(dataclasses.replace(snap, issues=tuple(direct)), package).clauses)
    assert "由浙江省人民政府向安徽省人民政府支付" in text
