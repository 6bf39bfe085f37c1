"""Excel formula text -> the expression tree of :mod:`lkip_xlsx.formula`, for ``verify``.

It reads what lkip-xlsx writes and what a person may type over it: numbers, "text",
references (``F7``, ``$B$16``, ``'3.1'!G7``, ``Parameter!$A$7``), ranges, + - * / & unary
minus, comparisons, and the functions of the one registry,
:data:`lkip_xlsx.functions.FUNCTIONS`. The value of every reference is looked up in the
workbook as it is stored, so evaluating the tree recomputes one formula from the cells it
reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from .formula import BinOp, Call, Compare, Expr, Num, RangeRef, Ref, Text
from .functions import FUNCTIONS, Value

__all__ = ["parse_formula", "FormulaSyntaxError", "Lookup"]

Lookup = Callable[[str, int, int], Value]  # (sheet, row, col) -> stored value, 0-based


class FormulaSyntaxError(ValueError):
    pass


_TOKEN = re.compile(
    r"""\s*(?:
    (?P<string>"(?:[^"]|"")*")
    |(?P<ref>(?:(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)
    |(?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
    |(?P<func>[A-Z][A-Z0-9.]*)\(
    |(?P<op><>|>=|<=|[-+*/&=<>(),])
    )""",
    re.VERBOSE,
)


def _col(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _cell(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", text)
    if not m:
        raise FormulaSyntaxError(text)
    return int(m.group(2)) - 1, _col(m.group(1))


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise FormulaSyntaxError(text[pos:])
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, text: str, here: str, lookup: Lookup) -> None:
        self.tokens = _tokens(text[1:] if text.startswith("=") else text)
        self.pos = 0
        self.here = here
        self.lookup = lookup

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", "")

    def take(self, value: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if value is not None and token[1] != value:
            raise FormulaSyntaxError(f"expected {value!r}, found {token[1]!r}")
        self.pos += 1
        return token

    def parse(self) -> Expr:
        expr = self.comparison()
        if self.peek()[0] != "end":
            raise FormulaSyntaxError(f"unexpected {self.peek()[1]!r}")
        return expr

    def comparison(self) -> Expr:
        left = self.concatenation()
        while self.peek()[1] in ("=", "<>", ">", ">=", "<", "<="):
            op = self.take()[1]
            left = Compare(op, left, self.concatenation())
        return left

    def concatenation(self) -> Expr:
        left = self.additive()
        while self.peek()[1] == "&":
            self.take()
            left = BinOp("&", left, self.additive())
        return left

    def additive(self) -> Expr:
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            left = BinOp(op, left, self.term())
        return left

    def term(self) -> Expr:
        left = self.unary()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            left = BinOp(op, left, self.unary())
        return left

    def unary(self) -> Expr:
        if self.peek()[1] == "-":
            self.take()
            return BinOp("-", Num(Decimal(0)), self.unary())
        if self.peek()[1] == "+":
            self.take()
            return self.unary()
        return self.primary()

    def primary(self) -> Expr:
        kind, value = self.take()
        if kind == "number":
            return Num(Decimal(value))
        if kind == "string":
            return Text(value[1:-1].replace('""', '"'))
        if kind == "ref":
            return self.reference(value)
        if kind == "func":
            if value not in FUNCTIONS:
                raise FormulaSyntaxError(f"function {value}")
            args: list[Expr] = []
            if self.peek()[1] != ")":
                args.append(self.comparison())
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.comparison())
            self.take(")")
            return Call(value, tuple(args))
        if value == "(":
            inner = self.comparison()
            self.take(")")
            return inner
        raise FormulaSyntaxError(f"unexpected {value!r}")

    def reference(self, text: str) -> Expr:
        sheet = self.here
        if "!" in text:
            name, text = text.rsplit("!", 1)
            sheet = name[1:-1].replace("''", "'") if name.startswith("'") else name
        if ":" in text:
            a, b = text.split(":")
            (r1, c1), (r2, c2) = _cell(a), _cell(b)
            r1, r2 = min(r1, r2), max(r1, r2)
            c1, c2 = min(c1, c2), max(c1, c2)
            held = tuple(
                self.lookup(sheet, r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
            )
            return RangeRef(sheet, r1, c1, r2, c2, held)
        row, col = _cell(text)
        return Ref(sheet, row, col, self.lookup(sheet, row, col), "$" in text)


def parse_formula(text: str, here: str, lookup: Lookup) -> Expr:
    """Parse ``text`` (with or without the leading ``=``) on sheet ``here``."""
    return _Parser(text, here, lookup).parse()
