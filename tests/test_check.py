"""``lkip check``: validation only, as a table, as JSON, or as a marked copy (issue 4)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from lkip_xlsx.cli import app
from tests.conftest import DINKES, JEMBER, ROOT

runner = CliRunner()
BROKEN = ROOT / "tests" / "data" / "corpus" / "anggaran-pagu-teks.xlsx"


def test_clean_file_exits_0() -> None:
    result = runner.invoke(app, ["check", str(JEMBER)])
    assert result.exit_code == 0
    # the sample's notes on how it was read are listed, as Pemeriksaan lists them: the pattern
    # of truncated percentages (one summary and its 20 rows), the programme that supports
    # no sasaran and the closing Total row read as the declared total
    assert "Tidak ada temuan; 23 catatan 'info'" in " ".join(result.stdout.split())
    assert "Anggaran!E6" in result.stdout


def test_findings_as_a_table_with_sheet_and_cell() -> None:
    result = runner.invoke(app, ["check", str(BROKEN)], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    assert "Anggaran" in result.stdout and "C7" in result.stdout and "tiga puluh" in result.stdout
    assert "bukan jumlah rupiah" in result.stdout


def test_json_for_scripts_and_worst_exit_code(tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"bukan excel")
    result = runner.invoke(app, ["check", str(JEMBER), str(BROKEN), str(bad), "--json"])
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert [d["exit_code"] for d in data] == [0, 1, 3]
    assert {f["severity"] for f in data[0]["findings"]} == {"info"}  # notes only
    f = data[1]["findings"][0]
    assert (f["code"], f["sheet"], f["cell"], f["column"], f["value"]) == (
        "amount_invalid",
        "Anggaran",
        "C7",
        "Anggaran",
        "tiga puluh juta",
    )
    assert data[2]["findings"][0]["code"] == "file_text"


def test_report_marks_a_copy_never_the_input(tmp_path: Path) -> None:
    before = hashlib.sha256(DINKES.read_bytes()).hexdigest()
    report = tmp_path / "ditandai.xlsx"
    result = runner.invoke(app, ["check", str(DINKES), "--report", str(report)])
    assert result.exit_code == 1
    assert hashlib.sha256(DINKES.read_bytes()).hexdigest() == before
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames[0] == "Catatan lkip"
    cell = wb["Belanja"]["D12"]
    assert cell.fill.fgColor.rgb == "00FFC7CE"
    assert cell.comment is not None and "3.501.000.000" in cell.comment.text
    assert wb["Pengukuran Kinerja"]["G8"].comment is not None
    listed = [r[2].value for r in wb["Catatan lkip"].iter_rows(min_row=2)]
    assert sorted(str(v) for v in listed) == ["Belanja!D12", "Belanja!E12", "Pengukuran Kinerja!G8"]
    # the copy checks the same as the original (our own list sheet is ignored)
    again = runner.invoke(app, ["check", str(report), "--json"])
    findings = json.loads(again.stdout)[0]["findings"]
    assert len([f for f in findings if f["severity"] != "info"]) == 3
    # and says which sheet it read as which table
    assert {f["code"] for f in findings if f["severity"] == "info"} == {
        "sheet_chosen",
        "zero_tolerance",  # a target of 0 read with its tolerance
        "line_unlinked",  # a programme no sasaran names
        "sum_row_total",  # the closing Jumlah row: the declared total
    }


def test_report_needs_one_input_and_another_path(tmp_path: Path) -> None:
    two = runner.invoke(app, ["check", str(JEMBER), str(DINKES), "--report", str(tmp_path / "r")])
    assert two.exit_code == 2
    src = tmp_path / "a.xlsx"
    src.write_bytes(DINKES.read_bytes())
    same = runner.invoke(app, ["check", str(src), "--report", str(src)])
    assert same.exit_code == 2
    assert hashlib.sha256(src.read_bytes()).digest() == hashlib.sha256(DINKES.read_bytes()).digest()


def test_check_takes_folders_and_shows_severity(tmp_path: Path) -> None:
    """Issue 14: like convert, check takes folders (subfolders, any case of .XLSX, not our
    outputs), and its table says how serious each finding is."""
    import shutil

    from lkip_xlsx.pipeline import convert

    folder = tmp_path / "masukan"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(BROKEN, folder / "sub" / "RUSAK.XLSX")
    shutil.copy(JEMBER, folder / "Disnaker - LKIP 2023.xlsx")
    convert(JEMBER, folder / "hasil.xlsx")
    result = runner.invoke(app, ["check", str(folder)], env={"COLUMNS": "200"})
    assert result.exit_code == 1
    out = result.stdout
    assert str(folder / "sub" / "RUSAK.XLSX") in out
    assert str(folder / "Disnaker - LKIP 2023.xlsx") in out and "hasil.xlsx" not in out
    row = next(line for line in out.splitlines() if "tiga puluh juta" in line)
    cells = [c.strip() for c in row.strip("│ ").split("│")]
    assert cells[:5] == ["kesalahan", "Anggaran", "C7", "Anggaran", "tiga puluh juta"]
    heads = next(line for line in out.splitlines() if "Tingkat" in line)
    assert [c.strip() for c in heads.strip("┃ ").split("┃")][:3] == ["Tingkat", "Lembar", "Sel"]
    data = json.loads(runner.invoke(app, ["check", str(folder), "--json"]).stdout)
    assert [Path(d["file"]).name for d in data] == ["Disnaker - LKIP 2023.xlsx", "RUSAK.XLSX"]
    finding = data[1]["findings"][0]
    assert (finding["severity"], finding["severity_label"], finding["where"]) == (
        "error",
        "kesalahan",
        "Anggaran!C7",
    )


def test_check_report_errors_give_no_o_advice(tmp_path: Path) -> None:
    """check has no -o: a report that cannot be written says what fits."""
    target = tmp_path / "tidak ada" / "ditandai.xlsx"
    result = runner.invoke(app, ["check", str(DINKES), "--report", str(target)])
    assert result.exit_code == 3
    assert f"folder {target.parent} tidak ada" in result.stderr
    assert " -o" not in result.stderr.replace(str(tmp_path), "")
