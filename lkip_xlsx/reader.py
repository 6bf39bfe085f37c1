"""openpyxl -> raw tables: sheet lookup, header detection, merged cells, source addresses.

Nothing is interpreted here beyond finding where things are: every value keeps the cell it
came from (``Realisasi!F7``) so that every later message can point at it.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .contract import SHEET_BY_KEY, SHEETS, Mapping, SheetSpec, normalize, sheet_key
from .errors import FileReadError
from .files import MAX_CELLS, read_bytes, sniff
from .formula import cell_name
from .header import (
    HEADER_SEARCH_ROWS,
    Grid,
    Header,
    find_header,
    is_block_header,
    is_end,
    is_numbering,
)
from .model import Finding, Kind
from .numbers import Number, parse_number
from .sheets import Choice, choose, header_seen, looks_like
from .sumrows import is_summary_name

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

__all__ = ["RawCell", "RawRow", "RawTable", "RawWorkbook", "read_workbook", "open_workbook"]

_IDENTITY_KEYS = {
    "instansi": ("instansi", "nama instansi", "perangkat daerah", "opd", "nama perangkat daerah"),
    "pemerintah": ("pemerintah", "pemerintah daerah", "pemda", "kabupaten kota"),
    "tahun": ("tahun", "tahun anggaran", "tahun laporan", "tahun pelaporan"),
    "kepala": ("kepala", "nama kepala", "pimpinan", "kepala dinas", "nama"),
    "nip": ("nip",),
    "pangkat": ("pangkat", "pangkat golongan", "golongan"),
    "kota": ("kota", "tempat"),
    "tanggal": ("tanggal", "tanggal laporan"),
    # (v2) the PK's second signature, and the RPJMD block printed above the RKT
    "atasan": ("atasan", "nama atasan", "pihak kedua"),
    "jabatan_atasan": ("jabatan atasan", "jabatan pihak kedua"),
    "tanggal_pk": ("tanggal pk", "tanggal perjanjian kinerja"),
    "misi": ("misi", "misi rpjmd"),
    "tujuan_rpjmd": ("tujuan rpjmd",),
    "indikator_tujuan_rpjmd": ("indikator tujuan rpjmd",),
    "sasaran_rpjmd": ("sasaran rpjmd",),
    "indikator_sasaran_rpjmd": ("indikator sasaran rpjmd",),
}


@dataclass(frozen=True)
class RawCell:
    value: object
    number_format: str
    address: str  # "F7"
    # (v2) read for the budget sheet only (lkip_xlsx.cellfacts): an amount cell's formula
    # ("=SUM(C7:C9)"), the name cell's bold and indent; None where not read
    formula: str | None = None
    bold: bool | None = None
    indent: int | None = None


@dataclass
class RawRow:
    row: int  # 1-based, as Excel shows it
    cells: dict[str, RawCell]

    def value(self, key: str) -> object:
        cell = self.cells.get(key)
        return None if cell is None else cell.value

    def text(self, key: str) -> str:
        v = self.value(key)
        return "" if v is None else " ".join(str(v).split())


@dataclass
class RawTable:
    spec: SheetSpec
    title: str  # the sheet's real name
    header_row: int
    columns: dict[str, int]  # key -> 1-based column
    rows: list[RawRow]
    years: dict[str, dict[int, int]] = field(default_factory=dict)  # base -> year -> column
    above: tuple[str, ...] = ()  # the title lines over the header, as printed
    # (v2) a block after the table with its own header (the PK's Program | Anggaran |
    # Keterangan): each row's non-empty cells, as (value, "B12")
    block: tuple[tuple[tuple[object, str], ...], ...] = ()
    # (v2) a header over several rows: how many, each column's path of headings, and the
    # form recognised by its headings ("renja": the Renja evaluation form)
    depth: int = 1
    paths: dict[str, str] = field(default_factory=dict)
    form: str = ""
    # the Renja form read as Program Kegiatan carries its reading as Anggaran too: the levels
    # of its lines come from the codes and prefixes there (lkip_xlsx.renja)
    companion: RawTable | None = None
    # (v2) the report year as a title line or a group heading says it ("TAHUN 2023" above
    # the table, "Tahun 2023" over Target | Realisasi): (year, "B1", the text)
    year_marks: tuple[tuple[int, str, str], ...] = ()
    # (v2) the budget sheet only: reads, once and on demand, each row's amount formulas and
    # its name's bold and indent into its cells (a second pass over the sheet; lkip_xlsx.levels
    # asks for it only when some level is not tagged)
    read_cell_facts: Callable[[], None] | None = None

    def address(self, key: str, row: int) -> str:
        return cell_name(row - 1, self.columns[key] - 1)


@dataclass
class RawWorkbook:
    path: Path
    sheet_names: list[str]
    tables: dict[str, RawTable]
    identity: dict[str, tuple[object, str]]  # key -> (value, "B3")
    identity_sheet: str
    findings: list[Finding]
    unknown_sheets: list[str]


def open_workbook(path: Path) -> Workbook:
    """Open read-only (the file is never written) with cached values of formulas."""
    data = read_bytes(path)
    sniff(path, data)
    return _load(path, data)


def _load(path: Path, data: bytes, data_only: bool = True) -> Workbook:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        # read-only: cells stream from the XML without styled Cell objects; the bytes are
        # held in memory, so the input file itself is closed at once
        return openpyxl.load_workbook(io.BytesIO(data), data_only=data_only, read_only=True)
    except (
        zipfile.BadZipFile,
        InvalidFileException,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        SyntaxError,
        zlib.error,
        EOFError,
    ) as exc:
        # SyntaxError: ElementTree's ParseError, malformed XML inside the package
        raise FileReadError("file_corrupt", path=str(path)) from exc


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')
_CELL = re.compile(
    rb"<(?:\w+:)?c\s[^>]*?r=\"([A-Z]+[0-9]+)\"[^>]*?(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL
)


@dataclass(frozen=True)
class SheetFacts:
    """What openpyxl's read-only worksheets do not expose, read from the sheet's XML."""

    merges: list[tuple[int, int, int, int]]  # (min_row, min_col, max_row, max_col)
    uncached: list[str]  # formula cells with no cached value: "F7"


def _facts(ws: ReadOnlyWorksheet, path: str = "") -> SheetFacts:
    from openpyxl.utils.cell import coordinate_to_tuple

    source = getattr(ws, "_get_source", None)
    if source is None:
        return SheetFacts([], [])
    try:
        with source() as fh:
            xml = fh.read()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise FileReadError("file_corrupt", path=path) from exc
    merges = []
    for a, b in _MERGE_REF.findall(xml):
        r1, c1 = coordinate_to_tuple(a.decode())
        r2, c2 = coordinate_to_tuple(b.decode())
        merges.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
    uncached: list[str] = []
    if b"<f" in xml:
        for ref, body in _CELL.findall(xml):
            if body and re.search(rb"<(?:\w+:)?f[\s>/]", body):
                value = re.search(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>", body)
                if value is None or not value.group(1).strip():
                    uncached.append(ref.decode())
    return SheetFacts(merges, uncached)


def _grid(ws: ReadOnlyWorksheet, facts: SheetFacts | None = None, path: str = "") -> Grid:
    """The sheet's values and number formats, row by row (row 1 first); every cell of a
    merged range reads as the range's top-left value."""
    facts = facts or _facts(ws, path)
    ws.reset_dimensions()  # some writers store wrong dimensions; read what is there
    grid: list[list[tuple[object, str]]] = []
    rows: Iterable[Sequence[Any]] = ws.iter_rows()  # type: ignore[misc]  # stubs: Worksheet only
    try:
        count = 0
        for row in rows:
            count += len(row)
            if count > MAX_CELLS:
                raise FileReadError(
                    "too_many_cells",
                    path=path,
                    sheet=ws.title,
                    limit=f"{MAX_CELLS:,}".replace(",", "."),
                )
            grid.append(
                [(cell.value, getattr(cell, "number_format", None) or "General") for cell in row]
            )
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        SyntaxError,
        ValueError,
        KeyError,
        TypeError,
        IndexError,
        AttributeError,
    ) as exc:
        # damage met while streaming the sheet (SyntaxError: ElementTree's ParseError)
        raise FileReadError("file_corrupt", path=path) from exc
    widest = max((len(r) for r in grid), default=0)
    for r1, c1, r2, c2 in facts.merges:
        if r1 > len(grid) or c1 > widest:
            continue
        c2 = min(c2, widest)  # a merge over whole rows or columns covers only what is there
        top_row = grid[r1 - 1]
        top = top_row[c1 - 1] if c1 - 1 < len(top_row) else (None, "General")
        for r in range(r1, min(r2, len(grid)) + 1):
            cells = grid[r - 1]
            if len(cells) < c2:
                cells.extend([(None, "General")] * (c2 - len(cells)))
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    cells[c - 1] = top
    return grid


def _read_table(
    spec: SheetSpec,
    title: str,
    grid: Grid,
    findings: list[Finding],
    mapping: Mapping,
) -> RawTable | None:
    found = _header(spec, title, grid, findings, mapping)
    if found is None:
        return None
    header_row, first, columns, years = found.row, found.first, dict(found.columns), found.years
    if found.depth > 2:
        findings.append(_paths_note(spec, title, found))
    findings += _cumulative_note(spec, title, grid, found)
    _numbering_column(spec, grid, header_row, columns)
    _split_code_columns(spec, grid, header_row, first, columns)
    wanted = dict(columns)
    for base, by_year in years.items():
        for year, c in by_year.items():
            wanted[f"{base}@{year}"] = c
    blocks = spec.key == "anggaran" or found.depth > 2  # a merged text block ends the table
    rows, block = _data_rows(spec, title, grid, first, columns, wanted, blocks, findings)
    above = tuple(_line(grid[i]) for i in range(header_row - 1) if _line(grid[i]))
    return RawTable(
        spec,
        title,
        header_row,
        columns,
        rows,
        years,
        above,
        tuple(block),
        found.depth,
        dict(found.paths),
        found.form,
        year_marks=_year_marks(grid, header_row, first),
    )


_TITLE_YEAR = re.compile(r"\b(?:tahun|th\.?|t\.?a\.?)(?:\s+anggaran)?\s+((?:19|20)\d\d)\b", re.I)
_HEADING_YEAR = re.compile(r"^\s*tahun\s+((?:19|20)\d\d)\s*$", re.I)


def _year_marks(grid: Grid, header_row: int, first: int) -> tuple[tuple[int, str, str], ...]:
    """The years a table's title lines name (``… TAHUN 2023``), and a group heading of its
    header that is only a year (``Tahun 2023`` over ``Target | Realisasi``)."""
    out: dict[int, tuple[int, str, str]] = {}
    for r in range(min(first - 1, len(grid))):
        pattern = _TITLE_YEAR if r < header_row - 1 else _HEADING_YEAR
        for c, (v, _) in enumerate(grid[r]):
            text = " ".join(v.split()) if isinstance(v, str) else ""
            m = pattern.search(text)
            if m and int(m.group(1)) not in out:
                out[int(m.group(1))] = (int(m.group(1)), cell_name(r, c), text)
    return tuple(out.values())


_QUARTER_HEADING = re.compile(
    r"^realisasi (?:anggaran )?(?:sd )?(?:tw|triwulan|trw) ?(?:i|ii|iii|iv|[1-4])$"
)


def _quarter_headings(grid: Grid) -> str:
    """The budget's realisation headings by quarter (``C3 'Realisasi TW I'`` …) when the
    header holds those and no realisation of the year: said instead of 'header not found'."""
    cells = [
        f"{cell_name(r, c)} '{' '.join(str(v).split())}'"
        for r, row in enumerate(grid[:HEADER_SEARCH_ROWS])
        for c, (v, _) in enumerate(row)
        if isinstance(v, str) and _QUARTER_HEADING.match(normalize(v))
    ]
    return ", ".join(dict.fromkeys(cells))


def _cumulative_note(spec: SheetSpec, title: str, grid: Grid, found: Header) -> list[Finding]:
    """The year's realisation taken from a column cumulative to the fourth quarter."""
    c = found.columns.get("realisasi")
    if spec.key != "anggaran" or c is None:
        return []
    for r in range(found.row, found.first):
        row = grid[r - 1] if r - 1 < len(grid) else []
        v = row[c - 1][0] if c - 1 < len(row) else None
        if isinstance(v, str) and " sd " in f" {normalize(v)} ":
            label = " ".join(v.split())
            return [Finding(Kind.REALISASI_CUMULATIVE, title, cell_name(r - 1, c - 1), value=label)]
    return []


def _header(
    spec: SheetSpec, title: str, grid: Grid, findings: list[Finding], mapping: Mapping
) -> Header | None:
    """The table's header, or a finding that says what was found instead (only quarter
    columns on a budget sheet; else the row most like a header)."""
    found = find_header(spec, grid, mapping)
    if found is not None:
        return found
    quarters = _quarter_headings(grid) if spec.key == "anggaran" else ""
    if quarters:
        findings.append(Finding(Kind.HEADER_QUARTERS_ONLY, title, params=(("found", quarters),)))
        return None
    expected = ", ".join(c.label for c in spec.columns if c.required)
    findings.append(
        Finding(
            Kind.HEADER_NOT_FOUND,
            sheet=title,
            params=(
                ("expected", expected),
                ("rows", str(HEADER_SEARCH_ROWS)),
                ("found", header_seen(grid)),
            ),
        )
    )
    return None


def _data_rows(
    spec: SheetSpec,
    title: str,
    grid: Grid,
    first: int,
    columns: dict[str, int],
    wanted: dict[str, int],
    blocks: bool,
    findings: list[Finding],
) -> tuple[list[RawRow], list[tuple[tuple[object, str], ...]]]:
    """The table's rows from ``first`` (a numbering row skipped) to its end, and the block
    under it (the PK's programme block); summary rows are noted, not rows."""
    rows: list[RawRow] = []
    r = first
    if r - 1 < len(grid) and is_numbering(grid[r - 1]):
        r += 1
    while r - 1 < len(grid):
        values = grid[r - 1]
        if is_block_header(values):
            return rows, _block(grid, r)
        summary = _summary_row(spec, values, columns)
        if summary is not None:
            text, c = summary
            findings.append(Finding(Kind.SUMMARY_ROW, title, cell_name(r - 1, c), "", text))
        elif is_end(values, blocks=blocks and bool(rows)):
            break
        else:
            cells = _row_cells(spec, values, wanted, r)
            if any(cell.value is not None for cell in cells.values()):
                rows.append(RawRow(r, cells))
        r += 1
    return rows, []


def _row_cells(
    spec: SheetSpec, values: list[tuple[object, str]], wanted: dict[str, int], r: int
) -> dict[str, RawCell]:
    cells = {}
    for key, c in wanted.items():
        if c - 1 < len(values):
            v, fmt = values[c - 1]
            if isinstance(v, str) and (not v.strip() or _spilled(spec, key, values, c)):
                v = None
            cells[key] = RawCell(v, fmt, cell_name(r - 1, c - 1))
    return cells


def _paths_note(spec: SheetSpec, title: str, header: Header) -> Finding:
    """Which column, by which path of headings, a deep header gave each of the table's
    columns: the audit trail of how a field form was read."""
    from openpyxl.utils.cell import get_column_letter

    taken = sorted(header.paths, key=lambda k: header.columns[k])
    shown = "; ".join(
        f"{column_label(spec, k)} = {get_column_letter(header.columns[k])} '{header.paths[k]}'"
        for k in taken
    )
    last = header.row + header.depth - 1
    return Finding(
        Kind.HEADER_PATHS,
        title,
        f"A{header.row}",
        value=spec.title,
        params=(("rows", f"{header.row}–{last}"), ("columns", shown), ("table", spec.title)),
    )


def _summary_row(
    spec: SheetSpec, values: list[tuple[object, str]], columns: dict[str, int]
) -> tuple[str, int] | None:
    """(text, 0-based column) of a summary row of ``Realisasi``: its first text starts with the
    words of an average or a sum, and its ``Indikator`` cell is blank (an indicator such as
    ``Rata-rata lama sekolah`` stands in the Indikator column and is kept)."""
    if spec.key != "realisasi" or "indikator" not in columns:
        return None
    c = columns["indikator"]
    if c - 1 < len(values) and str(values[c - 1][0] or "").strip():
        return None
    for i, (v, _) in enumerate(values):
        if isinstance(v, str) and v.strip():
            text = " ".join(v.split())
            if is_summary_name(text):
                return text, i
            return None
    return None


_MONEY_KEYS = ("anggaran", "realisasi", "capaian", "realisasi_tw")


def _spilled(spec: SheetSpec, key: str, values: list[tuple[object, str]], c: int) -> bool:
    """A budget heading merged across the row (``Perangkat Daerah : …`` over every column)
    reads as its text in the money columns too: there it is no amount. A money column never
    holds the very text of the cell to its left otherwise (a figure typed twice, pagu =
    realisasi, is a figure)."""
    v = values[c - 1][0]
    return (
        spec.key == "anggaran"
        and key.startswith(_MONEY_KEYS)
        and c >= 2
        and v == values[c - 2][0]
        and not isinstance(parse_number(v), Number)
    )


def _line(values: list[tuple[object, str]]) -> str:
    return " ".join(" ".join(str(v).split()) for v, _ in values if v is not None and str(v).strip())


def _block(grid: Grid, first: int) -> list[tuple[tuple[object, str], ...]]:
    """The rows of a block after a table, from its header row to the first end marker."""
    out: list[tuple[tuple[object, str], ...]] = []
    for r in range(first, len(grid) + 1):
        values = grid[r - 1]
        if r > first and is_end(values):
            break
        cells = tuple(
            (v, cell_name(r - 1, c))
            for c, (v, _) in enumerate(values)
            if v is not None and str(v).strip()
        )
        if cells:
            out.append(cells)
    return out


def _numbering_column(
    spec: SheetSpec, grid: Grid, header_row: int, columns: dict[str, int]
) -> None:
    """The seed's Tabel 3.8 numbers its lines (I, 1, 2 …) in a column with no header, left of
    the names: take it as the ``No`` column."""
    if "no" in columns or "no" not in {c.key for c in spec.columns} or "uraian" not in columns:
        return
    left = columns["uraian"] - 1
    if left < 1 or left in columns.values():
        return
    header = grid[header_row - 1]
    if left - 1 >= len(header) or header[left - 1][0] in (None, ""):
        columns["no"] = left


def _split_code_columns(
    spec: SheetSpec, grid: Grid, header_row: int, first: int, columns: dict[str, int]
) -> None:
    """A ``Kode`` heading merged over several unnamed columns (one segment each, as the Renja
    form and SIPD print it): the columns right of ``kode`` under the same heading become
    ``kode_1``, ``kode_2`` …"""
    if spec.key != "anggaran" or "kode" not in columns:
        return
    used = set(columns.values())
    c = columns["kode"]
    for r in range(header_row, first):
        labels = [normalize(v) for v, _ in grid[r - 1]] if r - 1 < len(grid) else []
        if c - 1 >= len(labels) or labels[c - 1] != "kode":
            continue
        n = 0
        while c + n < len(labels) and labels[c + n] == "kode" and c + n + 1 not in used:
            n += 1
            columns[f"kode_{n}"] = c + n
        return


def _read_identity(grid: Grid) -> dict[str, tuple[object, str]]:
    """Key/value pairs as staff lay them out: ``Tahun | 2023``, ``Tahun | : | 2023`` (a column
    of colons between), or ``Tahun : 2023`` in one cell."""
    out: dict[str, tuple[object, str]] = {}
    names = {normalize(n): key for key, ns in _IDENTITY_KEYS.items() for n in ns}
    for r, row in enumerate(grid, start=1):
        filled = [
            (c, v)
            for c, (v, _) in enumerate(row)
            if v is not None and str(v).strip() and not _SEPARATOR.match(str(v).strip())
        ]
        if len(filled) == 1 and isinstance(filled[0][1], str) and ":" in filled[0][1]:
            label, _, rest = filled[0][1].partition(":")
            filled = [(filled[0][0], label), (filled[0][0], rest.strip())] if rest.strip() else []
        if len(filled) < 2:
            continue
        key = names.get(normalize(filled[0][1]))
        if key and key not in out:
            c, value = filled[1]
            out[key] = (value, cell_name(r - 1, c))
    return out


# a cell that only separates a key from its value: ``:``, ``=``, ``-``
_SEPARATOR = re.compile(r"^[:=\-–.]+$")


# sheets of our own making that carry no data: the template's instructions, a report's list
_QUIET = {sheet_key("Petunjuk"), sheet_key("Catatan lkip")}


def _empty(grids: dict[str, Grid]) -> bool:
    return not any(v not in (None, "") for g in grids.values() for row in g for v, _ in row)


def _choice_findings(choice: Choice) -> list[Finding]:
    """An ambiguity (an error), or the note saying which sheet was read as what."""
    spec = choice.spec
    if choice.rivals:
        both = ", ".join(f"'{t}'" for t in (choice.title, *choice.rivals))
        return [Finding(Kind.SHEET_AMBIGUOUS, sheet=spec.title, params=(("sheets", both),))]
    aside = (
        [
            Finding(
                Kind.RENJA_QUARTER,
                sheet=choice.title,
                params=(
                    ("table", spec.title),
                    ("others", ", ".join(f"'{t}'" for t in choice.set_aside)),
                ),
            )
        ]
        if choice.set_aside
        else []
    )
    if choice.title == spec.title:
        return aside
    return [
        Finding(
            Kind.SHEET_GUESSED if choice.guess else Kind.SHEET_CHOSEN,
            sheet=choice.title,
            value=spec.title,
            params=(("table", spec.title),),
        ),
        *aside,
    ]


def read_workbook(path: Path, mapping: Mapping | None = None) -> RawWorkbook:
    mapping = mapping or Mapping()
    data = read_bytes(path)
    sniff(path, data)
    wb = _load(path, data)
    try:
        grids: dict[str, Grid] = {}
        findings: list[Finding] = []
        uncached: dict[str, list[str]] = {}
        for ws in wb.worksheets:
            if sheet_key(ws.title) in _QUIET:
                continue
            facts = _facts(ws, str(path))
            grids[ws.title] = _grid(ws, facts, str(path))
            uncached[ws.title] = facts.uncached
        if _empty(grids):
            raise FileReadError("workbook_empty", path=str(path))
        tables: dict[str, RawTable] = {}
        identity: dict[str, tuple[object, str]] = {}
        identity_sheet = ""
        chosen: set[str] = set()
        choices = choose(grids, mapping)
        for choice in choices:
            findings += _choice_findings(choice)
            if choice.rivals:
                continue
            spec, title = choice.spec, choice.title
            if title not in chosen:
                findings += [Finding(Kind.FORMULA_NO_CACHE, title, c) for c in uncached[title]]
            chosen.add(title)
            if spec.key_value:
                identity, identity_sheet = _read_identity(grids[title]), title
                continue
            table = _read_table(spec, title, grids[title], findings, mapping)
            if table is not None:
                tables[spec.key] = table
                if table.form and spec.key == "program_kegiatan":
                    budget = SHEET_BY_KEY["anggaran"]
                    table.companion = _read_table(budget, title, grids[title], [], mapping)
                for read in (table, table.companion):
                    if read is not None and read.spec.key == "anggaran":
                        read.read_cell_facts = partial(_formulas, path, data, read)
        findings += _missing(tables, choices, grids, findings)
        unknown = [t for t in wb.sheetnames if t in grids and t not in chosen]
        return RawWorkbook(
            path, list(wb.sheetnames), tables, identity, identity_sheet, findings, unknown
        )
    finally:
        wb.close()


def _missing(
    tables: dict[str, RawTable],
    choices: Sequence[Choice],
    grids: dict[str, Grid],
    findings: list[Finding],
) -> list[Finding]:
    """A finding for each required table no sheet gave (unless said already: two sheets
    alike, or a sheet chosen whose header was not understood), listing what each sheet
    looked like."""
    taken = {f.sheet for f in findings if f.code == "sheet_ambiguous"}
    out: list[Finding] = []
    for spec in SHEETS:
        if not spec.required or spec.key in tables or spec.title in taken:
            continue
        if any(c.spec is spec for c in choices):
            continue  # chosen, but its header was not found: said already
        out.append(
            Finding(
                Kind.SHEET_MISSING,
                sheet=spec.title,
                params=(
                    ("found", "; ".join(looks_like(grids)) or "-"),
                    ("synonyms", ", ".join(spec.synonyms)),
                ),
            )
        )
    return out


_QUARTER_LABELS = {
    f"realisasi_tw{q}": f"Realisasi TW {r}" for q, r in enumerate("I II III IV".split(), 1)
}


# damage met while streaming a sheet (SyntaxError: ElementTree's ParseError)
_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, SyntaxError, ValueError, KeyError, TypeError)


def _formulas(path: Path, data: bytes, table: RawTable) -> None:
    """The budget sheet read again, formulas as text (lkip_xlsx.cellfacts)."""
    from .cellfacts import enrich

    table.read_cell_facts = None  # once

    wb = _load(path, data, data_only=False)
    try:
        enrich(table, wb[table.title])
    except _DAMAGE as exc:
        raise FileReadError("file_corrupt", path=str(path)) from exc
    finally:
        wb.close()


def column_label(spec: SheetSpec, key: str) -> str:
    if key in _QUARTER_LABELS:
        return _QUARTER_LABELS[key]
    base = key.split("@")[0]
    for col in spec.columns:
        if col.key == base:
            return col.label
    year = key.split("@")[1] if "@" in key else ""
    return f"{base.capitalize()} {year}".strip()
