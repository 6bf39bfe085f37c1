"""Tabel 3.4 Perbandingan dengan realisasi nasional: realisation, national figure, difference."""

from __future__ import annotations

from ..layout import Grid, style_of
from ..model import Indicator, Report
from ..rules import selisih
from .cells import indicator_rows, live, write_parsed
from .t31 import Table31

__all__ = ["build_34", "SHEET"]

SHEET = "3.4"


def build_34(report: Report, t31: Table31) -> Grid:
    tahun = report.identity.tahun
    g = Grid(SHEET, print_cols=7, footer=report.identity.agency)
    row = g.title_block(
        [
            "Tabel 3.4",
            f"Perbandingan Realisasi Kinerja dengan Realisasi Nasional Tahun {tahun}",
            report.identity.agency,
        ],
        6,
    )
    header = row
    row = g.header(
        row,
        [
            "NO",
            "SASARAN STRATEGIS",
            "INDIKATOR SASARAN",
            f"REALISASI Th. {tahun}",
            "REALISASI NASIONAL",
            "SELISIH (+/-)",
            "KETERANGAN",
        ],
    )

    def write(row: int, key: tuple[int, int], ind: Indicator) -> None:
        g.text(row, 2, ind.name)
        real = g.formula(row, 3, t31.real[key], style_of(t31.grid, t31.real[key]))
        national = write_parsed(g, row, 4, ind.national, ind.unit)
        live(g, row, 5, selisih(real, national), "pct", "center")
        g.text(row, 6, ind.note or ind.responsible)

    row = indicator_rows(g, report, row, write)
    row = g.note(
        row + 1,
        "Selisih = realisasi daerah − realisasi nasional; untuk indikator negatif "
        "selisih negatif berarti lebih baik dari nasional. '-': tidak ada angka nasional.",
    )
    if report.source_note:
        g.note(row, f"Sumber Data: {report.source_note}")
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in enumerate((6, 40, 46, 14, 14, 12, 30)):
        g.width(col, width)
    return g
