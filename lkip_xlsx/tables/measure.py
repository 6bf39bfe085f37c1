"""The helper columns beside Tabel 3.1 and 3.3 that carry the numbers a target written as a
bound, a range or a grade stands for (docs/aturan.md §1a), and the capaian formula that reads them.

The table itself prints the target as written (``< 49``, ``80 – 90 %``, ``WTP``); beside it,
outside the print area: the form, T or L, U, the realisation as a figure when it was written
in words (``nihil``), the grade scale, and the ranks of both grades, each rank a live
``MATCH`` over the scale listed in ``Parameter``. Changing ``WDP`` to ``WTP`` in the table
and recalculating changes the ranks, the capaian, the predicate and the averages.
"""

from __future__ import annotations

from decimal import Decimal

from ..forms import Form, Reading
from ..formula import Expr, Ref
from ..layout import Grid
from ..rules import capaian_grade, capaian_or_status, capaian_range, grade_rank, when_numbers
from .parameter import GradeRefs

__all__ = ["HELPERS", "helper_header", "form_capaian"]

# after the polarity helper column, in this order
HELPERS = ("Bentuk target", "T / L", "U", "R (angka)", "Skala", "Peringkat T", "Peringkat R")


def helper_header(g: Grid, row: int, col: int) -> None:
    """Headings of the helper columns, starting at ``col`` (the one after Polaritas)."""
    for i, label in enumerate(HELPERS):
        g.text(row, col + i, label, "helper_header")
        g.width(col + i, 11)


def _number(g: Grid, row: int, col: int, value: Decimal) -> Ref:
    return g.number(row, col, value, "helper_num")


def form_capaian(
    g: Grid,
    row: int,
    col: int,
    reading: Reading,
    target: Ref,
    real: Ref,
    polarity: Expr,
    grades: GradeRefs,
    why: str,
) -> Expr:
    """Write the helper cells of one indicator from ``col`` on and return its capaian: the
    rule of its form over the table's target and realisation cells and the helpers, alive
    (it shows ``why`` while an operand is not a number, and computes once one is typed)."""
    g.text(row, col, reading.form.value, "helper")
    if reading.form is Form.GRADE:
        assert reading.scale is not None
        keys, ranks = grades.scales[reading.scale.name]
        g.text(row, col + 4, reading.scale.name, "helper")
        rank_t = g.formula(row, col + 5, grade_rank(target, keys, ranks), "helper")
        rank_r = g.formula(row, col + 6, grade_rank(real, keys, ranks), "helper")
        return capaian_grade(rank_t, rank_r, grades.mode, why)
    assert reading.low is not None
    low: Expr = target if reading.form is Form.NUMBER else _number(g, row, col + 1, reading.low)
    figure: Expr = real
    if not isinstance(real.held, Decimal) and reading.real is not None:
        figure = _number(g, row, col + 3, reading.real)  # "nihil": R = 0
    if reading.form is Form.RANGE:
        assert reading.high is not None
        high = _number(g, row, col + 2, reading.high)
        return when_numbers((low, high, figure), capaian_range(low, high, figure, polarity), why)
    return capaian_or_status(low, figure, polarity, why)
