"""The Agreement page driven through its widgets: concluded package → edited versions → two signatures."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from concluded_demo import conclude
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinter

from desk.core.enums import AgreementStatus

ADDED = "双方同意每年联合开展一次补偿资金使用情况审计。"


def _page(ctx, path: Path):
    window = ctx.windows.open_case(path)
    window.resize(1280, 800)
    assert window.show_page("agreement")
    return window, window.pages["agreement"]


def _type_at_end(page, row: int, text: str) -> None:
    page.editor.select(row)
    cursor = page.editor.text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    page.editor.text.setTextCursor(cursor)
    page.editor.text.insertPlainText("\n" + text)  # what typing does


def _errors(ctx) -> list:
    return [m for m in ctx.interaction.messages if m[0] == "error"]


def test_demo_end_to_end_to_a_two_signature_pdf(ctx, demo_file: Path, tmp_path: Path, qtbot):
    conclude(demo_file)
    window, page = _page(ctx, demo_file)
    assert "concluded" in page.package_label.text()
    page.draft_button.click()
    assert [r.version.version for r in page.model.rows()] == [1]

    compensation = [page.editor.list.item(i).text() for i in range(page.editor.list.count())].index("第五条　补偿")
    _type_at_end(page, compensation, ADDED)
    assert page.save_button.isEnabled()
    page.save_button.click()
    assert [r.version.version for r in page.model.rows()] == [2, 1] and page.current_version().version == 2
    window.undo_action.trigger()
    assert [r.version.version for r in page.model.rows()] == [1]
    window.redo_action.trigger()
    assert [r.version.version for r in page.model.rows()] == [2, 1]
    page.select_version(2)
    assert ADDED in page.editor.clauses()[compensation].text

    page.tabs.setCurrentWidget(page.diff)
    page.diff.choose(1, 2)
    assert page.diff.summary.text() == "1 lines differ" and ADDED in page.diff.text()

    with qtbot.waitSignal(page.preview.rendered, timeout=20000) as rendered:
        page.tabs.setCurrentWidget(page.preview)
    assert rendered.args[0] >= 3 and len(page.preview.pages) == rendered.args[0]
    assert page.preview.pages[0].pixmap().width() > 500

    page.final_button.click()
    assert page.current_version().status is AgreementStatus.FINAL and not page.final_button.isEnabled()
    ctx.interaction.paths.append(tmp_path / "final.pdf")
    page.pdf_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "final.pdf").exists() and ctx.tasks.running() == 0, timeout=20000)
    signing = page.signing
    assert signing.sign_document.text() == str(tmp_path / "final.pdf")

    page.tabs.setCurrentWidget(signing)
    ctx.interaction.passphrases.append("联席办口令")
    ctx.interaction.paths.append(tmp_path / "ca.pem")
    signing.ca_button.click()
    assert (tmp_path / "ca.pem").read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert signing.issue_button.isEnabled() and not signing.ca_button.isEnabled()
    parties = [signing.issue_party.itemText(i) for i in range(signing.issue_party.count())]
    assert parties == ["安徽省人民政府", "浙江省人民政府"]
    for index, party in enumerate(parties):
        signing.issue_party.setCurrentIndex(index)
        ctx.interaction.passphrases += ["联席办口令", f"口令{index}"]
        ctx.interaction.paths.append(tmp_path / f"delegate{index}.p12")
        signing.issue_button.click()
        assert (tmp_path / f"delegate{index}.p12").exists(), _errors(ctx)
        assert signing.sign_party.currentText() == party
        ctx.interaction.passphrases.append(f"口令{index}")
        ctx.interaction.paths.append(tmp_path / f"signed{index}.pdf")
        signing.sign_button.click()
        qtbot.waitUntil(lambda i=index: sum(r.signed for r in signing.reports.rows()) == i + 1
                        and ctx.tasks.running() == 0, timeout=30000)
        if index == 0:  # both places listed; the one not signed yet fails the document
            assert signing.reports.rowCount() == 2
            assert "not signed yet by 浙江省人民政府" in signing.verify_summary.text()
    assert _errors(ctx) == []
    assert page.current_version().status is AgreementStatus.SIGNED
    assert page.model.row_at(0).signatures == 2
    assert [(r.signer, r.ok, r.trusted) for r in signing.reports.rows()] == [("李明", True, True), ("陈华", True, True)]
    assert "every signature is intact and trusted" in signing.verify_summary.text()
    assert page.notice.isVisible() and "do not cover" in page.notice.text()

    if shutil.which("pdfsig"):
        report = subprocess.run(["pdfsig", str(tmp_path / "signed1.pdf")], capture_output=True, text=True).stdout
        assert report.count("Signature Validation: Signature is Valid.") == 2, report

    _type_at_end(page, compensation, "补充条款。")
    page.save_button.click()
    assert page.current_version().version == 3 and page.current_version().status is AgreementStatus.DRAFT
    assert "do not cover version 3" in ctx.interaction.messages[-1][2]

    ctx.interaction.paths.append(None)
    signing.verify()  # cancelled file picker: nothing happens
    ctx.interaction.paths.append(tmp_path / "signed0.pdf")
    signing.verify()
    qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and "signed0.pdf" in signing.verify_summary.text(),
                    timeout=20000)
    assert [r.signed for r in signing.reports.rows()] == [True, False]


def test_print_uses_the_same_pages(ctx, demo_file: Path, tmp_path: Path, qtbot):
    window, page = _page(ctx, demo_file)
    page.draft_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and ctx.tasks.running() == 0, timeout=20000)
    out = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter, parent) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    page.ask_printer = to_file
    page.print_button.click()
    assert out.stat().st_size > 10_000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "草案" in text and "第一条" in text


def test_draft_during_the_talks_is_marked_and_cannot_be_final(ctx, demo_file: Path, qtbot):
    window, page = _page(ctx, demo_file)
    assert "Nash" in page.package_label.text()
    page.language.setCurrentIndex(page.language.findData("en"))
    page.draft_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and ctx.tasks.running() == 0, timeout=20000)
    row = page.model.row_at(0)
    assert not row.concluded and row.version.language == "en"
    assert page.agreements.document(row.version).draft
    page.final_button.click()
    assert "concluded package" in _errors(ctx)[-1][2]
    assert page.current_version().status is AgreementStatus.DRAFT


@pytest.mark.parametrize("language", ["zh_CN"])
def test_page_builds_in_chinese(qapp, tmp_path, demo_file, language):
    from desk.ui.bootstrap import shutdown

    from .conftest import make_context

    context = make_context(qapp, tmp_path, "zh_CN")
    try:
        window = context.windows.open_case(demo_file)
        assert window.show_page("agreement")
        page = window.pages["agreement"]
        assert page.draft_button.text() == "依据方案起草"
    finally:
        shutdown(context)


def test_trust_an_outside_ca_from_the_signing_tab(ctx, demo_file: Path, tmp_path: Path):
    from desk.agreement.pki import certificate_pem, create_ca

    window, page = _page(ctx, demo_file)
    signing = page.signing
    (tmp_path / "junk.pem").write_text("no")
    ctx.interaction.paths.append(tmp_path / "junk.pem")
    signing.trust_button.click()
    assert _errors(ctx) and "not a certificate" in _errors(ctx)[-1][2]
    outside = create_ca("某省数字证书认证中心")
    (tmp_path / "ca.pem").write_bytes(certificate_pem(outside.certificate))
    ctx.interaction.paths.append(tmp_path / "ca.pem")
    signing.trust_button.click()
    assert ctx.interaction.messages[-1][0] == "info" and "某省数字证书认证中心" in ctx.interaction.messages[-1][2]
    assert len(page.agreements.trust_anchors()) == 1


def test_signing_panel_refuses_another_partys_field_and_a_wrong_ca_passphrase(ctx, demo_file: Path, tmp_path: Path,
                                                                             qtbot):
    conclude(demo_file)
    window, page = _page(ctx, demo_file)
    service = page.agreements
    version = service.make_final(service.draft().id)
    service.export(version, tmp_path / "final.pdf")
    service.create_ca("联席办的CA口令-1")
    signing = page.signing
    window.doc.reload()  # the CA was made behind the window's back: the document reads the case again
    signing.issue_party.setCurrentIndex(signing.issue_party.findData("安徽省人民政府"))
    # the wrong CA passphrase is refused at the first dialog; the retry goes on to the file's passphrase
    ctx.interaction.passphrases += ["不对的口令", "联席办的CA口令-1", "联席办的CA口令-1", "安徽代表的口令-2"]
    ctx.interaction.paths.append(tmp_path / "安徽.p12")
    signing.issue_button.click()
    refused = [m for m in ctx.interaction.messages if m[0] == "passphrase refused"]
    assert [m[2] for m in refused] == ["Wrong passphrase for the case's CA key. Try again.",
                                       "The identity file needs its own passphrase, not the CA's."]
    assert (tmp_path / "安徽.p12").exists() and _errors(ctx) == []
    # Anhui's identity chosen for Zhejiang's place: refused before anything is written
    signing.sign_document.setText(str(tmp_path / "final.pdf"))
    signing.sign_p12.setText(str(tmp_path / "安徽.p12"))
    signing.sign_party.setCurrentIndex(signing.sign_party.findData("浙江省人民政府"))
    ctx.interaction.passphrases += ["忘了的口令", "安徽代表的口令-2"]  # a wrong one is refused in the dialog first
    ctx.interaction.paths.append(tmp_path / "signed.pdf")
    signing.sign_button.click()
    assert ctx.interaction.messages[-2][0] == "passphrase refused" and "安徽.p12" in ctx.interaction.messages[-2][2]
    assert _errors(ctx)[-1][2] == ("The identity of 李明 is for 安徽省人民政府: it cannot sign for 浙江省人民政府.")
    assert ctx.tasks.running() == 0 and not (tmp_path / "signed.pdf").exists()
    assert service.signatures(version.id) == []


def test_passphrase_dialog_warns_once_about_a_weak_passphrase(qtbot):
    from desk.ui.dialogs.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(None, "新口令", "CA", confirm=True)
    qtbot.addWidget(dialog)
    for widget in (dialog.passphrase, dialog.repeat):
        widget.setText("12345678")
    dialog.accept()
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted
    assert "shorter than 10 characters" in dialog.problem.text() and not dialog.problem.isHidden()
    dialog.accept()  # OK again keeps it
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    wrong = PassphraseDialog(None, "CA", "CA", check=lambda value: "wrong" if value != "right one" else None)
    qtbot.addWidget(wrong)
    wrong.passphrase.setText("nope")
    wrong.accept()
    assert wrong.problem.text() == "wrong" and wrong.result() != PassphraseDialog.DialogCode.Accepted
    wrong.passphrase.setText("right one")
    wrong.accept()
    assert wrong.result() == PassphraseDialog.DialogCode.Accepted


def test_signing_in_the_panel_opens_the_identity_once_and_writes_once_on_the_worker(ctx, demo_file: Path,
                                                                                      tmp_path: Path, qtbot,
                                                                                      monkeypatch):
    """The passphrase dialog opens the PKCS#12 (to let a wrong passphrase be retried); the signing use case then
    runs on the database worker with that identity: one decryption, one transaction there, none on the GUI."""
    import threading

    from sqlalchemy import event

    from desk.agreement import pki

    conclude(demo_file)
    window, page = _page(ctx, demo_file)
    service = page.agreements
    version = service.make_final(service.draft().id)
    service.export(version, tmp_path / "final.pdf")
    service.create_ca("联席办的CA口令-1")
    service.issue("安徽省人民政府", "", "联席办的CA口令-1", "安徽代表的口令-2", tmp_path / "安徽.p12")
    window.doc.reload()
    signing = page.signing
    signing.sign_document.setText(str(tmp_path / "final.pdf"))
    signing.sign_p12.setText(str(tmp_path / "安徽.p12"))
    signing.sign_party.setCurrentIndex(signing.sign_party.findData("安徽省人民政府"))
    loads, begins = [], []
    real = pki.load_pkcs12
    monkeypatch.setattr(pki, "load_pkcs12", lambda data, passphrase: loads.append(1) or real(data, passphrase))
    gui = threading.get_ident()
    engine = window.doc.service.db.engine

    def begun(_conn) -> None:
        begins.append(threading.get_ident() != gui)

    event.listen(engine, "begin", begun)
    try:
        ctx.interaction.passphrases += ["忘了的口令", "安徽代表的口令-2"]  # a wrong one first: the dialog retries
        ctx.interaction.paths.append(tmp_path / "signed.pdf")
        signing.sign_button.click()
        qtbot.waitUntil(lambda: ctx.tasks.running() == 0 and signing.reports.rowCount() == 2, timeout=30000)
    finally:
        event.remove(engine, "begin", begun)
    assert _errors(ctx) == []
    assert len(loads) == 2  # the wrong passphrase's failed attempt, then the one opening: never again
    assert begins.count(True) == 1  # the use case: one transaction, on the worker
    assert page.model.row_at(0).signatures == 1 and (tmp_path / "signed.pdf").exists()
    assert "not signed yet by 浙江省人民政府" in signing.verify_summary.text()
