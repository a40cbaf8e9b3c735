"""Reading a readings file (CSV or Excel .xlsx) into readings of a case, all or nothing."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from desk.core.errors import DeskError
from desk.core.monitoring import Indicator
from desk.core.rules.readings import Reading
from desk.core.rules.readings_table import parse_table

MAX_BYTES = 50 * 1024 * 1024


def read_readings(path: Path | str, indicators: Sequence[Indicator], case_id: str) -> list[Reading]:
    """The readings in a .csv or .xlsx file; ReadingsError names the bad cells, DeskError a bad file."""
    path = Path(path)
    if not path.is_file():
        raise DeskError(f"{path}: no such file")
    if path.stat().st_size > MAX_BYTES:
        raise DeskError(f"{path.name}: larger than {MAX_BYTES // 2**20} MB")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = list(_xlsx_rows(path))
    elif suffix in (".csv", ".txt"):
        rows = list(_csv_rows(path.read_bytes(), path.name))
    else:
        raise DeskError(f"{path.name}: readings must be a .csv or .xlsx file")
    return parse_table(rows, indicators, case_id, path.name)


def _csv_rows(data: bytes, name: str) -> Iterator[tuple[int, list[object]]]:
    for encoding in ("utf-8-sig", "gb18030"):  # Excel in Chinese Windows saves CSV as GBK
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise DeskError(f"{name}: not UTF-8 or GB18030 text")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for row in reader:
            yield reader.line_num, list(row)
    except csv.Error as exc:
        raise DeskError(f"{name}: line {reader.line_num}: not readable as CSV ({exc})") from None


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[object]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise DeskError(f"{path.name}: not a readable Excel workbook ({exc})") from None
    try:
        sheet = book.active
        if sheet is None:
            raise DeskError(f"{path.name}: the workbook has no sheet")
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(row)
    finally:
        book.close()
