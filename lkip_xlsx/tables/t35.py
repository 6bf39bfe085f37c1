"""Tabel 3.5 Ikhtisar Capaian Kinerja: capaian per indicator and per sasaran, and a ✓
under exactly one predicate column (the scale's categories, read from ``Parameter``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..formula import Expr, Ref, if_
from ..layout import Grid
from ..model import Report
from ..rules import Band, RuleSet, average_capaian, grade, indicator_score
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
    # per indicator: its score (capped) and predicate code, helper cells
    indicator_score: dict[tuple[int, int], Ref] = field(default_factory=dict)
    indicator_predicate: dict[tuple[int, int], Ref] = field(default_factory=dict)


@dataclass(frozen=True)
class _Columns:
    """Where a row of Tabel 3.5 goes: % capaian in B, one ✓ column per band, then the
    helper score and predicate beyond the print area."""

    g: Grid
    params: ParamRefs
    bands: int

    @property
    def last(self) -> int:  # the last official column
        return 1 + self.bands

    @property
    def score(self) -> int:
        return self.last + 2

    @property
    def predicate(self) -> int:
        return self.last + 3

    def judge(self, row: int, score: Expr) -> Ref:
        """The score helper, its predicate and the ✓ under exactly one band."""
        g, params = self.g, self.params
        sc = live(g, row, self.score, score, "helper_pct", "helper")
        category = g.formula(row, self.predicate, grade(sc, params.bands), "helper")
        for i in range(self.bands):
            g.formula(row, 2 + i, if_(category.eq(params.bands[i][1]), "✓", ""), "tick")
        return category

    def average(self, row: int, label: str, figure: Expr) -> tuple[Ref, Ref]:
        """A sasaran's or the overall average and its predicate."""
        self.g.text(row, 0, label, "text_bold")
        avg = live(self.g, row, 1, figure, "pct_bold")
        return avg, self.judge(row, avg)


def _header(cols: _Columns, row: int, bands: tuple[Band, ...]) -> int:
    g, last = cols.g, cols.last
    g.merge(row, 0, row + 1, 0, "Sasaran/ Indikator Sasaran", "header")
    g.merge(row, 1, row + 1, 1, "% Capaian", "header")
    g.merge(row, 2, row, last, "Predikat", "header")
    for i, band in enumerate(bands):
        g.text(row + 1, 2 + i, band.label, "header")
    g.heights[row + 1] = 30
    for c in range(last + 1):
        g.text(row + 2, c, f"({c + 1})", "numbering")
    g.merge(row, cols.score, row + 1, cols.score, "Skor (bantu)", "helper_header")
    g.merge(row, cols.predicate, row + 1, cols.predicate, "Predikat (bantu)", "helper_header")
    g.text(row + 2, cols.score, "min(maks(capaian;0);batas)", "helper")
    g.text(row + 2, cols.predicate, "kategori", "helper")
    g.repeat_rows = (row, row + 2)
    g.freeze = (row + 3, 0)
    for col, width in ((0, 58), (1, 11), (last + 1, 2), (cols.score, 12), (cols.predicate, 14)):
        g.width(col, width)
    for i in range(len(bands)):
        g.width(2 + i, 11)
    return row + 3


def build_35(report: Report, t31: Table31, rules: RuleSet, params: ParamRefs) -> Table35:
    tahun = report.identity.tahun
    bands = rules.scale.bands
    g = Grid(SHEET, print_cols=2 + len(bands), footer=report.identity.agency)
    cols = _Columns(g, params, len(bands))
    row = g.title_block(
        ["Tabel 3.5", f"Ikhtisar Capaian Kinerja pada Tahun {tahun}", report.identity.agency],
        cols.last,
    )
    row = _header(cols, row, bands)
    averages: list[Ref] = []
    predicates: list[Ref] = []
    ind_scores: dict[tuple[int, int], Ref] = {}
    ind_predicates: dict[tuple[int, int], Ref] = {}
    for s_idx, sasaran in enumerate(report.sasaran):
        g.merge(row, 0, row, cols.last)
        g.text(row, 0, f"Sasaran {sasaran.number} {sasaran.name}", "text_bold")
        row += 1
        scores: list[Expr] = []
        for i_idx, ind in enumerate(sasaran.indicators):
            g.text(row, 0, f"Indikator {sasaran.number}.{i_idx + 1} {ind.name}")
            cap = live(g, row, 1, t31.capaian[(s_idx, i_idx)])
            category = cols.judge(row, indicator_score(cap, params.cap))
            score_ref = g.ref(row, cols.score)
            scores.append(score_ref)
            ind_scores[(s_idx, i_idx)], ind_predicates[(s_idx, i_idx)] = score_ref, category
            row += 1
        avg, category = cols.average(row, "Rata rata capaian", average_capaian(scores))
        averages.append(avg)
        predicates.append(category)
        row += 2
    overall, overall_pred = cols.average(
        row, "Rata-rata capaian seluruh sasaran", average_capaian(averages)
    )
    return Table35(
        g, tuple(averages), tuple(predicates), overall, overall_pred, ind_scores, ind_predicates
    )
