"""Signing and verification: the case CA, delegate identities, signing in turn, verifying a PDF."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.core.agreements import AgreementVersion, signer_for
from desk.core.changes import Changes, Kind
from desk.core.errors import DeskError
from desk.core.output_files import write_atomically
from desk.services import agreements as use
from desk.services.agreement_workflow import AgreementService
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.models.signature_report_model import SignatureReportModel
from desk.ui.page_refresh import subscribe
from desk.ui.tasks import describe_error

if TYPE_CHECKING:  # the signing stack (cryptography, pyHanko) is imported where it is used, not at start-up
    from desk.agreement.signing import SignResult, WrongParty
    from desk.services.signing import DelegateKey
    from desk.services.verification import Verification

PDF_FILTER = "PDF (*.pdf)"
P12_FILTER = "PKCS#12 (*.p12 *.pfx)"
PEM_FILTER = "PEM (*.pem)"
CERT_FILTER = "Certificates (*.pem *.crt *.cer *.der);;All files (*)"


class SigningPanel(QWidget):
    """Works on the version the page has selected (``current`` returns it)."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, agreements: AgreementService,
                 current: Callable[[], AgreementVersion | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc, self.agreements, self.current = ctx, doc, agreements, current
        self.ca_status = QLabel()
        self.ca_button = QPushButton(self.tr("Create case CA…"))
        self.ca_save_button = QPushButton(self.tr("Save CA certificate…"))
        self.ca_button.clicked.connect(self.create_ca)
        self.ca_save_button.clicked.connect(self.save_ca)
        ca_row = QHBoxLayout()
        for widget in (self.ca_status, self.ca_button, self.ca_save_button):
            ca_row.addWidget(widget)
        ca_row.addStretch(1)

        self.issue_party = QComboBox()
        self.issue_delegate = QLineEdit()
        self.issue_button = QPushButton(self.tr("Issue identity…"))
        self.bind_button = QPushButton(self.tr("Bind a certificate…"))
        self.bind_button.setToolTip(self.tr("Vouch that a delegate certificate issued by another CA is this "
                                            "party's: only then do its signatures count for the party"))
        self.issue_party.currentIndexChanged.connect(self._default_delegate)
        self.issue_button.clicked.connect(self.issue)
        self.bind_button.clicked.connect(lambda: self.bind())
        issue_row = QHBoxLayout()
        issue_row.addWidget(self.issue_party, 1)
        issue_row.addWidget(QLabel(self.tr("Delegate")))
        issue_row.addWidget(self.issue_delegate, 1)
        issue_row.addWidget(self.issue_button)
        issue_row.addWidget(self.bind_button)

        self.sign_document = QLineEdit()
        self.sign_p12 = QLineEdit()
        self.sign_party = QComboBox()
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.sign_button.clicked.connect(self.sign)
        pick_pdf, pick_p12 = QPushButton(self.tr("Choose…")), QPushButton(self.tr("Choose…"))
        pick_pdf.clicked.connect(lambda: self._pick(self.sign_document, self.tr("PDF to sign"), PDF_FILTER))
        pick_p12.clicked.connect(lambda: self._pick(self.sign_p12, self.tr("Delegate identity"), P12_FILTER))
        sign_form = QFormLayout()
        sign_form.addRow(self.tr("PDF to sign"), _row(self.sign_document, pick_pdf))
        sign_form.addRow(self.tr("Identity (PKCS#12)"), _row(self.sign_p12, pick_p12))
        sign_form.addRow(self.tr("Signing for"), _row(self.sign_party, self.sign_button))

        self.verify_button = QPushButton(self.tr("Verify a PDF…"))
        self.verify_button.clicked.connect(lambda: self.verify())
        self.trust_button = QPushButton(self.tr("Trust a CA certificate…"))
        self.trust_button.setToolTip(self.tr("Trust signatures from identities a real certificate authority "
                                             "issued (its certificate, PEM or DER), besides this case's CA"))
        self.trust_button.clicked.connect(lambda: self.trust())
        self.verify_summary = QLabel()
        self.reports = SignatureReportModel(parent=self)
        self.report_table = QTableView()
        self.report_table.setModel(self.reports)
        self.report_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.report_table.horizontalHeader().setStretchLastSection(True)

        layout = QVBoxLayout(self)
        for title, inner in ((self.tr("Secretariat certificate authority"), ca_row),
                             (self.tr("Delegate identities"), issue_row),
                             (self.tr("Sign in turn"), sign_form)):
            box = QGroupBox(title)
            box.setLayout(inner)
            layout.addWidget(box)
        verify_box = QGroupBox(self.tr("Verify signatures"))
        verify_layout = QVBoxLayout(verify_box)
        verify_layout.addWidget(_row(self.verify_button, self.verify_summary, self.trust_button))
        verify_layout.addWidget(self.report_table, 1)
        layout.addWidget(verify_box, 1)
        self.subscription = subscribe(self, doc, (Kind.PARTIES, Kind.IDENTITIES), self.refresh)

    # -- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        has_ca = use.CA_KIND in self.doc.state.credential_kinds
        self.ca_status.setText(self.tr("This case has its certificate authority.") if has_ca
                               else self.tr("No certificate authority yet."))
        self.ca_button.setEnabled(not has_ca)
        self.ca_save_button.setEnabled(has_ca)
        self.issue_button.setEnabled(has_ca)
        for combo in (self.issue_party, self.sign_party):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for party in self.doc.snapshot.signatories:
                combo.addItem(party.name, party.name)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self._default_delegate()

    def _default_delegate(self) -> None:
        party = self.doc.snapshot.party_by_name(self.issue_party.currentData() or "")
        self.issue_delegate.setText(party.delegate_name if party else "")

    def _pick(self, edit: QLineEdit, title: str, filter_: str) -> None:
        path = self.ctx.interaction.open_path(self, title, filter_)
        if path is not None:
            edit.setText(str(path))

    def _error(self, title: str, exc: BaseException) -> None:
        self.ctx.interaction.error(self, title, describe_error(exc))

    # -- identities ----------------------------------------------------------------------------
    def create_ca(self) -> None:
        title = self.tr("Create case CA")
        passphrase = self.ctx.interaction.passphrase(
            self, title, self.tr("A passphrase protects the CA key kept in the case file."), confirm=True)
        if not passphrase:
            return
        try:
            self.agreements.create_ca(passphrase)
        except DeskError as exc:
            self._error(title, exc)
            return
        self.doc.reload(Changes.of(Kind.IDENTITIES))
        self.save_ca()

    def save_ca(self) -> None:
        pem = self.agreements.ca_certificate()
        path = self.ctx.interaction.save_path(self, self.tr("Save CA certificate"), PEM_FILTER, "case-ca.pem")
        if pem and path is not None:
            try:
                write_atomically(path, pem.encode())
            except DeskError as exc:
                self._error(self.tr("Save CA certificate"), exc)

    def issue(self) -> None:
        title = self.tr("Issue identity")
        party, delegate = self.issue_party.currentData() or "", self.issue_delegate.text().strip()
        ca_pass = self.ctx.interaction.passphrase(self, title, self.tr("Passphrase of the case's CA key"),
                                                  check=self._wrong_ca_passphrase)
        if not ca_pass:
            return
        p12_pass = self.ctx.interaction.passphrase(
            self, title, self.tr("A new passphrase for %1's identity file (not the CA's)").replace("%1", delegate),
            confirm=True, check=lambda value: self.tr("The identity file needs its own passphrase, not the CA's.")
            if value == ca_pass else None)
        if not p12_pass:
            return
        out = self.ctx.interaction.save_path(self, title, P12_FILTER, f"{delegate or party}.p12")
        if out is None:
            return
        try:
            name = self.agreements.issue(party, delegate, ca_pass, p12_pass, out)
        except DeskError as exc:
            self._error(title, exc)
            return
        self.sign_p12.setText(str(out))
        self.sign_party.setCurrentIndex(max(0, self.sign_party.findData(party)))
        self.doc.reload(Changes.of(Kind.IDENTITIES))
        self.ctx.interaction.info(self, title, self.tr("Issued %1 to %2 of %3.").replace("%1", out.name)
                                  .replace("%2", name).replace("%3", party))

    def _wrong_ca_passphrase(self, passphrase: str) -> str | None:
        try:
            self.agreements.check_ca_passphrase(passphrase)
        except DeskError:
            return self.tr("Wrong passphrase for the case's CA key. Try again.")
        return None

    def _p12_problem(self, p12: Path, passphrase: str, opened: dict[str, DelegateKey]) -> str | None:
        """Why ``p12`` does not open with ``passphrase`` (None when it does: the opened key goes to ``opened``)."""
        from desk.services.signing import DelegateKey

        key = DelegateKey(p12, passphrase)
        try:
            key.identity()
        except DeskError:
            return (self.tr("%1 does not open with this passphrase (or it is not an identity file). Try again.")
                    .replace("%1", p12.name))
        opened[passphrase] = key
        return None

    def bind(self, path: Path | None = None) -> None:
        """Bind a delegate certificate from another CA to the chosen party (audited)."""
        title = self.tr("Bind a certificate")
        party = self.issue_party.currentData() or ""
        chosen = path or self.ctx.interaction.open_path(self, title, CERT_FILTER)
        if chosen is None:
            return
        try:
            name = self.agreements.bind(party, chosen)
        except DeskError as exc:
            self._error(title, exc)
            return
        self.doc.refresh()
        self.ctx.interaction.info(self, title, self.tr("Signatures by %1 now count as %2's.").replace("%1", name)
                                  .replace("%2", party))

    def wrong_party_text(self, exc: WrongParty) -> str:
        """Why an identity cannot sign a party's place, in the UI language."""
        if exc.identity_party is None:
            return (self.tr("The identity of %1 does not name its party (it was not issued by this case's CA, and "
                            "no certificate of it was bound to a party): it cannot sign for %2.")
                    .replace("%1", exc.signer).replace("%2", exc.field))
        return (self.tr("The identity of %1 is for %2: it cannot sign for %3.")
                .replace("%1", exc.signer).replace("%2", exc.identity_party).replace("%3", exc.field))

    # -- signing and verifying -----------------------------------------------------------------
    def sign(self) -> None:
        """Sign the selected version as the chosen party: one use case on the database worker (the identity file
        is decrypted once, when its passphrase is typed), refused early when the read model already says no."""
        from desk.agreement.signing import WrongParty
        from desk.services.signing import DelegateKey, sign_operation

        title = self.tr("Sign")
        version = self.current()
        party = self.sign_party.currentData() or ""
        source, p12 = Path(self.sign_document.text().strip()), Path(self.sign_p12.text().strip())
        state = self.doc.state
        try:
            if version is None:
                raise DeskError(self.tr("Choose the version to sign."))
            signer = signer_for(version, party, state.snapshot.parties, state.signed_by.get(version.id, ()))
            if not self.sign_document.text().strip() or not source.is_file():
                raise DeskError(self.tr("Choose the PDF to sign (export the final version first)."))
            if not self.sign_p12.text().strip() or not p12.is_file():
                raise DeskError(self.tr("Choose the delegate's identity file (PKCS#12)."))
        except DeskError as exc:
            self._error(title, exc)
            return
        opened: dict[str, DelegateKey] = {}  # passphrase → the key it opened
        passphrase = self.ctx.interaction.passphrase(
            self, title, self.tr("Passphrase of %1").replace("%1", p12.name),
            check=lambda value: self._p12_problem(p12, value, opened))
        if not passphrase:
            return
        key = opened.get(passphrase) or DelegateKey(p12, passphrase)
        try:  # refused before asking where to save: the identity must speak for the party signing
            self.agreements.check_identity(key.identity(), signer)
        except WrongParty as exc:
            self.ctx.interaction.error(self, title, self.wrong_party_text(exc))
            return
        except DeskError as exc:
            self._error(title, exc)
            return
        suggested = str(source.with_name(f"{source.stem.removesuffix('-signed')}-signed.pdf"))
        target = self.ctx.interaction.save_path(self, self.tr("Save the signed PDF"), PDF_FILTER, suggested)
        if target is None:
            return

        def signed(_result: SignResult) -> None:
            self.sign_document.setText(str(target))
            self.verify(target)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, WrongParty):
                self.ctx.interaction.error(self, title, self.wrong_party_text(exc))
            else:
                self._error(title, exc)

        self.doc.run_slow(sign_operation(self.agreements, version.id, source, target, key, party),
                          self.tr("Signing"), parent=self, on_done=signed, on_error=failed)

    def verify(self, path: Path | None = None) -> None:
        """Verify ``path`` (or a PDF the user picks) against what this case trusts and list every signature."""
        from desk.services.verification import case_trust, verify

        title = self.tr("Verify signatures")
        chosen = path or self.ctx.interaction.open_path(self, title, PDF_FILTER)
        if chosen is None:
            return
        try:
            trust = case_trust(self.agreements)
        except DeskError as exc:
            self._error(title, exc)
            return
        self.ctx.tasks.run(lambda progress, is_cancelled: verify(chosen, trust), title=title, parent=self,
                           on_done=self._verified, on_error=lambda exc: self._error(title, exc))

    def trust(self, path: Path | None = None) -> None:
        """Add a certificate authority's certificate to those this case trusts when verifying."""
        title = self.tr("Trust a CA certificate")
        chosen = path or self.ctx.interaction.open_path(self, title, CERT_FILTER)
        if chosen is None:
            return
        try:
            added = self.agreements.trust(chosen)
        except DeskError as exc:
            self._error(title, exc)
            return
        self.doc.reload(Changes.of(Kind.IDENTITIES))
        text = (self.tr("Now trusted: %1.").replace("%1", "、".join(added)) if added
                else self.tr("This certificate is already trusted."))
        self.ctx.interaction.info(self, title, text)

    def _verified(self, result: Verification) -> None:
        """Show the verification as it is: the reports, and the verdict worded in the UI language."""
        self.reports.set_rows(list(result.reports))
        overall = result.verdict
        texts = {"ok": self.tr("%1: every signature is intact and trusted"),
                 "no places": self.tr("%1: no signature places"),
                 "unsigned": self.tr("%1: not signed yet by %2"),
                 "no trust": self.tr("%1: the signatures are intact but NOT trusted (no trusted CA issued them)"),
                 "untrusted": self.tr("%1: the signatures are intact but NOT trusted (no trusted CA issued them)")}
        text = texts.get(overall.kind, self.tr("%1: NOT all signatures are intact, by their own party and trusted"))
        self.verify_summary.setText(text.replace("%2", "、".join(overall.fields)).replace("%1", result.path.name))


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit | QComboBox | QLabel) else 0)
    return holder
