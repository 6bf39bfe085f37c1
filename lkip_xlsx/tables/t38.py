"""Tabel 3.8 Realisasi Anggaran per Program: programme -> kegiatan -> sub kegiatan with
budget, realisation and serapan; parents and the grand total are live sums."""

from __future__ import annotations

from dataclasses import dataclass

from ..formula import Expr, Ref
from ..layout import Grid
from ..model import BudgetLine, Level, Report
from ..rules import serapan, total, total_where

__all__ = ["Table38", "LineRefs", "build_38", "SHEET", "roman"]

SHEET = "3.8"
A, S, PCT = 2, 3, 4  # columns: anggaran, realisasi, capaian (%)
LEVEL_COL, CODE_COL = 6, 7  # helpers, outside the print area (A:E)


def roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


@dataclass(frozen=True)
class LineRefs:
    line: BudgetLine
    budget: Ref
    spent: Ref
    pct: Ref


@dataclass(frozen=True)
class Table38:
    grid: Grid
    programmes: tuple[LineRefs, ...]
    lines: tuple[LineRefs, ...]  # every line, in sheet order (= Report.budget_lines())
    total_budget: Ref
    total_spent: Ref
    total_pct: Ref


def _rows(programmes: tuple[BudgetLine, ...], start: int) -> list[tuple[int, BudgetLine, str]]:
    """Row, line and the number printed in column A (I, II… for programmes, 1, 2… kegiatan)."""
    out: list[tuple[int, BudgetLine, str]] = []
    row = start
    for p_no, prog in enumerate(programmes, start=1):
        out.append((row, prog, roman(p_no)))
        row += 1
        for k_no, keg in enumerate(prog.children, start=1):
            out.append((row, keg, str(k_no) if keg.level is Level.KEGIATAN else ""))
            row += 1
            for sub in keg.children:
                out.append((row, sub, ""))
                row += 1
    return out


def build_38(report: Report) -> Table38:
    g = Grid(SHEET, print_cols=5, footer=report.identity.agency)
    header, row = _heading(g, report)
    layout = _rows(report.programmes, row)
    end = layout[-1][0] if layout else row - 1
    _labels(g, layout)
    amounts = _Amounts(g, {id(line): r for r, line, _ in layout})
    programmes = tuple(amounts.write(p) for p in report.programmes)
    tb, ts, tp = _total(g, row, end)
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in ((0, 6), (1, 70), (2, 20), (3, 20), (4, 12), (5, 2), (6, 14), (7, 20)):
        g.width(col, width)
    lines = tuple(amounts.refs[r] for r, _, _ in layout)
    return Table38(g, programmes, lines, tb, ts, tp)


def _heading(g: Grid, report: Report) -> tuple[int, int]:
    """The title block and the header: (header row, first line row)."""
    tahun = report.identity.tahun
    header = g.title_block(
        ["Tabel 3.8", f"Realisasi Anggaran per Program Tahun {tahun}", report.identity.agency], 4
    )
    row = g.header(
        header, ["", "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)", "REALISASI (Rp)", "CAPAIAN (%)"]
    )
    g.text(header, LEVEL_COL, "Level (bantu)", "helper_header")
    g.text(header, CODE_COL, "Kode (bantu)", "helper_header")
    return header, row


def _labels(g: Grid, layout: list[tuple[int, BudgetLine, str]]) -> None:
    """Labels and helper cells, written first so that range references see every row's level."""
    for r, line, number in layout:
        bold = line.level is Level.PROGRAM
        g.text(r, 0, number, "center_bold" if bold else "center")
        g.text(r, 1, f"{line.level.label}: {line.name}", "text_bold" if bold else "text")
        g.text(r, LEVEL_COL, line.level.label, "helper")
        g.text(r, CODE_COL, line.code, "helper")


class _Amounts:
    """Each line's budget, realisation and serapan: a leaf's own figures, a parent's live sum."""

    def __init__(self, g: Grid, index: dict[int, int]) -> None:
        self.g, self.index = g, index
        self.refs: dict[int, LineRefs] = {}

    def block_end(self, r: int, line: BudgetLine) -> int:
        last = r
        for child in line.children:
            last = max(last, self.block_end(self.index[id(child)], child))
        return last

    def write(self, line: BudgetLine) -> LineRefs:
        g, r = self.g, self.index[id(line)]
        money = "money_bold" if line.level is Level.PROGRAM else "money"
        if not line.children:
            assert line.budget is not None and line.spent is not None
            b = g.number(r, A, line.budget, money)
            s = g.number(r, S, line.spent, money)
        else:
            kids = [self.write(child) for child in line.children]
            last = self.block_end(r, line)
            b = g.formula(r, A, _children_sum(g, r, line, kids, A, last), money)
            s = g.formula(r, S, _children_sum(g, r, line, kids, S, last), money)
        pct = g.formula(r, PCT, serapan(b, s), "pct_bold" if line.level is Level.PROGRAM else "pct")
        self.refs[r] = LineRefs(line, b, s, pct)
        return self.refs[r]


def _total(g: Grid, first: int, end: int) -> tuple[Ref, Ref, Ref]:
    """The grand total under the table: the programmes' sums, picked by the level column."""
    total_row = end + 1
    last = max(end, first)
    g.merge(total_row, 0, total_row, 1, "Total", "text_bold")
    levels = g.column_range(LEVEL_COL, first, last)
    tb = g.formula(
        total_row, A, total_where(levels, "Program", g.column_range(A, first, last)), "money_bold"
    )
    ts = g.formula(
        total_row, S, total_where(levels, "Program", g.column_range(S, first, last)), "money_bold"
    )
    tp = g.formula(total_row, PCT, serapan(tb, ts), "pct_bold")
    return tb, ts, tp


def _children_sum(
    g: Grid, r: int, line: BudgetLine, kids: list[LineRefs], col: int, last: int
) -> Expr:
    """A parent's amount: SUM of a contiguous block of leaf children, SUMIF over the block by
    the children's level when they have children of their own, else SUM of the cells."""
    child_rows = [k.budget.row for k in kids]
    contiguous = child_rows == list(range(r + 1, r + 1 + len(kids)))
    if contiguous and all(not k.line.children for k in kids):
        return total(g.column_range(col, r + 1, r + len(kids)))
    levels = {k.line.level for k in kids}
    if len(levels) == 1:
        level = next(iter(levels))
        return total_where(
            g.column_range(LEVEL_COL, r + 1, last), level.label, g.column_range(col, r + 1, last)
        )
    return total(*(k.budget if col == A else k.spent for k in kids))
