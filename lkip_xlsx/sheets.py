"""Which sheet holds which table: by name and by content (contract v2).

Each sheet is scored against each table: its name (a synonym, or a synonym with the
decorations staff add: a year ``RKT 2023``, a table or appendix number ``Tabel 3.1``, ``Lamp.
2 RKT``, a quarter ``Realisasi TW IV``), and its header (the table's required columns found in
the first rows). Each table takes its best candidate; a sheet found by its content alone may
not be one another table already took, unless it names this table too. Two equally good
candidates are an error that names both and points to ``--mapping``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .contract import SHEETS, Mapping, SheetSpec, normalize, sheet_key
from .header import HEADER_SEARCH_ROWS, Grid, find_header, is_end, is_numbering

__all__ = [
    "Candidate",
    "Choice",
    "name_score",
    "choose",
    "describe",
    "header_seen",
    "strip_decorations",
]

_DECORATIONS = (
    re.compile(r"\b(?:tabel|tbl|lampiran|lamp)\b\.?\s*(?:[ivx]+|\d+(?:\.\d+)*)?\.?", re.I),
    re.compile(r"\b(?:tw|triwulan|trw)\b\.?\s*(?:iv|iii|ii|i|[1-4])?\b", re.I),
    re.compile(r"\b(?:semester|smt)\b\.?\s*(?:ii|i|[12])?\b", re.I),
    re.compile(r"\b(?:tahun|th|ta)\b\.?\s*(?=(?:19|20)\d\d)", re.I),
    re.compile(r"\b(?:19|20)\d\d\b"),
)
# a table number names the table it feeds, whatever else the name says
_TABLE_NUMBERS = {
    "31": "realisasi",
    "32": "realisasi",
    "33": "realisasi",
    "35": "realisasi",
    "36": "program_kegiatan",
    "38": "anggaran",
}
_TABLE_NUMBER = re.compile(r"^\s*(?:tabel|tbl)\.?\s*3\.?([1-8])\s*$", re.I)

EXACT, SYNONYM, DECORATED, NUMBER = 4, 3, 2, 1


def strip_decorations(name: str) -> str:
    out = name
    for pattern in _DECORATIONS:
        out = pattern.sub(" ", out)
    return " ".join(out.split()).strip(" -_.")


def name_score(title: str, spec: SheetSpec, mapping: Mapping) -> int:
    """How surely the sheet's name says it holds ``spec``: 5 mapped, 4 the canonical title,
    3 a synonym, 2 a synonym with decorations, 1 the official table number, 0 not at all."""
    k = sheet_key(title)
    if k in mapping.sheets:
        return 5 if mapping.sheets[k] == spec.key else 0
    if k == sheet_key(spec.title):
        return EXACT
    if k in spec.names():
        return SYNONYM
    stripped = sheet_key(strip_decorations(title))
    if stripped and stripped in spec.names():
        return DECORATED
    m = _TABLE_NUMBER.match(title)
    if m and _TABLE_NUMBERS.get(f"3{m.group(1)}") == spec.key:
        return NUMBER
    return 0


# a sheet its own name or title calls old, a draft or not to be used
_STALE = re.compile(
    r"\b(?:jangan|tidak|tdk)\s+(?:di)?(?:pakai|gunakan|guna)\b|\blama\b|\bdraf|\bdraft\b"
    r"|\barsip\b|\bbackup\b|\bcadangan\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    title: str
    name: int  # name_score
    header: bool  # the table's required columns found
    shared: bool = False  # a form that feeds two tables (the Renja evaluation form)
    fourth: bool = False  # such a form, its fourth quarter's copy (the year's figures)
    rows: bool = True  # some row under the header holds a value in the table's columns
    stale: bool = False  # its name or title says old, draft, not to be used

    @property
    def lookalike_ok(self) -> bool:
        """A sheet found by its header alone may be taken: it has data and nothing in its
        name or title says it is old or not to be used."""
        return self.rows and not self.stale

    @property
    def key(self) -> tuple[bool, bool, bool, int, bool]:
        """Mapped first, then named for the table, then a header found, then the surest name,
        then the form's copy of the fourth quarter over the others. A sheet whose name says it
        is the table is never passed over for one that only looks like it: if its header is
        not understood, that is said about it (a leftover sheet of another year read in its
        place would be a silent wrong figure)."""
        return (self.name == 5, self.name > 0, self.header, self.name, self.fourth)


@dataclass(frozen=True)
class Choice:
    spec: SheetSpec
    title: str
    by: str  # "name", "header" or "name and header"
    rivals: tuple[str, ...] = ()  # other sheets as good: an ambiguity
    # the Renja form's copies of other quarters, left for the fourth quarter's
    set_aside: tuple[str, ...] = ()
    shared: bool = False  # a form recognised by its own headings (the Renja form)

    @property
    def guess(self) -> bool:
        """An optional table taken from a sheet whose name says nothing of it, on its
        header alone: a warning, not a note (a leftover recap can look like a PK)."""
        return self.by == "header" and not self.spec.required and not self.shared


def _has_rows(grid: Grid, first: int, columns: list[int]) -> bool:
    """Some row from ``first`` (1-based) on holds a value in one of ``columns`` and is not a
    numbering row or the note or signature after a table."""
    for values in grid[first - 1 :]:
        if is_numbering(values) or is_end(values):
            continue
        for c in columns:
            if c - 1 < len(values) and str(values[c - 1][0] or "").strip():
                return True
    return False


def _stale(title: str, grid: Grid, header_row: int) -> bool:
    lines = [title] + [
        " ".join(str(v) for v, _ in grid[r] if v is not None) for r in range(header_row - 1)
    ]
    return any(_STALE.search(line) for line in lines)


def _candidates(spec: SheetSpec, grids: dict[str, Grid], mapping: Mapping) -> list[Candidate]:
    out = []
    for title, grid in grids.items():
        name = name_score(title, spec, mapping)
        found = None if spec.key_value else find_header(spec, grid, mapping)
        if found is not None:
            shared = bool(found.form)
            fourth = shared and _fourth_quarter(title, grid, found.row)
            rows = _has_rows(grid, found.first, list(found.columns.values()))
            stale = _stale(title, grid, found.row)
            out.append(Candidate(title, name, True, shared, fourth, rows, stale))
        elif name:
            out.append(Candidate(title, name, False))
    return sorted(out, key=lambda c: c.key, reverse=True)


_FOURTH = re.compile(r"\b(?:tw|triwulan|trw)\.?\s*(?:iv|4)\b", re.IGNORECASE)


def _fourth_quarter(title: str, grid: Grid, header_row: int) -> bool:
    """The sheet's name or its title block names the fourth quarter (``TW IV``,
    ``Periode pelaksanaan: Triwulan IV``)."""
    above = " ".join(str(v) for row in grid[: header_row - 1] for v, _ in row if v is not None)
    return bool(_FOURTH.search(title) or _FOURTH.search(above))


def choose(grids: dict[str, Grid], mapping: Mapping) -> list[Choice]:
    """The sheet of each table that has one; required tables choose first. A sheet named for
    some table is a candidate for other tables only if it names them too, if it is a form
    that holds both (the Renja evaluation form: ``Anggaran`` and ``Program Kegiatan``), or
    once every table it names has chosen another sheet (a budget kept in ``Realisasi TW
    IV`` beside a ``Capaian Kinerja``)."""
    names = {t: {s.key for s in SHEETS if name_score(t, s, mapping) > 0} for t in grids}
    taken: set[str] = set()
    done: set[str] = set()  # tables that have chosen
    choices: list[Choice] = []
    for spec in sorted(SHEETS, key=lambda s: (not s.required, SHEETS.index(s))):
        done.add(spec.key)
        usable = [
            c
            for c in _candidates(spec, grids, mapping)
            if c.name
            or (
                c.lookalike_ok
                and (c.shared or (c.title not in taken and not names[c.title] - done))
            )
        ]
        if not usable:
            continue
        best = usable[0]
        rivals = tuple(c.title for c in usable[1:] if c.key == best.key)
        aside = tuple(
            c.title for c in usable[1:] if best.fourth and c.key[:4] == best.key[:4] and c.shared
        )
        by = "name and header" if best.name and best.header else "name" if best.name else "header"
        choices.append(Choice(spec, best.title, by, rivals, aside, best.shared))
        taken.add(best.title)
    return choices


def describe(title: str, grid: Grid) -> str:
    """What a sheet looked like, for the message about a missing one, in no language of its
    own: its first row with several labels, from the cell of the first (``'Sheet1' (A3: No,
    Sasaran, …)``), or ``-`` for a sheet with none."""
    from .formula import cell_name

    for r, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        cells = [(c, str(v).strip()) for c, (v, _) in enumerate(row) if isinstance(v, str)]
        labels = [(c, text) for c, text in cells if text]
        if len(labels) >= 2:
            shown = ", ".join(text for _, text in labels[:6]) + (" …" if len(labels) > 6 else "")
            return f"'{title}' ({cell_name(r, labels[0][0])}: {shown})"
    return f"'{title}' (-)"


def header_seen(grid: Grid, limit: int = 8) -> str:
    """The row most like a header in the first rows (the most text labels; a merged cell
    once), as ``A3 'Kode', F3 'Uraian', …``, or ``-`` when no row holds two labels."""
    from .formula import cell_name

    best: list[str] = []
    for r, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        labels = []
        previous: object = None
        for c, (v, _) in enumerate(row):
            if isinstance(v, str) and v.strip() and v != previous:
                labels.append(f"{cell_name(r, c)} '{' '.join(v.split())}'")
            previous = v
        if len(labels) > len(best):
            best = labels
    if len(best) < 2:
        return "-"
    return ", ".join(best[:limit]) + (" …" if len(best) > limit else "")


def looks_like(grids: dict[str, Grid]) -> Sequence[str]:
    return [describe(title, grid) for title, grid in grids.items()]


def same_name(a: str, b: str) -> bool:
    return normalize(a) == normalize(b)
