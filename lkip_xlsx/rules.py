"""The computation rules (``docs/aturan.md``), each written once as an expression tree.

A rule takes :class:`~lkip_xlsx.formula.Expr` operands (cell references in the output, or
literals in tests) and returns an expression: its ``formula()`` goes into the cell, its
``value()`` is the figure stored beside it. Nothing here knows about sheets or rows.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from .choices import ScaleName
from .formula import (
    Call,
    Expr,
    RangeRef,
    Text,
    and_,
    average,
    count,
    if_,
    isnumber,
    lit,
    max_,
    min_,
    round2,
    sum_,
    sumif,
)
from .numbers import Blank, Number, Parsed

__all__ = [
    "Polarity",
    "Status",
    "Band",
    "Scale",
    "SCALES",
    "ScaleName",
    "RuleSet",
    "parse_polarity",
    "indicator_status",
    "capaian",
    "capaian_positive",
    "capaian_range",
    "capaian_grade",
    "grade_key",
    "grade_rank",
    "GradeScale",
    "GRADE_SCALES",
    "GRADE_MODES",
    "score",
    "predicate",
    "mean_score",
    "serapan",
    "efficiency_index",
    "efficiency_verdict",
    "NOT_COMPUTED",
    "capaian_exact",
    "capaian_or_status",
    "all_numbers",
    "when_numbers",
    "mean",
    "serapan_exact",
    "indicator_score",
    "grade",
    "average_capaian",
    "selisih",
    "efficiency",
    "verdict",
    "output_capaian",
    "serapan_or_dash",
    "total",
    "total_where",
]

NOT_COMPUTED = "-"  # what a figure shows while an operand is not a number


class Polarity(enum.Enum):
    POSITIF = "positif"
    NEGATIF = "negatif"


_POLARITY_WORDS = {
    "positif": Polarity.POSITIF,
    "positive": Polarity.POSITIF,
    "+": Polarity.POSITIF,
    "maximize": Polarity.POSITIF,
    "maksimal": Polarity.POSITIF,
    "naik": Polarity.POSITIF,
    "negatif": Polarity.NEGATIF,
    "negative": Polarity.NEGATIF,
    "-": Polarity.NEGATIF,
    "minimize": Polarity.NEGATIF,
    "minimal": Polarity.NEGATIF,
    "turun": Polarity.NEGATIF,
    "↑": Polarity.POSITIF,
    "↓": Polarity.NEGATIF,
    "max": Polarity.POSITIF,
    "min": Polarity.NEGATIF,
}


_POLARITY_PHRASES = (
    (
        re.compile(r"(semakin|makin)\s+(tinggi|besar|banyak)\s+(semakin|makin)\s+baik"),
        Polarity.POSITIF,
    ),
    (
        re.compile(r"(semakin|makin)\s+(rendah|kecil|sedikit)\s+(semakin|makin)\s+baik"),
        Polarity.NEGATIF,
    ),
    (re.compile(r"higher\s+is\s+better"), Polarity.POSITIF),
    (re.compile(r"lower\s+is\s+better"), Polarity.NEGATIF),
)


def parse_polarity(text: object) -> Polarity | None:
    """``positif`` (the default for a blank cell) or ``negatif``; None for anything else.
    Written as staff write it: ``Positif``, ``(+)``, ``Negatif (-)``, ``↑``/``↓``,
    ``semakin rendah semakin baik``."""
    if text is None or str(text).strip() == "":
        return Polarity.POSITIF
    s = " ".join(str(text).casefold().split())
    found = _POLARITY_WORDS.get(s) or _POLARITY_WORDS.get(s.strip("()[] "))
    if found is not None:
        return found
    # a word with its sign beside it: "positif (+)", "negatif(-)"
    words = {w.strip("()[] ") for w in re.split(r"[\s()\[\]/]+", s) if w.strip("()[] ")}
    signs = {_POLARITY_WORDS[w] for w in words if w in _POLARITY_WORDS}
    if len(signs) == 1:
        return signs.pop()
    return next((p for pattern, p in _POLARITY_PHRASES if pattern.search(s)), None)


class Status(enum.Enum):
    """Whether an indicator's capaian can be computed (Aturan §1)."""

    OK = "ok"
    ZERO_TOLERANCE = "nol toleransi"  # negatif with T = 0: R = 0 -> 100, R > 0 -> 0
    NO_DATA = "data tidak tersedia"
    TARGET_ZERO = "target nol"
    NOT_COMPUTABLE = "tidak dapat dihitung"  # text that fits no form of docs/aturan.md §1a


def indicator_status(target: Parsed, real: Parsed, polarity: Polarity) -> Status:
    if isinstance(real, Blank):
        return Status.NO_DATA
    if not isinstance(target, Number) or not isinstance(real, Number):
        return Status.NOT_COMPUTABLE
    if target.value == 0:
        return Status.ZERO_TOLERANCE if polarity is Polarity.NEGATIF else Status.TARGET_ZERO
    return Status.OK


def _exactly(x: Expr) -> Expr:
    return x


def _capaian(
    target: Expr,
    real: Expr,
    polarity: Expr,
    rnd: Callable[[Expr], Expr],
    zero_target: str | None = None,
) -> Expr:
    negative = if_(
        target.eq(0),
        if_(real.eq(0), 100, 0),
        rnd((2 * target - real) / target * 100),
    )
    positive = rnd(real / target * 100)
    if zero_target is not None:
        positive = if_(target.eq(0), zero_target, positive)
    return if_(polarity.eq(Polarity.NEGATIF.value), negative, positive)


def capaian(target: Expr, real: Expr, polarity: Expr) -> Expr:
    """Raw capaian, rounded: positif R/T*100; negatif (2T-R)/T*100; negatif with T=0 is
    zero-tolerance (R=0 gives 100, else 0). The polarity operand is the text
    ``positif``/``negatif`` (a helper cell in the output, so an auditor can flip it)."""
    return _capaian(target, real, polarity, round2)


def capaian_exact(target: Expr, real: Expr, polarity: Expr) -> Expr:
    """:func:`capaian` before rounding: the audit's exact figure."""
    return _capaian(target, real, polarity, _exactly)


def capaian_positive(target: Expr, real: Expr) -> Expr:
    """R / T × 100, rounded: higher is better."""
    return round2(real / target * 100)


def all_numbers(*operands: Expr) -> Expr:
    """TRUE when every operand is a number (ISNUMBER; AND over several)."""
    tests = [isnumber(x) for x in operands]
    return tests[0] if len(tests) == 1 else and_(*tests)


def when_numbers(operands: Sequence[Expr], figure: Expr, otherwise: str = NOT_COMPUTED) -> Expr:
    """``figure`` while every operand is a number, else the text ``otherwise``: a cell that
    cannot be computed today stays a formula and computes once the figure is typed in."""
    return if_(all_numbers(*operands), figure, otherwise)


def capaian_or_status(target: Expr, real: Expr, polarity: Expr, status: str) -> Expr:
    """Tabel 3.1's capaian, alive: :func:`capaian` when target and realisation are numbers
    (a positif indicator with target 0 shows ``target nol``), else ``status``, the text
    that says why today's input gives none."""
    figure = _capaian(target, real, polarity, round2, Status.TARGET_ZERO.value)
    return when_numbers((target, real), figure, status)


def capaian_range(low: Expr, high: Expr, real: Expr, polarity: Expr) -> Expr:
    """A target range [L, U] (PermenPANRB 8/2021): inside it 100; outside it, section 1
    against the nearer bound. 70 vs 80-90 -> 70/80 = 87,50; 6,5 vs 7-8 negatif ->
    (14-6,5)/7 = 107,14; 9 vs 7-8 negatif -> (16-9)/8 = 87,50."""
    return if_(
        real.lt(low),
        capaian(low, real, polarity),
        if_(real.gt(high), capaian(high, real, polarity), 100),
    )


def capaian_grade(
    rank_target: Expr, rank_real: Expr, mode: Expr, otherwise: str = "tidak dapat dihitung"
) -> Expr:
    """Grades (docs/aturan.md §1a), by rank counted from the lowest label: ``peringkat`` gives
    rank(R) / rank(T) × 100 (BB target, A reached: 6/5 -> 120,00), ``tercapai`` 100 when
    rank(R) >= rank(T), else 0. A label that is on no scale leaves its rank a dash, and the
    capaian says it cannot be computed."""
    figure = if_(
        mode.eq("tercapai"),
        if_(rank_real.ge(rank_target), 100, 0),
        round2(rank_real / rank_target * 100),
    )
    return when_numbers((rank_target, rank_real), figure, otherwise)


# Labels match case-insensitively ignoring spaces and punctuation: the key of a label is
# its upper-case text without these characters (also the wildcards * ? ~ of MATCH).
_KEY_DROP = (" ", "\u00a0", ".", ",", "-", "–", "(", ")", "/", "'", "*", "?", "~")


def grade_key(label: Expr) -> Expr:
    """``Wajar Tanpa Pengecualian`` -> ``WAJARTANPAPENGECUALIAN``; ``Level 3`` -> ``LEVEL3``."""
    expr: Expr = Call("UPPER", (label,))
    for ch in _KEY_DROP:
        expr = Call("SUBSTITUTE", (expr, Text(ch), Text("")))
    return expr


def grade_rank(label: Expr, keys: RangeRef, ranks: RangeRef) -> Expr:
    """The rank of ``label`` on one scale (its keys and ranks listed in ``Parameter``), or a
    dash when the label is not on it."""
    position = Call("MATCH", (grade_key(label), keys, lit(0)))
    return Call("IFERROR", (Call("INDEX", (ranks, position)), Text("-")))


@dataclass(frozen=True)
class GradeScale:
    """An ordinal scale, best label first; each entry is a label and its synonyms. ``words``
    are what a ``Satuan`` cell may say to name the scale."""

    name: str
    title: str
    labels: tuple[tuple[str, ...], ...]
    words: tuple[str, ...] = ()

    def rank(self, label: str) -> int | None:
        """Rank counted from the lowest (WTP = 4 … TMP = 1), or None when not on the scale."""
        key = key_of(label)
        for i, names in enumerate(self.labels):
            if any(key_of(n) == key for n in names):
                return len(self.labels) - i
        return None


@functools.lru_cache(maxsize=4096)
def key_of(text: str) -> str:
    value = grade_key(lit(text)).value()
    return value if isinstance(value, str) else ""


GRADE_MODES = ("peringkat", "tercapai")

GRADE_SCALES: tuple[GradeScale, ...] = (
    GradeScale(
        "opini",
        "Opini BPK atas laporan keuangan",
        (
            ("WTP", "Wajar Tanpa Pengecualian"),
            ("WDP", "Wajar Dengan Pengecualian"),
            ("TW", "Tidak Wajar"),
            ("TMP", "Tidak Menyatakan Pendapat", "Disclaimer"),
        ),
        ("opini", "bpk"),
    ),
    GradeScale(
        "nilai",
        "Nilai evaluasi SAKIP (huruf)",
        (("AA",), ("A",), ("BB",), ("B",), ("CC",), ("C",), ("D",)),
        ("nilai", "sakip", "predikat"),
    ),
    GradeScale(
        "mutu",
        "Mutu pelayanan (IKM)",
        (
            ("A", "Sangat Baik", "A (Sangat Baik)"),
            ("B", "Baik", "B (Baik)"),
            ("C", "Kurang Baik", "C (Kurang Baik)"),
            ("D", "Tidak Baik", "D (Tidak Baik)"),
        ),
        ("mutu", "ikm", "pelayanan"),
    ),
    GradeScale(
        "level",
        "Tingkat maturitas (SPIP, kapabilitas APIP, …)",
        tuple(
            (f"Level {n}", f"Level {r}", f"Tingkat {n}")
            for n, r in zip("54321", ("V", "IV", "III", "II", "I"), strict=True)
        ),
        ("level", "tingkat", "maturitas", "kapabilitas"),
    ),
)


def score(raw: Expr, cap: Expr | None) -> Expr:
    """Capaian for scoring: below 0 counts as 0, above the cap (100 by default) as the cap."""
    floored = max_(raw, 0)
    return floored if cap is None else min_(floored, cap)


@dataclass(frozen=True)
class Band:
    """One category of a predicate scale: a score strictly above ``above`` (and not above
    the band before it) falls in it. The lowest band has ``above = None``."""

    code: str
    above: Decimal | None
    label: str


@dataclass(frozen=True)
class Scale:
    name: str
    title: str
    bands: tuple[Band, ...]  # highest first


SCALES: dict[str, Scale] = {
    "sakip": Scale(
        "sakip",
        "Predikat SAKIP (PermenPANRB 53/2014)",
        (
            Band("AA", Decimal(90), "Sangat Memuaskan"),
            Band("A", Decimal(80), "Memuaskan"),
            Band("BB", Decimal(70), "Sangat Baik"),
            Band("B", Decimal(60), "Baik"),
            Band("CC", Decimal(50), "Cukup (Memadai)"),
            Band("C", Decimal(30), "Kurang"),
            Band("D", None, "Sangat Kurang"),
        ),
    ),
    "permendagri86": Scale(
        "permendagri86",
        "Kategori evaluasi RKPD (Permendagri 86/2017)",
        (
            Band("Sangat Tinggi", Decimal(90), "Sangat Tinggi"),
            Band("Tinggi", Decimal(75), "Tinggi"),
            Band("Sedang", Decimal(65), "Sedang"),
            Band("Rendah", Decimal(50), "Rendah"),
            Band("Sangat Rendah", None, "Sangat Rendah"),
        ),
    ),
}


@dataclass(frozen=True)
class RuleSet:
    """The rule set in force; written to the ``Parameter`` sheet."""

    scale: Scale = SCALES["sakip"]
    cap: Decimal | None = Decimal(100)
    efficiency_threshold: Decimal = Decimal(1)
    grades: tuple[GradeScale, ...] = GRADE_SCALES  # built-in first, then the agency's own
    grade_mode: str = "peringkat"  # or "tercapai"


def predicate(value: Expr, bands: Sequence[tuple[Expr | None, Expr]]) -> Expr:
    """Nested IF over the scale, highest band first: a score on a bound belongs to the lower
    band (90,00 is A, 90,01 is AA). ``bands`` pairs each band's lower bound (None for the
    last) with its code, both usually references into the ``Parameter`` sheet."""
    *upper, (last_bound, last_code) = bands
    assert last_bound is None
    expr: Expr = last_code
    for bound, code in reversed(upper):
        assert bound is not None
        expr = if_(value.gt(bound), code, expr)
    return expr


def mean_score(scores: Sequence[Expr]) -> Expr:
    """A sasaran's capaian: the mean of its indicators' scores, rounded."""
    return round2(average(*scores))


def mean(values: Sequence[Expr]) -> Expr:
    """The plain mean, unrounded (AVERAGE skips text): the audit's naive figure."""
    return average(*values)


def total(*amounts: Expr) -> Expr:
    """Rupiah summed exactly (SUM): a parent line's amounts, a sasaran's programmes."""
    return sum_(*amounts)


def total_where(levels: RangeRef, level: str, amounts: RangeRef) -> Expr:
    """The amounts of the lines of one level in a block (SUMIF over the level helper
    column): a programme's kegiatan, the grand total's programmes."""
    return sumif(levels, level, amounts)


def serapan(budget: Expr, spent: Expr) -> Expr:
    """Budget absorption S/A*100, rounded; a zero ceiling gives a dash, not #DIV/0!."""
    return if_(budget.eq(0), NOT_COMPUTED, round2(spent / budget * 100))


def serapan_exact(budget: Expr, spent: Expr) -> Expr:
    """:func:`serapan` before rounding: the audit's exact figure."""
    return if_(budget.eq(0), NOT_COMPUTED, spent / budget * 100)


def efficiency_index(capaian_: Expr, serapan_: Expr) -> Expr:
    return round2(capaian_ / serapan_)


def efficiency_verdict(index: Expr, threshold: Expr) -> Expr:
    return if_(index.ge(threshold), "Efisien", "Tidak efisien")


# Alive variants: a formula in every case, showing "-" (or a status) until its operands are
# numbers. The tables use these, so typing a missing figure into the output computes it.


def indicator_score(capaian_: Expr, cap: Expr | None) -> Expr:
    """:func:`score` of a capaian that may still be a status text."""
    return when_numbers((capaian_,), score(capaian_, cap))


def grade(value: Expr, bands: Sequence[tuple[Expr | None, Expr]]) -> Expr:
    """:func:`predicate` of a figure that may still be text."""
    return when_numbers((value,), predicate(value, bands))


def average_capaian(scores: Sequence[Expr]) -> Expr:
    """A sasaran's capaian (its indicators' scores) or the overall one (the sasaran's):
    :func:`mean_score` over the figures that are numbers; ``data tidak tersedia`` while
    none is."""
    return if_(count(*scores).eq(0), Status.NO_DATA.value, mean_score(scores))


def selisih(a: Expr, b: Expr) -> Expr:
    """The difference a − b (capaian − serapan in Tabel 3.7, daerah − nasional in 3.4)."""
    return when_numbers((a, b), a - b)


def efficiency(capaian_: Expr, serapan_: Expr) -> Expr:
    """:func:`efficiency_index` once both are numbers and the serapan is not 0."""
    return when_numbers(
        (capaian_, serapan_),
        if_(serapan_.eq(0), NOT_COMPUTED, efficiency_index(capaian_, serapan_)),
    )


def verdict(index: Expr, threshold: Expr) -> Expr:
    return when_numbers((index,), efficiency_verdict(index, threshold))


def output_capaian(target: Expr, real: Expr, cap: Expr | None) -> Expr:
    """Tabel 3.6's capaian of an Output or Outcome: R/T×100 capped as a score (0 to the
    cap), as the report prints it; ``-`` while target or realisation is no number or the
    target is 0."""
    figure = if_(target.eq(0), NOT_COMPUTED, score(capaian_positive(target, real), cap))
    return when_numbers((target, real), figure)


def serapan_or_dash(budget: Expr, spent: Expr) -> Expr:
    """:func:`serapan` of figures that may still be text (an Input row of Tabel 3.6 that no
    budget line matched)."""
    return when_numbers((budget, spent), serapan(budget, spent))
