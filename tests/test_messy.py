"""The sample's figures laid out as staff keep them convert to the tidy sample's output,
cell for cell (issue 4)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from lkip_xlsx.pipeline import convert
from tests.conftest import ROOT

MESSY = ROOT / "tests" / "data" / "jember-berantakan.xlsx"


def test_messy_twin_gives_the_same_output_cell_for_cell(
    jember_output: Path, tmp_path: Path
) -> None:
    out = tmp_path / "messy.xlsx"
    result = convert(MESSY, out)
    assert result.exit_code == 0, result.findings
    for data_only in (True, False):  # the figures, and the formulas behind them
        tidy = openpyxl.load_workbook(jember_output, data_only=data_only)
        messy = openpyxl.load_workbook(out, data_only=data_only)
        assert messy.sheetnames == tidy.sheetnames
        differences = [
            (ws.title, cell.coordinate, cell.value, messy[ws.title][cell.coordinate].value)
            for ws in tidy.worksheets
            for row in ws.iter_rows()
            for cell in row
            if cell.value != messy[ws.title][cell.coordinate].value
        ]
        assert differences == []
        assert sum(1 for ws in tidy.worksheets for row in ws.iter_rows() for _ in row) > 1000
