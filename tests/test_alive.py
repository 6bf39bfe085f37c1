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
from tests.recalc import formula_mismatches, recalc_case

pytestmark = pytest.mark.libreoffice

# Realisasi row 7 is sasaran 2's only indicator (target 0,89; realisation 0,8571 as %):
# without its realisation the sasaran has no capaian, and the overall average is sasaran 1's.
TARGET, REAL = "F7", "I7"


def _input_with(folder: Path, cell: str, value: str | int | None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    src = folder / "input.xlsx"
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
    out["3.7 sasaran 2"] = [c.value for c in t37[row_of(wb, "3.7", 1, "Meningkatnya perl")]][1:]
    return out


SCENARIOS = {
    "blank": (REAL, None, "data tidak tersedia"),  # no realisation
    "text": (REAL, "belum diukur", "tidak dapat dihitung"),  # text where a number belongs
    "zero": (TARGET, 0, "target nol"),  # a positive indicator with target 0
}


@recalc_case("alive-full")
def _full(target: Path) -> None:
    assert convert(JEMBER, target).output == target


def _register(name: str, cell: str, missing: str | int | None) -> None:
    @recalc_case(f"alive-{name}-gap")
    def gap(target: Path) -> None:
        src = _input_with(target.parent / f"alive-{name}-input", cell, missing)
        assert convert(src, target).output == target

    @recalc_case(f"alive-{name}-typed")
    def typed(target: Path) -> None:
        """The gap's output with the figure typed into Tabel 3.1 (E target, F realisation),
        as an auditor would, and saved by openpyxl (which keeps no stored values)."""
        out = target.with_name(f"alive-{name}-typed-source.xlsx")
        gap(out)
        full = target.with_name(f"alive-{name}-full.xlsx")
        _full(full)
        wb, values = openpyxl.load_workbook(out), openpyxl.load_workbook(full)
        r31 = row_of(values, "3.1", 4, "Presentase Penyelesaian")
        col = 5 if cell == TARGET else 6
        wb["3.1"].cell(r31, col).value = values["3.1"].cell(r31, col).value
        wb.save(target)


for _name, (_cell, _missing, _) in SCENARIOS.items():
    _register(_name, _cell, _missing)


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_typing_the_missing_value_into_the_output_computes_every_figure(
    recalculated: dict[str, tuple[Path, Path]], name: str
) -> None:
    want = _figures(recalculated["alive-full"][1])
    gap, gap_recalculated = recalculated[f"alive-{name}-gap"]
    before = _figures(gap)
    assert before["3.1 capaian"] == SCENARIOS[name][2]
    assert before["3.5 sasaran 2"][1] == "data tidak tersedia"
    assert before != want
    # the conversion's own stored values are what a spreadsheet computes
    assert formula_mismatches(gap, gap_recalculated)[1] == []
    assert _figures(recalculated[f"alive-{name}-typed"][1]) == want
