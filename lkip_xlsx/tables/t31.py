"""Tabel 3.1 Pengukuran Realisasi Kinerja: target, realisasi and capaian per indicator."""

from __future__ import annotations

from dataclasses import dataclass

from ..formula import Ref
from ..layout import Grid
from ..model import Indicator, Report
from ..rules import Status, capaian_or_status
from .cells import indicator_rows, live, write_parsed
from .measure import form_capaian, helper_header
from .parameter import ParamRefs

__all__ = ["Table31", "build_31", "SHEET"]

SHEET = "3.1"
_SHOWN = (Status.NO_DATA, Status.NOT_COMPUTABLE)
POLARITY_COL = 8  # helper column I, outside the print area (A:G); the form's helpers follow


@dataclass(frozen=True)
class Table31:
    grid: Grid
    # capaian cell per indicator, by (sasaran index, indicator index): always a live
    # formula, holding the status text while today's input gives no figure
    capaian: dict[tuple[int, int], Ref]
    target: dict[tuple[int, int], Ref]
    real: dict[tuple[int, int], Ref]
    polarity: dict[tuple[int, int], Ref]


def build_31(report: Report, params: ParamRefs) -> Table31:
    g = Grid(SHEET, print_cols=7, footer=report.identity.agency)
    header, row = _heading(g, report)
    refs: dict[tuple[int, int], Ref] = {}
    targets: dict[tuple[int, int], Ref] = {}
    reals: dict[tuple[int, int], Ref] = {}
    polarities: dict[tuple[int, int], Ref] = {}

    def write(row: int, key: tuple[int, int], ind: Indicator) -> None:
        g.text(row, 2, str(key[1] + 1), "center")
        g.text(row, 3, ind.name)
        target = write_parsed(g, row, 4, ind.target, ind.unit)
        real = write_parsed(g, row, 5, ind.real, ind.unit, empty="data tidak tersedia")
        polarity = g.text(row, POLARITY_COL, ind.polarity.value, "helper")
        targets[key], reals[key], polarities[key] = target, real, polarity
        # what the capaian shows while an operand is not a number: today's status, or the
        # status a blank realisation would give
        why = ind.status if ind.status in _SHOWN else Status.NO_DATA
        if ind.reading is None:  # the target fits no form: a figure typed over it computes
            rule = capaian_or_status(target, real, polarity, why.value)
        else:
            rule = form_capaian(
                g,
                row,
                POLARITY_COL + 1,
                ind.reading,
                target,
                real,
                polarity,
                params.grades,
                why.value,
            )
        refs[key] = live(g, row, 6, rule)

    row = indicator_rows(g, report, row, write)
    if report.source_note:
        g.note(row + 1, f"Sumber Data: {report.source_note}")
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in enumerate((6, 38, 4, 46, 14, 14, 13, 2, 16)):
        g.width(col, width)
    return Table31(g, refs, targets, reals, polarities)


def _heading(g: Grid, report: Report) -> tuple[int, int]:
    """The title block, the header with its numbering row and the helper columns' headings:
    (header row, first indicator row)."""
    tahun = report.identity.tahun
    header = g.title_block(
        ["Tabel 3.1", f"Pengukuran Realisasi Kinerja Tahun {tahun}", report.identity.agency], 6
    )
    labels = [
        "NO",
        "SASARAN STRATEGIS",
        "",
        "INDIKATOR SASARAN",
        f"TARGET {tahun}",
        f"REALISASI {tahun}",
        f"CAPAIAN {tahun} (%)",
    ]
    row = g.header(header, labels)
    # the seed's numbering row counts the sasaran and its indicator numbers as one column (2)
    g.merge(header, 1, header, 2, "SASARAN STRATEGIS", "header")
    g.merge(header + 1, 1, header + 1, 2, "(2)", "numbering")
    for c, n in ((3, 3), (4, 4), (5, 5), (6, 6)):
        g.text(header + 1, c, f"({n})", "numbering")
    g.text(header, POLARITY_COL, "Polaritas (bantu)", "helper_header")
    g.text(header + 1, POLARITY_COL, "positif / negatif", "helper")
    helper_header(g, header, POLARITY_COL + 1)
    return header, row
