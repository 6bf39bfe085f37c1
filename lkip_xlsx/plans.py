"""The planning sheets: ``PK``, ``Renstra``, ``RKT`` and ``Program Kegiatan`` -> model.

Their indicators are matched to the ``Realisasi`` indicators by name (typos and numbering
such as ``1.`` or ``a.`` allowed), so that Tabel 3.2 and 3.3 can put a plan's targets beside
the year's realisation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .contract import normalize
from .formula import cell_name
from .frames import SheetFrame, contract_columns, typed_frame
from .lookup import fill_down, match_name, measured, resolve, sasaran_index
from .model import (
    BudgetLine,
    Finding,
    Jenis,
    Kind,
    Level,
    PkProgramme,
    PlanTarget,
    ProgramOutput,
    RktRow,
    Sasaran,
    Source,
)
from .numbers import parse_number
from .reader import RawTable, RawWorkbook
from .rules import GRADE_SCALES, GradeScale

__all__ = ["read_plans", "Plans", "link_inputs"]

_LEVELS = {
    "program": Level.PROGRAM,
    "kegiatan": Level.KEGIATAN,
    "sub kegiatan": Level.SUB_KEGIATAN,
    "subkegiatan": Level.SUB_KEGIATAN,
}
_JENIS = {
    "input": Jenis.INPUT,
    "masukan": Jenis.INPUT,
    "output": Jenis.OUTPUT,
    "keluaran": Jenis.OUTPUT,
    "outcome": Jenis.OUTCOME,
    "hasil": Jenis.OUTCOME,
}


class Plans:
    def __init__(self) -> None:
        self.pk: tuple[PlanTarget, ...] = ()
        self.renstra: tuple[PlanTarget, ...] = ()
        self.renstra_years: tuple[int, ...] = ()
        self.rkt: tuple[RktRow, ...] = ()
        self.outputs: tuple[ProgramOutput, ...] = ()
        self.pk_title = ""
        self.renstra_title = ""
        self.pk_programmes: tuple[PkProgramme, ...] = ()


def _indicator_index(name: str, sasaran: Sequence[Sasaran]) -> tuple[int, int] | None:
    flat = [
        (s_idx, i_idx, ind.name)
        for s_idx, s in enumerate(sasaran)
        for i_idx, ind in enumerate(s.indicators)
    ]
    found = match_name(name, [n for _, _, n in flat])
    return None if found is None else (flat[found][0], flat[found][1])


def _targets(
    table: RawTable,
    sasaran: Sequence[Sasaran],
    years: dict[int, str],
    findings: list[Finding],
    kind: Kind,
    scales: tuple[GradeScale, ...],
) -> tuple[PlanTarget, ...]:
    fill_down(table.rows, "sasaran")
    out: list[PlanTarget] = []
    for row in table.rows:
        name = row.text("indikator")
        if not name:
            continue
        found = _indicator_index(name, sasaran)
        src = Source(table.title, table.address("indikator", row.row))
        if found is None:
            findings.append(Finding(kind, src.sheet, src.cell, "Indikator", name))
        out.append(
            PlanTarget(
                sasaran=row.text("sasaran"),
                indikator=name,
                src=src,
                targets=tuple((year, measured(row, key, scales)) for year, key in years.items()),
                satuan=row.text("satuan"),
                indicator=found,
                tujuan=row.text("tujuan") if "tujuan" in table.columns else "",
                indikator_tujuan=row.text("indikator_tujuan")
                if "indikator_tujuan" in table.columns
                else "",
            )
        )
    return tuple(out)


def _title(table: RawTable, word: str) -> str:
    """The table's title line as the input prints it (``PERJANJIAN KINERJA – PERUBAHAN
    TAHUN 2023``): the first line above the header that contains ``word``."""
    return next((t for t in table.above if word in normalize(t)), "")


def _pk_programmes(table: RawTable) -> tuple[PkProgramme, ...]:
    """The PK's programme block: ``Program | Anggaran | Keterangan`` and its rows, matched
    by column position under the block's header; the ``Jumlah`` row is not a programme."""
    if not table.block:
        return ()
    header = [(normalize(v), _column(cell)) for v, cell in table.block[0] if isinstance(v, str)]
    cols = {key: next((c for n, c in header if n.startswith(key)), None) for key in _BLOCK}
    out: list[PkProgramme] = []
    for row in table.block[1:]:
        by_col = {_column(cell): (v, cell) for v, cell in row}
        name_cell = by_col.get(cols["program"] or "")
        if name_cell is None or normalize(name_cell[0]).startswith(("jumlah", "total")):
            continue
        budget, budget_cell = by_col.get(cols["anggaran"] or "", (None, ""))
        note = by_col.get(cols["keterangan"] or "", ("", ""))[0]
        out.append(
            PkProgramme(
                name=" ".join(str(name_cell[0]).split()),
                anggaran=parse_number(budget),
                keterangan=" ".join(str(note or "").split()),
                src=Source(table.title, name_cell[1]),
                anggaran_src=Source(table.title, budget_cell) if budget_cell else None,
            )
        )
    return tuple(out)


def programme_key(name: str) -> str:
    """``1. Program Penempatan Tenaga Kerja`` and ``Penempatan Tenaga Kerja`` are one."""
    words = name.split()
    while words and (
        words[0].rstrip(".").isdigit() or words[0].rstrip(":").casefold() == "program"
    ):
        words = words[1:]
    return " ".join(words)


def link_pk_programmes(
    pk: Sequence[PkProgramme], programmes: Sequence[BudgetLine], findings: list[Finding]
) -> tuple[PkProgramme, ...]:
    """Each line of the PK's programme block linked to the budget programme it names. The PK
    often writes the longer official name (``… Pemerintahan Daerah Kabupaten/ Kota``): a looser
    match than for indicators, among a handful of programmes. A line that names none is a
    warning, since its budget cannot be compared with Tabel 3.8."""
    names = [programme_key(p.name) for p in programmes]
    out: list[PkProgramme] = []
    for line in pk:
        found = match_name(programme_key(line.name), names, cutoff=0.75) if names else None
        if found is None and names:
            findings.append(
                Finding(
                    Kind.PK_PROGRAMME_UNKNOWN, line.src.sheet, line.src.cell, "Program", line.name
                )
            )
        out.append(replace(line, programme=found))
    return tuple(out)


_BLOCK = ("program", "anggaran", "keterangan")


def _column(cell: str) -> str:
    return cell.rstrip("0123456789")


def _rkt(table: RawTable) -> tuple[RktRow, ...]:
    keys = list(table.columns)
    return tuple(RktRow(tuple((k, row.text(k)) for k in keys), row.row) for row in table.rows)


def _outputs(
    frame: SheetFrame, sasaran: Sequence[Sasaran], findings: list[Finding]
) -> tuple[ProgramOutput, ...]:
    table = frame.table
    fill_down(table.rows, "sasaran")
    names = [s.name for s in sasaran]
    out: list[ProgramOutput] = []
    reported: set[str] = set()
    for row in table.rows:
        s_text = row.text("sasaran")
        s_idx = sasaran_index(s_text, names) if s_text else None
        if s_text and s_idx is None and s_text not in reported:
            reported.add(s_text)
            findings.append(
                Finding(
                    Kind.BUDGET_SASARAN_UNKNOWN,
                    table.title,
                    table.address("sasaran", row.row),
                    "Sasaran",
                    s_text,
                )
            )
        jenis_text = normalize(row.text("jenis"))
        level = _LEVELS.get(normalize(row.text("level")))
        out.append(
            ProgramOutput(
                sasaran=s_idx,
                level=level,
                uraian=row.text("uraian"),
                jenis=_JENIS.get(jenis_text),
                indikator=row.text("indikator"),
                target=frame.figure("target", row.row),
                real=frame.figure("realisasi", row.row),
                satuan=row.text("satuan"),
                src=Source(table.title, cell_name(row.row - 1, 0)),
                jenis_text="" if jenis_text in _JENIS else row.text("jenis"),
            )
        )
    return tuple(out)


def read_plans(
    raw: RawWorkbook,
    tahun: int,
    sasaran: Sequence[Sasaran],
    findings: list[Finding],
    scales: tuple[GradeScale, ...] = GRADE_SCALES,
    frames: dict[str, SheetFrame] | None = None,
) -> Plans:
    """PK and Renstra targets are read in every form of docs/aturan.md §1a (``scales`` names the
    grades), so that they print as written and compare with the ``Realisasi`` targets. The
    figures of ``Program Kegiatan`` come from its typed frame (``frames``, read when absent)."""
    plans = Plans()
    pk = raw.tables.get("pk")
    if pk is not None:
        key = resolve(pk, "target", tahun)
        if key:
            plans.pk = _targets(
                pk, sasaran, {tahun: key}, findings, Kind.PK_INDICATOR_UNKNOWN, scales
            )
        plans.pk_title = _title(pk, "perjanjian kinerja")
        plans.pk_programmes = _pk_programmes(pk)
    renstra = raw.tables.get("renstra")
    if renstra is not None:
        by_year = renstra.years.get("target", {})
        years = {y: f"target@{y}" for y in sorted(by_year)}
        plans.renstra_years = tuple(years)
        plans.renstra = _targets(
            renstra, sasaran, years, findings, Kind.RENSTRA_INDICATOR_UNKNOWN, scales
        )
        plans.renstra_title = _title(renstra, "rencana strategis")
    rkt = raw.tables.get("rkt")
    if rkt is not None:
        plans.rkt = _rkt(rkt)
    outputs = raw.tables.get("program_kegiatan")
    if outputs is not None:
        frame = (frames or {}).get("program_kegiatan") or typed_frame(
            outputs, outputs.rows, contract_columns(outputs)
        )
        plans.outputs = _outputs(frame, sasaran, findings)
    return plans


def _line_for(names: dict[Level, str], lines: Sequence[BudgetLine]) -> int | None:
    """The budget line (its position in ``lines``) of the deepest level named so far."""
    for level in (Level.SUB_KEGIATAN, Level.KEGIATAN, Level.PROGRAM):
        if level in names:
            at = [i for i, line in enumerate(lines) if line.level is level]
            found = match_name(names[level], [lines[i].name for i in at])
            return None if found is None else at[found]
    return None


def link_inputs(
    outputs: Sequence[ProgramOutput], lines: Sequence[BudgetLine], findings: list[Finding]
) -> tuple[ProgramOutput, ...]:
    """Each ``Input`` row of ``Program Kegiatan`` linked to the budget line it measures:
    the line named by the programme, kegiatan or sub kegiatan rows above it (within its
    sasaran, as Tabel 3.6 groups them), matched by name despite typos. An Input row that
    matches no line keeps its own figures, and a finding says so. A row that names a new
    programme, kegiatan or sub kegiatan is marked as a heading."""
    groups: dict[int | None, list[int]] = {}
    for i, out in enumerate(outputs):
        groups.setdefault(out.sasaran, []).append(i)
    linked = list(outputs)
    for members in groups.values():
        names: dict[Level, str] = {}
        for i in members:
            out = outputs[i]
            named = normalize(names.get(out.level)) if out.level else ""
            heading = bool(out.level and out.uraian and named != normalize(out.uraian))
            if out.level and heading:
                names = {lv: n for lv, n in names.items() if lv < out.level}
                names[out.level] = out.uraian
            line = _line_for(names, lines) if out.jenis is Jenis.INPUT else None
            if out.jenis is Jenis.INPUT and line is None:
                findings.append(
                    Finding(
                        Kind.INPUT_LINE_UNKNOWN,
                        out.src.sheet,
                        out.src.cell,
                        "Uraian",
                        " / ".join(names.values()),
                    )
                )
            linked[i] = replace(out, line=line, heading=heading)
    return tuple(linked)
