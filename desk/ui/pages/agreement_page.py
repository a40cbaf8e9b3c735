"""Agreement page (协议): draft from the package, versions, clause editing, preview, compare, export, sign."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.agreement.document import Document, document_from_version
from desk.agreement.export import write_document
from desk.core.agreements import AgreementVersion
from desk.core.changes import Kind
from desk.core.enums import AgreementStatus
from desk.core.errors import DeskError
from desk.services.agreement_package import NASH, PackageChoice, nash_package, tabled_package
from desk.ui.agreement_commands import DraftAgreement, MakeFinal, SaveAgreementVersion
from desk.ui.agreement_print import ask_printer, print_document
from desk.ui.case_document import CaseDocument
from desk.ui.context import AppContext
from desk.ui.models.agreement_version_model import AgreementVersionModel, VersionRow
from desk.ui.page_refresh import subscribe
from desk.ui.pages.agreement.agreement_preview import AgreementPreview
from desk.ui.pages.agreement.clause_editor import ClauseEditor
from desk.ui.pages.agreement.signing_panel import PDF_FILTER, SigningPanel
from desk.ui.pages.agreement.version_diff import VersionDiff
from desk.ui.pages.registry import PageSpec, register_page
from desk.ui.tasks import describe_error

DOCX_FILTER = "Word (*.docx)"
NOTICE_STYLE = "background: #FFF3C4; color: #5D4037; padding: 6px; border: 1px solid #E0C060;"


def _export(document, pdf: Path | None, docx: Path | None, progress, is_cancelled) -> int:
    result = write_document(document, pdf, docx)
    return result.pages if result is not None else 0


def _nash(snapshot, progress, is_cancelled):
    return nash_package(snapshot, progress, is_cancelled)


class AgreementPage(QWidget):
    """The versions list drives every tab: the selected version is edited, previewed, exported and signed."""

    def __init__(self, ctx: AppContext, doc: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.doc = ctx, doc
        self.agreements = doc.agreements
        self.ask_printer = ask_printer  # tests replace the system dialog
        self.draft_button = QPushButton(self.tr("Draft from the package"))
        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.package_label = QLabel()
        self.package_label.setWordWrap(True)  # long in English; must not widen the window
        self.draft_button.clicked.connect(self.draft)
        top = QHBoxLayout()
        top.addWidget(self.draft_button)
        top.addWidget(self.language)
        top.addWidget(self.package_label, 1)

        self.model = AgreementVersionModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.final_button = QPushButton(self.tr("Make final"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.docx_button = QPushButton(self.tr("Export DOCX…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.final_button.clicked.connect(self.make_final)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.print_button.clicked.connect(self.print_)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Versions")))
        left_layout.addWidget(self.table, 1)
        for button in (self.final_button, self.pdf_button, self.docx_button, self.print_button):
            left_layout.addWidget(button)

        self.notice = QLabel()
        self.notice.setObjectName("agreementNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.editor = ClauseEditor()
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.clicked.connect(self.save)
        self.editor.edited.connect(lambda: self.save_button.setEnabled(True))
        edit_tab = QWidget()
        edit_layout = QVBoxLayout(edit_tab)
        edit_layout.addWidget(self.editor, 1)
        edit_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.preview = AgreementPreview(ctx.tasks, self)
        self.diff = VersionDiff()
        self.signing = SigningPanel(ctx, doc, self.agreements, self.current_version)
        self.tabs = QTabWidget()
        self.tabs.addTab(edit_tab, self.tr("Edit"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.addTab(self.diff, self.tr("Compare versions"))
        self.tabs.addTab(self.signing, self.tr("Sign and verify"))
        self.tabs.currentChanged.connect(lambda _i: self._update_preview())

        splitter = QSplitter()
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.notice)
        right_layout.addWidget(self.tabs, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self._shown_id: str | None = None
        self.subscription = subscribe(self, doc, (Kind.PARTIES, Kind.BARGAINING, Kind.AGREEMENTS), self.refresh)

    # -- state ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the versions (newest first) and keep the selection."""
        current = self.current_version()
        state = self.doc.state
        versions = list(state.versions)
        self.model.set_rows([VersionRow(v, state.from_concluded(v), state.signatures(v.id))
                             for v in reversed(versions)])
        self.diff.set_versions(versions)
        self.package_label.setText(self._package_text())
        self.select_version(current.version if current else (versions[-1].version if versions else None))

    def _package_text(self) -> str:
        state = self.doc.state
        if state.concluded is not None:
            return self.tr("Package: the concluded proposal.")
        if state.record.latest_proposal() is not None:
            return self.tr("Package: the latest tabled proposal — not concluded, so every page is marked 草案.")
        return self.tr("Package: the Nash solution of the analysis — nothing tabled yet, every page is marked 草案.")

    def current_version(self) -> AgreementVersion | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()).version if rows else None

    def select_version(self, number: int | None) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.version.version == number:
                self.table.selectRow(row)
                return
        self._selected()

    def _selected(self) -> None:
        version = self.current_version()
        if (version.id if version else None) != self._shown_id:
            self._shown_id = version.id if version else None
            self.editor.set_version(version)
            self.save_button.setEnabled(False)
            self._update_preview()
        signed = self.doc.state.signatures(version.id) if version else 0
        self.final_button.setEnabled(version is not None and version.status is AgreementStatus.DRAFT)
        for button in (self.pdf_button, self.docx_button, self.print_button):
            button.setEnabled(version is not None)
        if version is not None and signed:
            self.notice.setText(self.tr("Version %1 carries %2 signatures. Saving an edit makes a new draft "
                                        "version, and the existing signatures do not cover it.")
                                .replace("%1", str(version.version)).replace("%2", str(signed)))
        self.notice.setVisible(version is not None and signed > 0)

    def _update_preview(self) -> None:
        if self.tabs.currentWidget() is self.preview:
            version = self.current_version()
            self.preview.show_document(self._document(version) if version else None)

    def _document(self, version: AgreementVersion) -> Document:
        """The printed document of ``version`` (草案 unless drafted from the concluded package)."""
        return document_from_version(version, not self.doc.state.from_concluded(version))

    def _error(self, title: str, exc: BaseException) -> None:
        self.ctx.interaction.error(self, title, describe_error(exc))

    # -- actions -------------------------------------------------------------------------------
    def draft(self) -> None:
        """Draft a new version from the concluded package, else the latest tabled one, else Nash."""
        title = self.tr("Draft agreement")
        state = self.doc.state
        tabled = tabled_package(state.record, state.snapshot)
        if tabled is not None:
            self._draft(tabled)
        else:
            self.ctx.tasks.run(_nash, self.doc.snapshot, title=self.tr("Finding the Nash package"), parent=self,
                               on_done=lambda package: self._draft(PackageChoice(package, NASH, None)),
                               on_error=lambda exc: self._error(title, exc))

    def _draft(self, choice: PackageChoice) -> None:
        try:
            command = DraftAgreement(self.doc, self.agreements, choice, self.language.currentData())
            self.doc.execute(command)
        except DeskError as exc:
            self._error(self.tr("Draft agreement"), exc)
            return
        self.select_version(command.version.version if command.version else None)

    def save(self) -> None:
        base = self.current_version()
        if base is None:
            return
        title = self.tr("Save as new version")
        command = SaveAgreementVersion(self.doc, self.agreements, base, self.editor.title.text().strip(),
                                       self.editor.clauses())
        try:
            self.doc.execute(command)
        except DeskError as exc:
            self._error(title, exc)
            return
        saved = command.saved
        assert saved is not None
        self.select_version(saved.version.version)
        if saved.uncovered_signatures:
            self.ctx.interaction.info(self, title, self.tr(
                "Saved as version %1, a new draft. The %2 signatures on version %3 do not cover version %1; "
                "it must be made final and signed again.").replace("%1", str(saved.version.version))
                .replace("%2", str(saved.uncovered_signatures)).replace("%3", str(saved.edited_version)))

    def make_final(self) -> None:
        version = self.current_version()
        if version is None:
            return
        try:
            self.doc.execute(MakeFinal(self.doc, self.agreements, version))
        except DeskError as exc:
            self._error(self.tr("Make final"), exc)

    def export(self, kind: str) -> None:
        version = self.current_version()
        if version is None:
            return
        title = self.tr("Export PDF") if kind == "pdf" else self.tr("Export DOCX")
        suggested = f"{self.doc.path.stem}-v{version.version}.{kind}"
        path = self.ctx.interaction.save_path(self, title, PDF_FILTER if kind == "pdf" else DOCX_FILTER, suggested)
        if path is None:
            return
        document = self._document(version)
        pdf, docx = (path, None) if kind == "pdf" else (None, path)

        def done(_pages: int) -> None:
            if kind == "pdf":
                self.signing.sign_document.setText(str(path))
            self.ctx.interaction.info(self, title, self.tr("Wrote %1.").replace("%1", str(path)))

        self.ctx.tasks.run(_export, document, pdf, docx, title=title, parent=self, on_done=done,
                           on_error=lambda exc: self._error(title, exc))

    def print_(self) -> None:
        version = self.current_version()
        if version is not None:
            try:
                print_document(self._document(version), self, self.ask_printer)
            except OSError as exc:
                self._error(self.tr("Print"), exc)


register_page(PageSpec(
    name="agreement", title=lambda: QCoreApplication.translate("Pages", "Agreement"), factory=AgreementPage,
    order=60, icon=QStyle.StandardPixmap.SP_FileDialogDetailedView,
))
