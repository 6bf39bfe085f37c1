"""Headers up to four rows deep, each column known by its full path of headings.

Field forms (the Renja evaluation form of Permendagri 86/2017, budget monitoring sheets) head
their columns with merged group headings, a quarter row ``I II III IV`` and a last row of
units ``K | Rp.`` (or ``K | % | Rp.``): ``K`` the performance figure, ``Rp.`` the money. A
header is deep when such a unit row stands one to three rows under its first row. Each column
is then known by its path (``Realisasi Kinerja pada Triwulan › IV › Rp.``) and matched to the
contract by that path: the form's own headings first (:func:`_form_key`), then the contract's
column names, deepest heading first, where the unit fits the column (money under ``Rp.``).
A group heading typed once over several unmerged columns spans right to the next heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .contract import YEAR_COLUMN, Mapping, SheetSpec, normalize

__all__ = ["Path", "unit_row_below", "column_paths", "match_paths", "SEPARATOR"]

Grid = list[list[tuple[object, str]]]
SEPARATOR = " › "
UNITS = ("k", "rp", "%")
_QUARTER = re.compile(r"^(?:tw|triwulan|trw)?\s*(iv|iii|ii|i)$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_TRAILING_UNIT = re.compile(r"^(.*\S)\s+(rp|%)$")
# columns that hold money, and the percentage staff compute beside it
_MONEY = {("anggaran", "anggaran"), ("anggaran", "realisasi"), ("rkt", "anggaran")}
_PERCENT = {("anggaran", "capaian")}


def _label(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize(value)


def _printed(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split()) if value is not None else ""


def _under_kode(grid: Grid, i: int, c: int) -> bool:
    """Column ``c`` of row ``i`` stands under a ``Kode`` heading (one to three rows up): its
    label is a code segment (``U | B | P | K | SK``), not a unit."""
    return any(
        c < len(grid[r]) and _label(grid[r][c][0]) == "kode" for r in range(max(0, i - 3), i)
    )


def _new_labels(grid: Grid, i: int) -> list[str]:
    """The labels of row ``i`` that are not the cell above carried down (a vertical merge),
    nor code segments under a merged ``Kode``."""
    row = grid[i]
    above = grid[i - 1] if i > 0 else []
    out = []
    for c, (v, _) in enumerate(row):
        text = _label(v)
        if text and not (c < len(above) and _label(above[c][0]) == text):
            if not _under_kode(grid, i, c):
                out.append(text)
    return out


def _is_unit_row(grid: Grid, i: int) -> bool:
    labels = _new_labels(grid, i)
    return len(labels) >= 2 and all(t in UNITS for t in labels)


def unit_row_below(grid: Grid, i: int) -> int | None:
    """The unit row (``K | Rp.``) one to three rows under row ``i`` (0-based), when row ``i``
    holds at least two distinct headings: the header then spans rows ``i`` to it."""
    if _is_unit_row(grid, i) or len({t for t in (_label(v) for v, _ in grid[i]) if t}) < 2:
        return None
    for u in range(i + 1, min(i + 4, len(grid))):
        if _is_unit_row(grid, u):
            return u
    return None


@dataclass(frozen=True)
class Path:
    column: int  # 1-based
    labels: tuple[str, ...]  # normalised headings, top first
    text: str  # as printed: "Realisasi Kinerja pada Triwulan › IV › Rp."
    unit: str  # "k", "rp", "%" or ""
    quarter: int  # 1-4 under a quarter heading, else 0

    @property
    def names(self) -> tuple[str, ...]:
        """The headings that name something: not the unit, not the quarter."""
        out = []
        for label in self.labels:
            if label in UNITS or _QUARTER.match(label) or label in ("1", "2", "3", "4"):
                continue
            m = _TRAILING_UNIT.match(label)
            out.append(m.group(1) if m else label)
        return tuple(out)


def _spans(grid: Grid, i: int, u: int) -> list[list[object]]:
    """The header rows' values, a group heading typed once over unmerged columns carried
    right to the next heading (only where the row below splits it)."""
    width = max(len(grid[r]) for r in range(i, u + 1))
    rows = [
        [grid[r][c][0] if c < len(grid[r]) else None for c in range(width)] for r in range(i, u + 1)
    ]
    for r in range(len(rows) - 1):
        row, below = rows[r], rows[r + 1]
        for c in range(1, width):
            left = row[c - 1]
            if (
                _label(row[c]) == ""
                and _label(below[c]) != ""
                and _label(left) != ""
                and _label(below[c - 1]) not in ("", _label(left))
            ):
                row[c] = left
    return rows


def column_paths(grid: Grid, i: int, u: int) -> list[Path]:
    """Each column's path of headings over header rows ``i`` to ``u`` (0-based)."""
    rows = _spans(grid, i, u)
    out = []
    for c in range(len(rows[0])):
        labels: list[str] = []
        printed: list[str] = []
        for row in rows:
            text = _label(row[c])
            if text and (not labels or labels[-1] != text):
                labels.append(text)
                printed.append(_printed(row[c]))
        if not labels:
            continue
        unit = labels[-1] if labels[-1] in UNITS else ""
        if not unit:
            m = _TRAILING_UNIT.match(labels[-1])
            unit = m.group(2) if m else ""
        quarter = next((_ROMAN[m.group(1)] for t in labels if (m := _QUARTER.match(t))), 0)
        if not quarter and any("triwulan" in t for t in labels):  # "Triwulan" over 1 2 3 4
            quarter = next((int(t) for t in labels if t in ("1", "2", "3", "4")), 0)
        out.append(Path(c + 1, tuple(labels), SEPARATOR.join(printed), unit, quarter))
    return out


def _has(names: tuple[str, ...], *words: str, without: tuple[str, ...] = ()) -> bool:
    """Some heading holds every word and none of ``without``."""
    return any(all(w in n for w in words) and not any(x in n for x in without) for n in names)


def _form_key(spec: SheetSpec, path: Path) -> tuple[bool, str]:
    """The Renja evaluation form's own headings: (handled, key). A handled path with no key
    is a column of the form the tables do not use (Renstra targets, quarters' ``K``…)."""
    names, unit, key = path.names, path.unit, spec.key
    if key not in ("anggaran", "program_kegiatan"):
        return False, ""
    if not unit:
        joined = " ".join(names)
        if "program" in joined and "kegiatan" in joined and "indikator" not in joined:
            return True, "uraian"
        if key == "program_kegiatan" and names and names[-1].startswith("indikator"):
            return True, "indikator"
        return False, ""
    if path.quarter:  # a quarter's column is never the year's
        if key == "anggaran" and unit == "rp":
            return True, f"realisasi_tw{path.quarter}"
        return True, ""
    # the year's group names the Renja, the current year, or both performance and budget
    # ("Target Kinerja dan Anggaran Tahun 2023"); never the Renstra, last year or a quarter
    year: tuple[tuple[str, ...], ...] = (("renja",), ("tahun berjalan",), ("kinerja", "anggaran"))
    target = any(_has(names, "target", *w, without=("renstra",)) for w in year)
    real = any(_has(names, "realisasi", *w, without=("renstra", "lalu", "triwulan")) for w in year)
    if not (target or real or _has(names, "renja") or _has(names, "renstra")):
        return False, ""
    wanted = "rp" if key == "anggaran" else "k"
    if unit != wanted:
        return True, ""
    if target:
        return True, "anggaran" if key == "anggaran" else "target"
    if real:
        return True, "realisasi"
    return True, ""


def _unit_fits(spec: SheetSpec, key: str, unit: str) -> bool:
    if (spec.key, key) in _MONEY:
        return unit in ("", "rp")
    if (spec.key, key) in _PERCENT:
        return unit in ("", "%")
    return unit != "rp"


@dataclass
class Matched:
    columns: dict[str, int]
    years: dict[str, dict[int, int]]
    paths: dict[str, str]  # key -> the heading path it was taken from
    form: str  # "renja" when the Renja evaluation form's headings were found


def _generic(spec: SheetSpec, path: Path, taken: dict[str, int]) -> tuple[str, int | None]:
    """(key, year) by the contract's names, deepest heading first; ("", None) if none."""
    performance = bool(path.quarter) or path.unit == "k" or "fisik" in path.names
    for name in reversed(path.names):
        m = YEAR_COLUMN.match(name)
        if m:
            return m.group(1), int(m.group(2))
        if spec.years and re.fullmatch(r"(19|20)\d\d", name):
            return "target", int(name)
        for col in spec.columns:
            if col.key not in taken and col.matches(name):
                if performance and (spec.key, col.key) in _MONEY | _PERCENT:
                    return "", None
                if _unit_fits(spec, col.key, path.unit):
                    return col.key, None
    if path.unit == "%" and not performance:
        for col in spec.columns:
            if col.key not in taken and col.matches("%"):
                return col.key, None
    return "", None


def match_paths(spec: SheetSpec, paths: list[Path], mapping: Mapping) -> Matched:
    own = mapping.columns.get(spec.key, {})
    found = Matched({}, {}, {}, "")
    for path in paths:
        mapped = next(
            (
                own[n]
                for n in (normalize(" ".join(path.labels)), *reversed(path.labels))
                if n in own
            ),
            "",
        )
        if mapped:
            key, year = (
                (mapped.split("@")[0], int(mapped.split("@")[1]))
                if "@" in mapped
                else (mapped, None)
            )
        else:
            handled, key = _form_key(spec, path)
            year = None
            if handled and key in ("anggaran", "target", "realisasi"):
                found.form = "renja"
            if not handled:
                key, year = _generic(spec, path, found.columns)
        if not key:
            continue
        if year is not None:
            found.years.setdefault(key, {}).setdefault(year, path.column)
        elif key not in found.columns:
            found.columns[key] = path.column
            found.paths[key] = path.text
    return found
