"""The budget sheet's own formulas and the look of its names (docs/format-masukan.md §4.2).

The workbook is read for cached values only. Budget levels that are not tagged are read from
the staff's own subtotal formulas and, where there are none, from the bold and indent of the
names; so the one sheet read as ``Anggaran`` is streamed a second time with formulas as text,
and each data row's amount cells get their formula, its name cell its bold and indent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    from .reader import RawTable

__all__ = ["AMOUNT_KEYS", "enrich"]

AMOUNT_KEYS = ("anggaran", "realisasi")  # pagu first: the order the levels are read in
NAME_KEY = "uraian"


def _formula(value: object) -> str | None:
    if isinstance(value, str) and value.startswith("=") and len(value) > 1:
        return value
    return None


def enrich(table: RawTable, ws: ReadOnlyWorksheet) -> None:
    """Give ``table``'s rows their amount formulas and their names' bold and indent, read from
    ``ws`` opened with formulas as text (``data_only=False``)."""
    wanted = {k: c for k, c in table.columns.items() if k in (*AMOUNT_KEYS, NAME_KEY)}
    if not table.rows or not wanted:
        return
    first, last = table.rows[0].row, table.rows[-1].row
    lo, hi = min(wanted.values()), max(wanted.values())
    by_row = {r.row: r for r in table.rows}
    rows: Iterable[Sequence[Any]] = ws.iter_rows(  # type: ignore[misc]  # stubs: Worksheet only
        min_row=first, max_row=last, min_col=lo, max_col=hi
    )
    for r, cells in enumerate(rows, start=first):
        raw = by_row.get(r)
        if raw is None:
            continue
        for key, c in wanted.items():
            cell = cells[c - lo] if c - lo < len(cells) else None
            held = raw.cells.get(key)
            if cell is None or held is None:
                continue
            if key == NAME_KEY:
                font, align = getattr(cell, "font", None), getattr(cell, "alignment", None)
                bold = bool(getattr(font, "b", False))
                indent = int(getattr(align, "indent", 0) or 0)
                raw.cells[key] = replace(held, bold=bold, indent=indent)
            else:
                formula = _formula(getattr(cell, "value", None))
                if formula is not None:
                    raw.cells[key] = replace(held, formula=formula)
