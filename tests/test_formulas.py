"""Every computed cell of an output is a live formula, never a pasted number."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import formulas, values

# cells that hold input figures, copied as values: 3.1 target/realisation (E, F), past years
# of 3.2, the Renstra target of 3.3, the national figure of 3.4, output/outcome targets and
# realisations of 3.6, the plans (PK, Renstra, RKT), 3.8 amounts of the leaf lines (C, D),
# the 100 % line of Grafik and the rule table of Parameter
INPUT_COLUMNS = {
    "3.1": {"E", "F"},
    "3.2": set("CDEFGHIJKLMN"),
    "3.3": {"D"},
    "3.4": {"E"},
    "3.6": {"C", "D"},
    "PK": {"D"},
    "Renstra": set("DEFGHIJKL"),
    "RKT": set("ABCDEFGHIJKLM"),
    "Grafik": {"D"},  # the 100 % target line: a constant
}


def _leaf_amount(ws_values: object, sheet: str, row: int, col: str) -> bool:
    if sheet != "3.8" or col not in ("C", "D"):
        return False
    ws = ws_values[sheet]  # type: ignore[index]
    level = ws.cell(row, 7).value
    nxt = ws.cell(row + 1, 7).value
    depth = {"Program": 1, "Kegiatan": 2, "Sub Kegiatan": 3}
    return level in depth and (nxt not in depth or depth[nxt] <= depth[level])


@pytest.mark.parametrize("which", ["jember", "dinkes"])
def test_every_computed_number_is_a_formula(
    which: str, jember_output: Path, dinkes_output: tuple[Path, object]
) -> None:
    path = jember_output if which == "jember" else dinkes_output[0]
    f, v = formulas(path), values(path)
    pasted = []
    checked = 0
    for ws in v.worksheets:
        if ws.title in ("Parameter", "Pemeriksaan"):
            continue
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                if not isinstance(value, int | float) or isinstance(value, bool):
                    continue
                col = cell.column_letter  # type: ignore[union-attr]
                if col in INPUT_COLUMNS.get(ws.title, set()):
                    continue
                if _leaf_amount(v, ws.title, int(cell.row or 0), col):
                    continue
                checked += 1
                if f[ws.title][cell.coordinate].data_type != "f":
                    pasted.append(f"{ws.title}!{cell.coordinate}={value}")
    assert pasted == []
    assert checked > 60


def test_text_results_are_formulas_too(jember_output: Path) -> None:
    f = formulas(jember_output)
    # predicate ticks of 3.5, predicates of Ringkasan, the verdict of 3.7
    assert f["3.5"]["C9"].value.startswith("=IF(L9=Parameter!$A$7,")
    assert f["Ringkasan"]["D7"].value == "='3.5'!L11"
    # alive: "-" until the index (E, beside the seed's columns) is a number
    verdict = '=IF(ISNUMBER(E7),IF(E7>=Parameter!$B$17,"Efisien","Tidak efisien"),"-")'
    assert f["3.7"]["D7"].value == verdict


def test_formulas_read_the_rules_from_parameter(jember_output: Path) -> None:
    f = formulas(jember_output)
    assert f["3.5"]["K9"].value == '=IF(ISNUMBER(B9),MIN(MAX(B9,0),Parameter!$B$16),"-")'
    assert f["3.5"]["L9"].value.startswith("=IF(ISNUMBER(K9),IF(K9>Parameter!$B$7,Parameter!$A$7,")
    v = values(jember_output)
    assert v["Parameter"]["B16"].value == 100  # the cap
    assert v["Parameter"]["A7"].value == "AA" and v["Parameter"]["B7"].value == 90


def test_parent_lines_and_total_are_sums(jember_output: Path) -> None:
    f = formulas(jember_output)
    ws = f["3.8"]
    assert ws["C7"].value == '=SUMIF(G8:G28,"Kegiatan",C8:C28)'  # programme: its kegiatan
    assert ws["C8"].value == "=SUM(C9:C9)"  # kegiatan: its sub kegiatan
    assert ws["E9"].value == '=IF(C9=0,"-",ROUND(D9/C9*100,2))'
    total = [c for c in ws["A"] if c.value == "Total"][0].row
    assert ws[f"C{total}"].value == f'=SUMIF(G7:G{total - 1},"Program",C7:C{total - 1})'


def test_input_text_is_never_a_formula(tmp_path: Path) -> None:
    import openpyxl

    from lkip_xlsx.pipeline import convert
    from tests.conftest import JEMBER

    wb = openpyxl.load_workbook(JEMBER)
    wb["Realisasi"]["C5"] = '=HYPERLINK("http://example.invalid","klik")'
    wb["Realisasi"]["C5"].data_type = "s"
    wb["Anggaran"]["B6"] = "+62 Kegiatan"
    src = tmp_path / "hostile.xlsx"
    wb.save(src)
    out = tmp_path / "out.xlsx"
    convert(src, out)
    f = formulas(out)
    assert f["3.1"]["D7"].data_type == "s"
    assert f["3.1"]["D7"].value.startswith("=HYPERLINK")
    cells = [c for c in f["3.8"]["B"] if isinstance(c.value, str) and "+62" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)
