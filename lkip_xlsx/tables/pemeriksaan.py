"""``Pemeriksaan``: every discrepancy between what the input declared and what the rules
give, every value not computed, every rule applied: one row each, for auditors."""

from __future__ import annotations

from collections.abc import Sequence

from ..layout import Grid
from ..messages import cite, render, severity_label
from ..model import Finding

__all__ = ["build_pemeriksaan", "SHEET"]

SHEET = "Pemeriksaan"
_COLUMNS = {
    "id": [
        "NO",
        "TINGKAT",
        "JENIS",
        "SEL MASUKAN",
        "KOLOM",
        "NILAI",
        "SEL KELUARAN",
        "DINYATAKAN",
        "DIHITUNG",
        "SELISIH",
        "ATURAN",
        "KETERANGAN",
    ],
    "en": [
        "NO",
        "SEVERITY",
        "KIND",
        "INPUT CELL",
        "COLUMN",
        "VALUE",
        "OUTPUT CELL",
        "DECLARED",
        "COMPUTED",
        "DIFFERENCE",
        "RULE",
        "DESCRIPTION",
    ],
}
LAST = len(_COLUMNS["id"]) - 1


def build_pemeriksaan(findings: Sequence[Finding], agency: str, tahun: int, lang: str) -> Grid:
    g = Grid(SHEET, print_cols=LAST + 1, footer=agency)
    title = "Pemeriksaan" if lang == "id" else "Checks"
    row = g.title_block([title, f"{agency} — {tahun}"], LAST)
    header = row
    row = g.header(row, _COLUMNS[lang], numbering=False)
    # the systematic patterns first, then the worst findings; within each, input order
    ordered = sorted(findings, key=lambda f: (not f.kind.is_pattern, -f.severity))
    for n, f in enumerate(ordered, start=1):
        g.text(row, 0, str(n), "center")
        g.text(row, 1, severity_label(f.severity, lang), "center")
        g.text(row, 2, f.kind.label(lang))
        g.text(row, 3, f.where)
        g.text(row, 4, f.column)
        g.text(row, 5, f.value)
        g.text(row, 6, f.output_cell)
        g.text(row, 7, f.declared)
        g.text(row, 8, f.computed)
        g.text(row, 9, f.param("difference"))
        g.text(row, 10, cite(f.param("rule"), lang))
        g.text(row, 11, render(f, lang))
        row += 1
    if not ordered:
        g.merge(row, 0, row, LAST)
        g.text(row, 0, "Tidak ada catatan." if lang == "id" else "Nothing to report.")
    g.repeat_rows = (header, header)
    g.freeze = (header + 1, 0)
    # for an A4 landscape page: the sentence column wide, the figures narrow (they wrap)
    for col, width in enumerate((4, 10, 14, 11, 9, 8, 8, 9, 9, 7, 8, 36)):
        g.width(col, width)
    return g
