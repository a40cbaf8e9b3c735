"""Finishing a rendered PDF with pyHanko: subset-tagged font names and empty signature fields."""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import BasePdfFileWriter, copy_into_new_writer
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

if TYPE_CHECKING:
    from desk.agreement.pdf import SignatureBox


def field_name(party: str) -> str:
    """The signature field name of a party (PDF field names cannot contain dots)."""
    return party.replace(".", "_").strip() or "signature"


def subset_tag(name: str) -> str:
    """A stable six-letter subset tag (PDF 32000 §9.6.4) for a font name."""
    digest = hashlib.sha256(name.encode()).digest()
    return "".join(chr(ord("A") + b % 26) for b in digest[:6])


def finish_pdf(path: str | Path, boxes: Sequence[SignatureBox]) -> None:
    """Rewrite the PDF at ``path`` in place: tag its embedded fonts as subsets (Qt embeds subsets
    but names them as whole fonts) and add one empty visible signature field per box."""
    reader = PdfFileReader(BytesIO(Path(path).read_bytes()))
    writer = copy_into_new_writer(reader)
    _tag_fonts(writer)
    for box in boxes:
        append_signature_field(writer, SigFieldSpec(sig_field_name=field_name(box.field), on_page=box.page,
                                                     box=tuple(round(v, 2) for v in box.rect)))
    out = BytesIO()
    writer.write(out)
    Path(path).write_bytes(out.getvalue())


def _tag_fonts(writer: BasePdfFileWriter) -> None:
    seen: set[int] = set()
    for page_ref in _page_refs(writer.root["/Pages"]):
        page = page_ref.get_object()
        resources = _get(page, "/Resources", generic.DictionaryObject())
        if "/Font" not in resources:
            continue
        fonts = resources["/Font"]
        for key in fonts:
            font = fonts[key]
            if id(font) in seen:
                continue
            seen.add(id(font))
            _tag_font(font)


def _tag_font(font: generic.DictionaryObject) -> None:
    descendants = [d.get_object() for d in _get(font, "/DescendantFonts", ())]
    descriptors = [d["/FontDescriptor"].get_object() for d in [font, *descendants] if "/FontDescriptor" in d]
    if not any("/FontFile2" in d or "/FontFile3" in d or "/FontFile" in d for d in descriptors):
        return  # not embedded: leave its name alone
    base = str(font["/BaseFont"])[1:] if str(font["/BaseFont"]).startswith("/") else str(font["/BaseFont"])
    if "+" in base[:7]:
        return
    tagged = generic.NameObject(f"/{subset_tag(base)}+{base}")
    font["/BaseFont"] = tagged
    for descendant in descendants:
        descendant["/BaseFont"] = tagged
    for descriptor in descriptors:
        descriptor["/FontName"] = tagged


def _page_refs(node) -> list:
    node = node.get_object()
    if "/Type" in node and node["/Type"] == "/Page":
        return [node]
    return [page for kid in _get(node, "/Kids", ()) for page in _page_refs(kid)]


def _get(dictionary: generic.DictionaryObject, key: str, default):
    """The value at ``key`` with indirect references resolved (``dict.get`` leaves them)."""
    return dictionary[key] if key in dictionary else default  # noqa: SIM401 - .get does not dereference
