"""The agreement of one case file: draft, edit as new versions, finalise, export, identities, sign, verify."""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk.agreement.document import Document, document_from_version
from desk.agreement.drafting import DraftOptions
from desk.agreement.export import write_document
from desk.agreement.pdf import RenderResult
from desk.core.agreements import AgreementVersion, Clause, Signature
from desk.core.analytics.errors import CancelCheck, ProgressCallback
from desk.core.enums import AgreementStatus
from desk.core.errors import DeskError
from desk.core.issues import Value
from desk.core.output_files import no_folder, write_atomically
from desk.core.parties import Party
from desk.core.snapshot import CaseSnapshot
from desk.core.validation import new_id, utcnow
from desk.services import agreements as use
from desk.services.agreement_package import PackageChoice, choose_package
from desk.services.agreement_store import CaseAgreementStore
from desk.services.bargaining import BargainingService
from desk.services.cases import CaseService

if TYPE_CHECKING:  # the signing stack (cryptography, pyHanko) is imported where it is used, not at start-up
    from cryptography import x509

    from desk.agreement.pki import Identity
    from desk.agreement.signing import SignResult
    from desk.services.verification import Verification


@dataclass(frozen=True, slots=True)
class SavedEdit:
    """A saved edit: the new draft version and how many signatures of the edited version do not cover it."""

    version: AgreementVersion
    uncovered_signatures: int = 0
    edited_version: int = 0


class AgreementService:
    """Every agreement use case of one case; writes go through :class:`CaseAgreementStore`."""

    def __init__(self, cases: CaseService) -> None:
        self.cases = cases
        self.store = CaseAgreementStore(cases)
        self.bargaining = BargainingService(cases)

    # -- reading -------------------------------------------------------------------------------
    def versions(self) -> list[AgreementVersion]:
        return self.store.versions()

    def signatures(self, version_id: str) -> list[Signature]:
        return self.store.signatures(version_id)

    def concluded_id(self) -> str | None:
        concluded = self.bargaining.concluded()
        return None if concluded is None else concluded.id

    def from_concluded(self, version: AgreementVersion) -> bool:
        """True when ``version`` was drafted from the package every signatory accepted."""
        return version.proposal_id is not None and version.proposal_id == self.concluded_id()

    def document(self, version: AgreementVersion) -> Document:
        """The printed document: marked 草案 on every page unless drafted from the concluded package."""
        document = document_from_version(version, not self.from_concluded(version))
        anchor = self.cases.chain_head()
        return document if anchor is None else dataclasses.replace(document, anchor=anchor.printed(version.language))

    def choose_package(self, progress: ProgressCallback | None = None,
                       cancelled: CancelCheck | None = None) -> PackageChoice:
        return choose_package(self.bargaining, self.cases.snapshot(), progress, cancelled)

    # -- writing versions ----------------------------------------------------------------------
    def draft(self, language: str = "zh", choice: PackageChoice | None = None,
              progress: ProgressCallback | None = None, cancelled: CancelCheck | None = None, *,
              record: bool = True) -> AgreementVersion:
        """Draft from the package :meth:`choose_package` picks (or ``choice``) and save it as the next version;
        with ``record=False`` the draft is only returned (to export it) and the case is left unchanged."""
        picked = choice or self.choose_package(progress, cancelled)
        snapshot = self.cases.snapshot()
        options = DraftOptions(language=language, proposal_id=picked.proposal_id, author=self.cases.actor,
                               term_years=agreed_term(snapshot, picked.package) or DraftOptions.term_years,
                               baselines=self._baselines())
        make = use.draft_agreement if record else use.preview_agreement
        return make(self.store, snapshot, picked.package, options)

    def _baselines(self) -> tuple[tuple[str, str, float], ...]:
        """The baseline readings (Cᵢ₀ and the like) the rules' formulas refer to, for the draft to state."""
        from desk.services.rules import RuleService

        return tuple((r.indicator_id, r.subject, r.value) for r in RuleService(self.cases).readings()
                     if r.period == "baseline")

    def save_edit(self, base: AgreementVersion, title: str, clauses: Sequence[Clause]) -> SavedEdit:
        """Save an edit of ``base`` as a new draft version (a signed version's signatures do not cover it)."""
        new = dataclasses.replace(base, version=self.store.next_agreement_version(base.case_id), title=title,
                                  clauses=tuple(clauses), status=AgreementStatus.DRAFT, author=self.cases.actor,
                                  created_at=utcnow(), id=new_id())
        self.store.add_agreement_version(new.validate())
        uncovered = len(self.store.signatures(base.id))
        return SavedEdit(new, uncovered, base.version)

    def restore(self, version: AgreementVersion) -> AgreementVersion:
        """Put a withdrawn version back as it was (redo of a save)."""
        self.store.add_agreement_version(version)
        return version

    def withdraw(self, version_id: str) -> AgreementVersion:
        return self.store.withdraw_version(version_id)

    def make_final(self, version_id: str) -> AgreementVersion:
        """Draft → final; only a version on the concluded package can be final (the one that is signed)."""
        version = self.store.version(version_id)
        if version.status is not AgreementStatus.DRAFT:
            raise DeskError(f"version {version.version} is already {version.status}")
        if not self.from_concluded(version):
            raise DeskError("only an agreement on the concluded package can be made final: "
                            "conclude the bargaining (every signatory accepts a proposal) and draft again")
        return self.store.set_status(version_id, AgreementStatus.FINAL)

    def reopen(self, version_id: str) -> AgreementVersion:
        """Final → draft (the undo of :meth:`make_final`); refused once anybody signed."""
        if self.store.signatures(version_id):
            raise DeskError("this version carries signatures; edit it to make a new draft instead")
        return self.store.set_status(version_id, AgreementStatus.DRAFT)

    # -- export --------------------------------------------------------------------------------
    def export(self, version: AgreementVersion, pdf: Path | None = None, docx: Path | None = None
               ) -> RenderResult | None:
        """Write PDF and/or DOCX of ``version`` (draft marks as :meth:`document` decides)."""
        return write_document(self.document(version), pdf, docx)

    # -- identities ----------------------------------------------------------------------------
    def has_ca(self) -> bool:
        return self.store.load_credential(self.cases.case_id, use.CA_KIND) is not None

    def ca_certificate(self) -> str | None:
        stored = self.store.load_credential(self.cases.case_id, use.CA_KIND)
        return None if stored is None else stored[0]

    def create_ca(self, passphrase: str, out: Path | None = None) -> str:
        """Create the case's CA (its key kept in the case file under ``passphrase``); optionally write its PEM."""
        from desk.agreement.pki import fit

        if out is not None:
            _check_folder(out)
        snapshot = self.cases.snapshot()
        suffix = " 秘书处 CA"
        name = fit(snapshot.case.name, 64 - len(suffix.encode())) + suffix
        pem = use.create_case_ca(self.store, snapshot, passphrase, name)
        if out is not None:
            write_atomically(out, pem.encode())
        return pem

    def check_ca_passphrase(self, passphrase: str) -> None:
        """DeskError when ``passphrase`` does not open the case CA's key (or there is no CA)."""
        use.case_ca(self.store, self.cases.case_id, passphrase)

    def issue(self, party: str, delegate: str, ca_passphrase: str, p12_passphrase: str, out: Path) -> str:
        """Issue a delegate's PKCS#12 into ``out`` (never overwritten); returns the delegate's name.

        The file gets its own passphrase: the CA's is refused (the delegate must never learn it)."""
        from cryptography.hazmat.primitives import serialization


        if out.exists():
            raise DeskError(f"{out} already exists; choose another name")
        _check_folder(out)
        if not p12_passphrase:
            raise DeskError("the PKCS#12 file needs a passphrase")
        if p12_passphrase == ca_passphrase:
            raise DeskError("the identity file needs its own passphrase, not the CA's")
        snapshot = self.cases.snapshot()
        data, identity = use.issue_delegate(self.store, snapshot, party, delegate, ca_passphrase, p12_passphrase)
        write_atomically(out, data)
        der = identity.certificate.public_bytes(serialization.Encoding.DER)
        found = snapshot.party_by_name(party)
        assert found is not None  # issue_delegate refused unknown parties
        self.store.record_issued(found.id, identity.common_name, identity.certificate.subject.rfc4514_string(),
                                 hashlib.sha256(der).hexdigest())
        return identity.common_name

    # -- signing and verifying -----------------------------------------------------------------
    def sign(self, version: AgreementVersion, source: Path, target: Path, p12: Path, passphrase: str,
             party: str) -> SignResult:
        """Sign the final version's PDF as ``party`` and record it, as one use case (see
        :func:`desk.services.signing.sign_version`); refused before anything is written when the identity
        does not speak for ``party``."""
        from desk.services.signing import DelegateKey, sign_version

        return sign_version(self, version.id, source, target, DelegateKey(p12, passphrase), party)

    def speaks_for(self, certificate: x509.Certificate) -> Party | None:
        """The party of this case a certificate provably speaks for, or None (see :meth:`party_resolver`)."""
        return self.party_resolver()(certificate)

    def party_resolver(self) -> Callable[[x509.Certificate], Party | None]:
        """A pure function (safe in a worker thread) telling which party of this case a certificate speaks for.

        Either the secretariat bound that very certificate to a party (:meth:`bind`), or the case's
        own CA issued it with a party binding naming one of the case's parties; else None.
        """
        from cryptography.hazmat.primitives import hashes

        from desk.agreement.pki import issued_by, load_certificates, party_id

        with self.cases.transaction() as repos:
            parties = {p.id: p for p in repos.parties.list(case_id=self.cases.case_id)}
            bound = self.store.bindings()
            own = self.ca_certificate()
        authority = load_certificates(own.encode())[0] if own else None

        def resolve(certificate: x509.Certificate) -> Party | None:
            digest = certificate.fingerprint(hashes.SHA256()).hex()
            if digest in bound:
                return parties.get(bound[digest])
            claimed = party_id(certificate)
            if claimed is None or authority is None or not issued_by(certificate, authority):
                return None
            return parties.get(claimed)

        return resolve

    def check_identity(self, identity: Identity, signer: Party) -> str:
        """``signer``'s name when ``identity`` speaks for that party; :class:`WrongParty` otherwise."""
        from desk.agreement.signing import WrongParty

        party = self.speaks_for(identity.certificate)
        if party is None or party.id != signer.id:
            raise WrongParty(identity.common_name, party.name if party else None, signer.name)
        return party.name

    def bind(self, party: str, path: Path) -> str:
        """Bind the (first) certificate in ``path`` to ``party``: the secretariat vouches that this outside
        certificate is a delegate's of that party. Audited; returns the certificate's common name."""
        from cryptography.hazmat.primitives import hashes, serialization

        from desk.agreement.pki import fit, load_certificates

        found = self.cases.snapshot().party_by_name(party)
        if found is None or not found.is_signatory:
            raise DeskError(f"{party!r} is not a signatory of this case")
        certificate = load_certificates(_read(path))[0]
        if certificate.extensions and _is_ca(certificate):
            raise DeskError("this is a certificate authority's certificate: bind the delegate's own certificate")
        pem = certificate.public_bytes(serialization.Encoding.PEM).decode()
        name = fit(str(certificate.subject.rfc4514_string()))
        self.store.add_binding(found.id, name, pem, certificate.fingerprint(hashes.SHA256()).hex())
        return name

    def verify(self, path: Path) -> Verification:
        """Verify ``path`` against what this case trusts (see :func:`desk.services.verification.case_trust`)."""
        from desk.services.verification import case_trust, verify

        return verify(path, case_trust(self))

    def trust_anchors(self) -> list:
        """The certificates a signature may chain to: the case's CA, then every one trusted by :meth:`trust`."""
        from desk.agreement.pki import load_certificates

        own = self.ca_certificate()
        pems = ([own] if own else []) + self.store.trusted_certificates()
        return [cert for pem in pems for cert in load_certificates(pem.encode())]

    def trust(self, path: Path) -> list[str]:
        """Trust the certificate(s) in ``path`` (PEM or DER) for verification; returns the new ones' names.

        Certificates already trusted (or the case's own CA) are skipped; nothing is stored for a file
        that is not a certificate.
        """
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.x509.oid import NameOID

        from desk.agreement.pki import load_certificates

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DeskError(f"cannot read {path}: {exc.strerror or exc}") from None
        known = {cert.fingerprint(hashes.SHA256()) for cert in self.trust_anchors()}
        added = []
        for cert in load_certificates(data):
            digest = cert.fingerprint(hashes.SHA256())
            if digest in known:
                continue
            known.add(digest)
            names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
            label = str(names[0].value) if names else cert.subject.rfc4514_string()
            self.store.add_trusted_certificate(label, cert.public_bytes(serialization.Encoding.PEM).decode(),
                                               digest.hex())
            added.append(label)
        return added


def agreed_term(snapshot: CaseSnapshot, package: Mapping[str, Value]) -> int | None:
    """The agreed term in whole years when the package has a term issue (名称含“期限”, unit 年), else None."""
    for issue in snapshot.issues:
        if issue.is_numeric and issue.unit.strip() == "年" and ("期限" in issue.name or "term" in issue.name.lower()):
            value = package.get(issue.id)
            if isinstance(value, int | float) and value >= 1 and float(value).is_integer():
                return int(value)
    return None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DeskError(f"cannot read {path}: {exc.strerror}") from None


def _is_ca(certificate: x509.Certificate) -> bool:
    from cryptography import x509

    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except (x509.ExtensionNotFound, ValueError):
        return False


def _check_folder(path: Path) -> None:
    if not path.parent.is_dir():
        raise no_folder(path)

