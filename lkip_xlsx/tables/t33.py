"""Tabel 3.3 Realisasi dibanding target akhir Renstra: capaian against the end-of-plan target."""

from __future__ import annotations

from ..forms import understand
from ..layout import Grid, style_of
from ..model import Indicator, Report
from ..numbers import Blank
from ..rules import RuleSet, Status, capaian_or_status
from .cells import indicator_rows, live, write_parsed
from .measure import form_capaian, helper_header
from .parameter import ParamRefs
from .t31 import Table31
from .t32 import renstra_for

__all__ = ["build_33", "SHEET"]

SHEET = "3.3"
POLARITY_COL = 7


def build_33(report: Report, t31: Table31, rules: RuleSet, params: ParamRefs) -> Grid:
    tahun = report.identity.tahun
    final = max(report.renstra_years)
    g = Grid(SHEET, print_cols=6, footer=report.identity.agency)
    row = g.title_block(
        [
            "Tabel 3.3",
            f"Perbandingan Realisasi Kinerja Tahun {tahun} dengan "
            f"Kondisi yang Harus Dicapai pada Tahun {final}",
            report.identity.agency,
        ],
        5,
    )
    header = row
    row = g.header(
        row,
        [
            "NO",
            "SASARAN STRATEGIS",
            "INDIKATOR SASARAN",
            f"TARGET JANGKA MENENGAH PADA RENSTRA (th. {final})",
            f"REALISASI Th. {tahun}",
            "CAPAIAN (%)",
        ],
    )
    g.text(header, POLARITY_COL, "Polaritas (bantu)", "helper_header")
    helper_header(g, header, POLARITY_COL + 1)

    def write(row: int, key: tuple[int, int], ind: Indicator) -> None:
        g.text(row, 2, ind.name)
        plan = renstra_for(report, key)
        goal = dict(plan.targets).get(final, Blank()) if plan else Blank()
        target = write_parsed(g, row, 3, goal, ind.unit)
        real = g.formula(row, 4, t31.real[key], style_of(t31.grid, t31.real[key]))
        polarity = g.formula(row, POLARITY_COL, t31.polarity[key], "helper")
        # the end-of-plan target in any form of docs/aturan.md §1a, with the indicator's polarity
        reading, status, _ = understand(
            goal, ind.real, ind.polarity.value, ind.unit or "", rules.grades
        )
        why = status if status in (Status.NO_DATA, Status.NOT_COMPUTABLE) else Status.NO_DATA
        label = "target tidak ada" if isinstance(goal, Blank) else why.value
        if reading is None:
            rule = capaian_or_status(target, real, polarity, label)
        else:
            rule = form_capaian(
                g, row, POLARITY_COL + 1, reading, target, real, polarity, params.grades, label
            )
        live(g, row, 5, rule)

    row = indicator_rows(g, report, row, write)
    if report.source_note:
        g.note(row + 1, f"Sumber Data: {report.source_note}")
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in enumerate((6, 40, 46, 18, 14, 12, 2, 16)):
        g.width(col, width)
    return g
