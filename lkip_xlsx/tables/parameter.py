"""``Parameter``: the rule set in force (Bab III A, Kerangka Pengukuran), as a table that
every predicate, capping and efficiency formula reads."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..formula import Expr, Ref
from ..layout import Grid
from ..rules import RuleSet

__all__ = ["ParamRefs", "build_parameter", "SHEET"]

SHEET = "Parameter"


Pairs = tuple[tuple[Expr | None, Expr], ...]  # (lower bound, what the band gives)


@dataclass(frozen=True)
class ParamRefs:
    bands: Pairs  # (lower bound, code) for rules.predicate
    labels: Pairs  # (lower bound, interpretation)
    cap: Expr | None
    efficiency: Expr


def _abs(ref: Ref) -> Ref:
    return Ref(ref.sheet, ref.row, ref.col, ref.held, absolute=True)


def _scale(g: Grid, row: int, rules: RuleSet) -> tuple[int, Pairs, Pairs]:
    """The predicate scale, one band a row (code, bound, upper end, interpretation)."""
    row = g.header(row, ["Kategori", "Skor lebih dari", "Sampai dengan", "Interpretasi"], False)
    g.header_rows = None
    bands: list[tuple[Expr | None, Expr]] = []
    labels: list[tuple[Expr | None, Expr]] = []
    upper: Decimal | None = rules.cap
    for band in rules.scale.bands:
        code = _abs(g.text(row, 0, band.code, "center_bold"))
        bound: Ref | None = None
        if band.above is not None:
            bound = _abs(g.number(row, 1, band.above, "pct"))
        else:
            g.text(row, 1, "0 (termasuk)", "center")
        if upper is not None:
            g.number(row, 2, upper, "pct")
        else:
            g.text(row, 2, "—", "center")
        label = _abs(g.text(row, 3, band.label))
        bands.append((bound, code))
        labels.append((bound, label))
        upper = band.above
        row += 1
    return row, tuple(bands), tuple(labels)


def _limits(g: Grid, row: int, rules: RuleSet) -> tuple[int, Ref | None, Ref]:
    """The score cap and the efficiency threshold, each with what it means."""
    g.text(row, 0, "Aturan", "header")
    g.merge(row, 1, row, 2, "Nilai", "header")
    g.text(row, 3, "Keterangan", "header")
    row += 1
    cap_ref: Ref | None = None
    g.text(row, 0, "Batas atas skor", "text_bold")
    g.merge(row, 1, row, 2)
    if rules.cap is not None:
        cap_ref = _abs(g.number(row, 1, rules.cap, "pct"))
    else:
        g.text(row, 1, "tanpa batas", "center")
    g.text(
        row,
        3,
        "Capaian di atas batas ini dihitung sama dengan batas untuk predikat dan "
        "rata-rata (Bab III A butir 2); capaian di bawah 0 dihitung 0.",
    )
    row += 1
    g.text(row, 0, "Ambang efisiensi", "text_bold")
    g.merge(row, 1, row, 2)
    eff = _abs(g.number(row, 1, rules.efficiency_threshold, "ratio"))
    g.text(row, 3, "Efisien bila indeks (capaian ÷ serapan) ≥ ambang ini.")
    return row + 1, cap_ref, eff


_EXPLAINED = (
    (
        "Capaian indikator",
        "Positif: R ÷ T × 100. Negatif: (2T − R) ÷ T × 100; negatif dengan "
        "T = 0: R = 0 → 100, selainnya 0.",
    ),
    ("Pembulatan", "Dua desimal, setengah menjauhi nol (fungsi ROUND Excel)."),
    (
        "Batas predikat",
        "Skor tepat pada batas masuk kategori di bawahnya: 90,00 → A, 90,01 → AA (skala sakip).",
    ),
    ("Rata-rata sasaran", "Rata-rata skor indikator yang memiliki data, dibulatkan."),
    ("Serapan anggaran", "Σ realisasi ÷ Σ anggaran × 100 (tertimbang rupiah)."),
)


def build_parameter(rules: RuleSet, tahun: int, agency: str) -> tuple[Grid, ParamRefs]:
    g = Grid(SHEET, print_cols=4, footer=agency)
    row = g.title_block(["Parameter Pengukuran Kinerja", f"Tahun {tahun} — {agency}"], 3)
    g.text(row, 0, "Skala predikat", "text_bold")
    g.merge(row, 1, row, 3)
    g.text(row, 1, f"{rules.scale.name}: {rules.scale.title}")
    row, bands, labels = _scale(g, row + 2, rules)
    row, cap_ref, eff = _limits(g, row + 1, rules)
    for name, text in _EXPLAINED:
        g.text(row, 0, name, "text_bold")
        g.merge(row, 1, row, 3)
        g.text(row, 1, text)
        row += 1
    for col, width in enumerate((24, 16, 16, 60)):
        g.width(col, width)
    return g, ParamRefs(bands, labels, cap_ref, eff)
