"""Drafting, numerals, line breaking, DOCX export and the agreement services with an in-memory store."""
from __future__ import annotations

import docx
import pytest
from agreement_samples import CONFIDENTIAL
from hypothesis import given
from hypothesis import strategies as st

from desk.agreement.document import document_from_version, plain_text
from desk.agreement.docx import write_docx
from desk.agreement.drafting import DraftOptions, build_draft
from desk.agreement.linebreak import NO_END, NO_START, break_lines, units
from desk.agreement.numerals import chinese_number, format_amount
from desk.core.enums import AgreementStatus
from desk.core.errors import DeskError
from desk.services import agreements as service

HEADINGS = ["协议各方", "序言", "总则", "合作目标", "合作内容", "利益分享", "补偿", "保障机制", "监测与争议解决",
            "评估与反馈", "附则", "签署"]


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (105, "一百零五"),
                                         (1010, "一千零一十"), (100000, "十万"), (20304, "二万零三百零四")])
def test_chinese_numbers(n, text):
    assert chinese_number(n) == text


def test_amounts_are_written_chinese_style():
    assert (format_amount(2.0, "亿元"), format_amount(50.0, "%"), format_amount(0.125, "亿元")) == (
        "2亿元", "50%", "0.125亿元")


@given(st.text(alphabet="甲乙丙丁，。、；：！？）（《》“”abc 12.%", min_size=1, max_size=120),
       st.integers(min_value=4, max_value=30))
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(text, width):
    lines = break_lines(text, float(width), lambda s: float(len(s)))
    assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")
    for number, line in enumerate(lines):
        if number and line.text:
            # only a line holding one unbreakable unit may leave a closing mark to the next line
            assert line.text[0] not in NO_START or len(units(lines[number - 1].text)) <= 1
        if not line.last and line.text:
            assert line.text[-1] not in NO_END or len(line.text) == 1
        assert line.width <= width * 1.05 + 1


def test_draft_has_every_article_value_and_the_arbiter(snapshot, package):
    version = build_draft(snapshot, package)
    assert [c.heading for c in version.clauses] == HEADINGS
    text = "\n".join(plain_text(c.text) for c in version.clauses)
    for needle in ("2亿元", "50%", "95%", "联合监测", "提请国务院裁定", "张明", "李华",
                   "由浙江省人民政府向安徽省人民政府支付", "一式四份", "新安江流域联席会议办公室"):
        assert needle in text, needle
    assert [s for s in CONFIDENTIAL if s in text + version.title] == []
    assert version.status is AgreementStatus.DRAFT and document_from_version(version).draft


def test_english_draft_and_given_arbiter(snapshot, package):
    version = build_draft(snapshot, package, DraftOptions(language="en", arbiter="the State Council"))
    text = "\n".join(c.text for c in version.clauses)
    assert "referred to the State Council" in text and "2亿元" in text
    assert version.language == "en"


def test_missing_value_is_refused(snapshot, package):
    with pytest.raises(DeskError, match="no value"):
        build_draft(snapshot, dict(list(package.items())[1:]))


def test_docx_has_numbered_headings_tables_and_no_secrets(snapshot, package, tmp_path):
    version = build_draft(snapshot, package)
    path = tmp_path / "agreement.docx"
    write_docx(document_from_version(version), path)
    document = docx.Document(str(path))
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [p.text for p in headings] == HEADINGS[2:-1]
    assert all(p._p.pPr.numPr is not None for p in headings)
    assert 'w:lvlText w:val="第%1条"' in document.part.numbering_part.element.xml
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "2亿元" in cells and any("张明" in c for c in cells)
    text = "\n".join([p.text for p in document.paragraphs] + cells + [document.sections[0].header.paragraphs[0].text])
    assert "草案" in text
    assert [s for s in CONFIDENTIAL if s in text] == []


class MemoryStore:
    """An in-memory AgreementStore."""

    def __init__(self) -> None:
        self.versions, self.signatures, self.credentials = [], [], {}

    def next_agreement_version(self, case_id):
        return len(self.versions) + 1

    def add_agreement_version(self, version):
        self.versions.append(version)

    def add_signature(self, signature):
        self.signatures.append(signature)

    def save_credential(self, case_id, kind, label, certificate_pem, encrypted_key):
        self.credentials[(case_id, kind)] = (certificate_pem, encrypted_key)

    def load_credential(self, case_id, kind):
        return self.credentials.get((case_id, kind))


def test_services_version_drafts_and_keep_the_ca_key_under_a_passphrase(snapshot, package):
    store = MemoryStore()
    assert service.draft_agreement(store, snapshot, package).version == 1
    assert service.draft_agreement(store, snapshot, package).version == 2
    pem = service.create_case_ca(store, snapshot, "ca-pass")
    assert pem.startswith("-----BEGIN CERTIFICATE-----")
    assert b"ENCRYPTED" in store.credentials[(snapshot.case.id, service.CA_KIND)][1]
    with pytest.raises(DeskError, match="already has"):
        service.create_case_ca(store, snapshot, "ca-pass")
    with pytest.raises(DeskError, match="wrong passphrase"):
        service.issue_delegate(store, snapshot, "浙江", "张明", "bad", "p12-pass")
    p12, issued = service.issue_delegate(store, snapshot, "浙江", "", "ca-pass", "p12-pass")
    from desk.agreement.pki import load_pkcs12

    identity = load_pkcs12(p12, "p12-pass")
    assert (identity.common_name, identity.organisation) == ("张明", "浙江省人民政府")
    assert identity.certificate == issued.certificate  # the file holds the identity the issuer returned


def test_minutes_pdf_round_trips(gui, tmp_path):
    from pdftools import body_text, squash

    from desk.agreement.minutes import render_minutes_pdf

    path = tmp_path / "minutes.pdf"
    render_minutes_pdf(path, "第二轮联席会议", [("时间", "2025年3月1日"), ("地点", "黄山市")],
                       "会议听取了双方关于补偿标准的意见。\n浙江省人民政府提出方案：年度补偿资金：2亿元；园区税收分成比例：50%。"
                       "\n安徽省人民政府：反提案（希望提高至3亿元）\n会议同意继续协商。")
    text = body_text(str(path))
    for needle in ("会议纪要", "第二轮联席会议", "时间：2025年3月1日", "会议同意继续协商。",
                   "年度补偿资金：2亿元；园区税收分成比例：50%", "希望提高至3亿元", "反提案"):
        assert squash(needle) in text, needle
