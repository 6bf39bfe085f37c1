"""The ``Anggaran`` sheet: the tree of programmes, kegiatan and sub kegiatan, and the closing
total. The level of each row is read in :mod:`lkip_xlsx.levels`; a line's amounts are its
own, or the sum of the account rows folded into it (its own then compared with that sum). The
amounts come from the sheet's typed frame (:mod:`lkip_xlsx.frames`), read once."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .frames import SheetFrame
from .levels import BudgetRow, prepare, validation_rows
from .model import BudgetLine, DeclaredTotal, Finding, Kind, Level, Source
from .numbers import Number, format_id, parse_number
from .reader import RawRow

__all__ = ["BudgetRow", "prepare", "build_tree", "amount", "validation_rows", "declared_total"]


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
