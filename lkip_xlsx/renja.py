"""The Renja evaluation form (Permendagri 86/2017) as a source of ``Anggaran`` and ``Program
Kegiatan``.

The form is recognised by its headings (:mod:`lkip_xlsx.paths`) and read twice, once per
table. As ``Anggaran``: pagu is the year's target ``Rp.``, realisasi the year's realisation
``Rp.``; on the lines whose own amounts count (the leaves), a blank year's realisation is the
sum of the four quarters' ``Rp.`` (a note), and a year's realisation that differs from that sum
is a discrepancy (the year's figure is kept). A parent's own amounts are only its declared
subtotal, compared with its children as on any budget sheet. As ``Program Kegiatan``: each
line's indicator with the year's target ``K`` and realisation ``K`` (Outcome for a programme,
Output below it, as the form's heading says), an ``Input : Anggaran`` row for each leaf
(linked to Tabel 3.8), and a further indicator of a line on the rows under it with no name.
Levels come from the ``Anggaran`` reading of the same sheet (codes, prefixes); its headings,
account rows and totals are not programme rows.
"""

from __future__ import annotations

from decimal import Decimal

from .budget import amount
from .levels import BudgetRow, prepare
from .model import Finding, Kind, Level
from .numbers import format_id
from .reader import RawCell, RawRow, RawTable, RawWorkbook

__all__ = ["QUARTERS", "quarters", "outputs"]

QUARTERS = tuple(f"realisasi_tw{q}" for q in (1, 2, 3, 4))


def _quarter_sum(table: RawTable, row: RawRow) -> tuple[Decimal | None, str]:
    """The sum of the quarters' ``Rp.`` (None when all are blank) and their cells."""
    keys = [k for k in QUARTERS if k in table.columns]
    figures = [a.value for k in keys if (a := amount(row, k)) is not None]
    cells = " + ".join(table.address(k, row.row) for k in keys)
    return (sum(figures, Decimal(0)) if figures else None), cells


def quarters(table: RawTable, rows: list[BudgetRow]) -> list[Finding]:
    """On each leaf line: a blank year's realisation becomes the quarters' sum (noted); one
    that differs from that sum is a discrepancy. Rows are changed in place."""
    if not any(k in table.columns for k in QUARTERS) or "realisasi" not in table.columns:
        return []
    findings: list[Finding] = []
    for br in rows:
        if not br.leaf or br.accounts:
            continue
        row = br.raw
        total, cells = _quarter_sum(table, row)
        if total is None:
            continue
        where = table.address("realisasi", row.row)
        own = row.cells.get("realisasi")
        if own is None or own.value is None:
            fmt = own.number_format if own is not None else "General"
            row.cells["realisasi"] = RawCell(total, fmt, where)
            findings.append(
                Finding(
                    Kind.REALISASI_FROM_QUARTERS,
                    table.title,
                    where,
                    "Realisasi",
                    br.name,
                    (("cells", cells),),
                    computed=format_id(total),
                )
            )
            continue
        year = amount(row, "realisasi")
        if year is not None and year.value != total:
            findings.append(
                Finding(
                    Kind.REALISASI_QUARTERS_DIFFER,
                    table.title,
                    where,
                    "Realisasi",
                    br.name,
                    (("cells", cells),),
                    declared=format_id(year.value),
                    computed=format_id(total),
                )
            )
    return findings


def _cell(row: RawRow, value: object) -> RawCell:
    """A cell the form implies (its level, its kind of measure), placed at the name's cell."""
    name = row.cells.get("uraian")
    return RawCell(value, "General", name.address if name is not None else "")


def _measure(row: RawRow, line: BudgetRow, jenis: str, **values: object) -> RawRow:
    cells = dict(row.cells)
    cells["uraian"] = _cell(row, line.name)
    cells["level"] = _cell(row, line.level.label)
    cells["jenis"] = _cell(row, jenis)
    for key, value in values.items():
        old = row.cells.get(key)
        cells[key] = RawCell(value, "General", old.address if old is not None else "")
    return RawRow(row.row, cells)


def _rows(table: RawTable, lines: dict[int, BudgetRow]) -> list[RawRow]:
    out: list[RawRow] = []
    current: BudgetRow | None = None
    for row in table.rows:
        line = lines.get(row.row)
        if line is None and (current is None or row.text("uraian") or not row.text("indikator")):
            continue  # a heading, a label, a total: not a line of the form
        current = line or current
        assert current is not None
        jenis = "Outcome" if current.level is Level.PROGRAM else "Output"
        if line is not None and line.leaf:
            out.append(
                _measure(row, line, "Input", indikator="Anggaran", target=None, realisasi=None)
            )
        if row.text("indikator"):
            out.append(_measure(row, current, jenis))
        elif line is not None and not line.leaf:
            out.append(_measure(row, line, ""))  # the heading of a line with no indicator
    return out


def outputs(raw: RawWorkbook) -> list[Finding]:
    """``Program Kegiatan`` read from the Renja form: its rows rebuilt, each with the level,
    name and kind of measure the form implies (in place); a note says so."""
    table = raw.tables.get("program_kegiatan")
    if table is None or table.form != "renja" or table.companion is None:
        return []
    rows, _, _ = prepare(table.companion)
    table.rows = _rows(table, {br.raw.row: br for br in rows})
    count = sum(1 for row in table.rows if row.text("jenis") in ("Outcome", "Output"))
    return [Finding(Kind.RENJA_FORM, table.title, params=(("count", str(count)),))]
