"""What the tool wrote, kept inside the workbook so that ``lkip verify`` can tell a hand edit.

Every cell the tool wrote (formula text, number or text) is listed on a very hidden sheet
``_lkip``; a SHA-256 of that list, with the tool version, is stored as custom document
properties. A workbook without them was not written by lkip-xlsx.

The list is packed: one line per cell (``cell<TAB>kind<TAB>content``, tabs, line breaks and
backslashes escaped), lines of one sheet joined in chunks that fit a cell, one row per chunk:
sheet name in column A, chunk in column B (a single line longer than a cell runs on into
C, D …). Excel's limit of 32.767 characters a cell counts UTF-16 code units, so a character
outside the Basic Multilingual Plane (an emoji) counts twice: every length here is counted
that way, and no cell of the list is ever cut short by the writer.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from .formula import cell_name
from .layout import Grid

__all__ = [
    "SHEET",
    "VERSION_PROPERTY",
    "FINGERPRINT_PROPERTY",
    "Entry",
    "Builder",
    "entries",
    "fingerprint",
    "is_output",
]

SHEET = "_lkip"
VERSION_PROPERTY = "lkip_xlsx_version"
FINGERPRINT_PROPERTY = "lkip_xlsx_fingerprint"
KIND_PROPERTY = "lkip_xlsx_kind"  # "rekap" on a batch's Rekap

Entry = tuple[str, str, str, str]  # sheet, cell, kind ("f" formula, "n" number, "s" text), content


def number_text(d: Decimal) -> str:
    text = format(d.normalize(), "f")
    return text[:-2] if text.endswith(".0") else text


def entries(grids: Sequence[Grid]) -> list[Entry]:
    out: list[Entry] = []
    for grid in grids:
        covered = {
            (r, c)
            for r1, c1, r2, c2 in grid.merges
            for r in range(r1, r2 + 1)
            for c in range(c1, c2 + 1)
            if (r, c) != (r1, c1)
        }
        cells = grid.cells
        for row, col in sorted(cells):
            content = cells[(row, col)][0]
            if content.kind == "blank" or (row, col) in covered:
                continue
            cell = cell_name(row, col)
            if content.kind == "formula":
                out.append((grid.name, cell, "f", content.text))
            elif content.kind == "number":
                assert isinstance(content.value, Decimal)
                out.append((grid.name, cell, "n", number_text(content.value)))
            elif str(content.value):  # text, or a link's text
                out.append((grid.name, cell, "s", str(content.value)))
    return out


def is_output(path: Path) -> bool:
    """Whether ``path`` is a workbook this tool wrote: it carries the tool's document property
    (read from the zip directly, without opening the workbook). Never judged by the name."""
    try:
        with zipfile.ZipFile(path) as z, z.open("docProps/custom.xml") as part:
            head = part.read(1 << 16)
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError):
        return False
    return f'name="{VERSION_PROPERTY}"'.encode() in head


def fingerprint(rows: Iterable[Entry]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join(row).encode("utf-8") + b"\x1e")
    return digest.hexdigest()


CHUNK = 32_000  # UTF-16 code units in one cell of the list; Excel holds 32.767


def utf16_len(text: str) -> int:
    """Length as Excel counts it: UTF-16 code units."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


class Builder:
    """The list, its packed chunks and its fingerprint, built one entry at a time while the
    cells are written (the same result as :func:`pack` and :func:`fingerprint` over
    :func:`entries`, without holding the entries)."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self.chunks: list[tuple[str, str]] = []
        self._sheet = ""
        self._lines: list[str] = []
        self._size = 0

    def add(self, sheet: str, cell: str, kind: str, content: str) -> None:
        self._digest.update("\x1f".join((sheet, cell, kind, content)).encode("utf-8") + b"\x1e")
        line = "\t".join((cell, kind, _escape(content)))
        length = utf16_len(line)
        if sheet != self._sheet or self._size + length + 1 > CHUNK:
            self._flush()
            self._sheet, self._lines, self._size = sheet, [], 0
        self._lines.append(line)
        self._size += length + 1

    def _flush(self) -> None:
        if self._lines:
            self.chunks.append((self._sheet, "\n".join(self._lines)))
            self._lines = []

    def finish(self) -> str:
        """The fingerprint; :attr:`chunks` is complete from now on."""
        self._flush()
        return self._digest.hexdigest()


_ESCAPES = (("\\", "\\\\"), ("\t", "\\t"), ("\n", "\\n"), ("\r", "\\r"))


def _escape(text: str) -> str:
    for raw, escaped in _ESCAPES:
        text = text.replace(raw, escaped)
    return text


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def pack(rows: Sequence[Entry]) -> list[tuple[str, str]]:
    """(sheet, chunk) pairs to write, one chunk per row; see :func:`cells`."""
    out: list[tuple[str, str]] = []
    current_sheet, size = "", 0
    lines: list[str] = []

    def flush() -> None:
        if lines:
            out.append((current_sheet, "\n".join(lines)))

    for sheet, cell, kind, content in rows:
        line = "\t".join((cell, kind, _escape(content)))
        length = utf16_len(line)
        if sheet != current_sheet or size + length + 1 > CHUNK:
            flush()
            current_sheet, lines, size = sheet, [], 0
        lines.append(line)
        size += length + 1
    flush()
    return out


def cells(chunk: str) -> list[str]:
    """A chunk cut into cell-sized pieces of at most :data:`CHUNK` UTF-16 code units, never
    between the two halves of a character outside the Basic Multilingual Plane; joined, the
    pieces give the chunk back. Only one line longer than a cell needs more than one."""
    data = chunk.encode("utf-16-le")
    step = 2 * CHUNK
    if len(data) <= step:
        return [chunk]
    pieces: list[str] = []
    start = 0
    while start < len(data):
        end = min(start + step, len(data))
        if end < len(data) and 0xD8 <= data[end - 1] <= 0xDB:
            end -= 2  # the last unit is a high surrogate: keep the pair together
        pieces.append(data[start:end].decode("utf-16-le"))
        start = end
    return pieces


def unpack(chunks: Iterable[tuple[str, str]]) -> list[Entry]:
    rows: list[Entry] = []
    for sheet, chunk in chunks:
        for line in chunk.split("\n"):
            cell, kind, content = line.split("\t", 2)
            rows.append((sheet, cell, kind, _unescape(content)))
    return rows
