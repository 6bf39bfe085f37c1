"""The level of each ``Anggaran`` row, as staff lay budgets out.

In order: ``Level``, the budget code (a ``Kode`` column, split code columns, or a code at the
start of the name; :mod:`lkip_xlsx.codes`), a prefix in ``Uraian`` (``Program:``, ``Kegiatan
:``, ``Keg.``), the numbering column (Roman numeral = programme, arabic = kegiatan, as the
seed's Tabel 3.8 prints it); a row with no marker under a kegiatan is one of its sub kegiatan
(an assumption, noted). A row that is only a label (``Kegiatan :``) is joined with the rows
under it up to the one that carries the amounts, but a row that states its own level or code
is never swallowed: the label then stands as a line of its own. Urusan and bidang urusan rows
are headings; account rows under a sub kegiatan are its detail, folded into it. Every row
joined, folded, skipped or assumed is a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .codes import SPLIT_KEYS, CodeKind, code_at_start, code_kind, is_code, join_parts
from .contract import normalize
from .model import Finding, Kind, Level
from .reader import RawRow, RawTable
from .sumrows import is_sum_name, sum_level
from .untagged import Untagged, infer

__all__ = ["BudgetRow", "prepare", "has_amount", "validation_rows", "sum_row", "sum_rows"]

_PREFIX = re.compile(
    r"^\s*(?P<p>sub\s*kegiatan|sub\s*keg|program|prog|kegiatan|keg)\b\s*[:.]?\s*-?\s*",
    re.IGNORECASE,
)
# the agency and government-affairs headings above the first programme
_HEADING = re.compile(
    r"^\s*(perangkat daerah|unit organisasi|sub unit|organisasi|skpd|opd|urusan|bidang urusan"
    r"|bidang)\b",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^[IVXLC]+\.?$")
_ARABIC = re.compile(r"^\d+\.?$")
LEVEL_NAMES = {
    "program": Level.PROGRAM,
    "prog": Level.PROGRAM,
    "kegiatan": Level.KEGIATAN,
    "keg": Level.KEGIATAN,
    "sub kegiatan": Level.SUB_KEGIATAN,
    "subkegiatan": Level.SUB_KEGIATAN,
    "sub keg": Level.SUB_KEGIATAN,
    "sub": Level.SUB_KEGIATAN,
}
_KIND_LEVEL = {
    CodeKind.PROGRAM: Level.PROGRAM,
    CodeKind.KEGIATAN: Level.KEGIATAN,
    CodeKind.SUB_KEGIATAN: Level.SUB_KEGIATAN,
}


@dataclass(frozen=True)
class BudgetRow:
    raw: RawRow
    level: Level
    name: str
    name_cell: str
    leaf: bool = True
    code: str = ""
    accounts: tuple[RawRow, ...] = ()  # the leaf account rows folded into this line


@dataclass(frozen=True)
class _Marks:
    """What a row says about itself."""

    name: str  # without its prefix and code
    prefix: Level | None
    code: str
    kind: CodeKind | None
    level: Level | None  # Level column, else code, else prefix


@dataclass
class _Label:
    """A label row seen (``Kegiatan :``), and the name rows collected under it before the
    row that carries the amounts (the seed splits long names over two rows)."""

    level: Level | None = None
    number: str = ""
    name: str = ""
    row: RawRow | None = None  # the first name row
    start: RawRow | None = None  # the label row itself
    code: str = ""

    def active(self) -> bool:
        return self.level is not None or bool(self.number)


@dataclass
class _Account:
    code: str
    row: RawRow
    subtotal: bool = False  # an untagged detail row that its formula makes a subtotal


@dataclass
class _State:
    table: RawTable
    findings: list[Finding] = field(default_factory=list)
    out: list[BudgetRow] = field(default_factory=list)
    total: RawRow | None = None
    label: _Label = field(default_factory=_Label)
    seen_kegiatan: bool = False
    accounts: list[_Account] | None = None  # open while under a sub kegiatan's accounts
    hints: Untagged = field(default_factory=Untagged)  # levels of untagged rows
    marks: dict[int, _Marks] = field(default_factory=dict)  # each row's, read once
    sums: list[tuple[int, RawRow]] = field(default_factory=list)  # (lines before, row)

    def cell(self, row: RawRow) -> str:
        return self.table.address("uraian", row.row)

    def note(self, code: Kind, row: RawRow, value: str, *params: tuple[str, str]) -> None:
        self.findings.append(
            Finding(code, self.table.title, self.cell(row), "Uraian", value, params)
        )


def has_amount(row: RawRow) -> bool:
    return row.value("anggaran") is not None or row.value("realisasi") is not None


def _level_of_prefix(text: str) -> tuple[Level | None, str]:
    m = _PREFIX.match(text)
    if not m:
        return None, text.strip()
    level = LEVEL_NAMES[normalize(m.group("p")).replace("  ", " ")]
    return level, text[m.end() :].strip()


def _clean_name(name: str) -> str:
    return name.lstrip("-–•· ").strip()


def _split_code(table: RawTable, row: RawRow) -> tuple[str, CodeKind | None]:
    """Split code columns: named ones (``Urusan | Bidang | …``) give the kind of the deepest
    filled one; a merged ``Kode`` over unnamed columns gives the joined code's shape."""
    named = [(k, kind) for k, kind in SPLIT_KEYS if k in table.columns]
    if named:
        filled = [(row.text(k), kind) for k, kind in named if is_code(row.text(k))]
        if filled:
            return join_parts([t for t, _ in filled]), filled[-1][1]
        return "", None
    parts = sorted(
        (k for k in table.columns if re.fullmatch(r"kode_\d+", k)), key=lambda k: int(k[5:])
    )
    if parts:
        code = join_parts([row.text("kode"), *(row.text(k) for k in parts)])
        return code, code_kind(code)
    return "", None


def _marks(state: _State, row: RawRow) -> _Marks | None:
    """``None`` when the row names a level we do not know (reported)."""
    table = state.table
    prefix, rest = _level_of_prefix(row.text("uraian"))
    code, rest = code_at_start(rest)
    if code and prefix is None:  # "2.07.02 Program Pelatihan …"
        prefix, rest = _level_of_prefix(rest)
    code, kind = (code, code_kind(code)) if code else ("", None)
    split, split_kind = _split_code(table, row)
    if split:
        code, kind = split, split_kind
    elif is_code(row.text("kode")):
        code, kind = row.text("kode"), code_kind(row.text("kode"))
    level = _KIND_LEVEL.get(kind) if kind else None
    level_text = normalize(row.text("level"))
    if level_text:
        stated = LEVEL_NAMES.get(level_text)
        if stated is None:
            state.findings.append(
                Finding(
                    Kind.LEVEL_UNKNOWN,
                    table.title,
                    table.address("level", row.row),
                    "Level",
                    row.text("level"),
                )
            )
            return None
        level, kind = stated, None
    return _Marks(_clean_name(rest), prefix, code, kind, level or prefix)


def _next_kind(rows: list[RawRow], i: int, state: _State) -> CodeKind | None:
    """The shape of the next coded row (a lone ``5`` is an account unless a bidang follows)."""
    for row in rows[i + 1 : i + 4]:
        marks = state.marks.get(row.row) or _marks(_State(state.table), row)
        if marks is not None and marks.code:
            return marks.kind
    return None


def _fold(state: _State, row: RawRow, marks: _Marks) -> None:
    """An account row (or an uncoded detail under one) joins the open sub kegiatan."""
    if state.accounts is None:
        if not state.out:
            state.note(Kind.ROW_SKIPPED, row, row.text("uraian"), ("reason", "account"))
            return
        state.accounts = []
    state.accounts.append(_Account(marks.code, row, state.hints.detail.get(row.row, False)))


def _close_accounts(state: _State) -> None:
    """The leaf accounts of the open sub kegiatan: a coded account with deeper accounts (or
    uncoded detail) under it is their subtotal and is not summed again."""
    accounts, state.accounts = state.accounts, None
    if not accounts or not state.out:
        return
    leaves: list[RawRow] = []
    for i, acc in enumerate(accounts):
        nxt = accounts[i + 1] if i + 1 < len(accounts) else None
        parent = acc.subtotal or (
            acc.code
            and nxt is not None
            and (not nxt.code or nxt.code.startswith(acc.code.rstrip(".") + "."))
        )
        if not parent:
            leaves.append(acc.row)
    line = state.out[-1]
    state.out[-1] = replace(line, accounts=(*line.accounts, *leaves))
    first, last = accounts[0].row.row, accounts[-1].row.row
    rng = f"{state.cell(accounts[0].row)}:{state.table.address('uraian', last)}"
    state.note(
        Kind.ACCOUNTS_FOLDED,
        line.raw,
        line.name,
        ("count", str(len(accounts))),
        ("leaves", str(len(leaves))),
        ("rows", rng if last != first else state.cell(accounts[0].row)),
        ("level", line.level.label),
    )


def _emit(state: _State, row: RawRow, level: Level, name: str, cell: str, code: str) -> None:
    if level is Level.PROGRAM:
        state.seen_kegiatan = False
    elif level is Level.KEGIATAN:
        state.seen_kegiatan = True
    state.out.append(BudgetRow(row, level, name, cell, code=code))


def _flush(state: _State, reason: str = "") -> None:
    """A labelled name that never met its amounts is a line of its own (a parent)."""
    label, state.label = state.label, _Label()
    if label.row is not None and label.level is not None and label.name:
        start = label.start or label.row
        _emit(state, label.row, label.level, label.name, state.cell(start), label.code)
        if reason:
            state.note(
                Kind.LABEL_LINE,
                start,
                label.name,
                ("level", label.level.label),
                ("next", reason),
            )
        elif start is not label.row:  # the label row and its name row(s): one line
            rows = f"{state.cell(start)}:{state.table.address('uraian', label.row.row)}"
            state.note(Kind.ROW_JOINED, start, label.name, ("rows", rows))
    elif label.start is not None and reason:
        state.note(Kind.LABEL_DROPPED, label.start, label.start.text("uraian"), ("next", reason))


def _heading(state: _State, row: RawRow, marks: _Marks) -> bool:
    """Urusan and bidang urusan rows (by code, or by name) and an
    agency heading (``Perangkat Daerah : …``) without amounts are headings."""
    if marks.level is None and marks.kind in (CodeKind.URUSAN, CodeKind.BIDANG):
        _flush(state)
        assert marks.kind is not None
        state.note(Kind.ROW_HEADING, row, row.text("uraian"), ("kind", marks.kind.value))
        return True
    if (
        marks.level is None
        and marks.prefix is None
        and not state.label.active()
        and not has_amount(row)
        and _HEADING.match(marks.name)
    ):
        state.note(Kind.ROW_HEADING, row, row.text("uraian"), ("kind", "judul"))
        return True
    return False


def _level_of(state: _State, row: RawRow, stated: Level | None, number: str) -> Level | None:
    if stated is not None:
        return stated
    if number and _ROMAN.match(number):
        return Level.PROGRAM
    if number and _ARABIC.match(number):
        return Level.KEGIATAN
    if row.row in state.hints.levels:  # read from formulas or formatting (noted there)
        return state.hints.levels[row.row]
    if state.seen_kegiatan:
        state.note(Kind.LEVEL_ASSUMED, row, row.text("uraian"), ("level", "Sub Kegiatan"))
        return Level.SUB_KEGIATAN
    return None


def _line_row(state: _State, row: RawRow, marks: _Marks) -> None:
    """A row with a name and amounts, or one that states its level: a line, with the name
    of a label above it joined in when the label is of its level (or states none)."""
    label = state.label
    stated = marks.level
    if label.active() and stated is not None and label.level not in (None, stated):
        # an explicit level always wins over "continuation of the label above"
        _flush(state, f"{stated.label}: {marks.name}")
        label = state.label
    if label.active() and (stated is None or not label.name) and not has_amount(row):
        # the labelled line's name (or its code), continued on the next row
        label.name = f"{label.name} {marks.name}".strip()
        label.row = label.row or row
        label.level = label.level or stated
        label.code = label.code or marks.code
        return
    cell, name = state.cell(row), marks.name
    if label.name:
        name = f"{label.name} {name}".strip()
    if label.start is not None and (label.name or label.level):
        cell = state.cell(label.start)
        last = state.table.address("uraian", row.row)
        state.note(Kind.ROW_JOINED, label.start, name, ("rows", f"{cell}:{last}"))
    number = row.text("no") or label.number
    level = _level_of(state, row, stated or label.level, number)
    code = marks.code or label.code
    state.label = _Label()
    if level is None:
        state.findings.append(
            Finding(
                Kind.LEVEL_MISSING,
                state.table.title,
                state.cell(row),
                "Uraian",
                row.text("uraian"),
            )
        )
        return
    _emit(state, row, level, name, cell, code)


def sum_row(table: RawTable, row: RawRow) -> bool:
    """A row that declares a sum (:mod:`lkip_xlsx.sumrows`): its name (or its ``Level``)
    starts with ``Jumlah`` / ``Total`` …, and it carries no code, level or numbering of a
    line."""
    level = row.text("level")
    if level and not is_sum_name(level):
        return False
    if not is_sum_name(row.text("uraian")) and not level:
        return False
    number = row.text("no")
    return (
        not _split_code(table, row)[0]
        and not is_code(row.text("kode"))
        and not (number and (_ROMAN.match(number) or _ARABIC.match(number)))
    )


def sum_rows(table: RawTable) -> list[RawRow]:
    return [row for row in table.rows if sum_row(table, row)]


def _total_row(sums: list[tuple[int, RawRow]], lines: int) -> RawRow | None:
    """The declared grand total: the last sum row of generic wording after the last line
    (else before the first one); ``Jumlah Program`` there is the last programme's."""
    generic = [(k, r) for k, r in sums if sum_level(r.text("uraian")) is None]
    closing = [r for k, r in generic if k == lines] or [r for k, r in generic if k == 0]
    return closing[-1] if closing else None


def _row(state: _State, rows: list[RawRow], i: int) -> None:
    row = rows[i]
    if row.row == state.hints.total:  # its formula adds up the programmes (noted there)
        _close_accounts(state)
        _flush(state)
        state.total = row
        return
    if row.row in state.hints.headings:  # a second total, by its formula (noted there)
        return
    if sum_row(state.table, row):  # compared, never summed (budget.sum_findings)
        _close_accounts(state)
        _flush(state)
        state.sums.append((len(state.out), row))
        return
    marks = state.marks.get(row.row) or _marks(state, row)  # None: said there
    if marks is None:
        return
    if row.row in state.hints.detail:  # under a sub kegiatan by the staff's formulas
        _fold(state, row, marks)
        return
    kind = marks.kind
    if marks.level is None and state.accounts is not None and kind is CodeKind.URUSAN:
        kind = (
            CodeKind.URUSAN if _next_kind(rows, i, state) is CodeKind.BIDANG else CodeKind.ACCOUNT
        )
    under_sub = state.out and state.out[-1].level is Level.SUB_KEGIATAN
    if marks.level is None and (
        kind is CodeKind.ACCOUNT
        or (
            under_sub and kind is CodeKind.URUSAN and _next_kind(rows, i, state) is CodeKind.ACCOUNT
        )
        or (
            state.accounts is not None
            and kind is None
            and marks.prefix is None
            and row.row not in state.hints.levels
        )
    ):
        _fold(state, row, marks)
        return
    _close_accounts(state)
    if _heading(state, row, marks):
        return
    if not marks.name and not has_amount(row) and not marks.code:
        # a label row: "Kegiatan :" with the name on the next row
        _flush(state, "")
        state.label = _Label(marks.prefix, row.text("no"), start=row)
        return
    _line_row(state, row, marks)


def _stated(state: _State) -> dict[int, Level | None]:
    """The rows that may be lines, in order, with the level each states (``Level``, code,
    prefix, numbering, or the label row above it), or ``None``: what is left to
    :mod:`lkip_xlsx.untagged`. Totals, headings, accounts and label rows are not lines. Each
    row's marks are kept in ``state`` for the pass that levels them."""
    scratch = _State(state.table)
    out: dict[int, Level | None] = {}
    pending: Level | None = None  # a label row's level, for the rows up to its amounts
    for row in state.table.rows:
        marks = _marks(scratch, row)
        if marks is not None:
            state.marks[row.row] = marks
        if sum_row(state.table, row) or marks is None:
            continue
        if marks.level is None and marks.kind is not None:
            continue  # urusan, bidang, an account
        number = row.text("no")
        numbered = (
            Level.PROGRAM
            if _ROMAN.match(number)
            else Level.KEGIATAN
            if _ARABIC.match(number)
            else None
        )
        if not marks.name and not has_amount(row) and not marks.code:
            pending = marks.prefix or numbered
            continue
        if marks.level is None and not has_amount(row) and _HEADING.match(marks.name):
            continue
        level = marks.level or numbered or pending
        pending = None if marks.level is not None or has_amount(row) else pending
        out[row.row] = level
    return out


def prepare(table: RawTable) -> tuple[list[BudgetRow], RawRow | None, list[Finding]]:
    """Rows with their levels, the declared total row, and findings about levels."""
    state = _State(table)
    rows = table.rows
    # the sheet's own closing Total/Jumlah row (generic wording) is its declared total
    named = any(sum_row(table, r) and sum_level(r.text("uraian")) is None for r in rows)
    state.hints = infer(table, _stated(state), state.findings, named)
    for i in range(len(rows)):
        _row(state, rows, i)
    _close_accounts(state)
    _flush(state)
    out = state.out
    state.total = state.total or _total_row(state.sums, len(out))
    # a row is a leaf unless the next row is deeper
    for i, br in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt.level > br.level:
            out[i] = replace(br, leaf=False)
    return out, state.total, state.findings


def validation_rows(rows: list[BudgetRow]) -> tuple[list[RawRow], frozenset[int]]:
    """The rows whose amounts are validated, and those whose amounts are required: leaf lines
    and folded accounts (a line with accounts may leave its own amounts blank)."""
    checked: list[RawRow] = []
    leaves: set[int] = set()
    for br in rows:
        checked.append(br.raw)
        if br.leaf and not br.accounts:
            leaves.add(br.raw.row)
        for acc in br.accounts:
            checked.append(acc)
            leaves.add(acc.row)
    return checked, frozenset(leaves)
