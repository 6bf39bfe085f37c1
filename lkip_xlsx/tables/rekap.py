"""The Rekap workbook's sheets: one row per input workbook of a batch (``Rekap``), the
summary formulas over those rows (``Ikhtisar``), the agencies by capaian (``Peringkat``), a
chart (``Grafik``), the files and their fingerprints (``Berkas``) and the rules (``Parameter``).

Each agency's figures are the values its own workbook holds (copied, and traceable through the
fingerprint on ``Berkas``); everything computed here is a formula built from the same rules as
the per-agency workbooks: the predicate from the bands on ``Parameter``, serapan by
:func:`~lkip_xlsx.rules.serapan`, means by :func:`~lkip_xlsx.rules.mean_score`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..formula import Expr, RangeRef, Ref, count, countif, max_, min_, sum_
from ..layout import HEADER_BG, Chart, Grid, Series, Style
from ..rules import RuleSet, mean_score, predicate, serapan
from ..summary import Summary
from .parameter import ParamRefs, build_parameter

__all__ = ["RekapRow", "RekapSheets", "build_rekap", "COLUMNS"]

REKAP, IKHTISAR, PERINGKAT, GRAFIK, BERKAS = "Rekap", "Ikhtisar", "Peringkat", "Grafik", "Berkas"
NO, PD, PEMDA, SAS, IND, NODATA, CAP, PRED, LOW, PAGU, REAL, SERAP, EFF = range(13)
SEL, WARN, NOTE, KET = 13, 14, 15, 16
COLUMNS = KET + 1
# (column, group over it or None, label, width); a count's narrow column has its label upright
_HEAD: tuple[tuple[int, str | None, str, float], ...] = (
    (NO, None, "NO", 4),
    (PD, None, "PERANGKAT DAERAH", 22),
    (PEMDA, None, "PEMERINTAH", 12),
    (SAS, "JUMLAH", "Sasaran", 5),
    (IND, "JUMLAH", "Indikator", 5),
    (NODATA, "JUMLAH", "Indikator tanpa data", 5),
    (CAP, "CAPAIAN KINERJA", "Rata-rata (%)", 8),
    (PRED, "CAPAIAN KINERJA", "Predikat", 8),
    (LOW, "CAPAIAN KINERJA", "Sasaran terendah (%)", 9),
    (PAGU, "ANGGARAN", "Pagu (Rp)", 15),
    (REAL, "ANGGARAN", "Realisasi (Rp)", 15),
    (SERAP, "ANGGARAN", "Serapan (%)", 8),
    (EFF, None, "SASARAN EFISIEN", 5),
    (SEL, "PEMERIKSAAN", "Selisih", 5),
    (WARN, "PEMERIKSAAN", "Peringatan", 5),
    (NOTE, "PEMERIKSAAN", "Catatan", 5),
    (KET, None, "HASIL / KETERANGAN", 20),
)
_UPRIGHT = Style(bold=True, align="center", valign="vcenter", bg=HEADER_BG, rotation=90)
_SMALL = Style(italic=True, color="#C00000")


@dataclass(frozen=True)
class RekapRow:
    """One input workbook of the batch."""

    source: str  # the input's name, as the Berkas sheet lists it
    status: str  # "selesai", "ada temuan", "tidak ditulis", "gagal"
    reason: str  # why there is no output, in Indonesian ("" when there is one)
    link: str  # the output, relative to the Rekap's folder ("" when none)
    summary: Summary | None
    notes: tuple[str, ...] = ()  # the batch's flags for this row (a duplicate, say)


@dataclass(frozen=True)
class RekapSheets:
    grids: list[Grid]
    ranked: tuple[int, ...]  # Rekap row numbers (1-based NO) in Peringkat order


def _place(tahun: int, pemerintah: str) -> list[str]:
    """The title's second and third lines; always two, so that every Rekap has one layout."""
    return [f"Tahun {tahun}" if tahun else "Tahun -", pemerintah or "Beberapa pemerintah daerah"]


def build_rekap(
    rows: Sequence[RekapRow], tahun: int, pemerintah: str, rules: RuleSet, alerts: Sequence[str]
) -> RekapSheets:
    """``pemerintah``: the one every row shares ("" when they differ); ``alerts``: the
    batch's warnings (other years, duplicates), printed under the summary."""
    parameter, params = build_parameter(rules, tahun, pemerintah or "Rekap")
    rekap, first = _rekap(rows, tahun, pemerintah, params)
    last = first + len(rows) - 1
    ranked = _ranking_order(rows)
    peringkat = _peringkat(rekap, ranked, first, tahun, pemerintah)
    grids = [
        _ikhtisar(rekap, first, last, tahun, pemerintah, rules, params, alerts),
        rekap,
        peringkat,
        _grafik(peringkat, len(ranked), tahun, pemerintah),
        _berkas(rows, rekap, first, tahun, pemerintah),
        parameter,
    ]
    return RekapSheets(grids, tuple(i + 1 for i in ranked))


def _header(g: Grid, row: int) -> int:
    """The two-row header with its groups, and the numbering row; returns the first data row."""
    groups: dict[str, list[int]] = {}
    for col, group, label, width in _HEAD:
        g.width(col, width)
        style = _UPRIGHT if width <= 5 and col != NO else "header"
        if group is None:
            g.merge(row, col, row + 1, col, label, style)
        else:
            groups.setdefault(group, []).append(col)
            g.text(row + 1, col, label, style)
    for group, cols in groups.items():
        g.merge(row, cols[0], row, cols[-1], group, "header")
    g.heights[row] = 24
    g.heights[row + 1] = 96
    for col in range(COLUMNS):
        g.text(row + 2, col, f"({col + 1})", "numbering")
    g.repeat_rows = (row, row + 2)
    g.freeze = (row + 3, 2)
    return row + 3


def _rekap(
    rows: Sequence[RekapRow], tahun: int, pemerintah: str, params: ParamRefs
) -> tuple[Grid, int]:
    g = Grid(REKAP, print_cols=COLUMNS, footer=f"Rekap LKIP {tahun} {pemerintah}".strip())
    title = "Rekapitulasi Capaian Kinerja dan Realisasi Anggaran Perangkat Daerah"
    row = g.title_block([title, *_place(tahun, pemerintah)], KET)
    first = _header(g, row)
    if pemerintah:  # the title says it: the column is not printed
        g.hidden.add(PEMDA)
    for i, item in enumerate(rows):
        r = first + i
        g.number(r, NO, Decimal(i + 1), "center")
        s = item.summary
        if s is None:
            g.text(r, PD, item.source, Style(italic=True))
            for col in range(PEMDA, KET):
                g.text(r, col, "-", "center")
            g.text(r, KET, f"{item.status}: {item.reason}".rstrip(": "), _SMALL)
            continue
        _figures(g, r, s, params)
        if item.link:
            g.link(r, KET, item.link.rsplit("/", 1)[-1], item.link)
        else:
            g.text(r, KET, item.status, "center")
    return g, first


def _maybe(g: Grid, r: int, col: int, value: Decimal | None) -> Ref | None:
    if value is None:
        g.text(r, col, "-", "center")
        return None
    return g.number(r, col, value, "pct")


def _figures(g: Grid, r: int, s: Summary, params: ParamRefs) -> None:
    g.text(r, PD, s.instansi or "-")
    g.text(r, PEMDA, s.pemerintah or "-")
    for col, n in ((SAS, s.sasaran), (IND, s.indicators), (NODATA, s.no_data)):
        g.number(r, col, Decimal(n), "center")
    cap = _maybe(g, r, CAP, s.capaian)
    if cap is None:
        g.text(r, PRED, "-", "center")
    else:
        g.formula(r, PRED, predicate(cap, params.bands), "center_bold")
    _maybe(g, r, LOW, s.lowest)
    pagu = g.number(r, PAGU, s.pagu, "money")
    spent = g.number(r, REAL, s.realisasi, "money")
    g.formula(r, SERAP, serapan(pagu, spent), "pct")
    for col, n in ((EFF, s.efisien), (SEL, s.discrepancies), (WARN, s.warnings)):
        g.number(r, col, Decimal(n), "center")
    g.number(r, NOTE, Decimal(s.notes), "center")


def _column(g: Grid, col: int, first: int, last: int) -> Expr:
    return g.column_range(col, first, max(first, last))


class _Lines:
    """The Ikhtisar's label | figure lines, written one under the other."""

    def __init__(self, g: Grid, row: int) -> None:
        self.g, self.row = g, row

    def line(self, label: str, expr: Expr, style: str = "center") -> Ref:
        self.g.merge(self.row, 0, self.row, 2, label)
        ref = self.g.formula(self.row, 3, expr, style)
        self.row += 1
        return ref

    def section(self, title: str, gap: int = 1) -> None:
        self.row = _section(self.g, self.row + gap, title)


def _ikhtisar(
    rekap: Grid,
    first: int,
    last: int,
    tahun: int,
    pemerintah: str,
    rules: RuleSet,
    params: ParamRefs,
    alerts: Sequence[str],
) -> Grid:
    g = Grid(IKHTISAR, print_cols=4, footer=rekap.footer, landscape=False)
    title = "Ikhtisar Rekapitulasi LKIP Perangkat Daerah"
    out = _Lines(g, g.title_block([title, *_place(tahun, pemerintah)], 3))

    def col(c: int) -> Expr:
        return _column(rekap, c, first, last)

    out.section("Buku kerja dalam rekap", gap=0)
    total = out.line("Jumlah buku kerja masukan", count(col(NO)))
    written = out.line("Dengan hasil yang ditulis", count(col(PAGU)))
    out.line("Tanpa hasil (gagal atau tidak ditulis)", total - written)
    with_cap = out.line("Dengan capaian kinerja", count(col(CAP)))
    out.section(f"Sebaran predikat ({rules.scale.title})")
    _predicates(out, rekap.column_range(PRED, first, max(first, last)), params, total)
    out.section("Seluruh perangkat daerah")
    pagu = out.line("Total pagu anggaran (Rp)", sum_(col(PAGU)), "money_bold")
    spent = out.line("Total realisasi anggaran (Rp)", sum_(col(REAL)), "money_bold")
    weighted = "Serapan anggaran tertimbang: Σ realisasi ÷ Σ pagu × 100 (%)"
    out.line(weighted, serapan(pagu, spent), "pct_bold")
    if isinstance(with_cap.held, Decimal) and with_cap.held > 0:
        mean_label = "Rata-rata capaian kinerja perangkat daerah (%)"
        mean = out.line(mean_label, mean_score([col(CAP)]), "pct_bold")
        out.line("Predikat rata-rata capaian", predicate(mean, params.bands), "center_bold")
        out.line("Capaian kinerja tertinggi (%)", max_(col(CAP)), "pct")
        out.line("Capaian kinerja terendah (%)", min_(col(CAP)), "pct")
    for label, c in (
        ("Jumlah sasaran", SAS),
        ("Jumlah indikator", IND),
        ("Indikator tanpa data capaian", NODATA),
        ("Sasaran efisien (Tabel 3.7)", EFF),
        ("Selisih pada lembar Pemeriksaan", SEL),
        ("Peringatan pada lembar Pemeriksaan", WARN),
        ("Catatan info pada lembar Pemeriksaan", NOTE),
    ):
        out.line(label, sum_(col(c)))
    row = out.row + 1
    for text in alerts:
        g.merge(row, 0, row, 3)
        g.text(row, 0, text, "alert")
        row += 1
    for c, width in enumerate((12, 30, 30, 20)):
        g.width(c, width)
    return g


def _predicates(out: _Lines, predicates: RangeRef, params: ParamRefs, total: Ref) -> None:
    """How many agencies earned each predicate of the scale, and how many none."""
    g = out.g
    for c, label in enumerate(("Kategori", "Interpretasi", "", "Perangkat daerah")):
        g.text(out.row, c, label, "header")
    g.merge(out.row, 1, out.row, 2)
    out.row += 1
    counted: list[Expr] = []
    for (_, code), (_, meaning) in zip(params.bands, params.labels, strict=True):
        g.formula(out.row, 0, code, "center_bold")
        g.merge(out.row, 1, out.row, 2)
        g.formula(out.row, 1, meaning, "text")
        counted.append(g.formula(out.row, 3, countif(predicates, code), "center"))
        out.row += 1
    out.line("Tanpa predikat (tanpa hasil atau tanpa data capaian)", total - sum_(*counted))


def _section(g: Grid, row: int, title: str) -> int:
    g.merge(row, 0, row, 3)
    g.text(row, 0, title, "group")
    return row + 1


def _ranking_order(rows: Sequence[RekapRow]) -> tuple[int, ...]:
    """Rows with a capaian, highest first; equal capaian keep the Rekap's order."""
    have = [
        (i, r.summary.capaian)
        for i, r in enumerate(rows)
        if r.summary is not None and r.summary.capaian is not None
    ]
    return tuple(i for i, _ in sorted(have, key=lambda item: (-item[1], item[0])))


def _peringkat(rekap: Grid, ranked: Sequence[int], first: int, tahun: int, pemerintah: str) -> Grid:
    g = Grid(PERINGKAT, print_cols=7, footer=rekap.footer)
    title = "Peringkat Capaian Kinerja Perangkat Daerah"
    row = g.title_block([title, *_place(tahun, pemerintah)], 6)
    header = row
    row = g.header(
        row,
        [
            "PERINGKAT",
            "PERANGKAT DAERAH",
            "PEMERINTAH",
            "CAPAIAN (%)",
            "PREDIKAT",
            "SERAPAN (%)",
            "NO. REKAP",
        ],
    )
    for rank, i in enumerate(ranked, start=1):
        r = first + i
        g.number(row, 0, Decimal(rank), "center")
        for c, source, style in (
            (1, PD, "text"),
            (2, PEMDA, "text"),
            (3, CAP, "pct"),
            (4, PRED, "center_bold"),
            (5, SERAP, "pct"),
            (6, NO, "center"),
        ):
            g.formula(row, c, rekap.ref(r, source), style)
        row += 1
    g.text(
        row + 1,
        0,
        "Urutan: capaian kinerja tertinggi lebih dahulu; capaian yang sama menurut nomor Rekap. "
        "Urutan ditetapkan saat rekap ditulis; setiap angka adalah rujukan ke lembar Rekap.",
        "note",
    )
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for c, width in enumerate((11, 34, 20, 12, 10, 12, 10)):
        g.width(c, width)
    if pemerintah:
        g.hidden.add(2)
    return g


def _grafik(peringkat: Grid, n: int, tahun: int, pemerintah: str) -> Grid:
    g = Grid(GRAFIK, footer=peringkat.footer)
    title = "Capaian Kinerja dan Serapan Anggaran per Perangkat Daerah"
    g.title_block([title, *_place(tahun, pemerintah)], 8)
    if n:
        first = peringkat.header_rows[1] + 1 if peringkat.header_rows else 0
        last = first + n - 1
        names = peringkat.column_range(1, first, last)
        g.charts.append(
            Chart(
                "bar",
                "Capaian Kinerja dan Serapan Anggaran",
                "Persen (%)",
                "Perangkat daerah",
                (
                    Series("Capaian kinerja (%)", names, peringkat.column_range(3, first, last)),
                    Series("Serapan anggaran (%)", names, peringkat.column_range(5, first, last)),
                ),
                4,
                0,
                width=900,
                height=min(4000, max(380, 34 * n + 140)),
            )
        )
    return g


def _berkas(rows: Sequence[RekapRow], rekap: Grid, first: int, tahun: int, pemerintah: str) -> Grid:
    g = Grid(BERKAS, print_cols=5, footer=rekap.footer)
    row = g.title_block(["Daftar Berkas Rekapitulasi", *_place(tahun, pemerintah)], 4)
    header = row
    row = g.header(
        row,
        [
            "NO",
            "PERANGKAT DAERAH",
            "BERKAS MASUKAN",
            "STATUS / KETERANGAN",
            "SIDIK JARI HASIL (lkip verify)",
        ],
    )
    for i, item in enumerate(rows):
        g.formula(row, 0, rekap.ref(first + i, NO), "center")
        g.formula(row, 1, rekap.ref(first + i, PD), "text")
        g.text(row, 2, item.source)
        status = item.status if not item.reason else f"{item.status}: {item.reason}"
        g.text(row, 3, "\n".join((status, *item.notes)))
        g.text(row, 4, item.summary.fingerprint if item.summary else "-")
        row += 1
    g.text(
        row + 1,
        0,
        "Sidik jari: SHA-256 dari isi yang ditulis lkip-xlsx; `lkip verify` pada berkas hasil "
        "memeriksanya. Angka tiap perangkat daerah di lembar Rekap disalin dari berkas hasilnya.",
        "note",
    )
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for c, width in enumerate((5, 30, 30, 36, 34)):
        g.width(c, width)
    return g
