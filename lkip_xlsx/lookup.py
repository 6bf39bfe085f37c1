"""Finding things in raw tables: the column of a year, blanks that mean "same as above",
and names that mean the same thing despite the typos real reports carry."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from .contract import normalize
from .forms import Measure, read_measure
from .formula import cell_name
from .numbers import Blank
from .reader import RawRow, RawTable
from .rules import GradeScale

__all__ = [
    "resolve",
    "fill_down",
    "measured",
    "year_address",
    "match_name",
    "sasaran_index",
    "address",
]


def resolve(table: RawTable, base: str, tahun: int) -> str:
    """``target`` -> ``target`` when there is a plain column, else ``target@2023``."""
    if base in table.columns:
        return base
    if tahun in table.years.get(base, {}):
        return f"{base}@{tahun}"
    return ""


def fill_down(rows: Sequence[RawRow], key: str) -> None:
    """Blank = same as the row above (the sasaran cell is merged down in the reports)."""
    last = None
    for row in rows:
        cell = row.cells.get(key)
        if cell is None:
            continue
        if cell.value is None and last is not None:
            row.cells[key] = replace(cell, value=last)
        else:
            last = cell.value


def measured(row: RawRow, key: str, scales: tuple[GradeScale, ...]) -> Measure:
    """A target or realisation in any form of docs/aturan.md §1a (a number, bound, range, grade)."""
    cell = row.cells.get(key)
    if cell is None:
        return Blank()
    return read_measure(cell.value, cell.number_format, scales)


def year_address(table: RawTable, key: str, row: int) -> str:
    base, year = key.split("@")
    return cell_name(row - 1, table.years[base][int(year)] - 1)


_STRIP = re.compile(r"^(program|prog|kegiatan|keg|sub kegiatan|sasaran)\s+|^([a-z]|\d+)\s+")


def _key(name: str) -> str:
    s = normalize(name)
    for _ in range(2):
        s = _STRIP.sub("", s)
    return s


@functools.lru_cache(maxsize=64)
def _keys(candidates: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, int]]:
    """The candidates' keys, computed once per list (a big budget matches many names)."""
    keys = tuple(_key(c) for c in candidates)
    index: dict[str, int] = {}
    for i, k in enumerate(keys):
        index.setdefault(k, i)
    return keys, index


def match_name(name: str, candidates: Sequence[str], cutoff: float = 0.85) -> int | None:
    """The candidate that ``name`` means, allowing the typos that real reports carry."""
    key = _key(name)
    if not key:
        return None
    keys, index = _keys(tuple(candidates))
    if key in index:
        return index[key]
    # as difflib.get_close_matches does: the name analysed once, cheap upper bounds first
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(key)
    best, best_ratio = None, cutoff
    for i, k in enumerate(keys):
        matcher.set_seq1(k)
        if (
            matcher.real_quick_ratio() >= best_ratio
            and matcher.quick_ratio() >= best_ratio
            and matcher.ratio() >= best_ratio
        ):
            best, best_ratio = i, matcher.ratio()
    return best


def sasaran_index(text: str, names: Sequence[str]) -> int | None:
    m = re.fullmatch(r"(?:sasaran\s*)?(\d+)", text.strip(), re.IGNORECASE)
    if m and 1 <= int(m.group(1)) <= len(names):
        return int(m.group(1)) - 1
    return match_name(text, names)


def address(table: RawTable, key: str, row: int) -> str:
    """The cell of column ``key`` (``target`` or ``target@2023``) in Excel row ``row``."""
    return year_address(table, key, row) if "@" in key else table.address(key, row)
