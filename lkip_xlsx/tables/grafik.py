"""``Grafik``: native Excel charts over the tables' cells, so they follow a recalculation:
capaian per indicator against the 100 % line, and serapan per programme."""

from __future__ import annotations

from decimal import Decimal

from ..layout import Chart, Grid, Series
from ..model import Report
from .t31 import Table31
from .t38 import Table38

__all__ = ["build_grafik", "SHEET"]

SHEET = "Grafik"


def build_grafik(report: Report, t31: Table31, t38: Table38) -> Grid:
    tahun = report.identity.tahun
    g = Grid(SHEET, footer=report.identity.agency)
    g.title_block(
        [f"Grafik Capaian Kinerja dan Serapan Anggaran Tahun {tahun}", report.identity.agency], 8
    )
    row = 3
    g.text(row, 0, "Indikator", "header")
    g.text(row, 1, "Capaian (%)", "header")
    g.text(row, 2, "Target (%)", "header")
    first = row + 1
    for s_idx, sasaran in enumerate(report.sasaran):
        for i_idx, ind in enumerate(sasaran.indicators):
            ref = t31.capaian[(s_idx, i_idx)]
            if not isinstance(ref.held, Decimal):
                continue  # no figure today: the chart's categories are fixed when written
            row += 1
            g.text(row, 0, f"{sasaran.number}.{i_idx + 1} {ind.name}")
            g.formula(row, 1, ref, "pct")
            g.number(row, 2, Decimal(100), "pct")
    last = row
    charts_row = 3
    if last >= first:
        labels = g.column_range(0, first, last)
        g.charts.append(
            Chart(
                "column",
                "Capaian Kinerja per Indikator",
                "Indikator",
                "Capaian (%)",
                (
                    Series("Capaian", labels, g.column_range(1, first, last)),
                    Series("Target 100%", labels, g.column_range(2, first, last), "line"),
                ),
                charts_row,
                4,
            )
        )
    row += 2
    g.text(row, 0, "Program", "header")
    g.text(row, 1, "Serapan (%)", "header")
    p_first = row + 1
    for prog in t38.programmes:
        row += 1
        g.text(row, 0, prog.line.name)
        g.formula(row, 1, prog.pct, "pct")
    if row >= p_first:
        g.charts.append(
            Chart(
                "bar",
                "Serapan Anggaran per Program",
                "Serapan (%)",
                "Program",
                (
                    Series(
                        "Serapan", g.column_range(0, p_first, row), g.column_range(1, p_first, row)
                    ),
                ),
                charts_row + 20,
                4,
            )
        )
    g.width(0, 48)
    g.width(1, 12)
    g.width(2, 12)
    return g
