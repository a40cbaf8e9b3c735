"""Readings files: CSV (UTF-8 and GBK) and Excel, cell-addressed errors, nothing half-imported."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.core.errors import DeskError
from desk.core.monitoring import Indicator
from desk.core.rules.readings_table import ReadingsError, column_letter
from desk.services.readings_file import read_readings

INDICATORS = [Indicator(case_id="c", name="氨氮", unit="mg/L", id="nh"),
              Indicator(case_id="c", name="断面达标", subjects=("清水铺", "鲢鱼溪"), id="ok")]
GOOD = "period,indicator,subject,value\n2016,氨氮,街口,0.21\n2019-3,断面达标,清水铺,1\nbaseline,氨氮,街口,\"1,200.5\"\n"


def _write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / "数据 #1 %" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_in_utf8_and_gbk(tmp_path: Path):
    for encoding in ("utf-8-sig", "gb18030"):
        readings = read_readings(_write(tmp_path, f"r-{encoding}.csv", GOOD, encoding), INDICATORS, "c")
        assert [(r.period, r.indicator_id, r.subject, r.value) for r in readings] == [
            ("2016", "nh", "街口", 0.21), ("2019-03", "ok", "清水铺", 1.0), ("baseline", "nh", "街口", 1200.5)]


def test_errors_name_row_column_and_why(tmp_path: Path):
    text = ("period,indicator,subject,value\n2016,氨氮,街口,abc\n2016-13,总磷,街口,1\n"
            "2019-03,断面达标,赤水,1\n2016,氨氮,街口,0.3\n2016,氨氮,街口,0.4\n")
    with pytest.raises(ReadingsError) as caught:
        read_readings(_write(tmp_path, "bad.csv", text), INDICATORS, "c")
    assert [str(e) for e in caught.value.errors] == [
        "D2: abc is not a number",
        "A3: 2016-13 is not a period (a year like 2016, a month like 2019-03, or baseline)",
        "B3: 总磷 is not an indicator of the case",
        "C4: 赤水 is not an assessed subject of 断面达标 (清水铺, 鲢鱼溪)",
        "A6: a second reading of the same indicator, subject and period (first in row 5)",
    ]
    assert str(caught.value).startswith("bad.csv: D2: abc is not a number; A3:")


def test_missing_column_and_empty_file(tmp_path: Path):
    with pytest.raises(ReadingsError, match="no column named value"):
        read_readings(_write(tmp_path, "h.csv", "period,indicator,subject\n2016,氨氮,街口\n"), INDICATORS, "c")
    with pytest.raises(ReadingsError, match="the table is empty"):
        read_readings(_write(tmp_path, "e.csv", "\n\n"), INDICATORS, "c")
    with pytest.raises(DeskError, match=r"must be a \.csv or \.xlsx"):
        read_readings(_write(tmp_path, "x.json", "{}"), INDICATORS, "c")


def test_excel_with_numeric_years_and_date_months(tmp_path: Path):
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["指标", "期间", "对象", "数值"])  # Chinese headers, another column order
    sheet.append(["氨氮", 2016, "街口", 0.25])
    sheet.append(["断面达标", datetime(2019, 3, 1), "鲢鱼溪", 0])
    sheet.append([None, None, None, None])
    sheet.append(["氨氮", "2017", "街口", "x"])
    path = tmp_path / "监测 数据.xlsx"
    book.save(path)
    with pytest.raises(ReadingsError) as caught:
        read_readings(path, INDICATORS, "c")
    assert [str(e) for e in caught.value.errors] == ["D5: x is not a number"]
    sheet.delete_rows(5)
    book.save(path)
    assert [(r.period, r.subject, r.value) for r in read_readings(path, INDICATORS, "c")] == [
        ("2016", "街口", 0.25), ("2019-03", "鲢鱼溪", 0.0)]


def test_not_a_workbook(tmp_path: Path):
    path = _write(tmp_path, "fake.xlsx", "not a zip")
    with pytest.raises(DeskError, match="not a readable Excel workbook"):
        read_readings(path, INDICATORS, "c")


def test_column_letters():
    assert [column_letter(i) for i in (0, 3, 25, 26, 27, 701, 702)] == ["A", "D", "Z", "AA", "AB", "ZZ", "AAA"]


@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_mutated_files_give_the_apps_own_error_or_valid_readings(tmp_path_factory, data):
    lines = GOOD.splitlines()
    mutation = data.draw(st.sampled_from(["drop", "duplicate", "retype", "truncate", "flip"]))
    if mutation == "drop":
        del lines[data.draw(st.integers(0, len(lines) - 1))]
    elif mutation == "duplicate":
        lines.append(lines[data.draw(st.integers(1, len(lines) - 1))])
    elif mutation == "retype":
        row = data.draw(st.integers(1, len(lines) - 1))
        cells = lines[row].split(",")
        cells[data.draw(st.integers(0, 3))] = data.draw(st.text(max_size=6))
        lines[row] = ",".join(cells)
    raw = "\n".join(lines).encode()
    if mutation == "truncate":
        raw = raw[:data.draw(st.integers(0, len(raw)))]
    elif mutation == "flip" and raw:
        at = data.draw(st.integers(0, len(raw) - 1))
        raw = raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1:]
    path = tmp_path_factory.mktemp("m") / "m.csv"
    path.write_bytes(raw)
    try:
        readings = read_readings(path, INDICATORS, "c")
    except DeskError:
        return
    for reading in readings:
        reading.validate()
