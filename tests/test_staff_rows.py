"""Rows and cells staff add around the data (found by a review on staff-style workbooks):
an Identitas laid out ``Tahun | : | 2023`` or ``Tahun : 2023`` in one cell, and a
``Rata-rata`` row under the indicators. The sample's figures laid out so convert to the
sample's output, cell for cell, and each such row is a note with its cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from lkip_xlsx.kinds import Kind
from lkip_xlsx.pipeline import convert
from tests.conftest import JEMBER
from tests.helpers import same_workbook_values


def _staff_layout(path: Path) -> None:
    wb = openpyxl.load_workbook(JEMBER)
    ident = wb["Identitas"]
    ident.insert_cols(2)  # a column of colons between key and value
    for row in range(3, ident.max_row + 1):
        if ident.cell(row, 1).value:
            ident.cell(row, 2, ":")
    ident["A5"], ident["B5"], ident["C5"] = "Tahun : 2023", None, None  # one cell
    real = wb["Realisasi"]
    # the row under the last indicator: the staff's own average (the seed's 244,9 and 96,30
    # averaged by hand), with the Indikator cell blank
    real["B8"], real["J8"] = "Rata-rata capaian kinerja", "170,6%"
    wb.save(path)


def test_colon_column_one_cell_pairs_and_an_average_row(
    jember_output: Path, tmp_path: Path
) -> None:
    src, out = tmp_path / "staf.xlsx", tmp_path / "staf-out.xlsx"
    _staff_layout(src)
    result = convert(src, out)
    assert result.exit_code == 0, result.findings
    assert same_workbook_values(jember_output, out) == []
    summary = [f for f in result.findings if f.kind is Kind.SUMMARY_ROW]
    assert [(f.sheet, f.cell, f.value) for f in summary] == [
        ("Realisasi", "B8", "Rata-rata capaian kinerja")
    ]


def test_an_indicator_that_starts_with_rata_rata_is_kept(tmp_path: Path) -> None:
    """``Rata-rata lama sekolah`` is an indicator: it stands in the Indikator column."""
    wb = openpyxl.load_workbook(JEMBER)
    real = wb["Realisasi"]
    real["C6"] = "Rata-rata lama sekolah"
    src = tmp_path / "rls.xlsx"
    wb.save(src)
    result = convert(src, tmp_path / "rls-out.xlsx")
    # (the PK, Renstra and RKT still name the old indicator: warnings, an output all the same)
    assert result.exit_code == 1, result.findings
    assert not [f for f in result.findings if f.kind is Kind.SUMMARY_ROW]
    ws = openpyxl.load_workbook(tmp_path / "rls-out.xlsx", data_only=True)["3.1"]
    names = [c.value for c in ws["D"] if c.value]
    assert "Rata-rata lama sekolah" in names
