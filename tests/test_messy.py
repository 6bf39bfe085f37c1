"""The sample's figures laid out as staff keep them convert to the tidy sample's output,
cell for cell (issue 4)."""

from __future__ import annotations

from pathlib import Path

from lkip_xlsx.pipeline import convert
from tests.conftest import ROOT
from tests.helpers import formulas, same_workbook_values

MESSY = ROOT / "tests" / "data" / "jember-berantakan.xlsx"


def test_messy_twin_gives_the_same_output_cell_for_cell(
    jember_output: Path, tmp_path: Path
) -> None:
    out = tmp_path / "messy.xlsx"
    result = convert(MESSY, out)
    assert result.exit_code == 0, result.findings
    assert same_workbook_values(jember_output, out) == []
    tidy, messy = formulas(jember_output), formulas(out)
    differences = [
        (ws.title, cell.coordinate)
        for ws in tidy.worksheets
        if ws.title not in ("Pemeriksaan", "_lkip")
        for row in ws.iter_rows()
        for cell in row
        if cell.value != messy[ws.title][cell.coordinate].value
    ]
    assert differences == []  # the same formulas behind the figures
