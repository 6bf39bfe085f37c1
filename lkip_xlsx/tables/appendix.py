"""The appendices: ``PK`` (with the programme block, budgets referencing Tabel 3.8), ``RKT``
(the cascade as given) and ``Renstra`` (targets per year), each with its signature block."""

from __future__ import annotations

from dataclasses import replace

from ..contract import SHEET_BY_KEY
from ..layout import Grid
from ..model import Identity, PlanTarget, Report
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


def _keterangan(report: Report, programme: int) -> str:
    """The funding note the input's PK programme block gives Tabel 3.8's programme
    ``programme`` (linked on the input side)."""
    return next((p.keterangan for p in report.pk_programmes if p.programme == programme), "")


def pk_signatures(g: Grid, row: int, identity: Identity) -> int:
    """The PK's two signature blocks as signed: the second party (``Jabatan Atasan``,
    ``Atasan``) on the left, the first party (the agency's head) on the right, dated
    ``Tanggal PK``. Returns the next free row."""
    signed = replace(identity, tanggal=identity.tanggal_pk or identity.tanggal)
    end = signature(g, row, 2, 3, signed)
    if identity.atasan:
        title = identity.jabatan_atasan.upper()
        for offset, (text, style) in enumerate(
            ((f"{title}," if title else "", "sign_name"), (identity.atasan, "sign_name"))
        ):
            at = row + 1 + offset * 4
            g.merge(at, 0, at, 1)
            g.text(at, 0, text, style)
        end = max(end, row + 6)
    return end


def build_pk(report: Report, t38: Table38) -> Grid:
    tahun = report.identity.tahun
    g = Grid("PK", print_cols=4, footer=report.identity.agency)
    title = report.pk_title or f"PERJANJIAN KINERJA TAHUN {tahun}"
    row = g.title_block([title, report.identity.agency.upper()], 3)
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
        g.text(row, 3, _keterangan(report, n - 1), "center")
        row += 1
    g.text(row, 1, "Jumlah", "text_bold")
    if budgets:
        g.formula(row, 2, total(*budgets), "money_bold")
    g.blank(row, 3)
    pk_signatures(g, row + 2, report.identity)
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in enumerate((6, 50, 56, 22)):
        g.width(col, width)
    return g


_RKT_GROUPS = (
    ("TUJUAN", ("tujuan", "indikator_tujuan")),
    ("SASARAN", ("sasaran", "indikator_sasaran", "target_sasaran")),
    ("PROGRAM", ("program", "indikator_program", "target_program")),
    ("KEGIATAN", ("kegiatan", "indikator_kegiatan", "target_kegiatan")),
    ("SUB KEGIATAN", ("sub_kegiatan", "indikator_sub_kegiatan", "target_sub_kegiatan", "anggaran")),
)
_RKT_LABELS = {
    "tujuan": "Uraian",
    "indikator_tujuan": "Indikator Tujuan",
    "sasaran": "Uraian",
    "program": "Uraian",
    "kegiatan": "Uraian",
    "sub_kegiatan": "Uraian",
    "anggaran": "Anggaran (Rp.)",
}


def build_rkt(report: Report) -> Grid:
    tahun = report.identity.tahun
    present = {k for r in report.rkt for k, v in r.cells if v}
    goal = _single_goal([(r.get("tujuan"), r.get("indikator_tujuan")) for r in report.rkt])
    if goal is not None:  # one goal: a line above the cascade, not two columns down it
        present -= {"tujuan", "indikator_tujuan"}
    groups = [(name, [k for k in keys if k in present]) for name, keys in _RKT_GROUPS]
    groups = [(name, keys) for name, keys in groups if keys]
    columns = [k for _, keys in groups for k in keys]
    last = len(columns) - 1
    g = Grid("RKT", print_cols=last + 1, footer=report.identity.agency)
    row = g.title_block(
        [f"RENCANA KINERJA TAHUNAN (RKT) TAHUN {tahun}", report.identity.agency.upper()], last
    )
    row = _rpjmd_block(g, row, last, report.identity)
    row = _goal_lines(g, row, last, goal)
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


_RPJMD = (
    ("MISI", "misi"),
    ("TUJUAN RPJMD", "tujuan_rpjmd"),
    ("INDIKATOR TUJUAN", "indikator_tujuan_rpjmd"),
    ("SASARAN RPJMD", "sasaran_rpjmd"),
    ("INDIKATOR SASARAN", "indikator_sasaran_rpjmd"),
)


def _rpjmd_block(g: Grid, row: int, last: int, identity: Identity) -> int:
    """The RPJMD the RKT serves (``Misi | Tujuan RPJMD | Indikator Tujuan | Sasaran RPJMD |
    Indikator Sasaran``), above the cascade as the seed prints it, when ``Identitas`` has
    it. The five fields share the table's width. Returns the row where the cascade starts."""
    fields = [(label, getattr(identity, key)) for label, key in _RPJMD]
    if not any(value for _, value in fields):
        return row
    last = max(last, len(fields) - 1)  # an RKT narrower than the block: a column each
    g.merge(row, 0, row, last, "RPJMD", "plain_bold")
    bounds = [round(i * (last + 1) / len(fields)) for i in range(len(fields) + 1)]
    for i, (label, value) in enumerate(fields):
        c1, c2 = bounds[i], bounds[i + 1] - 1
        g.merge(row + 1, c1, row + 1, c2, label, "header")
        g.merge(row + 2, c1, row + 2, c2, value or "-")
    g.merge(row + 4, 0, row + 4, last, "RENSTRA", "plain_bold")
    return row + 5


def _merge_cascade(g: Grid, first: int, last: int, columns: list[str]) -> None:
    """Merge a value down over the blank (or equal) cells under it, as the printed RKT does,
    never across a new value in a column of a higher level."""
    levels = [c for c, k in enumerate(columns) if k in ("tujuan", "sasaran", "program", "kegiatan")]
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


def _revision(title: str) -> str:
    """``(Sebelum Perubahan)`` / ``(Setelah Perubahan)`` when the input's title says so."""
    low = title.casefold()
    for label in ("Sebelum Perubahan", "Setelah Perubahan"):
        if label.casefold() in low:
            return f" ({label})"
    return ""


def _single_goal(pairs: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The one (Tujuan, Indikator Tujuan) every row serves, or None (none, or several)."""
    given = {(t, i) for t, i in pairs if t or i}
    return given.pop() if len(given) == 1 else None


def _goal_lines(g: Grid, row: int, last: int, goal: tuple[str, str] | None) -> int:
    """``Tujuan : …`` and ``Indikator Tujuan : …`` above the table, as the seed prints a
    single goal. Returns the next free row."""
    if goal is None:
        return row
    for label, text in zip(("Tujuan", "Indikator Tujuan"), goal, strict=True):
        if text:
            g.merge(row, 0, row, last)
            g.text(row, 0, f"{label} : {text}", "plain")
            row += 1
    return row + 1


def build_renstra(report: Report) -> Grid:
    years = list(report.renstra_years)
    goal = _single_goal([(p.tujuan, p.indikator_tujuan) for p in report.renstra])
    goals = goal is None and any(p.tujuan or p.indikator_tujuan for p in report.renstra)
    keys = ["tujuan", "indikator_tujuan"] if goals else []
    labels = ["NO", *(["TUJUAN", "INDIKATOR TUJUAN"] if goals else []), "SASARAN"]
    labels.append("INDIKATOR SASARAN")
    first_year = len(labels)
    last = first_year + len(years) - 1
    g = Grid("Renstra", print_cols=last + 1, footer=report.identity.agency)
    span = f"{years[0]}-{years[-1]}" if years else ""
    row = g.title_block(
        [
            f"MATRIKS TUJUAN DAN SASARAN RENCANA STRATEGIS TAHUN {span}"
            + _revision(report.renstra_title),
            report.identity.agency.upper(),
        ],
        last,
    )
    row = _goal_lines(g, row - 1, last, goal) if goal else row
    header = row
    for c, label in enumerate(labels):
        g.merge(row, c, row + 1, c, label, "header")
    g.merge(row, first_year, row, last, "Target Kinerja Sasaran pada Tahun", "header")
    for i, year in enumerate(years):
        g.text(row + 1, first_year + i, str(year), "header")
    for c in range(last + 1):
        g.text(row + 2, c, f"({c + 1})", "numbering")
    row += 3
    start = row
    sasaran_col = first_year - 2
    for number, (first, last_i) in enumerate(_sasaran_runs(report.renstra), start=1):
        for i in range(first, last_i + 1):
            plan = report.renstra[i]
            g.text(start + i, sasaran_col + 1, plan.indikator)
            targets = dict(plan.targets)
            # the unit once, in the figure's format (``1.000 Orang``), as the seed prints it
            for j, year in enumerate(years):
                write_parsed(g, start + i, first_year + j, targets.get(year), plan.satuan)
        g.merge(start + first, 0, start + last_i, 0, str(number), "center")
        g.merge(
            start + first, sasaran_col, start + last_i, sasaran_col, report.renstra[first].sasaran
        )
    end = start + len(report.renstra)
    for k, key in enumerate(keys, start=1):
        _merge_runs(g, start, end - 1, k, [getattr(p, key) for p in report.renstra])
    signature(g, end + 1, max(0, last - 2), last, report.identity)
    g.repeat_rows = (header, header + 2)
    g.freeze = (header + 3, 0)
    widths = (6, *((22, 20) if goals else ()), 34, 40)
    for col, width in enumerate(widths):
        g.width(col, width)
    for j in range(len(years)):
        g.width(first_year + j, 10)
    return g


def _merge_runs(g: Grid, first: int, last: int, col: int, values: list[str]) -> None:
    """Write each value once, merged down over the rows that repeat it or leave it blank."""
    run = first
    for r in range(first, last + 2):
        value = values[r - first] if r <= last else None
        if r > last or (value and value != values[run - first]):
            g.merge(run, col, r - 1, col, values[run - first])
            run = r
