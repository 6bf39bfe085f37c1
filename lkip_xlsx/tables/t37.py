"""Tabel 3.7 Efisiensi Penggunaan Sumber Daya: per sasaran, capaian against the
money-weighted serapan of the programmes that support it (rules.md section 6)."""

from __future__ import annotations

from dataclasses import dataclass

from ..formula import Ref
from ..layout import Grid
from ..model import Finding, Kind, Report
from ..rules import efficiency, selisih, serapan, total, verdict
from .cells import live
from .parameter import ParamRefs
from .t35 import Table35
from .t38 import LineRefs, Table38

__all__ = ["Table37", "build_37", "SHEET", "supporting"]

SHEET = "3.7"


@dataclass(frozen=True)
class Table37:
    grid: Grid
    findings: tuple[Finding, ...]
    serapan: tuple[Ref | None, ...]  # per sasaran
    verdicts: tuple[Ref, ...] = ()  # the "Efisien" / "Tidak efisien" cells written
    index: tuple[Ref | None, ...] = ()  # per sasaran: the efficiency index and verdict
    verdict: tuple[Ref | None, ...] = ()


_LABELS = (
    "NO",
    "SASARAN",
    "PROGRAM PENDUKUNG",
    "ANGGARAN (Rp.)",
    "REALISASI (Rp)",
    "% CAPAIAN KINERJA",
    "% SERAPAN ANGGARAN",
    "INDEKS EFISIENSI (6) ÷ (7)",
    "SELISIH (6) − (7)",
    "TINGKAT EFISIENSI",
)


def _efficiency_row(
    g: Grid, row: int, progs: list[LineRefs], cap: Ref, params: ParamRefs
) -> tuple[Ref, Ref]:
    """Columns D..J of a sasaran with supporting programmes: their summed budget and
    realisation, serapan, index, selisih and verdict. Returns the serapan and verdict cells."""
    budget = g.formula(row, 3, total(*(p.budget for p in progs)), "money")
    spent = g.formula(row, 4, total(*(p.spent for p in progs)), "money")
    absorbed = g.formula(row, 6, serapan(budget, spent), "pct")
    index = live(g, row, 7, efficiency(cap, absorbed), "ratio", "center")
    live(g, row, 8, selisih(cap, absorbed), "pct", "center")
    judged = g.formula(row, 9, verdict(index, params.efficiency), "center_bold")
    return absorbed, judged


def supporting(report: Report, t38: Table38, s_idx: int) -> list[LineRefs]:
    """The Tabel 3.8 lines that support sasaran ``s_idx``: whole programmes, or the kegiatan
    and sub kegiatan that name it (rules.md §6)."""
    if report.support_lines:
        return [t38.lines[i] for i in report.support_lines[s_idx]]
    return [t38.programmes[i] for i in report.support[s_idx]] if report.support else []


def build_37(report: Report, t35: Table35, t38: Table38, params: ParamRefs) -> Table37:
    tahun = report.identity.tahun
    g = Grid(SHEET, print_cols=10, footer=report.identity.agency)
    row = g.title_block(
        ["Tabel 3.7", f"Efisiensi Penggunaan Sumber Daya Tahun {tahun}", report.identity.agency], 9
    )
    header = row
    row = g.header(row, list(_LABELS))
    findings: list[Finding] = []
    serapan_refs: list[Ref | None] = []
    verdicts: list[Ref] = []
    for s_idx, sasaran in enumerate(report.sasaran):
        g.text(row, 0, str(sasaran.number), "center")
        g.text(row, 1, sasaran.name)
        progs = supporting(report, t38, s_idx)
        g.text(row, 2, "\n".join(f"{p.line.level.label} {p.line.name}" for p in progs) or "-")
        cap = live(g, row, 5, t35.sasaran_capaian[s_idx])
        if not progs:
            for c in (3, 4, 6, 7, 8, 9):
                g.text(row, c, "-", "center")
            serapan_refs.append(None)
            findings.append(
                Finding(
                    Kind.NO_SUPPORT,
                    SHEET,
                    f"C{row + 1}",
                    "Program pendukung",
                    sasaran.name,
                    params=(("source", report.support_source or "RKT"),),
                )
            )
            row += 1
            continue
        absorbed, judged = _efficiency_row(g, row, progs, cap, params)
        serapan_refs.append(absorbed)
        verdicts.append(judged)
        row += 1
    g.text(
        row + 1,
        0,
        "Serapan = Σ realisasi ÷ Σ anggaran program pendukung × 100 "
        f"(keterkaitan sasaran–program dari lembar {report.support_source or '-'}).",
        "note",
    )
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in enumerate((5, 36, 40, 18, 18, 12, 12, 12, 12, 14)):
        g.width(col, width)
    # _efficiency_row writes the index in column H and the verdict in column J
    return Table37(
        g,
        tuple(findings),
        tuple(serapan_refs),
        tuple(verdicts),
        tuple(g.ref(r.row, 7) if r else None for r in serapan_refs),
        tuple(g.ref(r.row, 9) if r else None for r in serapan_refs),
    )
