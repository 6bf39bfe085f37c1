"""A laid-out sheet read back as the blocks of a printed page: title lines, bordered tables,
free-standing notes and positioned blocks (signatures), for writers other than the workbook.

The Word document is drawn from the very :class:`~lkip_xlsx.layout.Grid` objects the
workbook is written from, so a table in Word and its sheet cannot disagree. Only the print
area (the official table) is read; helper columns beyond it stay in the workbook.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .formula import ExcelError, Value
from .layout import DEFAULT_WIDTH, Content, Grid, Style
from .numbers import format_cell

__all__ = ["Cell", "TableBlock", "TextBlock", "Block", "blocks", "shown", "print_width"]


@dataclass(frozen=True)
class Cell:
    """One visible cell of a block: its text as printed, its style, and how far it spans
    (columns and rows relative to the block)."""

    row: int
    col: int
    text: str
    style: Style
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class TableBlock:
    """Rows of cells. ``bordered`` for the official table; a borderless block places text
    in columns (a signature block beside or under a table). ``widths`` are Excel
    character widths; the first ``header_rows`` rows are the table's heading."""

    cells: tuple[Cell, ...]
    rows: int
    widths: tuple[float, ...]
    bordered: bool
    header_rows: int = 0


@dataclass(frozen=True)
class TextBlock:
    """A line of text on its own: a title, a note under a table."""

    text: str
    style: Style


Block = TableBlock | TextBlock


def shown(content: Content, style: Style) -> str:
    """A cell's value as the workbook shows it, numbers in the Indonesian way."""
    value: Value = content.value
    if isinstance(value, Decimal):
        return format_cell(value, style.num_format)
    if isinstance(value, ExcelError):
        return value.code
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return "" if value is None else str(value)


def _last_col(grid: Grid) -> int:
    if grid.print_cols:
        return grid.print_cols - 1
    return max((c for _, c in grid.cells), default=0)


def print_width(grid: Grid, first: int, last: int) -> tuple[float, ...]:
    return tuple(grid.widths.get(c, DEFAULT_WIDTH) for c in range(first, last + 1))


class _Sheet:
    """The print area of a grid: its visible cells per row, merges resolved."""

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.last = _last_col(grid)
        self.span: dict[tuple[int, int], tuple[int, int]] = {}
        covered: set[tuple[int, int]] = set()
        for r1, c1, r2, c2 in grid.merges:
            if c1 > self.last:
                continue
            c2 = min(c2, self.last)
            self.span[(r1, c1)] = (r2, c2)
            covered.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
            covered.discard((r1, c1))
        self.rows: dict[int, list[tuple[int, Content, Style]]] = {}
        for (r, c), (content, style) in sorted(grid.cells.items()):
            if c <= self.last and (r, c) not in covered:
                self.rows.setdefault(r, []).append((c, content, style))

    def kind(self, row: int) -> str:
        """``table`` (bordered), ``free`` (text without borders) or ``empty``."""
        got = self.rows.get(row, [])
        if any(style.border for _, _, style in got):
            return "table"
        if any(shown(content, style) for _, content, style in got):
            return "free"
        # a signature's blank lines (room to sign) belong to its block
        return "free" if got and self._placed(row) else "empty"

    def extent(self, row: int) -> tuple[int, int]:
        cols = [c for c, _, _ in self.rows.get(row, [])]
        ends = [self.span.get((row, c), (row, c))[1] for c in cols]
        return min(cols), max(ends)

    def is_heading(self, row: int) -> bool:
        return all(style.bg for _, _, style in self.rows.get(row, []))

    def _placed(self, row: int) -> bool:
        """Text placed in columns (a signature) rather than a line of its own."""
        got = self.rows.get(row, [])
        if len(got) != 1:
            return True
        col, _, style = got[0]
        end = self.span.get((row, col), (row, col))[1]
        return col != 0 or (end < self.last and style.align != "left")


def blocks(grid: Grid) -> list[Block]:
    """The print area of ``grid`` as the blocks a page shows, top to bottom."""
    sheet = _Sheet(grid)
    out: list[Block] = []
    rows = sorted(sheet.rows)
    i = 0
    while i < len(rows):
        row = rows[i]
        kind = sheet.kind(row)
        if kind == "empty":
            i += 1
            continue
        if kind == "free" and not sheet._placed(row):
            _, content, style = sheet.rows[row][0]
            out.append(TextBlock(shown(content, style), style))
            i += 1
            continue
        group = [row]
        j = i + 1
        while j < len(rows) and _continues(sheet, group, rows[j], kind):
            if sheet.kind(rows[j]) != "empty":
                group.append(rows[j])
            j += 1
        out.append(_table(sheet, group, kind == "table"))
        i = j
    return out


def _continues(sheet: _Sheet, group: list[int], row: int, kind: str) -> bool:
    """Whether ``row`` belongs to the block of ``group``: the same kind of row, and for a
    table across a blank row only when no new heading starts and the columns match."""
    this = sheet.kind(row)
    if this == "empty":
        return kind == "table"
    if this != kind or (kind == "free" and not sheet._placed(row)):
        return False
    if kind == "free":
        return row == group[-1] + 1
    if row == group[-1] + 1:
        return True
    if sheet.is_heading(row):
        return False
    first = min(sheet.extent(r)[0] for r in group)
    last = max(sheet.extent(r)[1] for r in group)
    lo, hi = sheet.extent(row)
    return first <= lo and hi <= last


def _table(sheet: _Sheet, rows: list[int], bordered: bool) -> TableBlock:
    first = min(sheet.extent(r)[0] for r in rows) if bordered else 0
    last = max(sheet.extent(r)[1] for r in rows) if bordered else sheet.last
    index = {r: n for n, r in enumerate(rows)}
    cells: list[Cell] = []
    for r in rows:
        for c, content, style in sheet.rows.get(r, []):
            if c < first:
                continue
            r2, c2 = sheet.span.get((r, c), (r, c))
            down = sum(1 for x in rows if r <= x <= r2)
            cells.append(Cell(index[r], c - first, shown(content, style), style, down, c2 - c + 1))
    heading = 0
    for r in rows:
        if not bordered or not sheet.is_heading(r):
            break
        heading += 1
    return TableBlock(
        tuple(cells), len(rows), print_width(sheet.grid, first, last), bordered, heading
    )
