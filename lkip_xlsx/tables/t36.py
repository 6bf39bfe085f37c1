"""Tabel 3.6 Target dan Realisasi Program dan Kegiatan: per sasaran, each programme,
kegiatan and sub kegiatan with its Input (budget, referencing Tabel 3.8), Output and Outcome."""

from __future__ import annotations

from ..layout import Grid, style_of
from ..model import Jenis, Level, ProgramOutput, Report
from ..rules import output_capaian, serapan, serapan_or_dash
from .cells import live, write_parsed
from .parameter import ParamRefs
from .t38 import Table38

__all__ = ["build_36", "SHEET"]

SHEET = "3.6"


def _heading(g: Grid, row: int, level: Level, uraian: str, number: int) -> None:
    """A programme (numbered), kegiatan or sub kegiatan row."""
    if level is Level.PROGRAM:
        g.text(row, 0, f"{number}.", "center")
    else:
        g.blank(row, 0)
    bold = "text_bold" if level is Level.PROGRAM else "text"
    g.text(row, 1, f"{level.label} : {uraian}", bold)
    for c in (2, 3, 4):
        g.blank(row, c)


def _measure(g: Grid, row: int, out: ProgramOutput, t38: Table38, params: ParamRefs) -> None:
    """An Input, Output or Outcome row: a linked Input shows its Tabel 3.8 line; any other
    row its own target and realisation, with serapan (Input) or capped capaian."""
    g.blank(row, 0)
    g.text(row, 1, f"{out.jenis_label} : {out.indikator}".rstrip(" :"))
    if out.line is not None:
        line = t38.lines[out.line]
        b = g.formula(row, 2, line.budget, style_of(t38.grid, line.budget))
        s = g.formula(row, 3, line.spent, style_of(t38.grid, line.spent))
        g.formula(row, 4, serapan(b, s), "pct")
        return
    t = write_parsed(g, row, 2, out.target, out.satuan or None)
    r = write_parsed(g, row, 3, out.real, out.satuan or None)
    if out.jenis is Jenis.INPUT:
        live(g, row, 4, serapan_or_dash(t, r), "pct", "center")
    else:
        live(g, row, 4, output_capaian(t, r, params.cap), "pct", "center")


def _group(g: Grid, row: int, outputs: list[ProgramOutput], t38: Table38, params: ParamRefs) -> int:
    """One sasaran's rows under their own header; returns the next free row."""
    row = g.header(row, ["No", "Program/ Kegiatan/ Sub Kegiatan", "Target", "Capaian", "%"])
    programmes = 0
    for out in outputs:
        if out.heading and out.level:
            programmes += out.level is Level.PROGRAM
            _heading(g, row, out.level, out.uraian, programmes)
            row += 1
        if out.jenis_label:
            _measure(g, row, out, t38, params)
            row += 1
    return row


def build_36(report: Report, t38: Table38, params: ParamRefs) -> Grid:
    tahun = report.identity.tahun
    g = Grid(SHEET, print_cols=5, footer=report.identity.agency)
    row = g.title_block(
        [
            "Tabel 3.6",
            f"Target dan Realisasi Program dan Kegiatan Pendukung Sasaran Tahun {tahun}",
            report.identity.agency,
        ],
        4,
    )
    groups: dict[int | None, list[ProgramOutput]] = {}
    for out in report.outputs:
        groups.setdefault(out.sasaran, []).append(out)
    first_header: int | None = None
    for s_idx, outputs in groups.items():
        if s_idx is not None:
            sasaran = report.sasaran[s_idx]
            g.merge(row, 0, row, 4)
            g.text(row, 0, f"Sasaran Strategis {sasaran.number} : {sasaran.name}", "group")
            row += 1
        first_header = row if first_header is None else first_header
        row = _group(g, row, outputs, t38, params) + 1
    if first_header is not None:
        g.repeat_rows = (first_header, first_header + 1)
        g.freeze = (first_header + 2, 0)
    g.note(
        row,
        "Input: anggaran dan realisasi sesuai Tabel 3.8. Output dan Outcome: % capaian, "
        "paling tinggi batas atas skor Kerangka Pengukuran Kinerja (Bab III A).",
    )
    for col, width in enumerate((5, 70, 18, 18, 10)):
        g.width(col, width)
    return g
