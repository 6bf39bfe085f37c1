"""A tiny expression tree: one definition gives both the Excel formula and its value.

Every computed cell of the output is built from these nodes. ``formula(here)`` renders the
Excel text (references on the sheet ``here`` are written unqualified); ``value()`` computes
the same expression in exact decimal arithmetic. The rules in :mod:`lkip_xlsx.rules` are
written once, as trees, so the figure in the cell and the figure in the formula cannot
drift apart; the LibreOffice recalculation test proves they agree.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from .numbers import round_half_away

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
    "col_letter",
    "cell_name",
    "quote_sheet",
]


@dataclass(frozen=True)
class ExcelError:
    """An Excel error value such as ``#DIV/0!``."""

    code: str


Value = Decimal | str | bool | None | ExcelError


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

    def gt(self, other: Expr | int | Decimal) -> Expr:
        return Compare(">", self, lit(other))

    def ge(self, other: Expr | int | Decimal) -> Expr:
        return Compare(">=", self, lit(other))


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


_PRECEDENCE = {"=": 1, "<>": 1, ">": 1, ">=": 1, "<": 1, "<=": 1, "+": 2, "-": 2, "*": 3, "/": 3}


def _arith(op: str, a: Value, b: Value) -> Value:
    if isinstance(a, ExcelError):
        return a
    if isinstance(b, ExcelError):
        return b
    x = Decimal(0) if a is None else a
    y = Decimal(0) if b is None else b
    if not isinstance(x, Decimal) or not isinstance(y, Decimal):
        return ExcelError("#VALUE!")
    with localcontext() as ctx:
        ctx.prec = 40
        if op == "+":
            return x + y
        if op == "-":
            return x - y
        if op == "*":
            return x * y
        if y == 0:
            return ExcelError("#DIV/0!")
        return x / y


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
        return _arith(self.op, self.left.value(), self.right.value())


def _compare(op: str, a: Value, b: Value) -> Value:
    if isinstance(a, ExcelError):
        return a
    if isinstance(b, ExcelError):
        return b
    if isinstance(a, str) or isinstance(b, str):
        if op not in ("=", "<>"):
            return ExcelError("#VALUE!")
        # Excel compares text case-insensitively
        same = str(a or "").casefold() == str(b or "").casefold()
        return same if op == "=" else not same
    x = Decimal(0) if a is None else Decimal(int(a)) if isinstance(a, bool) else a
    y = Decimal(0) if b is None else Decimal(int(b)) if isinstance(b, bool) else b
    return {
        "<>": x != y,
        "=": x == y,
        ">": x > y,
        ">=": x >= y,
        "<": x < y,
        "<=": x <= y,
    }[op]


@dataclass(frozen=True, eq=False)
class Compare(Expr):
    op: str
    left: Expr
    right: Expr

    precedence = 1

    def formula(self, here: str) -> str:
        return f"{self.left.formula(here)}{self.op}{self.right.formula(here)}"

    def value(self) -> Value:
        return _compare(self.op, self.left.value(), self.right.value())


def _numbers(args: Sequence[Expr]) -> list[Decimal] | ExcelError:
    """Values as SUM/AVERAGE/MIN/MAX see them: numbers only; text and blanks in ranges skipped."""
    out: list[Decimal] = []
    for arg in args:
        vals = arg.held if isinstance(arg, RangeRef) else (arg.value(),)
        for v in vals:
            if isinstance(v, ExcelError):
                return v
            if isinstance(v, Decimal):
                out.append(v)
    return out


def _fn_round(args: Sequence[Expr]) -> Value:
    v, places = args[0].value(), args[1].value()
    if isinstance(v, ExcelError):
        return v
    if not isinstance(v, Decimal) or not isinstance(places, Decimal):
        return ExcelError("#VALUE!")
    return round_half_away(v, int(places))


def _fn_sum(args: Sequence[Expr]) -> Value:
    nums = _numbers(args)
    return nums if isinstance(nums, ExcelError) else sum(nums, Decimal(0))


def _fn_average(args: Sequence[Expr]) -> Value:
    nums = _numbers(args)
    if isinstance(nums, ExcelError):
        return nums
    if not nums:
        return ExcelError("#DIV/0!")
    with localcontext() as ctx:
        ctx.prec = 40
        return sum(nums, Decimal(0)) / len(nums)


def _fn_min(args: Sequence[Expr]) -> Value:
    nums = _numbers(args)
    return nums if isinstance(nums, ExcelError) else min(nums, default=Decimal(0))


def _fn_max(args: Sequence[Expr]) -> Value:
    nums = _numbers(args)
    return nums if isinstance(nums, ExcelError) else max(nums, default=Decimal(0))


def _fn_if(args: Sequence[Expr]) -> Value:
    cond = args[0].value()
    if isinstance(cond, ExcelError):
        return cond
    if isinstance(cond, str):
        return ExcelError("#VALUE!")
    truth = bool(cond) if cond is not None else False
    return args[1].value() if truth else args[2].value()


def _fn_sumif(args: Sequence[Expr]) -> Value:
    crit_range, criterion, sum_range = args
    assert isinstance(crit_range, RangeRef) and isinstance(sum_range, RangeRef)
    want = criterion.value()
    total = Decimal(0)
    for key, v in zip(crit_range.held, sum_range.held, strict=True):
        if isinstance(v, Decimal) and _compare("=", key, want) is True:
            total += v
    return total


_FUNCTIONS: dict[str, Callable[[Sequence[Expr]], Value]] = {
    "ROUND": _fn_round,
    "SUM": _fn_sum,
    "AVERAGE": _fn_average,
    "MIN": _fn_min,
    "MAX": _fn_max,
    "IF": _fn_if,
    "SUMIF": _fn_sumif,
}


@dataclass(frozen=True, eq=False)
class Call(Expr):
    name: str
    args: tuple[Expr, ...]

    def formula(self, here: str) -> str:
        return f"{self.name}({','.join(a.formula(here) for a in self.args)})"

    def value(self) -> Value:
        return _FUNCTIONS[self.name](self.args)


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
