"""A mapping file for agencies whose sheets or columns use other words (issue 4)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from lkip_xlsx.cli import app
from tests.conftest import JEMBER
from tests.helpers import values

runner = CliRunner()
PETA = """
[lembar]
"Data IKU" = "Realisasi"
"Rekap Belanja" = "Anggaran"

[kolom.Realisasi]
"Nilai Target" = "Target 2023"
"Angka Capaian Akhir" = "Realisasi 2023"

[kolom.Anggaran]
"Pagu Induk" = "Anggaran"
"""


def _own_words(tmp_path: Path) -> Path:
    wb = openpyxl.load_workbook(JEMBER)
    wb["Realisasi"].title = "Data IKU"
    wb["Anggaran"].title = "Rekap Belanja"
    wb["Data IKU"]["F4"] = "Nilai Target"
    wb["Data IKU"]["I4"] = "Angka Capaian Akhir"
    wb["Rekap Belanja"]["C4"] = "Pagu Induk"
    path = tmp_path / "kata-sendiri.xlsx"
    wb.save(path)
    return path


def test_without_mapping_the_sheets_are_not_found(tmp_path: Path) -> None:
    result = runner.invoke(app, ["convert", str(_own_words(tmp_path))])
    assert result.exit_code == 1
    assert "Lembar 'Realisasi' tidak ditemukan" in result.stderr


def test_with_mapping_the_output_is_the_sample_s(tmp_path: Path, jember_output: Path) -> None:
    peta = tmp_path / "peta.toml"
    peta.write_text(PETA, encoding="utf-8")
    out = tmp_path / "o.xlsx"
    result = runner.invoke(
        app, ["convert", str(_own_words(tmp_path)), "--mapping", str(peta), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    got, want = values(out), values(jember_output)
    for sheet in ("3.1", "3.5", "3.7", "3.8", "Ringkasan"):
        for row in want[sheet].iter_rows():
            for cell in row:
                assert got[sheet][cell.coordinate].value == cell.value, (sheet, cell.coordinate)


def test_a_bad_mapping_names_the_key(tmp_path: Path) -> None:
    peta = tmp_path / "peta.toml"
    peta.write_text('[kolom.Realisasi]\n"Nilai" = "Targetnya"\n', encoding="utf-8")
    result = runner.invoke(app, ["convert", str(JEMBER), "--mapping", str(peta)])
    assert result.exit_code == 2
    assert "kolom.Realisasi.'Nilai' = 'Targetnya'" in result.stderr


def test_a_mapping_that_is_not_toml_is_located_in_indonesian(tmp_path: Path) -> None:
    peta = tmp_path / "peta.toml"
    peta.write_text('[kolom.Realisasi]\n"Nilai" "Target"\n', encoding="utf-8")
    result = runner.invoke(app, ["convert", str(JEMBER), "--mapping", str(peta)])
    assert result.exit_code == 2
    assert "tidak dapat dibaca sebagai TOML: periksa penulisannya di sekitar baris 2" in (
        result.stderr
    )
    assert "Expected" not in result.stderr
