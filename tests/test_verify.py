"""``lkip verify``: every hand edit after the tool ran is named by its cell (issue 5)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from lkip_xlsx.cli import app
from lkip_xlsx.errors import FileReadError
from lkip_xlsx.pipeline import convert
from lkip_xlsx.verify import verify
from tests.conftest import JEMBER
from tests.recalc import recalc_case

runner = CliRunner()


def codes(path: Path) -> list[tuple[str, str, str]]:
    return sorted((f.code, f.sheet, f.cell) for f in verify(path).findings)


def edit_xml(src: Path, dst: Path, sheet: str, cell: str, value: str) -> None:
    """Change a cell's stored value in the sheet XML, as an editor that does not recalculate
    would, leaving every formula's cached value as it was."""
    names = openpyxl.load_workbook(src, read_only=True).sheetnames
    part = f"xl/worksheets/sheet{names.index(sheet) + 1}.xml"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                text, n = re.subn(
                    rf'(<c r="{cell}"[^>]*><v>)[^<]*(</v>)', rf"\g<1>{value}\2", data.decode()
                )
                assert n == 1
                data = text.encode()
            zout.writestr(item, data)


def test_untouched_output_is_clean(jember_output: Path) -> None:
    result = verify(jember_output)
    assert result.findings == () and result.exit_code == 0
    assert result.formulas > 200 and result.cells > 1000
    cli = runner.invoke(app, ["verify", str(jember_output)])
    assert cli.exit_code == 0 and cli.stdout.startswith("Tidak ada perubahan")


def test_a_number_typed_over_a_capaian_formula(jember_output: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(jember_output)
    wb["3.1"]["G8"] = 100
    out = tmp_path / "typed.xlsx"
    wb.save(out)
    found = verify(out).findings
    replaced = [f for f in found if f.code == "formula_replaced"]
    assert [(f.sheet, f.cell, f.value) for f in replaced] == [("3.1", "G8", "100")]
    assert replaced[0].declared.startswith('=IF(AND(ISNUMBER(E8),ISNUMBER(F8)),IF(I8="negatif"')
    # openpyxl keeps no stored values: said once, not once per formula
    assert [f.code for f in found if f.code == "values_missing"] == ["values_missing"]
    cli = runner.invoke(app, ["verify", str(out)])
    assert cli.exit_code == 1 and "3.1!G8: rumus" in cli.stdout


def test_a_widened_sum_range(jember_output: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(jember_output)
    assert wb["3.8"]["C8"].value == "=SUM(C9:C9)"
    wb["3.8"]["C8"] = "=SUM(C9:C10)"
    out = tmp_path / "wider.xlsx"
    wb.save(out)
    changed = [f for f in verify(out).findings if f.code == "formula_changed"]
    assert [(f.sheet, f.cell, f.declared, f.value) for f in changed] == [
        ("3.8", "C8", "=SUM(C9:C9)", "=SUM(C9:C10)")
    ]


def test_a_realisation_changed_without_recalculating(jember_output: Path, tmp_path: Path) -> None:
    out = tmp_path / "stale.xlsx"
    edit_xml(jember_output, out, "3.1", "F8", "4000")
    # the capaian of 3.1 and the references in 3.2, 3.3 and 3.4 read F8 directly
    assert codes(out) == [
        ("value_changed", "3.1", "F8"),
        ("value_stale", "3.1", "G8"),
        ("value_stale", "3.2", "H9"),
        ("value_stale", "3.3", "E8"),
        ("value_stale", "3.4", "D8"),
    ]
    stale = [f for f in verify(out).findings if f.code == "value_stale"][0]
    assert (stale.value, stale.computed) == ("389,80", "400")


def test_a_threshold_changed_in_parameter_is_a_changed_rule(
    jember_output: Path, tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(jember_output)
    assert wb["Parameter"]["B7"].value == 90
    wb["Parameter"]["B7"] = 85
    out = tmp_path / "rule.xlsx"
    wb.save(out)
    rules = [f for f in verify(out).findings if f.code == "rule_changed"]
    assert [(f.sheet, f.cell, f.declared, f.value, f.severity.name) for f in rules] == [
        ("Parameter", "B7", "90", "85", "WARNING")
    ]


def test_editing_the_hidden_list_is_seen(jember_output: Path, tmp_path: Path) -> None:
    """A forger who types over a formula and edits the list to match is still caught: the
    list no longer matches its fingerprint."""
    wb = openpyxl.load_workbook(jember_output)
    ws = wb["_lkip"]
    row = next(r for r in ws.iter_rows() if r[0].value == "3.1" and "\nG8\tf\t" in str(r[1].value))
    lines = str(row[1].value).split("\n")
    lines = ["G8\tn\t100" if line.startswith("G8\t") else line for line in lines]
    row[1].value = "\n".join(lines)
    wb["3.1"]["G8"] = 100
    out = tmp_path / "forged.xlsx"
    wb.save(out)
    found = codes(out)
    assert ("manifest_altered", "_lkip", "") in found
    assert ("formula_replaced", "3.1", "G8") not in found  # the forged list agrees with G8


def test_other_workbooks_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileReadError) as err:
        verify(JEMBER)
    assert err.value.code == "not_lkip_output"
    cli = runner.invoke(app, ["verify", str(JEMBER)])
    assert cli.exit_code == 3 and "bukan buku kerja hasil lkip-xlsx" in cli.stderr


@recalc_case("verify-untouched")
def _untouched(target: Path) -> None:
    assert convert(JEMBER, target).output == target


@recalc_case("verify-edited")
def _edited(target: Path) -> None:
    """A realisation changed in the XML, and a capaian typed over, in the same session."""
    out = target.with_name("verify-edited-source.xlsx")
    convert(JEMBER, out)
    edited = target.with_name("verify-edited-xml.xlsx")
    edit_xml(out, edited, "3.1", "F8", "4000")
    wb = openpyxl.load_workbook(edited)
    wb["3.5"]["B9"] = 100
    wb.save(target)


@pytest.mark.libreoffice
def test_edits_saved_by_libreoffice(recalculated: dict[str, tuple[Path, Path]]) -> None:
    """Open, change, recalculate, save in LibreOffice: the changed input and the typed-over
    formula are found; the recalculated figures are consistent, so nothing is stale."""
    untouched = recalculated["verify-untouched"][1]
    assert verify(untouched).findings == ()
    saved = recalculated["verify-edited"][1]
    found = codes(saved)
    assert ("value_changed", "3.1", "F8") in found
    assert ("formula_replaced", "3.5", "B9") in found
    assert not [c for c in found if c[0] in ("value_stale", "values_missing")]
    # the change propagated where the formulas are intact
    values = openpyxl.load_workbook(saved, data_only=True)
    assert values["3.1"]["G8"].value == 400
