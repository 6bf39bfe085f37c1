"""Tabel 3.7 Efisiensi Penggunaan Sumber Daya: per sasaran, capaian against the
money-weighted serapan of the programmes that support it (Aturan §6).

Printed as the report prints it: ``Sasaran | % Capaian Kinerja | % Serapan Anggaran | Tingkat
Efisiensi``, with the efficiency index beside it. The supporting programmes, their rupiah and
the difference capaian − serapan are helper columns outside the print area; a note under the
table names the programmes."""

from __future__ import annotations

from dataclasses import dataclass

from ..formula import Ref, cell_name
from ..layout import Grid
from ..model import Finding, Kind, Report
from ..rules import efficiency, selisih, serapan, total, verdict
from .cells import live
from .parameter import ParamRefs
from .t35 import Table35
from .t38 import LineRefs, Table38

__all__ = ["Table37", "build_37", "SHEET", "supporting"]

SHEET = "3.7"
CAPAIAN, SERAPAN, VERDICT, INDEX = 1, 2, 3, 4  # the printed columns after the sasaran (A)
PROGRAMS, BUDGET, SPENT, DIFF = 6, 7, 8, 9  # helper columns G:J, beyond the print area
_LABELS = (
    "Sasaran",
    "% Capaian Kinerja",
    "% Serapan Anggaran",
    "Tingkat Efisiensi",
    "Indeks Efisiensi (2) ÷ (3)",
)
_HELPERS = ("Program pendukung", "Anggaran (Rp.)", "Realisasi (Rp)", "Selisih (2) − (3)")


@dataclass(frozen=True)
class Table37:
    grid: Grid
    findings: tuple[Finding, ...]
    serapan: tuple[Ref | None, ...]  # per sasaran
    verdicts: tuple[Ref, ...] = ()  # the "Efisien" / "Tidak efisien" cells written
    index: tuple[Ref | None, ...] = ()  # per sasaran: the efficiency index and verdict
    verdict: tuple[Ref | None, ...] = ()


def _efficiency_row(
    g: Grid, row: int, progs: list[LineRefs], cap: Ref, params: ParamRefs
) -> tuple[Ref, Ref]:
    """A sasaran with supporting programmes: serapan, verdict and index (printed), the
    programmes, their summed budget and realisation and the selisih (helpers). Returns the
    serapan and verdict cells."""
    g.text(row, PROGRAMS, "\n".join(f"{p.line.level.label} {p.line.name}" for p in progs))
    budget = g.formula(row, BUDGET, total(*(p.budget for p in progs)), "money")
    spent = g.formula(row, SPENT, total(*(p.spent for p in progs)), "money")
    absorbed = g.formula(row, SERAPAN, serapan(budget, spent), "pct")
    index = live(g, row, INDEX, efficiency(cap, absorbed), "ratio", "center")
    live(g, row, DIFF, selisih(cap, absorbed), "helper_pct", "center")
    judged = g.formula(row, VERDICT, verdict(index, params.efficiency), "center_bold")
    return absorbed, judged


def supporting(report: Report, t38: Table38, s_idx: int) -> list[LineRefs]:
    """The Tabel 3.8 lines that support sasaran ``s_idx``: whole programmes, or the kegiatan
    and sub kegiatan that name it (Aturan §6)."""
    if report.support_lines:
        return [t38.lines[i] for i in report.support_lines[s_idx]]
    return [t38.programmes[i] for i in report.support[s_idx]] if report.support else []


def _no_support(g: Grid, row: int, report: Report, name: str) -> Finding:
    for c in (SERAPAN, VERDICT, INDEX, PROGRAMS, BUDGET, SPENT, DIFF):
        g.text(row, c, "-", "center")
    where = cell_name(row, SERAPAN)  # where "-" shows instead of the serapan
    if not report.support_source:  # nothing in the input links budget to sasaran
        return Finding(Kind.NO_SUPPORT_SOURCE, SHEET, where, "Program pendukung", name)
    return Finding(
        Kind.NO_SUPPORT,
        SHEET,
        where,
        "Program pendukung",
        name,
        params=(("source", report.support_source),),
    )


def _notes(g: Grid, row: int, report: Report, supported: list[str]) -> None:
    source = {"RKT": "Rencana Kinerja Tahunan", "Anggaran": "realisasi anggaran"}.get(
        report.support_source, "-"
    )
    row = g.note(
        row,
        "% Serapan Anggaran = Σ realisasi ÷ Σ anggaran program pendukung sasaran × 100; "
        "Indeks Efisiensi = % capaian kinerja ÷ % serapan anggaran, efisien bila indeks "
        "mencapai ambang pada Kerangka Pengukuran (Aturan §6).",
    )
    if supported:
        g.note(row, f"Program pendukung menurut {source}: " + " ".join(supported))


def build_37(report: Report, t35: Table35, t38: Table38, params: ParamRefs) -> Table37:
    tahun = report.identity.tahun
    g = Grid(SHEET, print_cols=INDEX + 1, footer=report.identity.agency)
    row = g.title_block(
        ["Tabel 3.7", f"Efisiensi Penggunaan Sumber Daya Tahun {tahun}", report.identity.agency],
        INDEX,
    )
    header = row
    row = g.header(row, list(_LABELS))
    for c, label in zip((PROGRAMS, BUDGET, SPENT, DIFF), _HELPERS, strict=True):
        g.text(header, c, f"{label} (bantu)", "helper_header")
    findings: list[Finding] = []
    serapan_refs: list[Ref | None] = []
    supported: list[str] = []
    verdicts: list[Ref] = []
    for s_idx, sasaran in enumerate(report.sasaran):
        g.text(row, 0, sasaran.name)
        progs = supporting(report, t38, s_idx)
        cap = live(g, row, CAPAIAN, t35.sasaran_capaian[s_idx])
        if progs:
            absorbed, judged = _efficiency_row(g, row, progs, cap, params)
            serapan_refs.append(absorbed)
            verdicts.append(judged)
            names = ", ".join(f"{p.line.level.label} {p.line.name}" for p in progs)
            supported.append(f"Sasaran {sasaran.number}: {names}.")
        else:
            serapan_refs.append(None)
            findings.append(_no_support(g, row, report, sasaran.name))
        row += 1
    _notes(g, row + 1, report, supported)
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in enumerate((46, 14, 14, 14, 14, 2, 40, 18, 18, 12)):
        g.width(col, width)
    # _efficiency_row writes the index in column INDEX and the verdict in column VERDICT
    return Table37(
        g,
        tuple(findings),
        tuple(serapan_refs),
        tuple(verdicts),
        tuple(g.ref(r.row, INDEX) if r else None for r in serapan_refs),
        tuple(g.ref(r.row, VERDICT) if r else None for r in serapan_refs),
    )
