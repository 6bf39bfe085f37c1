"""Levels of ``Anggaran`` rows that carry no tag (docs/format-masukan.md §4.2).

First from the staff's own subtotal formulas: a row whose amount is a sum of rows below it
(:mod:`lkip_xlsx.subtotal`) is their parent, each row's parent being the nearest row above it
whose sum covers it; the pagu formula is read first, the realisation formula where the pagu has
none, and two that cover different rows are a discrepancy (the pagu's reading is taken). A
parent's level is one above its children's: under a programme, kegiatan; under a kegiatan, sub
kegiatan; under a sub kegiatan, detail folded into it. A parent no formula covers takes its
level from its depth: three levels under it make it the declared grand total (compared, never
summed in), two a programme, one a kegiatan under a programme heading that no formula spans
(else a programme). A formula that reaches above its row, wholly outside the table or into
another sheet is not followed (noted); one that only runs on past the table's last row is read
up to it (noted). Only when no row is a subtotal and none is tagged as a kegiatan or sub
kegiatan: the ``Program`` prefix (read in :mod:`lkip_xlsx.levels`) and, among the untagged
rows, the indent then the bold of the name tell kegiatan from sub kegiatan, when they fall in
exactly two looks: a guess, noted on every row so read. Rows still without a level are left to
:mod:`lkip_xlsx.levels`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .cellfacts import AMOUNT_KEYS
from .model import Finding, Kind, Level
from .reader import RawCell, RawRow, RawTable
from .subtotal import Sum, parse, rows_text

__all__ = ["Untagged", "infer", "TOTAL", "DETAIL"]

TOTAL, DETAIL = 0, 4  # depths around Level's 1..3


@dataclass
class Untagged:
    levels: dict[int, Level] = field(default_factory=dict)  # row -> level read
    detail: dict[int, bool] = field(default_factory=dict)  # row -> is a subtotal of detail
    total: int | None = None  # the row whose formula adds up the programmes
    # such a row where the sheet also closes with a ``Total``/``Jumlah`` row (which stays the
    # declared total): a heading, not counted
    headings: set[int] = field(default_factory=set)


@dataclass
class _Cover:
    cell: RawCell
    rows: frozenset[int]


@dataclass
class _Tree:
    covers: dict[int, _Cover] = field(default_factory=dict)  # parent -> what it adds up
    parent: dict[int, int] = field(default_factory=dict)
    height: dict[int, int] = field(default_factory=dict)


def _reading(
    table: RawTable, row: RawRow, key: str, lines: set[int], findings: list[Finding]
) -> _Cover | None:
    cell = row.cells.get(key)
    parsed: Sum | None = parse(cell.formula) if cell and cell.formula else None
    if cell is None or parsed is None:
        return None
    if all(a == b == row.row for a, b in parsed.spans):
        return None  # along its own row (the year's realisation = its quarters): no subtotal
    last = table.rows[-1].row
    column = "Anggaran" if key == "anggaran" else "Realisasi"
    formula = str(cell.formula)
    if parsed.other_sheet or parsed.first <= row.row or parsed.first > last:
        spans = ", ".join(f"{a}–{b}" if b > a else str(a) for a, b in parsed.spans)
        below = f"{row.row + 1}–{last}" if last > row.row else "-"
        params = (("formula", formula), ("rows", spans), ("below", below))
        findings.append(
            Finding(Kind.FORMULA_NOT_SUBTOTAL, table.title, cell.address, column, formula, params)
        )
        return None
    if parsed.last > last:  # "=SUM(C15:C40)", room left below the last line: read up to it
        params = (("formula", formula), ("end", str(parsed.last)), ("last", str(last)))
        findings.append(
            Finding(Kind.FORMULA_PAST_TABLE, table.title, cell.address, column, formula, params)
        )
    covered = parsed.rows(upto=last) & lines
    return _Cover(cell, covered) if covered else None


def _covers(
    table: RawTable, stated: dict[int, Level | None], findings: list[Finding]
) -> dict[int, _Cover]:
    lines = set(stated)
    out: dict[int, _Cover] = {}
    for row in table.rows:
        if row.row not in lines:
            continue
        got = [c for k in AMOUNT_KEYS if (c := _reading(table, row, k, lines, findings))]
        if not got:
            continue
        out[row.row] = got[0]
        if len(got) == 2 and got[0].rows != got[1].rows:
            pagu, real = got
            findings.append(
                Finding(
                    Kind.FORMULA_RANGES_DIFFER,
                    table.title,
                    real.cell.address,
                    "Realisasi",
                    str(real.cell.formula),
                    params=(
                        ("formula", str(real.cell.formula)),
                        ("rows", rows_text(real.rows)),
                        ("other_formula", str(pagu.cell.formula)),
                        ("other", pagu.cell.address),
                        ("other_rows", rows_text(pagu.rows)),
                    ),
                )
            )
    return out


def _tree(covers: dict[int, _Cover], order: list[int]) -> _Tree:
    tree = _Tree(covers)
    for p in sorted(covers):  # the nearest parent above wins: later ones overwrite
        for c in covers[p].rows:
            tree.parent[c] = p
    for r in reversed(order):
        h = tree.height.get(r, 0)
        tree.height.setdefault(r, h)
        up = tree.parent.get(r)
        if up is not None:
            tree.height[up] = max(tree.height.get(up, 0), h + 1)
    return tree


def _depths(tree: _Tree, stated: dict[int, Level | None]) -> dict[int, int]:
    """Every line's depth: stated, else under its parent, else from its own height."""
    depth: dict[int, int] = {}
    heading_open = False  # the last programme has no formula: its extent is by position
    has_total = False
    for r, level in stated.items():
        p, h = tree.parent.get(r), tree.height.get(r, 0)
        d: int
        if level is not None:
            d = int(level)
        elif p is not None and p in depth:
            d = min(depth[p] + 1, DETAIL)
        elif h >= 3 and not has_total:
            d, has_total = TOTAL, True
        elif h >= 2:
            d = Level.PROGRAM
        elif h == 1:
            d = Level.KEGIATAN if heading_open else Level.PROGRAM
        else:
            continue
        depth[r] = d
        if d == Level.PROGRAM:
            heading_open = r not in tree.covers
    return depth


def _notes(
    table: RawTable,
    rows: dict[int, RawRow],
    tree: _Tree,
    depth: dict[int, int],
    stated: dict[int, Level | None],
    findings: list[Finding],
    named_total: bool,
) -> None:
    for p, cover in tree.covers.items():
        d = depth.get(p)
        children = [c for c in cover.rows if tree.parent.get(c) == p]
        if d is None or d >= Level.SUB_KEGIATAN:
            continue  # a sub kegiatan's detail is noted as folded into it
        if stated[p] is not None and all(stated[c] is not None for c in children):
            continue  # the formula agrees with tags: nothing was read from it
        row = rows[p]
        if d == TOTAL and named_total:
            findings.append(
                Finding(
                    Kind.ROW_HEADING,
                    table.title,
                    table.address("uraian", p),
                    "Uraian",
                    row.text("uraian"),
                    (("kind", "total"),),
                )
            )
            continue
        params: tuple[tuple[str, str], ...] = (
            ("formula", str(cover.cell.formula)),
            ("source", cover.cell.address),
            ("rows", rows_text(frozenset(children))),
        )
        if d == TOTAL:
            kind = Kind.TOTAL_FROM_FORMULA
        else:
            level, below = Level(d), Level(d + 1)
            kind = Kind.LEVEL_FROM_FORMULA
            params = (*params, ("level", level.label), ("children", below.label))
        findings.append(
            Finding(
                kind, table.title, table.address("uraian", p), "Uraian", row.text("uraian"), params
            )
        )


def _by_formula(
    table: RawTable, stated: dict[int, Level | None], findings: list[Finding], named_total: bool
) -> Untagged | None:
    covers = _covers(table, stated, findings)
    if not covers:
        return None
    tree = _tree(covers, list(stated))
    depth = _depths(tree, stated)
    rows = {r.row: r for r in table.rows}
    _notes(table, rows, tree, depth, stated, findings, named_total)
    out = Untagged()
    for r, d in depth.items():
        if stated[r] is not None:
            continue
        if d == TOTAL and named_total:
            out.headings.add(r)
        elif d == TOTAL:
            out.total = r
        elif d == DETAIL:
            out.detail[r] = r in covers
        else:
            out.levels[r] = Level(d)
    return out


def _look(cell: RawCell | None) -> tuple[int, int] | None:
    """Higher levels first: less indent, then bold."""
    if cell is None or cell.bold is None:
        return None
    return (cell.indent or 0, 0 if cell.bold else 1)


def _by_format(
    table: RawTable, stated: dict[int, Level | None], findings: list[Finding]
) -> Untagged:
    out = Untagged()
    if any(s in (Level.KEGIATAN, Level.SUB_KEGIATAN) for s in stated.values()):
        return out  # kegiatan are tagged: an untagged row under one is its sub kegiatan
    rows = {r.row: r for r in table.rows}
    looks = {r: _look(rows[r].cells.get("uraian")) for r, s in stated.items() if s is None}
    kinds = sorted({look for look in looks.values() if look is not None})
    if len(kinds) != 2 or None in looks.values():
        return out
    upper, lower = kinds
    by_indent = upper[0] != lower[0]
    for r, look in looks.items():
        assert look is not None
        level = Level.KEGIATAN if look == upper else Level.SUB_KEGIATAN
        out.levels[r] = level
        params: tuple[tuple[str, str], ...] = (("level", level.label),)
        if by_indent:
            params += (("indent", str(look[0])), ("upper", str(upper[0])), ("lower", str(lower[0])))
        findings.append(
            Finding(
                Kind.LEVEL_FROM_INDENT if by_indent else Kind.LEVEL_FROM_BOLD,
                table.title,
                table.address("uraian", r),
                "Uraian",
                rows[r].text("uraian"),
                params,
            )
        )
    return out


def infer(
    table: RawTable,
    stated: dict[int, Level | None],
    findings: list[Finding],
    named_total: bool = False,
) -> Untagged:
    """Levels for the lines of ``stated`` (row -> its tagged level, or ``None``), in order;
    ``named_total``: the sheet has a ``Total``/``Jumlah`` row of its own."""
    if all(level is not None for level in stated.values()):
        return Untagged()
    if table.read_cell_facts is not None:
        table.read_cell_facts()
    by_formula = _by_formula(table, stated, findings, named_total)
    return by_formula or _by_format(table, stated, findings)
