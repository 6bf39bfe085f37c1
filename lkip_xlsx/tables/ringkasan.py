"""``Ringkasan`` (Ikhtisar Eksekutif): capaian and predicate per sasaran and overall, and the
budget total; every figure references the tables behind it."""

from __future__ import annotations

from collections.abc import Sequence

from ..layout import Grid
from ..model import READING_NOTES, Finding, Report, Severity
from ..rules import grade
from .cells import live
from .parameter import ParamRefs
from .t35 import Table35
from .t38 import Table38

__all__ = ["build_ringkasan", "finding_counts", "SHEET"]

SHEET = "Ringkasan"


def build_ringkasan(
    report: Report, t35: Table35, t38: Table38, params: ParamRefs, findings: Sequence[Finding]
) -> Grid:
    tahun = report.identity.tahun
    g = Grid(SHEET, print_cols=5, footer=report.identity.agency)
    row = g.title_block(["Ringkasan Capaian Kinerja", f"Tahun {tahun}", report.identity.agency], 4)
    header = row
    row = g.header(
        row, ["NO", "SASARAN STRATEGIS", "RATA-RATA CAPAIAN (%)", "PREDIKAT", "INTERPRETASI"]
    )
    for s_idx, sasaran in enumerate(report.sasaran):
        g.text(row, 0, str(sasaran.number), "center")
        g.text(row, 1, sasaran.name)
        avg, pred = t35.sasaran_capaian[s_idx], t35.sasaran_predicate[s_idx]
        cap = live(g, row, 2, avg)
        g.formula(row, 3, pred, "center_bold")
        g.formula(row, 4, grade(cap, params.labels), "text")
        row += 1
    g.merge(row, 0, row, 1, "Capaian kinerja instansi (rata-rata seluruh sasaran)", "text_bold")
    overall = live(g, row, 2, t35.overall, "pct_bold")
    g.formula(row, 3, t35.overall_predicate, "center_bold")
    g.formula(row, 4, grade(overall, params.labels), "text_bold")
    row += 2
    g.text(row, 1, "Anggaran", "header")
    g.text(row, 2, "Rupiah / %", "header")
    row += 1
    for label, ref, style in (
        ("Total anggaran (Rp)", t38.total_budget, "money"),
        ("Total realisasi (Rp)", t38.total_spent, "money"),
        ("Serapan anggaran (%)", t38.total_pct, "pct"),
    ):
        g.text(row, 1, label)
        g.formula(row, 2, ref, style)
        row += 1
    row += 1
    g.merge(row, 0, row, 4)
    counts = finding_counts(findings)
    serious = counts[Severity.ERROR] + counts[Severity.DISCREPANCY] + counts[Severity.WARNING]
    g.text(
        row,
        0,
        f"Lembar Pemeriksaan memuat {counts[Severity.DISCREPANCY]} selisih antara angka yang "
        f"dicantumkan dan hasil aturan, {counts[Severity.WARNING]} peringatan dan "
        f"{counts[Severity.INFO]} catatan info.",
        "alert" if serious else "plain",
    )
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in enumerate((6, 60, 18, 12, 22)):
        g.width(col, width)
    return g


def finding_counts(findings: Sequence[Finding]) -> dict[Severity, int]:
    """Findings per severity as Ringkasan states them (notes about how the input was read
    are not counted); the batch's Rekap repeats these counts."""
    return {
        sev: sum(1 for f in findings if f.severity is sev and f.code not in READING_NOTES)
        for sev in Severity
    }
