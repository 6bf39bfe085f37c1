"""Tabel 3.2 Perbandingan dengan tahun sebelumnya: targets and realisations per year."""

from __future__ import annotations

import functools

from ..forms import Measure
from ..layout import Grid, style_of
from ..model import PlanTarget, Report
from .cells import write_parsed
from .t31 import Table31

__all__ = ["build_32", "SHEET", "renstra_for"]

SHEET = "3.2"


def renstra_for(report: Report, key: tuple[int, int]) -> PlanTarget | None:
    """The Renstra row of an indicator (the first, if the matrix repeats it)."""
    return _renstra_index(report.renstra).get(key)


@functools.lru_cache(maxsize=8)
def _renstra_index(rows: tuple[PlanTarget, ...]) -> dict[tuple[int, int], PlanTarget]:
    index: dict[tuple[int, int], PlanTarget] = {}
    for plan in rows:
        if plan.indicator is not None:
            index.setdefault(plan.indicator, plan)
    return index


def build_32(report: Report, t31: Table31) -> Grid:
    tahun = report.identity.tahun
    years = [*report.past_years, tahun]
    n = len(years)
    last = 1 + 2 * n
    g = Grid(SHEET, print_cols=last + 1, footer=report.identity.agency)
    row = g.title_block(
        [
            "Tabel 3.2",
            f"Perbandingan Capaian Kinerja Sasaran Tahun {tahun} dengan Tahun Sebelumnya",
            report.identity.agency,
        ],
        last,
    )
    header = row
    g.merge(row, 0, row + 1, 0, "SASARAN STRATEGIS", "header")
    g.merge(row, 1, row + 1, 1, "INDIKATOR SASARAN", "header")
    g.merge(row, 2, row, 1 + n, "TARGET", "header")
    g.merge(row, 2 + n, row, last, "REALISASI", "header")
    for i, year in enumerate(years):
        g.text(row + 1, 2 + i, str(year), "header")
        g.text(row + 1, 2 + n + i, str(year), "header")
    for c in range(last + 1):
        g.text(row + 2, c, f"({c + 1})", "numbering")
    row += 3
    for s_idx, sasaran in enumerate(report.sasaran):
        first = row
        for i_idx, ind in enumerate(sasaran.indicators):
            key = (s_idx, i_idx)
            g.text(row, 1, ind.name)
            plan = renstra_for(report, key)
            by_year: dict[int, Measure] = dict(plan.targets) if plan else {}
            past = dict(ind.past)
            for i, year in enumerate(years[:-1]):
                write_parsed(g, row, 2 + i, by_year.get(year), ind.unit)
                write_parsed(g, row, 2 + n + i, past.get(year), ind.unit)
            # the reporting year: references to Tabel 3.1, so one edit there updates both
            target, real = t31.target[key], t31.real[key]
            g.formula(row, 1 + n, target, style_of(t31.grid, target))
            g.formula(row, last, real, style_of(t31.grid, real))
            row += 1
        g.merge(first, 0, row - 1, 0, sasaran.name)
    row = g.note(row + 1, "Target tahun sebelumnya menurut Rencana Strategis; '-' bila tidak ada.")
    if report.source_note:
        g.note(row, f"Sumber Data: {report.source_note}")
    g.repeat_rows = (header, header + 2)
    g.freeze = (header + 3, 0)
    g.width(0, 40)
    g.width(1, 44)
    for c in range(2, last + 1):
        g.width(c, 13)
    return g
