"""The ``Anggaran`` sheet: the level of each row, label rows, the closing total, the tree.

The level of a row comes from, in order: ``Level``, the depth of ``Kode``, a prefix in
``Uraian`` (``Program:``, ``Kegiatan :``, ``Keg.``), the numbering column (Roman numeral =
programme, arabic = kegiatan, as the seed's Tabel 3.8 prints it); a row with no marker under
a kegiatan is one of its sub kegiatan. A row that is only a label (``Kegiatan :``) is joined
with the row under it. A closing ``Total`` / ``Jumlah`` row is the declared grand total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .contract import normalize
from .model import BudgetLine, DeclaredTotal, Finding, Kind, Level, Source
from .numbers import Number, parse_number
from .reader import RawRow, RawTable

__all__ = ["BudgetRow", "prepare", "build_tree", "amount"]

_PREFIX = re.compile(
    r"^\s*(?P<p>sub\s*kegiatan|sub\s*keg|program|prog|kegiatan|keg)\b\s*[:.]?\s*-?\s*",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^[IVXLC]+\.?$")
_ARABIC = re.compile(r"^\d+\.?$")
_TOTAL = {"total", "jumlah", "jumlah total", "total anggaran", "grand total", "jumlah seluruhnya"}
_LEVEL_NAMES = {
    "program": Level.PROGRAM,
    "prog": Level.PROGRAM,
    "kegiatan": Level.KEGIATAN,
    "keg": Level.KEGIATAN,
    "sub kegiatan": Level.SUB_KEGIATAN,
    "subkegiatan": Level.SUB_KEGIATAN,
    "sub keg": Level.SUB_KEGIATAN,
    "sub": Level.SUB_KEGIATAN,
}


@dataclass(frozen=True)
class BudgetRow:
    raw: RawRow
    level: Level
    name: str
    name_cell: str
    leaf: bool = True


def _level_of_prefix(text: str) -> tuple[Level | None, str]:
    m = _PREFIX.match(text)
    if not m:
        return None, text.strip()
    level = _LEVEL_NAMES[normalize(m.group("p")).replace("  ", " ")]
    return level, text[m.end() :].strip()


def _level_of_code(code: str) -> Level | None:
    parts = [p for p in re.split(r"[.\s]+", code.strip()) if p]
    if not parts:
        return None
    if len(parts) <= 3:
        return Level.PROGRAM
    if len(parts) <= 5:
        return Level.KEGIATAN
    return Level.SUB_KEGIATAN


def _has_amount(row: RawRow) -> bool:
    return row.value("anggaran") is not None or row.value("realisasi") is not None


@dataclass
class _Label:
    """A label row seen (``Kegiatan :``), and the name rows collected under it before the
    row that carries the amounts (the seed splits long names over two rows)."""

    level: Level | None = None
    number: str = ""
    name: str = ""
    row: RawRow | None = None

    def active(self) -> bool:
        return self.level is not None or bool(self.number)


def _explicit_level(
    table: RawTable, row: RawRow, prefix_level: Level | None, findings: list[Finding]
) -> tuple[Level | None, bool]:
    """The level a row states itself (Level column, Kode depth, prefix); (None, False) when
    it states none, (None, True) when it states one we do not know."""
    level_text = normalize(row.text("level"))
    if level_text:
        level = _LEVEL_NAMES.get(level_text)
        if level is None:
            findings.append(
                Finding(
                    Kind.LEVEL_UNKNOWN,
                    table.title,
                    table.address("level", row.row),
                    "Level",
                    row.text("level"),
                )
            )
            return None, True
        return level, False
    if row.text("kode"):
        return _level_of_code(row.text("kode")), False
    return prefix_level, False


def _clean_name(name: str) -> str:
    return name.lstrip("-–•· ").strip()


def _implied_level(number: str, after_kegiatan: bool) -> Level | None:
    """The level of a row that states none: numbered I, II… a programme, 1, 2… a kegiatan;
    otherwise, after a kegiatan, a sub kegiatan."""
    if number and _ROMAN.match(number):
        return Level.PROGRAM
    if number and _ARABIC.match(number):
        return Level.KEGIATAN
    return Level.SUB_KEGIATAN if after_kegiatan else None


def _with_leaves(rows: list[BudgetRow]) -> list[BudgetRow]:
    """A row is a leaf unless the next row is deeper."""
    out = list(rows)
    for i, br in enumerate(rows[:-1]):
        if rows[i + 1].level > br.level:
            out[i] = replace(br, leaf=False)
    return out


def prepare(table: RawTable) -> tuple[list[BudgetRow], RawRow | None, list[Finding]]:
    """Rows with their levels, the declared total row, and findings about levels."""
    findings: list[Finding] = []
    out: list[BudgetRow] = []
    total: RawRow | None = None
    label = _Label()
    seen_kegiatan = False

    def emit(row: RawRow, level: Level, name: str, cell: str) -> None:
        nonlocal seen_kegiatan
        if level is Level.PROGRAM:
            seen_kegiatan = False
        elif level is Level.KEGIATAN:
            seen_kegiatan = True
        out.append(BudgetRow(row, level, name, cell))

    def flush() -> None:
        """A labelled name that never met its amounts is a line of its own (a parent)."""
        nonlocal label
        if label.row is not None and label.level is not None and label.name:
            emit(label.row, label.level, label.name, table.address("uraian", label.row.row))
        label = _Label()

    for row in table.rows:
        uraian = row.text("uraian")
        if normalize(uraian) in _TOTAL:
            total = row
            continue
        prefix_level, name = _level_of_prefix(uraian)
        name = _clean_name(name)
        number = row.text("no")
        stated, bad = _explicit_level(table, row, prefix_level, findings)
        if bad:
            continue
        if not name and not _has_amount(row):
            # a label row: "Kegiatan :" with the name on the next row
            flush()
            label = _Label(prefix_level, number)
            continue
        if label.active() and stated is None and not _has_amount(row):
            # the labelled line's name, continued on the next row
            label.name = f"{label.name} {name}".strip()
            label.row = label.row or row
            continue
        cell = table.address("uraian", row.row)
        if label.name:
            name = f"{label.name} {name}"
            cell = table.address("uraian", label.row.row) if label.row else cell
        level = stated or label.level or _implied_level(number or label.number, seen_kegiatan)
        label = _Label()
        if level is None:
            findings.append(
                Finding(
                    Kind.LEVEL_MISSING,
                    table.title,
                    table.address("uraian", row.row),
                    "Uraian",
                    uraian,
                )
            )
            continue
        emit(row, level, name, cell)
    flush()
    return _with_leaves(out), total, findings


def amount(row: RawRow, key: str) -> Number | None:
    parsed = parse_number(row.value(key))
    return parsed if isinstance(parsed, Number) else None


def _line(table: RawTable, br: BudgetRow) -> BudgetLine:
    row = br.raw
    budget, spent = amount(row, "anggaran"), amount(row, "realisasi")
    has_pct = "capaian" in table.columns and row.value("capaian") is not None
    return BudgetLine(
        level=br.level,
        name=br.name,
        src=Source(table.title, br.name_cell),
        code=row.text("kode"),
        budget=budget.value if budget else None,
        spent=spent.value if spent else None,
        budget_src=Source(table.title, table.address("anggaran", row.row)),
        spent_src=Source(table.title, table.address("realisasi", row.row)),
        declared_pct=parse_number(row.value("capaian"), row.cells["capaian"].number_format)
        if has_pct
        else None,
        declared_pct_src=Source(table.title, table.address("capaian", row.row))
        if has_pct
        else None,
        sasaran=row.text("sasaran"),
    )


def build_tree(
    table: RawTable, rows: list[BudgetRow]
) -> tuple[tuple[BudgetLine, ...], list[Finding]]:
    """Programmes with their kegiatan and sub kegiatan."""
    findings: list[Finding] = []
    programmes: list[tuple[BudgetLine, list[tuple[BudgetLine, list[BudgetLine]]]]] = []
    orphans: list[BudgetRow] = []
    for br in rows:
        line = _line(table, br)
        if br.level is Level.PROGRAM:
            programmes.append((line, []))
        elif not programmes:
            orphans.append(br)
        elif br.level is Level.KEGIATAN:
            programmes[-1][1].append((line, []))
        elif programmes[-1][1]:
            programmes[-1][1][-1][1].append(line)
        else:
            # a sub kegiatan straight under a programme: kept as its child
            programmes[-1][1].append((line, []))
    if orphans:
        # one fix (a programme row above) mends them all: say it once
        first = orphans[0]
        findings.append(
            Finding(
                Kind.ORPHAN_LINE,
                table.title,
                first.name_cell,
                "Uraian",
                first.name,
                params=(("count", str(len(orphans))),),
            )
        )
    tree = tuple(
        replace(p, children=tuple(replace(k, children=tuple(subs)) for k, subs in kegs))
        for p, kegs in programmes
    )
    return tree, findings


def declared_total(table: RawTable, row: RawRow | None) -> DeclaredTotal | None:
    if row is None:
        return None
    b, s = amount(row, "anggaran"), amount(row, "realisasi")
    has_pct = "capaian" in table.columns
    return DeclaredTotal(
        budget=b.value if b else None,
        spent=s.value if s else None,
        pct=parse_number(row.value("capaian"), row.cells["capaian"].number_format)
        if has_pct and row.value("capaian") is not None
        else None,
        src=Source(table.title, table.address("uraian", row.row)),
        budget_src=Source(table.title, table.address("anggaran", row.row)),
        spent_src=Source(table.title, table.address("realisasi", row.row)),
        pct_src=Source(table.title, table.address("capaian", row.row)) if has_pct else None,
    )
