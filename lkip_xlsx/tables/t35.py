"""Tabel 3.5 Ikhtisar Capaian Kinerja: capaian per indicator and per sasaran, and a ✓
under exactly one predicate column (the scale's categories, read from ``Parameter``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..formula import Expr, Ref, if_
from ..layout import Grid
from ..model import Report
from ..rules import RuleSet, average_capaian, grade, indicator_score
from .cells import live
from .parameter import ParamRefs
from .t31 import Table31

__all__ = ["Table35", "build_35", "SHEET"]

SHEET = "3.5"


@dataclass(frozen=True)
class Table35:
    grid: Grid
    sasaran_capaian: tuple[Ref, ...]  # per sasaran: the average (a status while no data)
    sasaran_predicate: tuple[Ref, ...]
    overall: Ref
    overall_predicate: Ref


def build_35(report: Report, t31: Table31, rules: RuleSet, params: ParamRefs) -> Table35:
    tahun = report.identity.tahun
    bands = rules.scale.bands
    n = len(bands)
    last = 1 + n  # last official column
    score_col, pred_col = last + 2, last + 3
    g = Grid(SHEET, print_cols=last + 1, footer=report.identity.agency)
    row = g.title_block(
        ["Tabel 3.5", f"Ikhtisar Capaian Kinerja pada Tahun {tahun}", report.identity.agency], last
    )
    header = row
    g.merge(row, 0, row + 1, 0, "Sasaran/ Indikator Sasaran", "header")
    g.merge(row, 1, row + 1, 1, "% Capaian", "header")
    g.merge(row, 2, row, last, "Predikat", "header")
    for i, band in enumerate(bands):
        g.text(row + 1, 2 + i, band.label, "header")
    g.heights[row + 1] = 30
    for c in range(last + 1):
        g.text(row + 2, c, f"({c + 1})", "numbering")
    g.merge(row, score_col, row + 1, score_col, "Skor (bantu)", "helper_header")
    g.merge(row, pred_col, row + 1, pred_col, "Predikat (bantu)", "helper_header")
    g.text(row + 2, score_col, "min(maks(capaian;0);batas)", "helper")
    g.text(row + 2, pred_col, "kategori", "helper")
    row += 3

    def ticks(r: int, category: Expr) -> None:
        for i in range(n):
            g.formula(r, 2 + i, if_(category.eq(params.bands[i][1]), "✓", ""), "tick")

    def judged(r: int, figure: Expr, bold: bool) -> tuple[Ref, Ref]:
        """A sasaran's or the overall average, its score and its predicate, with the ✓."""
        avg = live(g, r, 1, figure, "pct_bold" if bold else "pct")
        sc = live(g, r, score_col, avg, "helper_pct", "helper")
        category = g.formula(r, pred_col, grade(sc, params.bands), "helper")
        ticks(r, category)
        return avg, category

    averages: list[Ref] = []
    predicates: list[Ref] = []
    for s_idx, sasaran in enumerate(report.sasaran):
        g.merge(row, 0, row, last)
        g.text(row, 0, f"Sasaran {sasaran.number} {sasaran.name}", "text_bold")
        row += 1
        scores: list[Expr] = []
        for i_idx, ind in enumerate(sasaran.indicators):
            g.text(row, 0, f"Indikator {sasaran.number}.{i_idx + 1} {ind.name}")
            cap = live(g, row, 1, t31.capaian[(s_idx, i_idx)])
            sc = live(g, row, score_col, indicator_score(cap, params.cap), "helper_pct", "helper")
            ticks(row, g.formula(row, pred_col, grade(sc, params.bands), "helper"))
            scores.append(sc)
            row += 1
        g.text(row, 0, "Rata rata capaian", "text_bold")
        avg, category = judged(row, average_capaian(scores), True)
        averages.append(avg)
        predicates.append(category)
        row += 2
    g.text(row, 0, "Rata-rata capaian seluruh sasaran", "text_bold")
    overall, overall_pred = judged(row, average_capaian(averages), True)
    g.repeat_rows = (header, header + 2)
    g.freeze = (header + 3, 0)
    g.width(0, 58)
    g.width(1, 11)
    for i in range(n):
        g.width(2 + i, 11)
    g.width(last + 1, 2)
    g.width(score_col, 12)
    g.width(pred_col, 14)
    return Table35(g, tuple(averages), tuple(predicates), overall, overall_pred)
