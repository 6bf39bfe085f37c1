"""Finding a table's header: the first row, within the first 30, whose cells name the
required columns; a header may span two rows (a merged group heading over year columns, or
over ``Uraian | Indikator | Target`` as in the RKT), or up to four over a unit row ``K | Rp.``
(:mod:`lkip_xlsx.paths`); a numbering row under it (``1 2 3``, ``13 = 9 + 10 + 11 + 12``) is
skipped; notes, ``Sumber data``, signature blocks and merged text blocks after the table end
it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import zip_longest

from .contract import YEAR_COLUMN, Mapping, SheetSpec, normalize
from .paths import column_paths, match_paths, unit_row_below

__all__ = ["HEADER_SEARCH_ROWS", "Header", "find_header", "is_numbering", "is_end", "Grid"]

HEADER_SEARCH_ROWS = 30
Grid = list[list[tuple[object, str]]]
_NUMBERING = re.compile(r"^\(?\d{1,2}\)?\.?$")
# a formula-style number of a computed column: "13 = 9 + 10 + 11 + 12", "(15) = (14)/(6) x 100%"
_NUMBERING_FORMULA = re.compile(r"^\(?\d{1,2}\)?\s*=\s*[\d\s()+\-x×*/:%.,]+$", re.IGNORECASE)
_END_MARKERS = (
    "sumber data",
    "sumber",
    "catatan",
    "nip",
    "mengetahui",
    # the closing rows of the Renja evaluation form (Permendagri 86/2017)
    "rata rata capaian",
    "predikat kinerja",
    "faktor pendorong",
    "faktor penghambat",
    "tindak lanjut",
    "disusun",
    "dievaluasi",
)
# a text merged over a row that is a heading of the table, not the end of it
_HEADING_START = re.compile(
    r"^\s*(?:\d|[IVX]+\.?\s|program|prog\b|kegiatan|keg\b|sub\s*keg|urusan|bidang|perangkat"
    r"|unit organisasi|sub unit|organisasi|skpd|opd|sasaran|tujuan)",
    re.IGNORECASE,
)
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
    return len(filled) >= 2 and all(
        _NUMBERING.match(t) or _NUMBERING_FORMULA.match(t) for t in filled
    )


def is_end(values: list[tuple[object, str]], blocks: bool = False) -> bool:
    """A row after the table that is not data: a note (``Sumber data``, ``Catatan``,
    ``Keterangan:``), a signature block (``NIP``, ``Mengetahui``, ``Jember, 15 Januari
    2024``), and with ``blocks`` any text merged over several cells that does not read as a
    heading of the table (``Faktor pendorong …``, ``KEPALA DINAS …``)."""
    first = ""
    texts: list[str] = []
    for v, _ in values:
        if v is not None and not isinstance(v, int | float):
            text = str(v).strip()
            if text:
                first = first or text
                texts.append(text)
        elif v is not None:
            if not first:
                return False  # a row that starts with a number is data
            texts.append(str(v))
    if not first:
        return False
    low = first.casefold()
    if low.startswith(("keterangan:", "ket.:")):
        return True
    if normalize(first).startswith(_END_MARKERS):
        return True
    one = len(set(texts)) == 1  # one text, in one cell or merged over several
    if one and _SIGNATURE_DATE.match(first):
        return True
    return blocks and one and len(texts) >= 2 and not _HEADING_START.match(first)


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


def _continues(one: list[str], values: list[tuple[object, str]], columns: dict[str, int]) -> bool:
    """The row under a one-row header is still header: a heading merged down into it (the
    same label in the same column, ``Uraian`` over rows 3-4) beside sub-headings of a group
    (``U | B | P | K | SK`` under a merged ``Kode``), and no figure."""
    if any(isinstance(v, int | float) for v, _ in values):
        return False
    below = [_label(v) for v, _ in values]
    carried = [c for c in columns.values() if c - 1 < len(below) and below[c - 1] == one[c - 1]]
    new = [b for i, b in enumerate(below) if b and (i >= len(one) or b != one[i])]
    return bool(carried) and bool(new)


@dataclass(frozen=True)
class Header:
    row: int  # the header's first row, 1-based
    first: int  # the first row under the header (a numbering row there is skipped)
    columns: dict[str, int]  # key -> 1-based column
    years: dict[str, dict[int, int]]
    depth: int = 1  # rows the header spans
    paths: dict[str, str] = field(default_factory=dict)  # key -> its path of headings (deep)
    form: str = ""  # "renja": the Renja evaluation form's headings were found


def _deep(spec: SheetSpec, grid: Grid, r: int, u: int, mapping: Mapping) -> Header | None:
    """A header of up to four rows (``r`` to the unit row ``u``), matched by paths."""
    found = match_paths(spec, column_paths(grid, r, u), mapping)
    if not _satisfied(spec, found.columns, found.years):
        return None
    return Header(r + 1, u + 2, found.columns, found.years, u - r + 1, found.paths, found.form)


def find_header(spec: SheetSpec, grid: Grid, mapping: Mapping | None = None) -> Header | None:
    """The table's header; a header may span two rows, or up to four over a unit row."""
    mapping = mapping or Mapping()
    for r in range(min(HEADER_SEARCH_ROWS, len(grid))):
        u = None if spec.positional else unit_row_below(grid, r)
        if u is not None:
            # a header over a unit row K | Rp. is read by its paths or not at all: its first
            # row alone would take a 'Realisasi' over 'Fisik | K' for the money
            deep = _deep(spec, grid, r, u, mapping)
            if deep is not None:
                return deep
            continue
        one = [_label(v) for v, _ in grid[r]]
        if not any(one):
            continue  # no heading in it (blank, or only a stray figure): not a header's top
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
                elif _continues(one, grid[r + 1], columns):
                    two_row = True
            start = r + (2 if two_row else 1)
            return Header(r + 1, start + 1, columns, years, 2 if two_row else 1)
        if r + 1 < len(grid):
            below = [_label(v) for v, _ in grid[r + 1]]
            merged = [_combine(spec, a, b) for a, b in zip_longest(one, below, fillvalue="")]
            columns, years = _match_header(spec, merged, mapping)
            if _satisfied(spec, columns, years) and any(below):
                if _fuller_below(spec, grid, r + 1, _count(columns, years), mapping):
                    continue  # a stray cell over the real two-row header
                return Header(r + 1, r + 3, columns, years, 2)
    return None


def _count(columns: dict[str, int], years: dict[str, dict[int, int]]) -> int:
    return len(columns) + sum(len(y) for y in years.values())


def _fuller_below(spec: SheetSpec, grid: Grid, r: int, found: int, mapping: Mapping) -> bool:
    """Whether rows ``r`` and ``r + 1`` (0-based) together name more of the table's columns
    than ``found``: then the header starts at ``r``, and the row above only has a stray value
    (a ``0`` typed over the RKT's group headings)."""
    if r + 1 >= len(grid):
        return False
    one = [_label(v) for v, _ in grid[r]]
    below = [_label(v) for v, _ in grid[r + 1]]
    merged = [_combine(spec, a, b) for a, b in zip_longest(one, below, fillvalue="")]
    columns, years = _match_header(spec, merged, mapping)
    return _satisfied(spec, columns, years) and _count(columns, years) > found
