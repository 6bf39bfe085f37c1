"""openpyxl -> raw tables: sheet lookup, header detection, merged cells, source addresses.

Nothing is interpreted here beyond finding where things are: every value keeps the cell it
came from (``Realisasi!F7``) so that every later message can point at it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .contract import SHEETS, YEAR_COLUMN, ColumnSpec, SheetSpec, normalize, sheet_key
from .errors import FileReadError
from .formula import cell_name
from .model import Finding, Severity

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

__all__ = ["RawCell", "RawRow", "RawTable", "RawWorkbook", "read_workbook", "open_workbook"]

HEADER_SEARCH_ROWS = 30
_NUMBERING = re.compile(r"^\(?\d{1,2}\)?\.?$")
_END_MARKERS = ("sumber data", "sumber", "catatan", "nip", "mengetahui")
_SIGNATURE_DATE = re.compile(r"^[A-Za-z][\w .]+,\s*\d{1,2}\s+\w+\s+\d{4}$")
_LEVEL_WORDS = {
    "sasaran": "sasaran",
    "program": "program",
    "kegiatan": "kegiatan",
    "sub kegiatan": "sub_kegiatan",
    "nama sub kegiatan": "sub_kegiatan",
}
_IDENTITY_KEYS = {
    "instansi": ("instansi", "nama instansi", "perangkat daerah", "opd", "nama perangkat daerah"),
    "pemerintah": ("pemerintah", "pemerintah daerah", "pemda", "kabupaten kota"),
    "tahun": ("tahun", "tahun anggaran", "tahun laporan", "tahun pelaporan"),
    "kepala": ("kepala", "nama kepala", "pimpinan", "kepala dinas", "nama"),
    "nip": ("nip",),
    "pangkat": ("pangkat", "pangkat golongan", "golongan"),
    "kota": ("kota", "tempat"),
    "tanggal": ("tanggal", "tanggal laporan"),
}


@dataclass(frozen=True)
class RawCell:
    value: object
    number_format: str
    address: str  # "F7"


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
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise FileReadError("file_xls", path=str(path))
    if suffix in (".ods", ".csv"):
        raise FileReadError("file_other_format", path=str(path), suffix=suffix)
    try:
        with path.open("rb") as fh:
            # read-only: cells stream from the XML without styled Cell objects, and the
            # archive stays open until the caller closes the workbook
            return openpyxl.load_workbook(io.BytesIO(fh.read()), data_only=True, read_only=True)
    except FileNotFoundError as exc:
        raise FileReadError("file_missing", path=str(path)) from exc
    except PermissionError as exc:
        raise FileReadError("file_unreadable", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise FileReadError("file_unreadable", path=str(path)) from exc
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        raise FileReadError("file_not_workbook", path=str(path)) from exc


_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')


def _merged_ranges(ws: ReadOnlyWorksheet) -> list[tuple[int, int, int, int]]:
    """Merged ranges (min_row, min_col, max_row, max_col), read from the sheet's XML:
    openpyxl's read-only worksheets do not expose them."""
    from openpyxl.utils.cell import coordinate_to_tuple

    source = getattr(ws, "_get_source", None)
    if source is None:
        return []
    with source() as fh:
        xml = fh.read()
    out = []
    for a, b in _MERGE_REF.findall(xml):
        r1, c1 = coordinate_to_tuple(a.decode())
        r2, c2 = coordinate_to_tuple(b.decode())
        out.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
    return out


def _grid(ws: ReadOnlyWorksheet) -> list[list[tuple[object, str]]]:
    """The sheet's values and number formats, row by row (row 1 first); every cell of a
    merged range reads as the range's top-left value."""
    ws.reset_dimensions()  # some writers store wrong dimensions; read what is there
    grid: list[list[tuple[object, str]]] = []
    rows: Iterable[Sequence[Any]] = ws.iter_rows()  # type: ignore[misc]  # stubs: Worksheet only
    for row in rows:
        grid.append(
            [(cell.value, getattr(cell, "number_format", None) or "General") for cell in row]
        )
    for r1, c1, r2, c2 in _merged_ranges(ws):
        if r1 > len(grid):
            continue
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


def _label(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize(value)


def _match_header(
    spec: SheetSpec, labels: list[str]
) -> tuple[dict[str, int], dict[str, dict[int, int]]]:
    """Columns found in one header row: key -> column, and year columns."""
    columns: dict[str, int] = {}
    years: dict[str, dict[int, int]] = {}
    last_level = ""
    for c, label in enumerate(labels, start=1):
        if not label:
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


def _is_numbering(values: list[tuple[object, str]]) -> bool:
    filled = [str(v).strip() for v, _ in values if v is not None and str(v).strip()]
    return len(filled) >= 2 and all(_NUMBERING.match(t) for t in filled)


def _is_end(values: list[tuple[object, str]]) -> bool:
    filled = [str(v).strip() for v, _ in values if v is not None and str(v).strip()]
    if not filled:
        return False
    first = filled[0]
    low = first.casefold()
    if low.startswith("keterangan:") or low.startswith("ket.:"):
        return True
    if any(normalize(first).startswith(m) for m in _END_MARKERS):
        return True
    return len(filled) == 1 and bool(_SIGNATURE_DATE.match(first))


def _find_header(
    spec: SheetSpec, grid: list[list[tuple[object, str]]]
) -> tuple[int, int, dict[str, int], dict[str, dict[int, int]]] | None:
    """(header row, first data row, columns, years), all 1-based; a header may span two rows."""
    for r in range(min(HEADER_SEARCH_ROWS, len(grid))):
        one = [_label(v) for v, _ in grid[r]]
        columns, years = _match_header(spec, one)
        if _satisfied(spec, columns, years):
            two_row = False
            if r + 1 < len(grid):
                below = [_label(v) for v, _ in grid[r + 1]]
                if spec.years and any(re.fullmatch(r"(19|20)\d\d", b) for b in below):
                    merged = [b if b else a for a, b in zip(one, below, strict=False)]
                    columns, years = _match_header(spec, merged)
                    two_row = True
            start = r + (2 if two_row else 1)
            return r + 1, start + 1, columns, years
        if r + 1 < len(grid):
            below = [_label(v) for v, _ in grid[r + 1]]
            merged = [b if b else a for a, b in zip(one, below, strict=False)]
            columns, years = _match_header(spec, merged)
            if _satisfied(spec, columns, years) and any(below):
                return r + 1, r + 3, columns, years
    return None


def _read_table(spec: SheetSpec, ws: ReadOnlyWorksheet, findings: list[Finding]) -> RawTable | None:
    grid = _grid(ws)
    found = _find_header(spec, grid)
    if found is None:
        expected = ", ".join(c.label for c in spec.columns if c.required)
        findings.append(
            Finding(
                "header_not_found",
                Severity.ERROR,
                sheet=ws.title,
                params=(("expected", expected), ("rows", str(HEADER_SEARCH_ROWS))),
            )
        )
        return None
    header_row, first, columns, years = found
    wanted = dict(columns)
    for base, by_year in years.items():
        for year, c in by_year.items():
            wanted[f"{base}@{year}"] = c
    rows: list[RawRow] = []
    r = first
    if r - 1 < len(grid) and _is_numbering(grid[r - 1]):
        r += 1
    while r - 1 < len(grid):
        values = grid[r - 1]
        if _is_end(values):
            break
        cells = {}
        for key, c in wanted.items():
            if c - 1 < len(values):
                v, fmt = values[c - 1]
                if isinstance(v, str) and not v.strip():
                    v = None
                cells[key] = RawCell(v, fmt, cell_name(r - 1, c - 1))
        if any(cell.value is not None for cell in cells.values()):
            rows.append(RawRow(r, cells))
        r += 1
    return RawTable(spec, ws.title, header_row, columns, rows, years)


def _read_identity(ws: ReadOnlyWorksheet) -> dict[str, tuple[object, str]]:
    out: dict[str, tuple[object, str]] = {}
    names = {normalize(n): key for key, ns in _IDENTITY_KEYS.items() for n in ns}
    for r, row in enumerate(_grid(ws), start=1):
        filled = [(c, v) for c, (v, _) in enumerate(row) if v is not None and str(v).strip()]
        if len(filled) < 2:
            continue
        key = names.get(normalize(filled[0][1]))
        if key and key not in out:
            c, value = filled[1]
            out[key] = (value, cell_name(r - 1, c))
    return out


def _spec_for(name: str, taken: set[str]) -> SheetSpec | None:
    k = sheet_key(name)
    for spec in SHEETS:
        if spec.key not in taken and k in spec.names():
            return spec
    return None


def read_workbook(path: Path) -> RawWorkbook:
    wb = open_workbook(path)
    try:
        findings: list[Finding] = []
        tables: dict[str, RawTable] = {}
        identity: dict[str, tuple[object, str]] = {}
        identity_sheet = ""
        unknown: list[str] = []
        taken: set[str] = set()
        # exact titles first, so that a sheet named "Capaian" does not shadow "Realisasi"
        ordered = sorted(
            wb.worksheets,
            key=lambda ws: (
                0 if any(sheet_key(ws.title) == sheet_key(s.title) for s in SHEETS) else 1
            ),
        )
        for ws in ordered:
            spec = _spec_for(ws.title, taken)
            if spec is None:
                unknown.append(ws.title)
                continue
            taken.add(spec.key)
            if spec.key_value:
                identity, identity_sheet = _read_identity(ws), ws.title
                continue
            table = _read_table(spec, ws, findings)
            if table is not None:
                tables[spec.key] = table
        for spec in SHEETS:
            if spec.required and spec.key not in taken:
                findings.append(
                    Finding(
                        "sheet_missing",
                        Severity.ERROR,
                        sheet=spec.title,
                        params=(
                            ("found", ", ".join(wb.sheetnames) or "-"),
                            ("synonyms", ", ".join(spec.synonyms)),
                        ),
                    )
                )
        return RawWorkbook(
            path, list(wb.sheetnames), tables, identity, identity_sheet, findings, unknown
        )
    finally:
        wb.close()


def column_label(spec: SheetSpec, key: str) -> str:
    base = key.split("@")[0]
    for col in spec.columns:
        if col.key == base:
            return col.label
    year = key.split("@")[1] if "@" in key else ""
    return f"{base.capitalize()} {year}".strip()


def required_columns(spec: SheetSpec) -> list[ColumnSpec]:
    return [c for c in spec.columns if c.required]
