"""``Parameter``: the rule set in force (Bab III A, Kerangka Pengukuran), as a table that
every predicate, capping and efficiency formula reads."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..formula import Expr, RangeRef, Ref
from ..layout import Grid
from ..rules import RuleSet, grade_key

__all__ = ["ParamRefs", "build_parameter", "SHEET"]

SHEET = "Parameter"


Pairs = tuple[tuple[Expr | None, Expr], ...]  # (lower bound, what the band gives)


@dataclass(frozen=True)
class GradeRefs:
    """The grade scales as listed in ``Parameter``: per scale, the key column and the rank
    column (for ``MATCH``/``INDEX``), and the cell naming the capaian mode."""

    scales: dict[str, tuple[RangeRef, RangeRef]]
    mode: Ref


@dataclass(frozen=True)
class ParamRefs:
    bands: Pairs  # (lower bound, code) for rules.predicate
    labels: Pairs  # (lower bound, interpretation)
    cap: Expr | None
    efficiency: Expr
    grades: GradeRefs


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
        "rata-rata (Bab III A butir 2); capaian di bawah 0 dihitung 0. Aturan §2.",
    )
    row += 1
    g.text(row, 0, "Ambang efisiensi", "text_bold")
    g.merge(row, 1, row, 2)
    eff = _abs(g.number(row, 1, rules.efficiency_threshold, "ratio"))
    g.text(row, 3, "Efisien bila indeks (capaian ÷ serapan) ≥ ambang ini. Aturan §6.")
    return row + 1, cap_ref, eff


_EXPLAINED = (
    (
        "Capaian indikator",
        "Positif: R ÷ T × 100. Negatif: (2T − R) ÷ T × 100; negatif dengan "
        "T = 0: R = 0 → 100, selainnya 0. Aturan §1.",
    ),
    ("Pembulatan", "Dua desimal, setengah menjauhi nol (fungsi ROUND Excel). Aturan §1."),
    (
        "Batas predikat",
        "Skor tepat pada batas masuk kategori di bawahnya: 90,00 → A, 90,01 → AA (skala sakip). "
        "Aturan §3.",
    ),
    ("Rata-rata sasaran", "Rata-rata skor indikator yang memiliki data, dibulatkan. Aturan §4."),
    ("Serapan anggaran", "Σ realisasi ÷ Σ anggaran × 100 (tertimbang rupiah). Aturan §5."),
)


def build_parameter(rules: RuleSet, tahun: int, agency: str) -> tuple[Grid, ParamRefs]:
    g = Grid(SHEET, print_cols=4, footer=agency)
    row = g.title_block(["Parameter Pengukuran Kinerja", f"Tahun {tahun} — {agency}"], 3)
    g.text(row, 0, "Skala predikat (§3)", "text_bold")
    g.merge(row, 1, row, 3)
    g.text(row, 1, f"{rules.scale.name}: {rules.scale.title}")
    row, bands, labels = _scale(g, row + 2, rules)
    row, cap_ref, eff = _limits(g, row + 1, rules)
    for name, text in _EXPLAINED:
        g.text(row, 0, name, "text_bold")
        g.merge(row, 1, row, 3)
        g.text(row, 1, text)
        row += 1
    grades = _grades(g, row + 1, rules)
    for col, width in enumerate((24, 16, 16, 60)):
        g.width(col, width)
    return g, ParamRefs(bands, labels, cap_ref, eff, grades)


def _grades(g: Grid, row: int, rules: RuleSet) -> GradeRefs:
    """Targets written as grades (docs/aturan.md §1a): the capaian mode, then every scale, best
    label first, each label and synonym on its own row with its rank and its key (the
    label in capitals without spaces and punctuation, as a formula), which the rank
    formulas of Tabel 3.1 and 3.3 look up with MATCH."""
    g.text(row, 0, "Capaian target peringkat", "text_bold")
    g.merge(row, 1, row, 2)
    mode = _abs(g.text(row, 1, rules.grade_mode, "center"))
    g.text(
        row,
        3,
        "peringkat: peringkat R ÷ peringkat T × 100 (peringkat dihitung dari label terendah "
        "= 1); tercapai: 100 bila peringkat R ≥ peringkat T, selainnya 0.",
    )
    row += 2
    g.merge(row, 0, row, 3, "Skala peringkat (label terbaik di atas)", "text_bold")
    row += 1
    for c, heading in enumerate(("Skala", "Label / sinonim", "Peringkat", "Kunci (bantu)")):
        g.text(row, c, heading, "header")
    row += 1
    scales: dict[str, tuple[RangeRef, RangeRef]] = {}
    for scale in rules.grades:
        first = row
        for i, names in enumerate(scale.labels):
            for name in names:
                g.text(row, 0, scale.name, "center")
                label = g.text(row, 1, name, "center_bold" if name == names[0] else "center")
                g.number(row, 2, Decimal(len(scale.labels) - i), "center")
                g.formula(row, 3, grade_key(label), "helper")
                row += 1
        scales[scale.name] = (g.column_range(3, first, row - 1), g.column_range(2, first, row - 1))
    return GradeRefs(scales, mode)
