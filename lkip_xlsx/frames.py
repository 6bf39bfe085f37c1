"""A sheet's rows -> one typed DataFrame, each cell parsed once, its source cell kept beside it.

The reader keeps every value as written (:class:`~lkip_xlsx.reader.RawTable`); here the columns
that the contract says hold something (:class:`~lkip_xlsx.contract.Holds`) are read once:

- text: a ``string`` column (``<NA>`` for a blank cell);
- polarity: a ``string`` column, ``positif`` / ``negatif`` (blank = positif), anything else as
  written (the schema flags it);
- figures and rupiah amounts: a column of exact :class:`~decimal.Decimal` values (``<NA>`` where
  the cell holds no figure) and beside it ``<key>:read``, how the cell was read: ``figure``,
  ``blank`` (an empty cell), ``no_data`` (``-``, ``data tidak tersedia``) or ``text`` (anything
  else);
- ``<key>:cell``: the source cell of every value (``F7``).

The frame is indexed by the Excel row number, so a failure case of the pandera schema
(:mod:`lkip_xlsx.schemas`) names ``Realisasi!F7`` without any translation. The readings
(:class:`~lkip_xlsx.numbers.Number` with its unit, :class:`~lkip_xlsx.numbers.Blank`,
:class:`~lkip_xlsx.numbers.NotANumber`) are kept for the stages that build the report, so that
no value is parsed twice.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .contract import Holds
from .lookup import address
from .numbers import Blank, NotANumber, Number, Parsed, parse_number
from .reader import RawCell, RawRow, RawTable
from .rules import parse_polarity

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SheetFrame", "typed_frame", "contract_columns", "READ", "CELL", "FORMS"]

READ, CELL = ":read", ":cell"  # suffixes of the companion columns
FORMS = ("figure", "blank", "no_data", "text")  # how a figure's cell was read


@dataclass(frozen=True)
class SheetFrame:
    """One sheet's typed columns (``data``), what each column holds, and every figure's reading
    by column and Excel row."""

    table: RawTable
    data: pd.DataFrame
    holds: dict[str, Holds]  # column key (``capaian@2023``) -> what it holds
    readings: dict[str, dict[int, Parsed]]  # figure column key -> Excel row -> reading

    def figure(self, key: str, row: int) -> Parsed:
        """The reading of a figure cell (a blank when the column or the cell is absent)."""
        return self.readings.get(key, {}).get(row, Blank())

    def amount(self, key: str, row: int) -> Number | None:
        found = self.figure(key, row)
        return found if isinstance(found, Number) else None

    def written(self, key: str, row: int) -> object:
        """The value as the reader found it."""
        raw = self._rows.get(row)
        return None if raw is None else raw.value(key)

    @functools.cached_property
    def _rows(self) -> dict[int, RawRow]:
        return {r.row: r for r in self.table.rows}


def contract_columns(
    table: RawTable,
    resolved: Mapping[str, str] | None = None,
    extra: Mapping[str, Holds] | None = None,
) -> dict[str, Holds]:
    """The table's columns that the contract types, by the key present in the table:
    ``resolved`` names the column read for a contract key (``capaian`` -> ``capaian@2023``
    when the sheet has no plain ``Capaian``; ``""``: none); ``extra`` adds columns."""
    resolved = resolved or {}
    out: dict[str, Holds] = {}
    for spec in table.spec.columns:
        key = resolved.get(spec.key, spec.key)
        if spec.holds is not Holds.ANYTHING and key and _present(table, key):
            out[key] = spec.holds
    out.update(extra or {})
    return out


def _present(table: RawTable, key: str) -> bool:
    if "@" not in key:
        return key in table.columns
    base, year = key.split("@")
    return int(year) in table.years.get(base, {})


def _read(cells: list[RawCell | None], holds: Holds) -> list[Parsed]:
    """Each figure cell parsed, once: an amount is rupiah as written; a figure follows its
    cell's format (0,8571 formatted as a percentage is 85,71)."""
    amount = holds is Holds.AMOUNT
    return [
        Blank() if c is None else parse_number(c.value, None if amount else c.number_format)
        for c in cells
    ]


def _form(reading: Parsed, cell: RawCell | None) -> str:
    if isinstance(reading, Number):
        return "figure"
    if isinstance(reading, NotANumber):
        return "text"
    return "blank" if cell is None or cell.value is None else "no_data"


def _polarity(raw: object) -> str | None:
    found = parse_polarity(raw)
    return found.value if found is not None else str(raw)


def typed_frame(
    table: RawTable, rows: Sequence[RawRow], columns: Mapping[str, Holds]
) -> SheetFrame:
    """``rows`` of ``table`` read once into typed ``columns`` (key -> what it holds)."""
    import pandas as pd

    numbers = [r.row for r in rows]
    index = pd.Index(numbers, name="row", dtype="int64")
    data: dict[str, pd.Series] = {}
    readings: dict[str, dict[int, Parsed]] = {}
    for key, holds in columns.items():
        cells = [r.cells.get(key) for r in rows]
        letter = address(table, key, 1)[:-1]  # the column's letters ("F" of "F1")
        data[key + CELL] = pd.Series([f"{letter}{n}" for n in numbers], index=index, dtype="string")
        if holds is Holds.TEXT:
            text = [None if c is None or c.value is None else str(c.value) for c in cells]
            data[key] = pd.Series(text, index=index, dtype="string")
        elif holds is Holds.POLARITY:
            sense = [_polarity(None if c is None else c.value) for c in cells]
            data[key] = pd.Series(sense, index=index, dtype="string")
        else:
            read = _read(cells, holds)
            readings[key] = dict(zip(numbers, read, strict=True))
            data[key] = pd.Series(
                [p.value if isinstance(p, Number) else None for p in read],
                index=index,
                dtype=object,
            )
            data[key + READ] = pd.Series(
                [_form(p, c) for p, c in zip(read, cells, strict=True)],
                index=index,
                dtype=pd.CategoricalDtype(list(FORMS)),
            )
    frame = pd.DataFrame(data, index=index)
    return SheetFrame(table, frame, dict(columns), readings)
