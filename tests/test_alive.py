"""Every computed cell is alive: a figure that cannot be computed from today's input is still
a formula, and typing the missing value into the output brings it (and every figure that
depends on it) to what a conversion with the value present gives."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from lkip_xlsx.pipeline import convert
from tests.conftest import JEMBER
from tests.helpers import row_of
from tests.recalc import formula_mismatches, recalculate

pytestmark = pytest.mark.libreoffice

# Realisasi row 7 is sasaran 2's only indicator (target 0,89; realisation 0,8571 as %):
# without its realisation the sasaran has no capaian, and the overall average is sasaran 1's.
TARGET, REAL = "F7", "I7"


def _input_with(tmp_path: Path, cell: str, value: str | int | None) -> Path:
    src = tmp_path / "input.xlsx"
    shutil.copy(JEMBER, src)
    wb = openpyxl.load_workbook(src)
    wb["Realisasi"][cell] = value
    wb.save(src)
    return src


def _figures(path: Path) -> dict[str, Any]:
    """Capaian (3.1), the indicator's and sasaran 2's row on 3.5 with its predicate, the
    overall average, and Ringkasan: every figure the missing value feeds."""
    wb = openpyxl.load_workbook(path, data_only=True)
    out: dict[str, Any] = {}
    r31 = row_of(wb, "3.1", 4, "Presentase Penyelesaian")
    out["3.1 capaian"] = wb["3.1"].cell(r31, 7).value
    t35 = wb["3.5"]
    for label, start, nth in (
        ("indicator", "Indikator 2.1", 0),
        ("sasaran 2", "Rata rata capaian", 1),
        ("overall", "Rata-rata capaian seluruh", 0),
    ):
        r = row_of(wb, "3.5", 1, start, nth)
        out[f"3.5 {label}"] = [c.value for c in t35[r]]
    rk = wb["Ringkasan"]
    for label, col, start in (
        ("sasaran 2", 2, "Meningkatnya perlindungan"),
        ("overall", 1, "Capaian kinerja instansi"),
    ):
        r = row_of(wb, "Ringkasan", col, start)
        out[f"Ringkasan {label}"] = [c.value for c in rk[r]][2:5]
    t37 = wb["3.7"]
    out["3.7 sasaran 2"] = [c.value for c in t37[row_of(wb, "3.7", 2, "Meningkatnya perl")]][5:]
    return out


@pytest.mark.parametrize(
    ("cell", "missing", "shown"),
    [
        (REAL, None, "data tidak tersedia"),  # no realisation
        (REAL, "belum diukur", "bukan angka"),  # text where a number belongs
        (TARGET, 0, "target nol"),  # a positive indicator with target 0
    ],
)
def test_typing_the_missing_value_into_the_output_computes_every_figure(
    libreoffice: str, tmp_path: Path, cell: str, missing: str | int | None, shown: str
) -> None:
    full = convert(JEMBER, tmp_path / "full.xlsx").output
    assert full is not None
    want = _figures(recalculate(full, tmp_path / "full"))
    out = convert(_input_with(tmp_path, cell, missing), tmp_path / "gap.xlsx").output
    assert out is not None
    before = _figures(out)
    assert before["3.1 capaian"] == shown
    assert before["3.5 sasaran 2"][1] == "data tidak tersedia"
    assert before != want
    # the conversion's own stored values are what a spreadsheet computes
    assert formula_mismatches(out, recalculate(out, tmp_path / "check"))[1] == []
    # an auditor types the figure into Tabel 3.1 (column E target, F realisation)
    col = 5 if cell == TARGET else 6
    typed = openpyxl.load_workbook(out)
    full_values = openpyxl.load_workbook(full)
    r31 = row_of(full_values, "3.1", 4, "Presentase Penyelesaian")
    typed["3.1"].cell(r31, col).value = full_values["3.1"].cell(r31, col).value
    edited = tmp_path / "typed.xlsx"
    typed.save(edited)
    assert _figures(recalculate(edited, tmp_path / "typed")) == want
