"""What Excel does with values: the operators and the one registry of Excel functions.

:data:`FUNCTIONS` is the single list of the worksheet functions lkip-xlsx writes and reads.
The expression trees of :mod:`lkip_xlsx.formula` compute a call's value through it, the
writer (:mod:`lkip_xlsx.writer`) trusts a formula that uses only these names, and the
verifier's parser (:mod:`lkip_xlsx.parse`) accepts exactly these names. **Supporting a new
function is a one-place change:** write its evaluator below and add it to
:data:`FUNCTIONS`; a builder in :mod:`lkip_xlsx.formula` (as ``round2`` or ``if_``) is only
a convenience for the tables.

An evaluator receives its arguments already evaluated: a single value for an expression,
a tuple of the cells' values for a range. It returns a value, never raises: an Excel error
such as ``#DIV/0!`` is a value (:class:`ExcelError`) that spreads as in Excel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext

from .numbers import round_half_away

__all__ = [
    "ExcelError",
    "Value",
    "Arg",
    "FUNCTIONS",
    "arith",
    "compare",
    "concat",
    "as_text",
]


@dataclass(frozen=True)
class ExcelError:
    """An Excel error value such as ``#DIV/0!``."""

    code: str


Value = Decimal | str | bool | None | ExcelError
Arg = Value | tuple[Value, ...]  # a tuple: the cells of a range


def arith(op: str, a: Value, b: Value) -> Value:
    """``+ - * /`` as Excel computes them: a blank is 0, text is ``#VALUE!``."""
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


def compare(op: str, a: Value, b: Value) -> Value:
    """``= <> > >= < <=``; text compares case-insensitively, as in Excel."""
    if isinstance(a, ExcelError):
        return a
    if isinstance(b, ExcelError):
        return b
    if isinstance(a, str) or isinstance(b, str):
        if op not in ("=", "<>"):
            return ExcelError("#VALUE!")
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


def as_text(v: Decimal | str | bool | None) -> str:
    """A value as ``&`` turns it into text: a number in the General format (at most 15
    significant digits, no thousands separator), TRUE/FALSE, a blank as nothing.

    The decimal separator of that conversion is the spreadsheet's locale's: ``85,71`` in the
    Indonesian locale our users (and the recalculation tests) run, ``85.71`` in an English
    one. The stored value is the Indonesian text; a viewer in another locale shows its own
    after recalculating. Text meant to be read carries its numbers through FIXED or TEXT.
    A logical value joins as Excel does (TRUE); LibreOffice joins 1, so no formula of ours
    joins one."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, str):
        return v
    if v == 0:
        return "0"
    with localcontext() as ctx:
        ctx.prec = 15
        d = +v  # rounds to 15 significant digits
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def concat(a: Value, b: Value) -> Value:
    """``a & b``: both sides as text, joined; an error spreads."""
    if isinstance(a, ExcelError):
        return a
    if isinstance(b, ExcelError):
        return b
    return as_text(a) + as_text(b)


def _numbers(args: Sequence[Arg]) -> list[Decimal] | ExcelError:
    """Values as SUM/AVERAGE/MIN/MAX see them: numbers only; text and blanks skipped."""
    out: list[Decimal] = []
    for arg in args:
        for v in arg if isinstance(arg, tuple) else (arg,):
            if isinstance(v, ExcelError):
                return v
            if isinstance(v, Decimal):
                out.append(v)
    return out


def _one(arg: Arg) -> Value:
    return ExcelError("#VALUE!") if isinstance(arg, tuple) else arg


def _round(args: Sequence[Arg]) -> Value:
    v, places = _one(args[0]), _one(args[1])
    if isinstance(v, ExcelError):
        return v
    if not isinstance(v, Decimal) or not isinstance(places, Decimal):
        return ExcelError("#VALUE!")
    return round_half_away(v, int(places))


def _sum(args: Sequence[Arg]) -> Value:
    nums = _numbers(args)
    return nums if isinstance(nums, ExcelError) else sum(nums, Decimal(0))


def _average(args: Sequence[Arg]) -> Value:
    nums = _numbers(args)
    if isinstance(nums, ExcelError):
        return nums
    if not nums:
        return ExcelError("#DIV/0!")
    with localcontext() as ctx:
        ctx.prec = 40
        return sum(nums, Decimal(0)) / len(nums)


def _min(args: Sequence[Arg]) -> Value:
    nums = _numbers(args)
    return nums if isinstance(nums, ExcelError) else min(nums, default=Decimal(0))


def _max(args: Sequence[Arg]) -> Value:
    nums = _numbers(args)
    return nums if isinstance(nums, ExcelError) else max(nums, default=Decimal(0))


def _if(args: Sequence[Arg]) -> Value:
    cond = _one(args[0])
    if isinstance(cond, ExcelError):
        return cond
    if isinstance(cond, str):
        return ExcelError("#VALUE!")
    truth = bool(cond) if cond is not None else False
    chosen = args[1] if truth else args[2] if len(args) > 2 else False
    return _one(chosen)


def _sumif(args: Sequence[Arg]) -> Value:
    keys, criterion, values = args
    if not isinstance(keys, tuple) or not isinstance(values, tuple):
        return ExcelError("#VALUE!")
    want = _one(criterion)
    total = Decimal(0)
    for key, v in zip(keys, values, strict=True):
        if isinstance(v, Decimal) and compare("=", key, want) is True:
            total += v
    return total


def _isnumber(args: Sequence[Arg]) -> Value:
    return isinstance(args[0], Decimal)  # a bool is not a Decimal, as TRUE is no number


def _and(args: Sequence[Arg]) -> Value:
    """TRUE when every logical value is; text and blanks in references are skipped, and
    with no logical value at all the answer is #VALUE!, as in Excel."""
    seen, result = False, True
    for arg in args:
        for v in arg if isinstance(arg, tuple) else (arg,):
            if isinstance(v, ExcelError):
                return v
            if isinstance(v, bool | Decimal):
                seen, result = True, result and bool(v)
    return result if seen else ExcelError("#VALUE!")


def _count(args: Sequence[Arg]) -> Value:
    """How many numbers the arguments hold (text, blanks and errors are not counted)."""
    return Decimal(
        sum(
            isinstance(v, Decimal)
            for arg in args
            for v in (arg if isinstance(arg, tuple) else (arg,))
        )
    )


_CRITERION = re.compile(r"(<>|>=|<=|=|<|>)?(.*)", re.DOTALL)


def _wildcard(pattern: str) -> re.Pattern[str]:
    """Excel's criterion text: ``*`` any run, ``?`` one character, ``~`` escapes them; the
    whole cell must match, case-insensitively."""
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "~" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        out.append(".*" if ch == "*" else "." if ch == "?" else re.escape(ch))
        i += 1
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


def _matches(want: Value) -> Callable[[Value], bool]:
    """COUNTIF's criterion as a test on one cell's value: a number equals; text may start
    with a comparison (``>4``, ``<>AA``) and holds wildcards; ``""`` counts blanks."""
    if isinstance(want, Decimal):
        return lambda v: isinstance(v, Decimal) and v == want
    m = _CRITERION.fullmatch(as_text(want) if not isinstance(want, ExcelError) else "")
    assert m is not None
    op, rest = m.group(1) or "=", m.group(2)
    try:
        number: Decimal | None = Decimal(rest) if rest.strip() else None
    except ArithmeticError:
        number = None
    if number is not None and number.is_finite():
        bound = number
        return lambda v: isinstance(v, Decimal) and compare(op, v, bound) is True
    if op in ("=", "<>"):
        if rest == "":  # "=" counts blank cells, "<>" the ones that are not
            return lambda v: (v in (None, "")) == (op == "=")
        pattern = _wildcard(rest)
        hit = op == "="
        return lambda v: (isinstance(v, str) and pattern.fullmatch(v) is not None) == hit
    order = {"<": (-1,), "<=": (-1, 0), ">": (1,), ">=": (1, 0)}[op]
    key = rest.casefold()

    def text_order(v: Value) -> bool:
        if not isinstance(v, str):
            return False
        here = v.casefold()
        return ((here > key) - (here < key)) in order

    return text_order


def _countif(args: Sequence[Arg]) -> Value:
    cells, criterion = args
    if not isinstance(cells, tuple):
        return ExcelError("#VALUE!")
    want = _one(criterion)
    if isinstance(want, ExcelError):
        return want
    test = _matches(want)
    return Decimal(sum(1 for v in cells if test(v)))


def _text_of(arg: Arg) -> str | ExcelError:
    """A value as the text functions see it (UPPER, SUBSTITUTE): as ``&`` turns it into
    text."""
    v = _one(arg)
    return v if isinstance(v, ExcelError) else as_text(v)


def _upper(args: Sequence[Arg]) -> Value:
    text = _text_of(args[0])
    return text if isinstance(text, ExcelError) else text.upper()


def _substitute(args: Sequence[Arg]) -> Value:
    """SUBSTITUTE(text, old, new): every occurrence, case-sensitive."""
    parts = [_text_of(a) for a in args[:3]]
    for part in parts:
        if isinstance(part, ExcelError):
            return part
    text, old, new = (str(p) for p in parts)
    return text.replace(old, new) if old else text


def _cells(arg: Arg) -> tuple[Value, ...]:
    return arg if isinstance(arg, tuple) else (arg,)


def _match(args: Sequence[Arg]) -> Value:
    """MATCH(value, range, 0): the 1-based position of the first exact match; text compares
    case-insensitively. Only the exact match (0) is written; the values lkip looks up never
    hold MATCH's wildcards * ? ~ (the grade key drops them)."""
    want = _one(args[0])
    kind = _one(args[2]) if len(args) > 2 else None
    if isinstance(want, ExcelError):
        return want
    if kind != 0:
        return ExcelError("#N/A")
    for i, held in enumerate(_cells(args[1]), start=1):
        if held is None or isinstance(held, ExcelError):
            continue
        if isinstance(want, str) != isinstance(held, str):
            continue
        if compare("=", held, want) is True:
            return Decimal(i)
    return ExcelError("#N/A")


def _index(args: Sequence[Arg]) -> Value:
    """INDEX(range, n) over one column or one row."""
    cells, n = _cells(args[0]), _one(args[1])
    if isinstance(n, ExcelError):
        return n
    if not isinstance(n, Decimal) or not 1 <= int(n) <= len(cells):
        return ExcelError("#REF!")
    return cells[int(n) - 1]


def _iferror(args: Sequence[Arg]) -> Value:
    v = _one(args[0])
    return _one(args[1]) if isinstance(v, ExcelError) else v


def _number_arg(arg: Arg) -> Decimal | ExcelError:
    """A number argument as Excel reads it: a blank is 0, TRUE/FALSE 1/0, text #VALUE!."""
    v = _one(arg)
    if isinstance(v, ExcelError):
        return v
    if v is None:
        return Decimal(0)
    if isinstance(v, bool):
        return Decimal(int(v))
    if isinstance(v, Decimal):
        return v
    return ExcelError("#VALUE!")


def _fixed(args: Sequence[Arg]) -> Value:
    """FIXED(number; decimals; no_commas): the number rounded half away from zero, as text
    with the viewer's own separators. The value computed here is the one an Indonesian
    Excel or LibreOffice shows (``15.308.539.115``, ``85,71``): see :mod:`.tables.narasi`."""
    from .numbers import format_id

    value = _number_arg(args[0])
    places = _number_arg(args[1]) if len(args) > 1 else Decimal(2)
    plain = _number_arg(args[2]) if len(args) > 2 else Decimal(0)
    for v in (value, places, plain):
        if isinstance(v, ExcelError):
            return v
    assert isinstance(value, Decimal) and isinstance(places, Decimal)
    assert isinstance(plain, Decimal)
    digits = max(int(places), 0)
    return format_id(round_half_away(value, digits), digits, grouped=plain == 0)


def _mid(args: Sequence[Arg]) -> Value:
    """MID(text; start; count), 1-based."""
    text, start, count = _one(args[0]), _number_arg(args[1]), _number_arg(args[2])
    for v in (text, start, count):
        if isinstance(v, ExcelError):
            return v
    assert isinstance(start, Decimal) and isinstance(count, Decimal)
    if start < 1 or count < 0:
        return ExcelError("#VALUE!")
    whole = as_text(text) if not isinstance(text, ExcelError) else ""
    first = int(start) - 1
    return whole[first : first + int(count)]


FUNCTIONS: dict[str, Callable[[Sequence[Arg]], Value]] = {
    "ROUND": _round,
    "SUM": _sum,
    "AVERAGE": _average,
    "MIN": _min,
    "MAX": _max,
    "IF": _if,
    "SUMIF": _sumif,
    "ISNUMBER": _isnumber,
    "AND": _and,
    "COUNT": _count,
    "COUNTIF": _countif,
    # targets written as grades (docs/aturan.md §1a): the label's key, its rank on a scale
    "UPPER": _upper,
    "SUBSTITUTE": _substitute,
    "MATCH": _match,
    "INDEX": _index,
    "IFERROR": _iferror,
    # the sentences of the Narasi sheet
    "FIXED": _fixed,
    "MID": _mid,
}
