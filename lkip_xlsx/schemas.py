"""pandera schemas, one per input sheet; failures become findings with real cell addresses.

Each sheet is turned into a DataFrame of the raw cell values, indexed by the Excel row
number, so that a failure case maps straight back to ``Realisasi!F7`` and never to a
DataFrame index. Schemas run with ``lazy=True``: every fault is reported, not the first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Finding, Kind, Severity
from .numbers import Blank, Number, parse_number
from .reader import RawRow, RawTable, column_label
from .rules import parse_polarity

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ColumnRule", "validate_table", "RULES"]


@dataclass(frozen=True)
class ColumnRule:
    """What one column must hold. ``kind`` is one of: ``text`` (required text), ``number``
    (a required figure), ``number_optional`` (a figure or blank), ``polarity``,
    ``amount`` (a figure, required on leaf rows of the budget tree only)."""

    key: str
    kind: str
    severity: Severity


def _is_number(v: object) -> bool:
    return isinstance(parse_number(v), Number)


def _number_or_blank(v: object) -> bool:
    return isinstance(parse_number(v), Number | Blank)


def _non_negative(v: object) -> bool:
    p = parse_number(v)
    return isinstance(p, Number) and p.value >= 0


def _text(v: object) -> bool:
    return bool(str(v).strip())


_CHECKS: dict[str, tuple[Kind, Callable[[object], bool]]] = {
    "text": (Kind.REQUIRED_BLANK, _text),
    "number": (Kind.NOT_A_NUMBER, _is_number),
    "number_optional": (Kind.NOT_A_NUMBER, _number_or_blank),
    "polarity": (Kind.POLARITY_UNKNOWN, lambda v: parse_polarity(v) is not None),
}

# Sheet key -> column rules. Resolved keys (``target`` may be ``target@2023``) are mapped by
# the caller.
RULES: dict[str, tuple[ColumnRule, ...]] = {
    "realisasi": (
        ColumnRule("sasaran", "text", Severity.ERROR),
        ColumnRule("indikator", "text", Severity.ERROR),
        # Target and Realisasi take every form of docs/aturan.md §1a; what fits none is that
        # indicator's status (tidak dapat dihitung), never an error that stops the output
        ColumnRule("polaritas", "polarity", Severity.ERROR),
        ColumnRule("nasional", "number_optional", Severity.WARNING),
        ColumnRule("capaian", "number_optional", Severity.WARNING),
    ),
    "anggaran": (
        ColumnRule("uraian", "text", Severity.ERROR),
        ColumnRule("anggaran", "amount", Severity.ERROR),
        ColumnRule("realisasi", "amount", Severity.ERROR),
        ColumnRule("capaian", "number_optional", Severity.WARNING),
    ),
    # a PK target is printed as written and compared with the Realisasi target (audit)
    "pk": (ColumnRule("indikator", "text", Severity.WARNING),),
    "rkt": (ColumnRule("anggaran", "number_optional", Severity.WARNING),),
    "program_kegiatan": (
        ColumnRule("uraian", "text", Severity.WARNING),
        ColumnRule("target", "number_optional", Severity.WARNING),
        ColumnRule("realisasi", "number_optional", Severity.WARNING),
    ),
}


def _frame(rows: Sequence[RawRow], keys: Sequence[str]) -> pd.DataFrame:
    import pandas as pd

    data = {k: [r.value(k) for r in rows] for k in keys}
    return pd.DataFrame(data, index=[r.row for r in rows], dtype=object)


def validate_table(
    table: RawTable,
    rows: Sequence[RawRow],
    resolved: dict[str, str],
    leaf_rows: frozenset[int] = frozenset(),
) -> list[Finding]:
    """Validate ``rows`` of ``table`` against the sheet's rules.

    ``resolved`` maps a rule's key to the column key present in the table (``target`` ->
    ``target@2023``); rules whose column is absent are skipped (a missing required column is
    found when the header is searched). ``leaf_rows`` are the Excel rows of budget leaves.
    """
    import pandas as pd
    import pandera.pandas as pa
    from pandera.errors import SchemaErrors

    rules = [r for r in RULES.get(table.spec.key, ()) if resolved.get(r.key)]
    if not rules or not rows:
        return []
    severity: dict[tuple[str, str], Severity] = {}
    columns: dict[str, pa.Column] = {}
    for rule in rules:
        key = resolved[rule.key]
        if rule.kind == "amount":
            kind = Kind.AMOUNT_INVALID

            def amount_ok(s: pd.Series, leaves: frozenset[int] = leaf_rows) -> pd.Series:
                return pd.Series(
                    [
                        _non_negative(v) if idx in leaves else (v is None or _non_negative(v))
                        for idx, v in s.items()
                    ],
                    index=s.index,
                    dtype=bool,
                )

            check = pa.Check(amount_ok, ignore_na=False, name=kind.value)
            columns[key] = pa.Column(None, checks=[check], nullable=True, required=False)
        else:
            kind, fn = _CHECKS[rule.kind]
            check = pa.Check(fn, element_wise=True, name=kind.value)
            nullable = rule.kind not in ("text", "number")
            columns[key] = pa.Column(None, checks=[check], nullable=nullable, required=False)
        severity[(key, kind.value)] = rule.severity
        severity[(key, "not_nullable")] = rule.severity
    schema = pa.DataFrameSchema(columns, coerce=False)
    frame = _frame(rows, list(columns))
    try:
        schema.validate(frame, lazy=True)
    except SchemaErrors as exc:
        return _findings(table, exc.failure_cases, severity)
    return []


def _findings(
    table: RawTable, failures: pd.DataFrame, severity: dict[tuple[str, str], Severity]
) -> list[Finding]:
    out: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    for rec in failures.to_dict("records"):
        key, check, row = str(rec["column"]), str(rec["check"]), rec["index"]
        if row is None or row != row:
            continue
        row = int(row)
        if (key, row) in seen:
            continue
        seen.add((key, row))
        kind = Kind.REQUIRED_BLANK if check == "not_nullable" else Kind(check)
        level = severity.get((key, check), kind.severity)
        value = rec["failure_case"]
        col = table.columns.get(key)
        if col is None and "@" in key:
            base, year = key.split("@")
            col = table.years[base][int(year)]
        assert col is not None
        from .formula import cell_name

        out.append(
            Finding(
                kind,
                table.title,
                cell_name(row - 1, col - 1),
                column_label(table.spec, key),
                "" if value is None or value != value else str(value),
                override=None if level is kind.severity else level,
            )
        )
    out.sort(key=lambda f: (f.sheet, _row_of(f.cell), f.cell))
    return out


def _row_of(cell: str) -> int:
    digits = "".join(ch for ch in cell if ch.isdigit())
    return int(digits) if digits else 0
