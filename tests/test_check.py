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
BROKEN = ROOT / "tests" / "data" / "corpus" / "realisasi-target-teks.xlsx"


def test_clean_file_exits_0() -> None:
    result = runner.invoke(app, ["check", str(JEMBER)])
    assert result.exit_code == 0
    assert "Tidak ada temuan." in result.stdout


def test_findings_as_a_table_with_sheet_and_cell() -> None:
    result = runner.invoke(app, ["check", str(BROKEN)])
    assert result.exit_code == 1
    assert "Realisasi" in result.stdout and "F5" in result.stdout and "seratus" in result.stdout
    assert "bukan angka" in result.stdout


def test_json_for_scripts_and_worst_exit_code(tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"bukan excel")
    result = runner.invoke(app, ["check", str(JEMBER), str(BROKEN), str(bad), "--json"])
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert [d["exit_code"] for d in data] == [0, 1, 3]
    assert data[0]["findings"] == []
    f = data[1]["findings"][0]
    assert (f["code"], f["sheet"], f["cell"], f["column"], f["value"]) == (
        "not_a_number",
        "Realisasi",
        "F5",
        "Target",
        "seratus",
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
    assert len(json.loads(again.stdout)[0]["findings"]) == 3


def test_report_needs_one_input_and_another_path(tmp_path: Path) -> None:
    two = runner.invoke(app, ["check", str(JEMBER), str(DINKES), "--report", str(tmp_path / "r")])
    assert two.exit_code == 2
    src = tmp_path / "a.xlsx"
    src.write_bytes(DINKES.read_bytes())
    same = runner.invoke(app, ["check", str(src), "--report", str(src)])
    assert same.exit_code == 2
    assert hashlib.sha256(src.read_bytes()).digest() == hashlib.sha256(DINKES.read_bytes()).digest()
