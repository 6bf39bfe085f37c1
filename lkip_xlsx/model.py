"""Typed values passed between the stages: findings, the report model, options, results."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from .choices import Lang, Paper
from .contract import Mapping
from .forms import Measure, Reading
from .kinds import Kind, Severity
from .numbers import Parsed
from .rules import Polarity, RuleSet, Status
from .summary import Summary

__all__ = [
    "Severity",
    "Kind",
    "Lang",
    "Paper",
    "Jenis",
    "Finding",
    "Source",
    "Identity",
    "Indicator",
    "Sasaran",
    "Level",
    "BudgetLine",
    "DeclaredTotal",
    "Report",
    "PlanTarget",
    "PkProgramme",
    "RktRow",
    "ProgramOutput",
    "Options",
    "Result",
    "READING_NOTES",
]

# notes on how the input's layout was read (rows joined, folded, re-levelled, sheets chosen):
# listed in Pemeriksaan, but not counted among the notes on the figures in Ringkasan
READING_NOTES = frozenset(
    {
        "row_joined",
        "label_line",
        "label_dropped",
        "row_heading",
        "row_skipped",
        "accounts_folded",
        "level_assumed",
        "sheet_chosen",
        "line_unlinked",
        "rkt_line_unknown",
        "header_paths",
        "realisasi_from_quarters",
        "renja_form",
        "summary_row",
        "level_from_formula",
        "total_from_formula",
        "formula_not_subtotal",
        "level_from_indent",
        "level_from_bold",
        "formula_past_table",
        "polarity_column_missing",
        "renja_quarter",
        "sum_row_total",
        "sum_row_compared",
        "realisasi_cumulative",
        "year_from_title",
    }
)


@dataclass(frozen=True)
class Finding:
    """One thing found in the input, located by sheet and cell (``Realisasi``, ``F7``).

    ``kind`` gives the severity and the sentence (:mod:`lkip_xlsx.kinds`); ``params`` fill
    it in and must hold every parameter the kind declares. Cross-checks also carry the
    output cell and both figures. ``override`` lowers or raises the kind's severity where
    the contract says so (a blank required cell on an optional sheet is a warning).
    """

    kind: Kind
    sheet: str = ""
    cell: str = ""
    column: str = ""
    value: str = ""
    params: tuple[tuple[str, str], ...] = ()
    output_cell: str = ""
    declared: str = ""
    computed: str = ""
    override: Severity | None = None

    def __post_init__(self) -> None:
        missing = [p for p in self.kind.params if p not in dict(self.params)]
        if missing:
            raise ValueError(f"finding {self.kind.value} lacks parameters {missing}")

    @property
    def code(self) -> str:
        return self.kind.value

    @property
    def severity(self) -> Severity:
        return self.kind.severity if self.override is None else self.override

    @property
    def where(self) -> str:
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}"
        return self.sheet

    def param(self, key: str) -> str:
        """An optional parameter (``difference``, ``rule``), or "" when it was not given."""
        return dict(self.params).get(key, "")


@dataclass(frozen=True)
class Source:
    sheet: str
    cell: str

    @property
    def address(self) -> str:
        return f"{self.sheet}!{self.cell}"


@dataclass(frozen=True)
class Identity:
    instansi: str = ""
    pemerintah: str = ""
    tahun: int = 0
    kepala: str = ""
    nip: str = ""
    pangkat: str = ""
    kota: str = ""
    tanggal: str = ""
    # (v2) the PK's second party and date; the RPJMD block printed above the RKT
    atasan: str = ""
    jabatan_atasan: str = ""
    tanggal_pk: str = ""
    misi: str = ""
    tujuan_rpjmd: str = ""
    indikator_tujuan_rpjmd: str = ""
    sasaran_rpjmd: str = ""
    indikator_sasaran_rpjmd: str = ""

    @property
    def agency(self) -> str:
        """``Dinas Tenaga Kerja Kabupaten Jember``."""
        parts = [self.instansi, self.pemerintah]
        if self.pemerintah and self.pemerintah.casefold() in self.instansi.casefold():
            parts = [self.instansi]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Indicator:
    name: str
    unit: str | None
    polarity: Polarity
    target: Measure
    real: Measure
    status: Status
    name_src: Source
    target_src: Source
    real_src: Source
    reading: Reading | None = None  # how target and realisation were read (docs/aturan.md §1a)
    past: tuple[tuple[int, Parsed], ...] = ()
    national: Parsed | None = None
    responsible: str = ""
    declared_capaian: Parsed | None = None
    declared_capaian_src: Source | None = None
    note: str = ""


@dataclass(frozen=True)
class Sasaran:
    number: int
    name: str
    src: Source
    indicators: tuple[Indicator, ...]
    # what the input declared for the sasaran as a whole (audit only)
    declared_capaian: Parsed | None = None
    declared_capaian_src: Source | None = None
    declared_serapan: Parsed | None = None
    declared_serapan_src: Source | None = None


class Level(enum.IntEnum):
    PROGRAM = 1
    KEGIATAN = 2
    SUB_KEGIATAN = 3

    @property
    def label(self) -> str:
        return {1: "Program", 2: "Kegiatan", 3: "Sub Kegiatan"}[self.value]


@dataclass(frozen=True)
class BudgetLine:
    """A Program / Kegiatan / Sub Kegiatan. Leaves carry amounts; a parent's amounts are the
    sums of its children, and whatever the input declared for it is kept for the audit."""

    level: Level
    name: str
    src: Source
    code: str = ""
    budget: Decimal | None = None
    spent: Decimal | None = None
    budget_src: Source | None = None
    spent_src: Source | None = None
    declared_pct: Parsed | None = None
    declared_pct_src: Source | None = None
    sasaran: str = ""
    children: tuple[BudgetLine, ...] = ()

    def walk(self) -> tuple[BudgetLine, ...]:
        """This line and every line under it, in the order Tabel 3.8 prints them."""
        return (self, *(line for child in self.children for line in child.walk()))


@dataclass(frozen=True)
class DeclaredTotal:
    budget: Decimal | None
    spent: Decimal | None
    pct: Parsed | None
    src: Source
    budget_src: Source | None = None
    spent_src: Source | None = None
    pct_src: Source | None = None


@dataclass(frozen=True)
class PlanTarget:
    """A row of ``PK`` or ``Renstra``: targets as the input gives them, matched to a
    ``Realisasi`` indicator when possible."""

    sasaran: str
    indikator: str
    src: Source
    targets: tuple[tuple[int, Measure], ...]  # (year, target); PK: the reporting year
    satuan: str = ""
    indicator: tuple[int, int] | None = None  # (sasaran index, indicator index)
    tujuan: str = ""  # (v2) Renstra: the goal the sasaran serves, when the input has it
    indikator_tujuan: str = ""


@dataclass(frozen=True)
class PkProgramme:
    """(v2) A line of the PK's programme block: the programme, its budget as signed, and the
    funding note (``P – APBD & DBH CHT``)."""

    name: str
    anggaran: Parsed
    keterangan: str
    src: Source
    anggaran_src: Source | None = None
    programme: int | None = None  # the programme of Tabel 3.8 (index) it names, once linked


@dataclass(frozen=True)
class RktRow:
    """One row of the RKT cascade, every cell as text, keyed as in ``contract.SHEETS``."""

    cells: tuple[tuple[str, str], ...]
    row: int

    def get(self, key: str) -> str:
        return dict(self.cells).get(key, "")


class Jenis(enum.StrEnum):
    """What a measure of ``Program Kegiatan`` is (Tabel 3.6)."""

    INPUT = "Input"
    OUTPUT = "Output"
    OUTCOME = "Outcome"


@dataclass(frozen=True)
class ProgramOutput:
    """A row of ``Program Kegiatan`` (Tabel 3.6): a programme, kegiatan or sub kegiatan, or
    one of its Input / Output / Outcome measures."""

    sasaran: int | None  # sasaran index
    level: Level | None
    uraian: str
    jenis: Jenis | None  # None: a programme/kegiatan row, or a kind the contract does not name
    indikator: str
    target: Parsed
    real: Parsed
    satuan: str
    src: Source
    jenis_text: str = ""  # the input's word when it names no known kind (shown as it is)

    @property
    def jenis_label(self) -> str:
        return self.jenis.value if self.jenis is not None else self.jenis_text

    # an Input row's budget line: its position in the programmes walked in print order
    # (``Report.budget_lines()``), linked on the input side; None when no line matched
    line: int | None = None
    # the row names a programme, kegiatan or sub kegiatan other than the one in force above
    # it (within its sasaran): Tabel 3.6 prints it as a heading
    heading: bool = False


@dataclass(frozen=True)
class Report:
    """Everything the tables need, read and validated."""

    identity: Identity
    sasaran: tuple[Sasaran, ...]
    programmes: tuple[BudgetLine, ...]
    declared_total: DeclaredTotal | None
    # for each sasaran (by position), the programmes (by position) that support it
    support: tuple[tuple[int, ...], ...]
    support_source: str  # "RKT", "Anggaran" or "" when nothing links budget to sasaran
    source_note: str = ""
    # for each sasaran, the lines (by position in budget_lines()) that support it, decided per
    # line (docs/aturan.md §6): the fewest whole subtrees, so that each rupiah is summed once
    support_lines: tuple[tuple[int, ...], ...] = ()
    past_years: tuple[int, ...] = ()  # years with a past realisation column
    has_national: bool = False
    pk: tuple[PlanTarget, ...] = ()
    renstra: tuple[PlanTarget, ...] = ()
    renstra_years: tuple[int, ...] = ()
    rkt: tuple[RktRow, ...] = ()
    outputs: tuple[ProgramOutput, ...] = ()
    # (v2) the titles as the input prints them, and the PK's programme block
    pk_title: str = ""
    renstra_title: str = ""
    pk_programmes: tuple[PkProgramme, ...] = ()

    def budget_lines(self) -> tuple[BudgetLine, ...]:
        """Every programme, kegiatan and sub kegiatan, in the order Tabel 3.8 prints them."""
        return tuple(line for p in self.programmes for line in p.walk())


@dataclass(frozen=True)
class Options:
    rules: RuleSet = field(default_factory=RuleSet)
    tahun: int | None = None
    lang: Lang = Lang.ID
    paper: Paper = Paper.A4
    mapping: Mapping = field(default_factory=Mapping)
    created: dt.datetime | None = None  # the document date; fixed for reproducible outputs
    docx: bool = False  # also write the tables and sentences of Bab III as a Word document


@dataclass(frozen=True)
class Result:
    findings: tuple[Finding, ...]
    output: Path | None
    summary: Summary | None = None  # the output's headline figures, for a batch's Rekap
    docx: Path | None = None  # the Word document beside the workbook, when asked for

    @property
    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)

    @property
    def exit_code(self) -> int:
        worst = self.worst
        return 0 if worst is None or worst == Severity.INFO else 1
