"""Every signature field of a PDF, walked from its AcroForm by us: a damaged field is listed, never skipped.

pyHanko's own enumeration quietly leaves out fields it cannot make sense of (an unknown
``/SubFilter``, a field entry that is not a dictionary); a verifier that trusts it would say
"all signatures ok" about a document whose damaged signature simply vanished.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from desk.core.errors import DeskError

#: The /SubFilter values a signature of ours (or a document timestamp) can have.
SIGNATURE_SUBFILTERS = frozenset({"/adbe.pkcs7.detached", "/ETSI.CAdES.detached"})
TIMESTAMP_SUBFILTERS = frozenset({"/ETSI.RFC3161"})
LIBRARY_LOGGERS = ("pyhanko", "pyhanko_certvalidator", "fontTools", "asn1crypto", "cryptography")
_MAX_DEPTH = 32


def quiet_library_logs() -> None:
    """Keep the PDF and certificate libraries' log records (with their tracebacks) off stderr:
    their findings reach the user as our reports and messages instead."""
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


@dataclass(frozen=True)
class SigField:
    """One signature field: its full name, its dictionary (and reference), whether it holds a value."""

    name: str
    field: generic.DictionaryObject | None
    reference: generic.IndirectObject | None
    signed: bool
    kind: str = "signature"  # "signature" or "timestamp" (a /DocTimeStamp)
    problem: str = ""


def signature_fields(reader: PdfFileReader) -> list[SigField]:
    """The signature fields of the document in form order; DeskError when its form cannot be read."""
    try:
        root = reader.root
        if "/AcroForm" not in root:
            return []
        form = root["/AcroForm"]
        if not isinstance(form, generic.DictionaryObject):
            raise DeskError("the PDF's form dictionary (/AcroForm) is damaged")
        if "/Fields" not in form:
            return []
        entries = form["/Fields"]
    except DeskError:
        raise
    except Exception as exc:  # any damage in the trailer or catalogue means: cannot read
        raise DeskError(f"the PDF's form fields cannot be read ({short_reason(exc)})") from None
    if not isinstance(entries, generic.ArrayObject):
        raise DeskError("the PDF's list of form fields (/Fields) is damaged")
    found: list[SigField] = []
    _walk(entries, "", None, found, set(), 0)
    return found


def _walk(entries, parent_name: str, parent_type, found: list[SigField], seen: set, depth: int) -> None:
    if depth > _MAX_DEPTH:
        found.append(SigField(parent_name or "?", None, None, False, problem="the form's field tree is too deep"))
        return
    for index, entry in enumerate(entries):
        label = f"{parent_name}[{index + 1}]" if parent_name else f"field #{index + 1}"
        try:
            reference = entry if isinstance(entry, generic.IndirectObject) else None
            if reference is not None:
                key = (reference.idnum, reference.generation)
                if key in seen:
                    found.append(SigField(label, None, None, False, problem="the form's field tree loops"))
                    continue
                seen.add(key)
            field = entry.get_object()
            if not isinstance(field, generic.DictionaryObject):
                found.append(SigField(label, None, reference, False, problem="a form field entry is damaged"))
                continue
            _visit(field, reference, label, parent_name, parent_type, found, seen, depth)
        except Exception as exc:  # a damaged field is reported, whatever broke in it
            problem = f"a form field cannot be read ({short_reason(exc)})"
            found.append(SigField(label, None, None, False, problem=problem))


def _visit(field, reference, label, parent_name, parent_type, found, seen, depth) -> None:
    title = _get(field, "/T")
    own = str(title) if title is not None else ""
    name = f"{parent_name}.{own}" if parent_name and own else (own or label)
    field_type = _get(field, "/FT", parent_type)
    value = _get(field, "/V")
    looks_signed = isinstance(value, generic.DictionaryObject) and ("/ByteRange" in value or "/Contents" in value)
    if field_type == "/Sig" or looks_signed:
        found.append(_sig_field(name, field, reference, value, field_type))
    kids = _get(field, "/Kids")
    if isinstance(kids, generic.ArrayObject) and own:
        _walk(kids, name, field_type, found, seen, depth + 1)


def _sig_field(name, field, reference, value, field_type) -> SigField:
    if value is None or value == generic.NullObject():
        return SigField(name, field, reference, False)
    if not isinstance(value, generic.DictionaryObject):
        return SigField(name, field, reference, True, problem="the signature value is damaged (not a dictionary)")
    kind = "timestamp" if _get(value, "/Type") == "/DocTimeStamp" else "signature"
    problem = "" if field_type == "/Sig" else "the field holding this signature is damaged (it is not marked /Sig)"
    subfilter = _get(value, "/SubFilter")
    allowed = TIMESTAMP_SUBFILTERS if kind == "timestamp" else SIGNATURE_SUBFILTERS
    if str(subfilter) not in allowed:
        problem = f"the signature dictionary is damaged or of an unknown kind (/SubFilter {subfilter})"
    elif reference is None:
        problem = "the signature field is not an indirect object, so its signature cannot be checked"
    return SigField(name, field, reference, True, kind, problem)


def _get(dictionary: generic.DictionaryObject, key: str, default=None):
    """The value at ``key`` with indirect references resolved (``dict.get`` leaves them)."""
    return dictionary[key] if key in dictionary else default  # noqa: SIM401 - .get does not dereference


def short_reason(exc: BaseException) -> str:
    """A library exception's first line, to quote inside one of our messages."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
