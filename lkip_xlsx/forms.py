"""Targets and realisations as reports write them (docs/aturan.md §1a): a number, a bound
(``< 49``, ``minimal 80``), a range (``80 – 90 %``, ``7 s.d. 8 bulan``), a grade on an ordinal
scale (``WTP``, ``BB``, ``Level 3``) or a zero-tolerance word (``nihil``, ``0 kasus``).

:func:`read_measure` reads one cell; :func:`understand` reads an indicator's target and
realisation together and says how its capaian is computed (:class:`Reading`), or why it
cannot be (:class:`Problem`). Nothing here raises: text that fits no form is a result.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from decimal import Decimal

from .numbers import (
    Blank,
    NotANumber,
    Number,
    Parsed,
    _decimal_from_digits,
    format_id,
    parse_number,
)
from .rules import GradeScale, Polarity, Status, key_of, parse_polarity

__all__ = [
    "Bound",
    "Range",
    "Grade",
    "Zero",
    "Malformed",
    "Measure",
    "Form",
    "Reading",
    "Problem",
    "read_measure",
    "understand",
    "written",
    "described",
    "same_measure",
]


@dataclass(frozen=True)
class Bound:
    """``< 49`` (upper: lower is better) or ``≥ 80`` (lower bound: higher is better)."""

    value: Decimal
    upper: bool
    text: str
    unit: str | None = None

    @property
    def polarity(self) -> Polarity:
        return Polarity.NEGATIF if self.upper else Polarity.POSITIF


@dataclass(frozen=True)
class Range:
    """``80 – 90 %``: L < U."""

    low: Decimal
    high: Decimal
    text: str
    unit: str | None = None


@dataclass(frozen=True)
class Grade:
    """A label on some ordinal scale (which one is decided with the other cell)."""

    text: str


@dataclass(frozen=True)
class Zero:
    """``nihil``, ``tidak ada``, ``0 kasus``: the figure 0, written in words."""

    text: str


@dataclass(frozen=True)
class Malformed:
    """Looks like a form but is not one: ``90-80`` (a range must rise)."""

    text: str


Measure = Parsed | Bound | Range | Grade | Zero | Malformed

_UPPER_WORDS = (
    "tidak lebih dari",
    "paling tinggi",
    "paling banyak",
    "kurang dari",
    "maksimal",
    "maksimum",
    "maks.",
    "maks",
    "max.",
    "max",
    "<=",
    "=<",
    "≤",
    "<",
)
_LOWER_WORDS = (
    "tidak kurang dari",
    "sekurang-kurangnya",
    "paling sedikit",
    "paling rendah",
    "lebih dari",
    "minimal",
    "minimum",
    "min.",
    "min",
    ">=",
    "=>",
    "≥",
    ">",
)
_ZERO_WORDS = ("nihil", "tidak ada", "nol")
_RANGE = re.compile(
    r"^(?P<a>\d[\d.,]*)\s*(?P<pct>%?)\s*"
    r"(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*"
    r"(?P<b>\d[\d.,]*)(?P<rest>.*)$",
    re.IGNORECASE,
)


def _bound(text: str) -> Bound | None:
    low = text.lower()
    for words, upper in ((_UPPER_WORDS, True), (_LOWER_WORDS, False)):
        for word in words:
            if low.startswith(word):
                rest = text[len(word) :].strip()
                if word[-1].isalpha() and rest[:1].isalpha():
                    continue  # "minimal" is not "min" followed by "imal"
                figure = parse_number(rest)
                if isinstance(figure, Number) and figure.value >= 0:
                    return Bound(figure.value, upper, text, figure.unit)
                return None
    return None


def _range(text: str) -> Range | Malformed | None:
    m = _RANGE.match(text)
    if not m:
        return None
    low, high = _decimal_from_digits(m.group("a")), _decimal_from_digits(m.group("b"))
    rest = m.group("rest").strip()
    if low is None or high is None or (rest and not rest[0].isalpha() and rest[0] != "%"):
        return None
    if low >= high:
        return Malformed(text)
    unit = rest.lstrip("%").strip() or ("%" if m.group("pct") or rest.startswith("%") else None)
    return Range(low, high, text, unit)


def read_measure(
    value: object, number_format: str | None, scales: tuple[GradeScale, ...]
) -> Measure:
    """One ``Target`` or ``Realisasi`` cell, in the first form it fits."""
    if isinstance(value, str):
        spread = _range(" ".join(value.replace("\u00a0", " ").split()))
        if spread is not None:
            return spread  # before the number: "80 s.d. 90" is not 80 of the unit "s.d. 90"
    figure = parse_number(value, number_format)
    if isinstance(value, str) and isinstance(figure, Number) and figure.value == 0:
        if figure.unit:
            return Zero(" ".join(value.split()))  # "0 kasus"
    if not isinstance(figure, NotANumber) or not isinstance(value, str):
        return figure
    text = " ".join(value.replace("\u00a0", " ").split())
    if text.lower().strip(" .") in _ZERO_WORDS:
        return Zero(text)
    found = _bound(text)
    if found is not None:
        return found
    if any(s.rank(text) is not None for s in scales):
        return Grade(text)
    return figure


def written(m: Measure) -> str:
    """The cell's text as typed, for a form that is printed as written."""
    if isinstance(m, Bound | Range | Grade | Zero | Malformed | NotANumber | Blank):
        return m.text
    return ""


class Form(enum.Enum):
    NUMBER = "angka"
    BOUND = "batas"
    RANGE = "rentang"
    GRADE = "peringkat"
    ZERO = "nol"


@dataclass(frozen=True)
class Reading:
    """How an indicator's capaian is computed: the form of its target, the polarity in
    force, T or L and U, the scale of a grade, and the realisation as a figure."""

    form: Form
    polarity: Polarity
    low: Decimal | None = None  # T (number, bound, zero) or L (range)
    high: Decimal | None = None  # U (range)
    scale: GradeScale | None = None
    real: Decimal | None = None  # R as a figure (None for a grade or no data)


@dataclass(frozen=True)
class Problem:
    """Something to say about the reading: ``code`` picks the message, ``on`` the cell
    (``target``, ``real`` or ``polarity``)."""

    code: str
    on: str
    params: tuple[tuple[str, str], ...] = ()


def _scale_for(
    target: str, real: str, satuan: str, scales: tuple[GradeScale, ...]
) -> tuple[GradeScale | None, bool]:
    """The scale holding both labels; where several do, the one ``satuan`` names, else the
    first (and the choice is ambiguous)."""
    both = [s for s in scales if s.rank(target) is not None and s.rank(real) is not None]
    if len(both) <= 1:
        return (both[0] if both else None), False
    words = set(re.findall(r"\w+", satuan.lower()))
    named = [s for s in both if words & {s.name.lower(), *s.words}]
    if len(named) == 1:
        return named[0], False
    return both[0], True


def _implied(
    implied: Polarity, column: Polarity, column_text: object, problems: list[Problem]
) -> Polarity:
    """A form that implies a polarity (a bound, a zero target): a Polaritas cell that
    says otherwise wins, with a warning."""
    if column_text is None or str(column_text).strip() == "":
        return implied
    if column is not implied:
        problems.append(
            Problem(
                "polarity_conflict",
                "polarity",
                (("implied", implied.value), ("stated", column.value)),
            )
        )
    return column


def _figure(real: Measure) -> Decimal | None:
    if isinstance(real, Number):
        return real.value
    if isinstance(real, Zero):
        return Decimal(0)
    return None


def understand(
    target: Measure,
    real: Measure,
    polarity_text: object,
    satuan: str,
    scales: tuple[GradeScale, ...],
) -> tuple[Reading | None, Status, list[Problem]]:
    """Read an indicator's target and realisation together (docs/aturan.md §1 and §1a)."""
    column = parse_polarity(polarity_text) or Polarity.POSITIF
    problems: list[Problem] = []
    if isinstance(target, Blank):
        return None, Status.NOT_COMPUTABLE, [Problem("target_blank", "target")]
    if isinstance(target, NotANumber):
        return None, Status.NOT_COMPUTABLE, [Problem("target_unreadable", "target")]
    if isinstance(target, Malformed):
        return None, Status.NOT_COMPUTABLE, [Problem("target_range_reversed", "target")]
    if isinstance(target, Grade):
        return _grade(target, real, satuan, scales, column)
    if isinstance(target, Bound):
        reading = Reading(
            Form.BOUND, _implied(target.polarity, column, polarity_text, problems), target.value
        )
    elif isinstance(target, Range):
        reading = Reading(Form.RANGE, column, target.low, target.high)
    elif isinstance(target, Zero):
        polarity = _implied(Polarity.NEGATIF, column, polarity_text, problems)
        reading = Reading(Form.ZERO, polarity, Decimal(0))
    else:
        reading = Reading(Form.NUMBER, column, target.value)
    if reading.form is not Form.NUMBER:
        problems.insert(0, Problem("target_read", "target"))
    if isinstance(real, Blank):
        return reading, Status.NO_DATA, problems
    figure = _figure(real)
    if figure is None:
        code = "realisasi_grade_for_number" if isinstance(real, Grade) else "realisasi_unreadable"
        return reading, Status.NOT_COMPUTABLE, [*problems, Problem(code, "real")]
    reading = Reading(reading.form, reading.polarity, reading.low, reading.high, real=figure)
    if reading.low == 0 and reading.form is not Form.RANGE:
        zero = reading.polarity is Polarity.NEGATIF
        return reading, (Status.ZERO_TOLERANCE if zero else Status.TARGET_ZERO), problems
    return reading, Status.OK, problems


def _grade(
    target: Grade,
    real: Measure,
    satuan: str,
    scales: tuple[GradeScale, ...],
    column: Polarity,
) -> tuple[Reading | None, Status, list[Problem]]:
    if isinstance(real, Blank):
        scale, _ = _scale_for(target.text, target.text, satuan, scales)
        reading = Reading(Form.GRADE, column, scale=scale)
        return reading, Status.NO_DATA, [Problem("target_read", "target")]
    if not isinstance(real, Grade | NotANumber):
        problem = Problem("realisasi_number_for_grade", "real", (("target", target.text),))
        return None, Status.NOT_COMPUTABLE, [problem]
    scale, ambiguous = _scale_for(target.text, real.text, satuan, scales)
    if scale is None:
        problem = Problem("realisasi_off_scale", "real", (("target", target.text),))
        return None, Status.NOT_COMPUTABLE, [problem]
    problems = [Problem("target_read", "target")]
    if ambiguous:
        others = [s.name for s in scales if s.rank(target.text) and s.rank(real.text)]
        problems.append(
            Problem("grade_scale_ambiguous", "target", (("scales", ", ".join(others)),))
        )
    return Reading(Form.GRADE, column, scale=scale), Status.OK, problems


def described(reading: Reading, target: Measure) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The finding that says how a target that is not a plain number was read: its code
    (``target_read_upper`` …) and the figures that fill its sentence."""
    polarity = ("polarity", reading.polarity.value)
    if reading.form is Form.BOUND and isinstance(target, Bound):
        side = "upper" if target.upper else "lower"
        return f"target_read_{side}", (("bound", format_id(target.value)), polarity)
    if reading.form is Form.RANGE and reading.low is not None and reading.high is not None:
        figures = (("low", format_id(reading.low)), ("high", format_id(reading.high)))
        return "target_read_range", (*figures, polarity)
    if reading.form is Form.GRADE and reading.scale is not None:
        scale = reading.scale
        rank = scale.rank(written(target))
        return "target_read_grade", (
            ("scale", scale.name),
            ("rank", str(rank)),
            ("count", str(len(scale.labels))),
        )
    return "target_read_zero", (polarity,)


def same_measure(
    a: Measure, b: Measure, tolerance: Decimal, scales: tuple[GradeScale, ...] = ()
) -> bool:
    """Do two targets say the same (a PK target beside the ``Realisasi`` one)? Grades are
    the same label when a scale gives them one rank (``WTP``, ``Wajar Tanpa
    Pengecualian``); text that fits no form is compared as text."""
    if isinstance(a, Number) and isinstance(b, Number):
        return abs(a.value - b.value) <= (tolerance if a.percent or b.percent else 0)
    if isinstance(a, Bound) and isinstance(b, Bound):
        return a.value == b.value and a.upper == b.upper
    if isinstance(a, Range) and isinstance(b, Range):
        return (a.low, a.high) == (b.low, b.high)
    if isinstance(a, Grade) and isinstance(b, Grade):
        ranks = [(s.rank(a.text), s.rank(b.text)) for s in scales]
        return key_of(a.text) == key_of(b.text) or any(x and x == y for x, y in ranks)
    if isinstance(a, Zero | Number) and isinstance(b, Zero | Number):
        return _figure(a) == _figure(b)
    if isinstance(a, Blank) or isinstance(b, Blank):
        return True  # nothing declared on one side: nothing to compare
    return key_of(written(a)) == key_of(written(b))
