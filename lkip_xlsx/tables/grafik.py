"""``Grafik``: native Excel charts over the tables' cells, so they follow a recalculation:
the score per indicator against the 100 % line, and serapan per programme.

The charts do not lie: every value axis starts at 0; a capaian far above the others (389,8 %)
does not flatten them, because the bar is the score (capaian bounded by the cap in
``Parameter``, as Tabel 3.5 counts it) and the raw capaian is the bar's label.
"""

from __future__ import annotations

from decimal import Decimal

from ..formula import RangeRef
from ..layout import Chart, Grid, Series
from ..model import Report
from ..numbers import format_id
from ..rules import score
from .parameter import ParamRefs
from .t31 import Table31
from .t38 import Table38

__all__ = ["build_grafik", "SHEET"]

SHEET = "Grafik"
_WIDTHS = (56, 13, 13, 13)  # the data columns; each chart spans exactly these
CHART_HEIGHT = 340
_ROWS_PER_CHART = 24  # rows left free under the data for one chart (at 15 pt a row)


def _chart_width() -> int:
    return int(sum(w * 7 + 5 for w in _WIDTHS))


def build_grafik(report: Report, t31: Table31, t38: Table38, params: ParamRefs) -> Grid:
    tahun = report.identity.tahun
    g = Grid(SHEET, print_cols=len(_WIDTHS), footer=report.identity.agency)
    g.title_block(
        [f"Grafik Capaian Kinerja dan Serapan Anggaran Tahun {tahun}", report.identity.agency],
        len(_WIDTHS) - 1,
    )
    row = _capaian_chart(g, report, t31, params, 3)
    _serapan_chart(g, t38, row)
    for c, width in enumerate(_WIDTHS):
        g.width(c, width)
    return g


def _capaian_chart(g: Grid, report: Report, t31: Table31, params: ParamRefs, row: int) -> int:
    """The indicators' capaian and score from ``row`` on, and their chart; the next free row."""
    for c, label in enumerate(("Indikator", "Capaian (%)", "Skor (%)", "Target (%)")):
        g.text(row, c, label, "header")
    first = row + 1
    for s_idx, sasaran in enumerate(report.sasaran):
        for i_idx, ind in enumerate(sasaran.indicators):
            ref = t31.capaian[(s_idx, i_idx)]
            if not isinstance(ref.held, Decimal):
                continue  # no figure today: the chart's categories are fixed when written
            row += 1
            g.text(row, 0, f"{sasaran.number}.{i_idx + 1} {ind.name}")
            raw = g.formula(row, 1, ref, "pct")
            g.formula(row, 2, score(raw, params.cap), "pct")
            g.number(row, 3, Decimal(100), "pct")
    last_row = row
    row += 2
    if last_row < first:
        return row
    # two levels of categories: the indicator, and under its bar its raw capaian
    names, raws = g.column_range(0, first, last_row), g.column_range(1, first, last_row)
    labels = RangeRef(SHEET, first, 0, last_row, 1, names.held + raws.held)
    bound = params.cap.value() if params.cap is not None else None
    cap = f"dibatasi {format_id(bound)}" if isinstance(bound, Decimal) else "tanpa batas"
    cap = f"batang = skor, {cap}; angka di bawah batang = capaian"
    g.charts.append(
        Chart(
            "column",
            f"Capaian Kinerja per Indikator ({cap})",
            "Indikator",
            "Skor (%)",
            (
                Series("Skor", labels, g.column_range(2, first, last_row)),
                Series("Target 100%", labels, g.column_range(3, first, last_row), "line"),
            ),
            row,
            0,
            width=_chart_width(),
            height=CHART_HEIGHT,
        )
    )
    return row + _ROWS_PER_CHART


def _serapan_chart(g: Grid, t38: Table38, row: int) -> None:
    """Each programme's serapan from ``row`` on, and their chart."""
    g.text(row, 0, "Program", "header")
    g.text(row, 1, "Serapan (%)", "header")
    p_first = row + 1
    for prog in t38.programmes:
        row += 1
        g.text(row, 0, prog.line.name)
        g.formula(row, 1, prog.pct, "pct")
    if row < p_first:
        return
    g.charts.append(
        Chart(
            "bar",
            "Serapan Anggaran per Program",
            "Serapan (%)",
            "Program",
            (Series("Serapan", g.column_range(0, p_first, row), g.column_range(1, p_first, row)),),
            row + 2,
            0,
            width=_chart_width(),
            height=CHART_HEIGHT,
        )
    )
