"""pandera schemas built from the contract, one per typed sheet; failures become findings.

The schema of a sheet is derived from its :class:`~lkip_xlsx.contract.ColumnSpec` entries (what
each column holds and the severity of a fault) and validates the typed frame of
:mod:`lkip_xlsx.frames`: real dtypes (``string``, exact ``Decimal``, a categorical of how each
figure was read), built-in checks (``isin``, ``ge``) and one vectorised custom check (an amount
is required on the leaves of the budget tree). It runs with ``lazy=True``: every fault is
reported, not the first. The frame is indexed by Excel row and carries each value's source
cell, so a failure case maps straight back to ``Realisasi!F7``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .contract import Holds
from .frames import CELL, READ, SheetFrame
from .model import Finding, Kind, Severity
from .reader import column_label

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

__all__ = ["validate_frame", "sheet_schema", "KIND_OF"]

# what a column holds -> the finding a cell that does not hold it gives
KIND_OF = {
    Holds.TEXT: Kind.REQUIRED_BLANK,
    Holds.POLARITY: Kind.POLARITY_UNKNOWN,
    Holds.FIGURE: Kind.NOT_A_NUMBER,
    Holds.AMOUNT: Kind.AMOUNT_INVALID,
}
_READABLE = ("figure", "blank", "no_data")  # a figure column may be left without a figure


@dataclass(frozen=True)
class _Fault:
    """What a failure in one schema column means: the cell's column key, kind and severity."""

    key: str
    kind: Kind
    severity: Severity


@functools.cache
def _decimal() -> object:
    """pandera's ``Decimal`` dtype for exact figures of any precision (a person may type more
    decimals than any fixed scale). Its own check also measures precision and scale through a
    string split of every value, and answers an all-blank column with a mask on a fresh
    ``RangeIndex`` that pandera cannot align with a frame indexed by Excel row; here the check
    is the type alone, a mask on the column's own index."""
    from decimal import Decimal

    from pandera import dtypes
    from pandera.engines import pandas_engine

    @dtypes.immutable(init=True)
    class ExactDecimal(pandas_engine.Decimal):
        def check(self, pandera_dtype: Any, data_container: Any = None) -> Any:
            if not pandas_engine.DataType.check(self, pandera_dtype, data_container):
                return False  # not an object column
            if data_container is None:
                return True
            return data_container.map(type).eq(Decimal) | data_container.isna()

    return ExactDecimal()


def _columns(key: str, holds: Holds, leaves: frozenset[int] | None) -> dict[str, pa.Column]:
    """The schema columns that check one contract column (its value and how it was read)."""
    import pandera.pandas as pa

    if holds is Holds.TEXT:
        return {key: pa.Column("string", nullable=False, required=False)}
    if holds is Holds.POLARITY:
        allowed = pa.Check.isin(("positif", "negatif"))
        return {key: pa.Column("string", allowed, nullable=False, required=False)}
    if holds is Holds.FIGURE:
        return {
            key: pa.Column(_decimal(), nullable=True, required=False),
            key + READ: pa.Column("category", pa.Check.isin(_READABLE), required=False),
        }
    non_negative = pa.Check.ge(0)
    present = pa.Check(_required_on(leaves or frozenset()), name="required_on_leaves")
    return {
        key: pa.Column(_decimal(), non_negative, nullable=True, required=False),
        key + READ: pa.Column("category", present, required=False),
    }


def _required_on(leaves: frozenset[int]) -> Callable[[pd.Series], pd.Series]:
    """An amount's cell: a figure on a leaf of the budget tree; a figure or empty elsewhere."""

    def check(read: pd.Series) -> pd.Series:
        on_leaf = read.index.isin(list(leaves))
        return (read == "figure") | (~on_leaf & (read == "blank"))

    return check


def sheet_schema(
    frame: SheetFrame, leaves: frozenset[int] | None = None
) -> tuple[pa.DataFrameSchema, dict[str, _Fault]]:
    """The sheet's schema from the contract, and what a failure in each of its columns means.
    Columns the contract does not check (no severity) are typed but not validated."""
    import pandera.pandas as pa

    columns: dict[str, pa.Column] = {}
    faults: dict[str, _Fault] = {}
    for key, holds in frame.holds.items():
        spec = next((c for c in frame.table.spec.columns if c.key == key.split("@")[0]), None)
        if spec is None or spec.severity is None or holds not in KIND_OF:
            continue
        for name, column in _columns(key, holds, leaves).items():
            columns[name] = column
            faults[name] = _Fault(key, KIND_OF[holds], spec.severity)
    return pa.DataFrameSchema(columns, coerce=False, strict=False), faults


def validate_frame(
    frame: SheetFrame, rows: list[int] | None = None, leaves: frozenset[int] | None = None
) -> list[Finding]:
    """Validate the typed sheet (only Excel ``rows`` when given); ``leaves`` are the Excel rows
    of the budget tree's leaves, whose amounts are required."""
    from pandera.errors import SchemaErrors

    schema, faults = sheet_schema(frame, leaves)
    data = frame.data if rows is None else frame.data.loc[rows]
    if not faults or data.empty:
        return []
    try:
        schema.validate(data, lazy=True)
    except SchemaErrors as exc:
        return _findings(frame, exc.failure_cases, faults)
    return []


def _findings(
    frame: SheetFrame, failures: pd.DataFrame, faults: dict[str, _Fault]
) -> list[Finding]:
    table = frame.table
    out: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    for name, row in zip(failures["column"], failures["index"], strict=True):
        fault = faults.get(str(name))
        if fault is None or row is None or row != row:
            continue  # a failure of the frame as a whole: the reader's shape, not a cell
        row = int(row)
        if (fault.key, row) in seen:
            continue  # one finding per cell (a negative amount fails one check, "-" another)
        seen.add((fault.key, row))
        value = frame.written(fault.key, row)
        out.append(
            Finding(
                fault.kind,
                table.title,
                str(frame.data.at[row, fault.key + CELL]),
                column_label(table.spec, fault.key),
                "" if value is None or value != value else str(value),
                override=None if fault.severity is fault.kind.severity else fault.severity,
            )
        )
    out.sort(key=lambda f: (f.sheet, _row_of(f.cell), f.cell))
    return out


def _row_of(cell: str) -> int:
    digits = "".join(ch for ch in cell if ch.isdigit())
    return int(digits) if digits else 0
