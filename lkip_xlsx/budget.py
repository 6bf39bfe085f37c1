"""The ``Anggaran`` sheet: the tree of programmes, kegiatan and sub kegiatan, and the closing
total. The level of each row is read in :mod:`lkip_xlsx.levels`; a line's amounts are its
own, or the sum of the account rows folded into it (its own then compared with that sum). The
amounts come from the sheet's typed frame (:mod:`lkip_xlsx.frames`), read once."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .frames import SheetFrame
from .levels import BudgetRow, prepare, sum_row, sum_rows, validation_rows
from .model import BudgetLine, DeclaredTotal, Finding, Kind, Level, Source
from .numbers import Number, format_id, parse_number
from .reader import RawRow
from .sumrows import sum_level

__all__ = [
    "BudgetRow",
    "prepare",
    "build_tree",
    "amount",
    "validation_rows",
    "declared_total",
    "sum_findings",
    "sum_rows",
]
_KEYS = (("anggaran", "Anggaran"), ("realisasi", "Realisasi"))


def amount(row: RawRow, key: str) -> Number | None:
    """A raw row's amount, for the readings that run before the sheet is typed (the Renja
    form's quarters); the budget tree takes its amounts from the typed frame."""
    parsed = parse_number(row.value(key))
    return parsed if isinstance(parsed, Number) else None


def _sum(frame: SheetFrame, rows: tuple[RawRow, ...], key: str) -> Decimal:
    return sum((a.value for r in rows if (a := frame.amount(key, r.row)) is not None), Decimal(0))


def _folded(frame: SheetFrame, br: BudgetRow, key: str, findings: list[Finding]) -> Decimal | None:
    """A line's amount: its own, or the sum of the accounts folded into it (which wins, as
    a parent's sum does; an own amount that differs is a discrepancy)."""
    table = frame.table
    own = frame.amount(key, br.raw.row)
    if not br.accounts:
        return own.value if own else None
    total = _sum(frame, br.accounts, key)
    if own is not None and own.value != total:
        column = "Anggaran" if key == "anggaran" else "Realisasi"
        findings.append(
            Finding(
                Kind.ACCOUNT_SUM_DIFFERS,
                table.title,
                table.address(key, br.raw.row),
                column,
                format_id(own.value),
                params=(
                    ("difference", format_id(own.value - total)),
                    ("count", str(len(br.accounts))),
                ),
                declared=format_id(own.value),
                computed=format_id(total),
            )
        )
    return total


def _line(frame: SheetFrame, br: BudgetRow, findings: list[Finding]) -> BudgetLine:
    table, row = frame.table, br.raw
    has_pct = "capaian" in table.columns and row.value("capaian") is not None
    return BudgetLine(
        level=br.level,
        name=br.name,
        src=Source(table.title, br.name_cell),
        code=br.code,
        budget=_folded(frame, br, "anggaran", findings),
        spent=_folded(frame, br, "realisasi", findings),
        budget_src=Source(table.title, table.address("anggaran", row.row)),
        spent_src=Source(table.title, table.address("realisasi", row.row)),
        declared_pct=frame.figure("capaian", row.row) if has_pct else None,
        declared_pct_src=Source(table.title, table.address("capaian", row.row))
        if has_pct
        else None,
        sasaran=row.text("sasaran"),
    )


def build_tree(
    frame: SheetFrame, rows: list[BudgetRow]
) -> tuple[tuple[BudgetLine, ...], list[Finding]]:
    """Programmes with their kegiatan and sub kegiatan."""
    table = frame.table
    findings: list[Finding] = []
    programmes: list[tuple[BudgetLine, list[tuple[BudgetLine, list[BudgetLine]]]]] = []
    orphans: list[BudgetRow] = []
    for br in rows:
        line = _line(frame, br, findings)
        if br.level is Level.PROGRAM:
            programmes.append((line, []))
        elif not programmes:
            orphans.append(br)
        elif br.level is Level.KEGIATAN:
            programmes[-1][1].append((line, []))
        elif programmes[-1][1]:
            programmes[-1][1][-1][1].append(line)
        else:
            # a sub kegiatan straight under a programme: kept as its child
            programmes[-1][1].append((line, []))
    if orphans:
        # one fix (a programme row above) mends them all: say it once
        first = orphans[0]
        findings.append(
            Finding(
                Kind.ORPHAN_LINE,
                table.title,
                first.name_cell,
                "Uraian",
                first.name,
                params=(("count", str(len(orphans))),),
            )
        )
    tree = tuple(
        replace(p, children=tuple(replace(k, children=tuple(subs)) for k, subs in kegs))
        for p, kegs in programmes
    )
    return tree, findings


def declared_total(frame: SheetFrame, row: RawRow | None) -> DeclaredTotal | None:
    if row is None:
        return None
    table = frame.table
    b, s = frame.amount("anggaran", row.row), frame.amount("realisasi", row.row)
    has_pct = "capaian" in table.columns
    return DeclaredTotal(
        budget=b.value if b else None,
        spent=s.value if s else None,
        pct=frame.figure("capaian", row.row)
        if has_pct and row.value("capaian") is not None
        else None,
        src=Source(table.title, table.address("uraian", row.row)),
        budget_src=Source(table.title, table.address("anggaran", row.row)),
        spent_src=Source(table.title, table.address("realisasi", row.row)),
        pct_src=Source(table.title, table.address("capaian", row.row)) if has_pct else None,
    )


# -- rows that declare a sum (Jumlah Program, Sub Total, JUMLAH BELANJA) ---------------------


def _leaf_amount(frame: SheetFrame, br: BudgetRow, key: str) -> Decimal:
    if br.accounts:
        return _sum(frame, br.accounts, key)
    own = frame.amount(key, br.raw.row)
    return own.value if own else Decimal(0)


def _line_sum(frame: SheetFrame, rows: list[BudgetRow], j: int | None, key: str) -> Decimal:
    """What Tabel 3.8 gives for line ``j`` (its leaves summed), or the whole (``None``)."""
    if j is None:
        return sum((_leaf_amount(frame, br, key) for br in rows if br.leaf), Decimal(0))
    total = _leaf_amount(frame, rows[j], key) if rows[j].leaf else Decimal(0)
    for br in rows[j + 1 :]:
        if br.level <= rows[j].level:
            break
        total += _leaf_amount(frame, br, key) if br.leaf else Decimal(0)
    return total


def _chain(rows: list[BudgetRow], k: int) -> list[int]:
    """The line just above a sum row (``k`` lines above it) and its parents, innermost
    first."""
    if k == 0:
        return []
    chain = [k - 1]
    for j in range(k - 2, -1, -1):
        if rows[j].level < rows[chain[-1]].level:
            chain.append(j)
    return chain


def _candidates(rows: list[BudgetRow], k: int, row: RawRow) -> tuple[list[int | None], bool]:
    """The lines a sum row may declare, in order of preference, and whether its wording
    named the one (``Jumlah Kegiatan``: the kegiatan just closed)."""
    chain = _chain(rows, k)
    wanted = sum_level(row.text("uraian"))
    named = [j for j in chain if rows[j].level is wanted]
    if named:
        return [named[0]], True
    # generic wording: the parents, innermost first, then the line itself; the whole
    # budget too when nothing follows it (or nothing precedes it)
    found: list[int | None] = [*chain[1:], *chain[:1]]
    if k in (0, len(rows)):
        found.append(None)
    return found, False


def _label(rows: list[BudgetRow], j: int | None) -> str:
    return "Total" if j is None else f"{rows[j].level.label} '{rows[j].name}'"


def _compare(frame: SheetFrame, rows: list[BudgetRow], row: RawRow) -> list[Finding]:
    table = frame.table
    k = sum(1 for br in rows if br.raw.row < row.row)
    candidates, named = _candidates(rows, k, row)
    declared = {key: frame.amount(key, row.row) for key, _ in _KEYS}
    text = row.text("uraian") or row.text("level")
    where = table.address("uraian", row.row)

    def same(j: int | None) -> bool:
        return all(
            d is None or d.value == _line_sum(frame, rows, j, key) for key, d in declared.items()
        )

    if named and not same(candidates[0]):
        return _differs(frame, rows, row, candidates[0])
    for j in candidates:
        if same(j):
            kind = Kind.SUM_ROW_TOTAL if j is None else Kind.SUM_ROW_COMPARED
            params = () if j is None else (("line", _label(rows, j)),)
            computed = " / ".join(format_id(_line_sum(frame, rows, j, key)) for key, _ in _KEYS)
            return [Finding(kind, table.title, where, "Uraian", text, params, computed=computed)]
    figures = " / ".join(format_id(d.value) for d in declared.values() if d is not None)
    lines = "; ".join(_label(rows, j) for j in candidates) or "-"
    return [
        Finding(
            Kind.SUM_ROW_UNMATCHED,
            table.title,
            where,
            "Uraian",
            text,
            (("lines", lines),),
            declared=figures,
        )
    ]


def _differs(frame: SheetFrame, rows: list[BudgetRow], row: RawRow, j: int | None) -> list[Finding]:
    table = frame.table
    """A sum row that names its line (``Jumlah Kegiatan``) and differs from it: per column."""
    out: list[Finding] = []
    for key, column in _KEYS:
        d = frame.amount(key, row.row)
        computed = _line_sum(frame, rows, j, key)
        if d is None or d.value == computed:
            continue
        out.append(
            Finding(
                Kind.SUM_ROW_DIFFERS,
                table.title,
                table.address(key, row.row),
                column,
                row.text("uraian"),
                (("line", _label(rows, j)), ("difference", format_id(d.value - computed))),
                declared=format_id(d.value),
                computed=format_id(computed),
            )
        )
    return out


def sum_findings(frame: SheetFrame, rows: list[BudgetRow], total: RawRow | None) -> list[Finding]:
    """Every row that declares a sum, noted with its cell: the declared total (compared in
    the cross-checks), and each other one compared here with the line it closes."""
    table = frame.table
    findings: list[Finding] = []
    if total is not None and sum_row(table, total):  # (a total by formula is noted there)
        text = total.text("uraian") or total.text("level")
        where = table.address("uraian", total.row)
        findings.append(Finding(Kind.SUM_ROW_TOTAL, table.title, where, "Uraian", text))
    for row in sum_rows(table):
        if total is None or row.row != total.row:
            findings += _compare(frame, rows, row)
    return findings
