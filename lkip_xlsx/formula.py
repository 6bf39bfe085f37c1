"""A tiny expression tree: one definition gives both the Excel formula and its value.

Every computed cell of the output is built from these nodes. What the operators and the
functions do to values lives in :mod:`lkip_xlsx.functions`, with the one registry of the
Excel functions we use. ``formula(here)`` renders the
Excel text (references on the sheet ``here`` are written unqualified); ``value()`` computes
the same expression in exact decimal arithmetic. The rules in :mod:`lkip_xlsx.rules` are
written once, as trees, so the figure in the cell and the figure in the formula cannot
drift apart; the LibreOffice recalculation test proves they agree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal

from .functions import FUNCTIONS, ExcelError, Value, arith, compare, concat

__all__ = [
    "Expr",
    "Value",
    "ExcelError",
    "Num",
    "Text",
    "Ref",
    "RangeRef",
    "BinOp",
    "Compare",
    "Call",
    "lit",
    "round2",
    "if_",
    "min_",
    "max_",
    "average",
    "sum_",
    "sumif",
    "join",
    "isnumber",
    "and_",
    "countif",
    "count",
    "col_letter",
    "cell_name",
    "quote_sheet",
]


@functools.lru_cache(maxsize=1024)
def col_letter(col: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 26 -> AA)."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_name(row: int, col: int, absolute: bool = False) -> str:
    """0-based row and column -> ``F7`` (or ``$F$7``)."""
    d = "$" if absolute else ""
    return f"{d}{col_letter(col)}{d}{row + 1}"


def quote_sheet(name: str) -> str:
    """Sheet names such as ``3.1`` must be quoted in a reference: ``'3.1'!F7``."""
    if name.isidentifier() and not name[:1].isdigit():
        return name
    return "'" + name.replace("'", "''") + "'"


def _num_text(d: Decimal) -> str:
    s = format(d.normalize(), "f")
    return s


class Expr:
    """A node. Arithmetic operators build new nodes; Python numbers become literals."""

    precedence = 100

    def formula(self, here: str) -> str:
        raise NotImplementedError

    def value(self) -> Value:
        raise NotImplementedError

    def __add__(self, other: Expr | int | Decimal) -> Expr:
        return BinOp("+", self, lit(other))

    def __sub__(self, other: Expr | int | Decimal) -> Expr:
        return BinOp("-", self, lit(other))

    def __mul__(self, other: Expr | int | Decimal) -> Expr:
        return BinOp("*", self, lit(other))

    def __truediv__(self, other: Expr | int | Decimal) -> Expr:
        return BinOp("/", self, lit(other))

    def __radd__(self, other: int | Decimal) -> Expr:
        return BinOp("+", lit(other), self)

    def __rsub__(self, other: int | Decimal) -> Expr:
        return BinOp("-", lit(other), self)

    def __rmul__(self, other: int | Decimal) -> Expr:
        return BinOp("*", lit(other), self)

    def eq(self, other: Expr | int | Decimal | str) -> Expr:
        return Compare("=", self, lit(other))

    def ne(self, other: Expr | int | Decimal | str) -> Expr:
        return Compare("<>", self, lit(other))

    def gt(self, other: Expr | int | Decimal) -> Expr:
        return Compare(">", self, lit(other))

    def ge(self, other: Expr | int | Decimal) -> Expr:
        return Compare(">=", self, lit(other))

    def lt(self, other: Expr | int | Decimal) -> Expr:
        return Compare("<", self, lit(other))


def lit(x: Expr | int | Decimal | str) -> Expr:
    if isinstance(x, Expr):
        return x
    if isinstance(x, str):
        return Text(x)
    return Num(Decimal(x))


@dataclass(frozen=True, eq=False)
class Num(Expr):
    number: Decimal

    def formula(self, here: str) -> str:
        return _num_text(self.number)

    def value(self) -> Value:
        return self.number


@dataclass(frozen=True, eq=False)
class Text(Expr):
    text: str

    def formula(self, here: str) -> str:
        return '"' + self.text.replace('"', '""') + '"'

    def value(self) -> Value:
        return self.text


@dataclass(frozen=True, eq=False)
class Ref(Expr):
    """A reference to one cell, carrying the value that cell holds."""

    sheet: str
    row: int
    col: int
    held: Value
    absolute: bool = False

    def formula(self, here: str) -> str:
        name = cell_name(self.row, self.col, self.absolute)
        return name if self.sheet == here else f"{quote_sheet(self.sheet)}!{name}"

    def value(self) -> Value:
        return self.held

    @property
    def address(self) -> str:
        return f"{self.sheet}!{cell_name(self.row, self.col)}"


@dataclass(frozen=True, eq=False)
class RangeRef(Expr):
    """A rectangular range (one column in practice), with the values it holds."""

    sheet: str
    first_row: int
    first_col: int
    last_row: int
    last_col: int
    held: tuple[Value, ...]

    def formula(self, here: str) -> str:
        a = cell_name(self.first_row, self.first_col)
        b = cell_name(self.last_row, self.last_col)
        text = f"{a}:{b}"
        return text if self.sheet == here else f"{quote_sheet(self.sheet)}!{text}"

    def value(self) -> Value:
        raise TypeError("a range has no single value")

    def absolute(self) -> str:
        """``='3.1'!$G$7:$G$9``, as chart series want their data."""
        a = cell_name(self.first_row, self.first_col, True)
        b = cell_name(self.last_row, self.last_col, True)
        return f"={quote_sheet(self.sheet)}!{a}:{b}"


# Excel's order: comparisons, then & (text), then + -, then * /
_PRECEDENCE = {"=": 1, "<>": 1, ">": 1, ">=": 1, "<": 1, "<=": 1, "&": 2}
_PRECEDENCE |= {"+": 3, "-": 3, "*": 4, "/": 4}


@dataclass(frozen=True, eq=False)
class BinOp(Expr):
    op: str
    left: Expr
    right: Expr

    @property
    def precedence(self) -> int:  # type: ignore[override]
        return _PRECEDENCE[self.op]

    def formula(self, here: str) -> str:
        p = self.precedence
        lt = self.left.formula(here)
        rt = self.right.formula(here)
        if self.left.precedence < p:
            lt = f"({lt})"
        if self.right.precedence < p or (
            self.right.precedence == p and self.op in "-/" and isinstance(self.right, BinOp)
        ):
            rt = f"({rt})"
        return f"{lt}{self.op}{rt}"

    def value(self) -> Value:
        if self.op == "&":
            return concat(self.left.value(), self.right.value())
        return arith(self.op, self.left.value(), self.right.value())


@dataclass(frozen=True, eq=False)
class Compare(Expr):
    op: str
    left: Expr
    right: Expr

    precedence = 1

    def formula(self, here: str) -> str:
        return f"{self.left.formula(here)}{self.op}{self.right.formula(here)}"

    def value(self) -> Value:
        return compare(self.op, self.left.value(), self.right.value())


@dataclass(frozen=True, eq=False)
class Call(Expr):
    name: str
    args: tuple[Expr, ...]

    def formula(self, here: str) -> str:
        return f"{self.name}({','.join(a.formula(here) for a in self.args)})"

    def value(self) -> Value:
        return FUNCTIONS[self.name](
            tuple(a.held if isinstance(a, RangeRef) else a.value() for a in self.args)
        )


def round2(x: Expr) -> Expr:
    """ROUND(x,2): half away from zero, in Excel and in Python alike."""
    return Call("ROUND", (x, Num(Decimal(2))))


def if_(cond: Expr, then: Expr | int | Decimal | str, other: Expr | int | Decimal | str) -> Expr:
    return Call("IF", (cond, lit(then), lit(other)))


def min_(*xs: Expr | int | Decimal) -> Expr:
    return Call("MIN", tuple(lit(x) for x in xs))


def max_(*xs: Expr | int | Decimal) -> Expr:
    return Call("MAX", tuple(lit(x) for x in xs))


def average(*xs: Expr) -> Expr:
    return Call("AVERAGE", tuple(xs))


def sum_(*xs: Expr) -> Expr:
    return Call("SUM", tuple(xs))


def sumif(criteria: RangeRef, criterion: str, values: RangeRef) -> Expr:
    return Call("SUMIF", (criteria, Text(criterion), values))


def join(*parts: Expr | str | int | Decimal) -> Expr:
    """``a&b&c``: Excel's text concatenation (numbers as the General format prints them)."""
    exprs = [lit(p) for p in parts]
    out = exprs[0]
    for part in exprs[1:]:
        out = BinOp("&", out, part)
    return out


def isnumber(x: Expr) -> Expr:
    return Call("ISNUMBER", (x,))


def and_(*conds: Expr) -> Expr:
    return Call("AND", tuple(conds))


def count(*xs: Expr) -> Expr:
    return Call("COUNT", tuple(xs))


def countif(cells: RangeRef, criterion: Expr | str) -> Expr:
    """COUNTIF(range, criterion), as Excel matches a criterion (see :mod:`.functions`)."""
    return Call("COUNTIF", (cells, lit(criterion)))
