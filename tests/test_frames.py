"""Each sheet read once into typed columns and validated by a pandera schema built from the
contract (issue 10, point 5); the template's headers come from the same contract."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pandera.pandas as pa
import pytest

from lkip_xlsx.build import build_report
from lkip_xlsx.contract import SHEET_BY_KEY, SHEETS, Holds
from lkip_xlsx.frames import contract_columns, typed_frame
from lkip_xlsx.model import Kind, Options, Severity
from lkip_xlsx.numbers import Number
from lkip_xlsx.reader import RawTable, read_workbook
from lkip_xlsx.schemas import sheet_schema, validate_frame
from lkip_xlsx.template import template_headers
from tests.conftest import ROOT

Row = tuple[object, ...]
REALISASI_HEADER = (
    "Sasaran",
    "Indikator",
    "Satuan",
    "Polaritas",
    "Target",
    "Nasional",
    "Realisasi",
)
ANGGARAN_HEADER = ("Kode", "Level", "Uraian", "Anggaran", "Realisasi")
GOOD_BUDGET: tuple[Row, ...] = (
    ("1.01.01", "Program", "Program A", None, None),
    ("1.01.01.2.01", "Kegiatan", "Kegiatan A", None, None),
    ("1.01.01.2.01.0001", "Sub Kegiatan", "Sub A", 1000, 900),
)


def _workbook(path: Path, realisasi: tuple[Row, ...], anggaran: tuple[Row, ...]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Identitas"
    ws.append(("Instansi", "Dinas Uji"))
    ws.append(("Tahun", 2023))
    for title, header, rows in (
        ("Realisasi", REALISASI_HEADER, realisasi),
        ("Anggaran", ANGGARAN_HEADER, anggaran),
    ):
        sheet = wb.create_sheet(title)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    wb.save(path)
    return path


def _indicator(name: str | None, polarity: object = "positif", national: object = 70) -> Row:
    return ("Sasaran satu", name, "%", polarity, 80, national, 85)


def _found(path: Path, sheet: str) -> set[tuple[Kind, str, str, Severity]]:
    _, findings = build_report(read_workbook(path), Options())
    return {(f.kind, f.cell, f.value, f.severity) for f in findings if f.sheet == sheet}


def test_text_where_a_figure_belongs_is_a_finding_at_its_cell(tmp_path: Path) -> None:
    # rows 2..7; the national figure is column F
    rows = (
        _indicator("Satu"),
        _indicator(None),  # B3: a required name left blank
        _indicator("Tiga", polarity="sedang"),  # D4: no polarity word ("naik" is one)
        _indicator("Empat", national="-"),  # F5: a dash is "no figure", not a fault
        _indicator("Lima", national="data tidak tersedia"),  # F6: the same
        _indicator("Enam", national="belum diukur"),  # F7: text where a figure belongs
    )
    path = _workbook(tmp_path / "in.xlsx", rows, GOOD_BUDGET)
    assert _found(path, "Realisasi") == {
        (Kind.REQUIRED_BLANK, "B3", "", Severity.ERROR),
        (Kind.POLARITY_UNKNOWN, "D4", "sedang", Severity.ERROR),
        # the contract makes a national figure's fault a warning (NOT_A_NUMBER is an error)
        (Kind.NOT_A_NUMBER, "F7", "belum diukur", Severity.WARNING),
    }


def test_amounts_required_on_leaves_and_never_negative(tmp_path: Path) -> None:
    budget = (
        ("1.01.01", "Program", "Program A", None, "-"),  # E2: a dash on a parent: not rupiah
        ("1.01.01.2.01", "Kegiatan", "Kegiatan A", None, None),  # blank on a parent: summed
        ("1.01.01.2.01.0001", "Sub Kegiatan", "Sub A", -5000, 900),  # D4: negative
        ("1.01.01.2.01.0002", "Sub Kegiatan", "Sub B", 1000, None),  # E5: a leaf left blank
        ("1.01.01.2.01.0003", "Sub Kegiatan", "Sub C", "1.000", "Rp 900,-"),  # both fine
    )
    path = _workbook(tmp_path / "in.xlsx", (_indicator("Satu"),), budget)
    assert _found(path, "Anggaran") == {
        (Kind.AMOUNT_INVALID, "E2", "-", Severity.ERROR),
        (Kind.AMOUNT_INVALID, "D4", "-5000", Severity.ERROR),
        (Kind.AMOUNT_INVALID, "E5", "", Severity.ERROR),
    }


def _realisasi_table(tmp_path: Path) -> RawTable:
    rows = (_indicator("Satu", national="85,71%"), _indicator("Dua", national="belum"))
    raw = read_workbook(_workbook(tmp_path / "in.xlsx", rows, GOOD_BUDGET))
    return raw.tables["realisasi"]


def test_the_frame_holds_typed_values_beside_their_cells(tmp_path: Path) -> None:
    table = _realisasi_table(tmp_path)
    frame = typed_frame(table, table.rows, contract_columns(table))
    data = frame.data
    assert list(data.index) == [2, 3]  # the Excel rows
    assert str(data["indikator"].dtype) == "string"
    assert list(data["indikator"]) == ["Satu", "Dua"]
    assert data.at[2, "nasional"] == Decimal("85.71")  # exact, read once
    assert data.at[3, "nasional"] is None
    assert list(data["nasional:read"]) == ["figure", "text"]
    assert str(data["nasional:read"].dtype) == "category"
    assert list(data["nasional:cell"]) == ["F2", "F3"]
    assert list(data["polaritas"]) == ["positif", "positif"]
    # the stages after validation take the reading, unit and all, from the frame
    reading = frame.figure("nasional", 2)
    assert isinstance(reading, Number) and reading.value == Decimal("85.71") and reading.percent
    [finding] = validate_frame(frame)
    assert (finding.kind, finding.cell, finding.value) == (Kind.NOT_A_NUMBER, "F3", "belum")


def test_schemas_come_from_the_contract_and_check_whole_columns(tmp_path: Path) -> None:
    table = _realisasi_table(tmp_path)
    frame = typed_frame(table, table.rows, contract_columns(table))
    schema, faults = sheet_schema(frame)
    checked = {c.key for c in SHEET_BY_KEY["realisasi"].columns if c.severity is not None}
    present = checked & set(table.columns)
    assert {fault.key for fault in faults.values()} == present
    for name, column in schema.columns.items():
        for check in column.checks:
            assert not check.element_wise, (name, check)  # vectorised: Series in, mask out
    assert [c.name for c in schema.columns["polaritas"].checks] == ["isin"]
    assert str(schema.columns["indikator"].dtype).startswith("string")
    assert "Decimal" in str(schema.columns["nasional"].dtype)
    budget = read_workbook(_workbook(tmp_path / "b.xlsx", (), GOOD_BUDGET)).tables["anggaran"]
    schema, _ = sheet_schema(typed_frame(budget, budget.rows, contract_columns(budget)))
    names = {c.name for c in schema.columns["anggaran"].checks}
    assert names == {"greater_than_or_equal_to"}
    assert not any(c.element_wise for col in schema.columns.values() for c in col.checks)
    assert isinstance(schema, pa.DataFrameSchema)


@pytest.mark.parametrize("spec", [s for s in SHEETS if not s.key_value], ids=lambda s: s.key)
def test_template_headers_are_the_contract_columns(spec: object) -> None:
    """The committed template's header row is derived from the contract, and reading it back
    finds every contract column the template has (and each checked column's kind)."""
    from lkip_xlsx.contract import SheetSpec

    assert isinstance(spec, SheetSpec)
    wb = openpyxl.load_workbook(ROOT / "templates" / "lkip-template.xlsx", read_only=True)
    row = next(wb[spec.title].iter_rows(min_row=1, max_row=1, values_only=True))
    assert tuple(str(v) for v in row if v is not None) == template_headers(spec)
    table = read_workbook(ROOT / "templates" / "lkip-template.xlsx").tables[spec.key]
    assert set(table.columns) == {c.key for c in spec.columns if c.template}
    for col in spec.columns:
        if col.severity is not None:
            assert col.holds is not Holds.ANYTHING, col.key  # a check needs something to check
