"""Finding a table's header: the first row, within the first 30, whose cells name the
required columns; a header may span two rows (a merged group heading over year columns, or
over ``Uraian | Indikator | Target`` as in the RKT); a numbering row under it is skipped;
notes, ``Sumber data`` and signature blocks after the table end it."""

from __future__ import annotations

import re
from itertools import zip_longest

from .contract import YEAR_COLUMN, Mapping, SheetSpec, normalize

__all__ = ["HEADER_SEARCH_ROWS", "find_header", "is_numbering", "is_end", "Grid"]

HEADER_SEARCH_ROWS = 30
Grid = list[list[tuple[object, str]]]
_NUMBERING = re.compile(r"^\(?\d{1,2}\)?\.?$")
_END_MARKERS = ("sumber data", "sumber", "catatan", "nip", "mengetahui")
_SIGNATURE_DATE = re.compile(r"^[A-Za-z][\w .]+,\s*\d{1,2}\s+\w+\s+\d{4}$")
_LEVEL_WORDS = {
    "sasaran": "sasaran",
    "sasaran strategis": "sasaran",
    "program": "program",
    "program kegiatan": "program",
    "kegiatan": "kegiatan",
    "sub kegiatan": "sub_kegiatan",
    "nama sub kegiatan": "sub_kegiatan",
}
_NAME_WORDS = ("uraian", "nama")


def _label(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize(value)


def _match_header(
    spec: SheetSpec, labels: list[str], mapping: Mapping
) -> tuple[dict[str, int], dict[str, dict[int, int]]]:
    """Columns found in one header row: key -> column, and year columns."""
    columns: dict[str, int] = {}
    years: dict[str, dict[int, int]] = {}
    own = mapping.columns.get(spec.key, {})
    last_level = ""
    for c, label in enumerate(labels, start=1):
        if not label:
            continue
        if label in own:  # the agency's own word for a column
            key = own[label]
            if "@" in key:
                base, year = key.split("@")
                years.setdefault(base, {})[int(year)] = c
            else:
                columns.setdefault(key, c)
            continue
        if spec.positional:
            key = _positional_key(spec, label, last_level)
            if key:
                if key in _LEVEL_WORDS.values():
                    last_level = key
                columns.setdefault(key, c)
            continue
        m = YEAR_COLUMN.match(label)
        if m:
            years.setdefault(m.group(1), {})[int(m.group(2))] = c
            continue
        if spec.years and re.fullmatch(r"(19|20)\d\d", label):
            years.setdefault("target", {})[int(label)] = c
            continue
        for col in spec.columns:
            if col.key not in columns and col.matches(label):
                columns[col.key] = c
                break
    return columns, years


def _positional_key(spec: SheetSpec, label: str, last_level: str) -> str:
    """RKT: ``Target`` and ``Indikator`` repeat; each belongs to the level before it."""
    if label in _LEVEL_WORDS:
        return _LEVEL_WORDS[label]
    if label in ("target", "indikator") and last_level:
        return f"{label}_{last_level}"
    for col in spec.columns:
        if col.matches(label):
            return col.key
    return ""


def _satisfied(spec: SheetSpec, columns: dict[str, int], years: dict[str, dict[int, int]]) -> bool:
    for col in spec.columns:
        if col.required and col.key not in columns and col.key not in years:
            return False
    return True


def is_numbering(values: list[tuple[object, str]]) -> bool:
    filled = [str(v).strip() for v, _ in values if v is not None and str(v).strip()]
    return len(filled) >= 2 and all(_NUMBERING.match(t) for t in filled)


def is_end(values: list[tuple[object, str]]) -> bool:
    first = ""
    filled = 0
    for v, _ in values:
        if v is not None and not isinstance(v, int | float):
            text = str(v).strip()
            if text:
                first = first or text
                filled += 1
        elif v is not None:
            if not first:
                return False  # a row that starts with a number is data
            filled += 1
    if not first:
        return False
    low = first.casefold()
    if low.startswith(("keterangan:", "ket.:")):
        return True
    if normalize(first).startswith(_END_MARKERS):
        return True
    return filled == 1 and bool(_SIGNATURE_DATE.match(first))


def is_block_header(values: list[tuple[object, str]]) -> bool:
    """A row that heads a second block under a table: ``Program | Anggaran | Keterangan``
    (the PK's programme block), so that it is not read as the table's data."""
    names = {normalize(v) for v, _ in values if isinstance(v, str) and v.strip()}
    return "program" in names and bool(names & {"anggaran", "anggaran rp", "pagu"})


def _combine(spec: SheetSpec, top: str, below: str) -> str:
    """The label of a column under a two-row header. Under a group heading such as
    ``SASARAN`` over ``Uraian | Indikator Sasaran | Target``, ``Uraian`` means the group."""
    if not below:
        return top
    if spec.positional and top in _LEVEL_WORDS and below.split(" ")[0] in _NAME_WORDS:
        return top
    return below


def find_header(
    spec: SheetSpec, grid: Grid, mapping: Mapping | None = None
) -> tuple[int, int, dict[str, int], dict[str, dict[int, int]]] | None:
    """(header row, first data row, columns, years), all 1-based; a header may span two rows."""
    mapping = mapping or Mapping()
    for r in range(min(HEADER_SEARCH_ROWS, len(grid))):
        one = [_label(v) for v, _ in grid[r]]
        columns, years = _match_header(spec, one, mapping)
        if _satisfied(spec, columns, years):
            two_row = False
            if r + 1 < len(grid):
                # a group heading over sub-headings (years, or Uraian | Indikator | Target):
                # the two rows together name more columns than the first alone
                below = [_label(v) for v, _ in grid[r + 1]]
                merged = [_combine(spec, a, b) for a, b in zip_longest(one, below, fillvalue="")]
                columns2, years2 = _match_header(spec, merged, mapping)
                found2 = len(columns2) + sum(len(y) for y in years2.values())
                if found2 > len(columns) + sum(len(y) for y in years.values()):
                    columns, years, two_row = columns2, years2, True
            start = r + (2 if two_row else 1)
            return r + 1, start + 1, columns, years
        if r + 1 < len(grid):
            below = [_label(v) for v, _ in grid[r + 1]]
            merged = [_combine(spec, a, b) for a, b in zip(one, below, strict=False)]
            columns, years = _match_header(spec, merged, mapping)
            if _satisfied(spec, columns, years) and any(below):
                return r + 1, r + 3, columns, years
    return None
