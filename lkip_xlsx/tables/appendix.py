"""The appendices: ``PK`` (with the programme block, budgets referencing Tabel 3.8), ``RKT``
(the cascade as given) and ``Renstra`` (targets per year), each with its signature block."""

from __future__ import annotations

from ..contract import SHEET_BY_KEY
from ..layout import Grid
from ..model import PlanTarget, Report
from ..numbers import Number, parse_number
from ..rules import total
from .cells import signature, write_parsed
from .t38 import Table38

__all__ = ["build_pk", "build_rkt", "build_renstra"]


def _sasaran_runs(rows: tuple[PlanTarget, ...]) -> list[tuple[int, int]]:
    """(first, last) index of each run of rows with the same sasaran."""
    runs: list[tuple[int, int]] = []
    for i, plan in enumerate(rows):
        if runs and rows[runs[-1][0]].sasaran == plan.sasaran:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def build_pk(report: Report, t38: Table38) -> Grid:
    tahun = report.identity.tahun
    g = Grid("PK", print_cols=4, footer=report.identity.agency)
    row = g.title_block([f"PERJANJIAN KINERJA TAHUN {tahun}", report.identity.agency.upper()], 3)
    header = row
    row = g.header(row, ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", f"TARGET {tahun}"])
    start = row
    for number, (first, last) in enumerate(_sasaran_runs(report.pk), start=1):
        for i in range(first, last + 1):
            plan = report.pk[i]
            g.text(start + i, 2, plan.indikator)
            target = dict(plan.targets).get(tahun)
            unit = plan.satuan or (target.unit if isinstance(target, Number) else None)
            write_parsed(g, start + i, 3, target, unit)
        g.merge(start + first, 0, start + last, 0, str(number), "center")
        g.merge(start + first, 1, start + last, 1, report.pk[first].sasaran)
    row = start + len(report.pk) + 1
    g.text(row, 1, "PROGRAM", "header")
    g.merge(row, 2, row, 2, "ANGGARAN (Rp)", "header")
    g.text(row, 3, "KETERANGAN", "header")
    row += 1
    budgets = []
    for n, prog in enumerate(t38.programmes, start=1):
        g.text(row, 0, f"{n}.", "center")
        g.text(row, 1, f"Program {prog.line.name}")
        budgets.append(g.formula(row, 2, prog.budget, "money"))
        g.text(row, 3, "Tabel 3.8")
        row += 1
    g.text(row, 1, "Jumlah", "text_bold")
    if budgets:
        g.formula(row, 2, total(*budgets), "money_bold")
    g.blank(row, 3)
    signature(g, row + 2, 2, 3, report.identity)
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in enumerate((6, 50, 56, 22)):
        g.width(col, width)
    return g


_RKT_GROUPS = (
    ("SASARAN", ("sasaran", "indikator_sasaran", "target_sasaran")),
    ("PROGRAM", ("program", "indikator_program", "target_program")),
    ("KEGIATAN", ("kegiatan", "indikator_kegiatan", "target_kegiatan")),
    ("SUB KEGIATAN", ("sub_kegiatan", "indikator_sub_kegiatan", "target_sub_kegiatan", "anggaran")),
)
_RKT_LABELS = {
    "sasaran": "Uraian",
    "program": "Uraian",
    "kegiatan": "Uraian",
    "sub_kegiatan": "Uraian",
    "anggaran": "Anggaran (Rp.)",
}


def build_rkt(report: Report) -> Grid:
    tahun = report.identity.tahun
    present = {k for r in report.rkt for k, _ in r.cells}
    groups = [(name, [k for k in keys if k in present]) for name, keys in _RKT_GROUPS]
    groups = [(name, keys) for name, keys in groups if keys]
    columns = [k for _, keys in groups for k in keys]
    last = len(columns) - 1
    g = Grid("RKT", print_cols=last + 1, footer=report.identity.agency)
    row = g.title_block(
        [f"RENCANA KINERJA TAHUNAN (RKT) TAHUN {tahun}", report.identity.agency.upper()], last
    )
    header = row
    c = 0
    spec = SHEET_BY_KEY["rkt"]
    for name, keys in groups:
        g.merge(row, c, row, c + len(keys) - 1, name, "header")
        for k in keys:
            label = _RKT_LABELS.get(k) or spec.column(k).label.split(" ")[0]
            g.text(row + 1, c, label, "header")
            c += 1
    for c in range(last + 1):
        g.text(row + 2, c, f"({c + 1})", "numbering")
    row += 3
    first_data = row
    for r in report.rkt:
        for c, key in enumerate(columns):
            value = r.get(key)
            amount = parse_number(value) if key == "anggaran" else None
            if isinstance(amount, Number):
                g.number(row, c, amount.value, "money")
            else:
                g.text(row, c, value)
        row += 1
    _merge_cascade(g, first_data, row - 1, columns)
    signature(g, row + 1, max(0, last - 2), last, report.identity)
    g.repeat_rows = (header, header + 2)
    g.freeze = (header + 3, 0)
    # thirteen columns of the seed's RKT: on F4 (folio) landscape, at 10 pt
    g.paper = "f4"
    for c, key in enumerate(columns):
        g.width(c, 8 if key.startswith("target") else 13 if key == "anggaran" else 12)
    return g


def _merge_cascade(g: Grid, first: int, last: int, columns: list[str]) -> None:
    """Merge a value down over the blank (or equal) cells under it, as the printed RKT does,
    never across a new value in a column of a higher level."""
    levels = [c for c, k in enumerate(columns) if k in ("sasaran", "program", "kegiatan")]
    for c, key in enumerate(columns):
        if key.startswith("sub_kegiatan") or key in (
            "indikator_sub_kegiatan",
            "target_sub_kegiatan",
            "anggaran",
        ):
            continue
        owners = [lc for lc in levels if lc <= c]
        start = first
        for r in range(first + 1, last + 2):
            value = g.value_at(r, c) if r <= last else None
            new_parent = any(
                g.value_at(r, oc) not in ("", None, g.value_at(start, oc))
                for oc in owners
                if oc != c
            )
            same = value in ("", None) or (key == "sasaran" and value == g.value_at(start, c))
            if r > last or new_parent or not same:
                if r - 1 > start:
                    g.merges.append((start, c, r - 1, c))
                start = r


def build_renstra(report: Report) -> Grid:
    years = list(report.renstra_years)
    with_unit = any(p.satuan for p in report.renstra)
    base = 3 if with_unit else 2
    last = base + len(years) - 1 + 1
    g = Grid("Renstra", print_cols=last + 1, footer=report.identity.agency)
    span = f"{years[0]}-{years[-1]}" if years else ""
    row = g.title_block(
        [
            f"MATRIKS TUJUAN DAN SASARAN RENCANA STRATEGIS TAHUN {span}",
            report.identity.agency.upper(),
        ],
        last,
    )
    header = row
    labels = ["NO", "SASARAN", "INDIKATOR SASARAN"] + (["SATUAN"] if with_unit else [])
    for c, label in enumerate(labels):
        g.merge(row, c, row + 1, c, label, "header")
    first_year = len(labels)
    g.merge(
        row,
        first_year,
        row,
        first_year + len(years) - 1,
        "Target Kinerja Sasaran pada Tahun",
        "header",
    )
    for i, year in enumerate(years):
        g.text(row + 1, first_year + i, str(year), "header")
    for c in range(first_year + len(years)):
        g.text(row + 2, c, f"({c + 1})", "numbering")
    row += 3
    start = row
    for number, (first, last_i) in enumerate(_sasaran_runs(report.renstra), start=1):
        for i in range(first, last_i + 1):
            plan = report.renstra[i]
            g.text(start + i, 2, plan.indikator)
            if with_unit:
                g.text(start + i, 3, plan.satuan, "center")
            targets = dict(plan.targets)
            for j, year in enumerate(years):
                write_parsed(g, start + i, first_year + j, targets.get(year), plan.satuan)
        g.merge(start + first, 0, start + last_i, 0, str(number), "center")
        g.merge(start + first, 1, start + last_i, 1, report.renstra[first].sasaran)
    row = start + len(report.renstra)
    g.print_cols = first_year + len(years)
    signature(g, row + 1, max(0, g.print_cols - 3), g.print_cols - 1, report.identity)
    g.repeat_rows = (header, header + 2)
    g.freeze = (header + 3, 0)
    for col, width in enumerate((6, 40, 46) + ((10,) if with_unit else ())):
        g.width(col, width)
    for j in range(len(years)):
        g.width(first_year + j, 11)
    return g
