"""Budget and sheet layouts as agencies keep them, written with openpyxl for the tests.

Each layout is a whole small workbook: an ``Identitas`` sheet (Tahun 2023), a performance
sheet with two sasaran, and the budget as the case lays it out. The figures are round
numbers so that every expected total can be worked out by hand in the test.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

Value = str | int | float | None

SASARAN_1 = "Meningkatnya penempatan tenaga kerja"
SASARAN_2 = "Meningkatnya perlindungan tenaga kerja"

# two sasaran; capaian 90 % and 100 % (hand: 900/1.000 × 100 = 90; 85/85 × 100 = 100)
PERFORMANCE: list[list[Value]] = [
    ["No", "Sasaran", "Indikator", "Satuan", "Target 2023", "Realisasi 2023"],
    [1, SASARAN_1, "Pencari kerja yang ditempatkan", "orang", 1000, 900],
    [2, SASARAN_2, "Persentase kasus yang diselesaikan", "%", 85, 85],
]


@dataclass
class Sheet:
    name: str
    rows: list[list[Value]]
    titles: list[str] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    bold_rows: list[int] = field(default_factory=list)  # rows of ``rows`` (0-based)
    indent: dict[int, int] = field(default_factory=dict)  # row -> indent of column B


def _write(ws: Worksheet, sheet: Sheet) -> None:
    for title in sheet.titles:
        ws.append([title])
    if sheet.titles:
        ws.append([])
    offset = len(sheet.titles) + (1 if sheet.titles else 0)
    for i, row in enumerate(sheet.rows):
        ws.append(list(row))
        if i in sheet.bold_rows:
            for cell in ws[offset + i + 1]:
                cell.font = Font(bold=True)
    for rng in sheet.merges:
        ws.merge_cells(rng)


def workbook(
    path: Path,
    sheets: Sequence[Sheet],
    performance: str | None = "Realisasi",
    identity: bool = True,
) -> Path:
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    if identity:
        ws = wb.create_sheet("Identitas")
        for key, value in (("Instansi", "Dinas Tenaga Kerja"), ("Tahun", 2023)):
            ws.append([key, value])
    if performance:
        _write(wb.create_sheet(performance), Sheet(performance, PERFORMANCE, ["PENGUKURAN"]))
    for sheet in sheets:
        _write(wb.create_sheet(sheet.name), sheet)
    wb.save(path)
    return path
