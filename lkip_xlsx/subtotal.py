"""Which rows a staff subtotal formula adds up (docs/format-masukan.md §4.2).

A subtotal is a sum of cells: ``=SUM(C7:C9)``, ``=SUM(C7:C9,C12)``, ``=C7+C8+C9``,
``=SUBTOTAL(9,C7:C9)`` (or 109), or any ``+`` of these. Anything else (a product, a
difference, another function, a number typed as a formula) is not a subtotal: its cell is read
as the value it holds and says nothing about levels. A sum that reaches into another sheet is a
subtotal the tool cannot follow (:data:`OTHER_SHEET`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sum", "OTHER_SHEET", "parse", "rows_text"]

OTHER_SHEET = "other_sheet"
_LAST_ROW = 1_048_576  # a whole-column reference (C:C) covers every row

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<func>[A-Za-z][A-Za-z0-9.]*)\( |
      (?P<ref>(?P<sheet>(?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?
         (?:\$?[A-Za-z]{1,3}\$?(?P<r1>\d+)(?::\$?[A-Za-z]{1,3}\$?(?P<r2>\d+))?
           |\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})) |
      (?P<num>\d+(?:\.\d+)?) |
      (?P<op>[+,;()])
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Sum:
    """The rows a subtotal adds up, as spans of rows (1-based, as Excel numbers them, first
    and last included), and whether any of its references points into another sheet."""

    spans: tuple[tuple[int, int], ...]
    other_sheet: bool = False

    @property
    def first(self) -> int:
        return min(a for a, _ in self.spans)

    @property
    def last(self) -> int:
        return max(b for _, b in self.spans)

    def rows(self, upto: int | None = None) -> frozenset[int]:
        """Every row covered, up to row ``upto`` (call with a bound, or once the spans are
        known to lie inside a table: ``C:C`` covers a million rows)."""
        end = self.last if upto is None else upto
        return frozenset(r for a, b in self.spans for r in range(a, min(b, end) + 1))


class _Tokens:
    def __init__(self, text: str) -> None:
        self.items: list[tuple[str, re.Match[str]]] = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if m is None or m.end() == pos:
                raise ValueError(text[pos:])
            kind = next(k for k in ("func", "ref", "num", "op") if m.group(k) is not None)
            self.items.append((kind, m))
            pos = m.end()
        self.i = 0

    def peek(self) -> tuple[str, str]:
        if self.i >= len(self.items):
            return "", ""
        kind, m = self.items[self.i]
        return kind, m.group(kind).upper()

    def take(self) -> re.Match[str]:
        m = self.items[self.i][1]
        self.i += 1
        return m

    def expect(self, op: str) -> None:
        if self.peek() != ("op", op):
            raise ValueError(op)
        self.i += 1


@dataclass
class _Seen:
    spans: list[tuple[int, int]]
    other_sheet: bool = False


def _ref(m: re.Match[str], seen: _Seen) -> None:
    if m.group("sheet"):
        seen.other_sheet = True
    if m.group("r1") is None:  # C:C
        seen.spans.append((1, _LAST_ROW))
        return
    a, b = int(m.group("r1")), int(m.group("r2") or m.group("r1"))
    seen.spans.append((min(a, b), max(a, b)))


def _args(tokens: _Tokens, seen: _Seen) -> None:
    _term(tokens, seen)
    while tokens.peek() in (("op", ","), ("op", ";")):
        tokens.take()
        _term(tokens, seen)
    tokens.expect(")")


def _term(tokens: _Tokens, seen: _Seen) -> None:
    kind, text = tokens.peek()
    if kind == "ref":
        _ref(tokens.take(), seen)
    elif kind == "func" and text == "SUM":
        tokens.take()
        _args(tokens, seen)
    elif kind == "func" and text == "SUBTOTAL":
        tokens.take()
        if tokens.peek() not in (("num", "9"), ("num", "109")):
            raise ValueError("not a sum")
        tokens.take()
        if tokens.peek() not in (("op", ","), ("op", ";")):
            raise ValueError("no range")
        tokens.take()
        _args(tokens, seen)
    elif (kind, text) == ("op", "("):
        tokens.take()
        _expr(tokens, seen)
        tokens.expect(")")
    else:
        raise ValueError(text)


def _expr(tokens: _Tokens, seen: _Seen) -> None:
    _term(tokens, seen)
    while tokens.peek() == ("op", "+"):
        tokens.take()
        _term(tokens, seen)


def parse(formula: str) -> Sum | None:
    """The rows ``formula`` (``"=SUM(C7:C9)"``) adds up, or ``None`` when it is not a sum of
    cells."""
    text = formula[1:] if formula.startswith("=") else formula
    seen = _Seen([])
    try:
        tokens = _Tokens(text)
        _expr(tokens, seen)
        if tokens.peek() != ("", ""):
            return None
    except (ValueError, IndexError):
        return None
    if not seen.spans:
        return None
    return Sum(tuple(seen.spans), seen.other_sheet)


def rows_text(rows: frozenset[int] | set[int]) -> str:
    """``{7, 8, 9, 12}`` -> ``"7–9, 12"``."""
    out: list[str] = []
    ordered = sorted(rows)
    start = prev = ordered[0] if ordered else 0
    for r in [*ordered[1:], None]:
        if r is not None and r == prev + 1:
            prev = r
            continue
        out.append(f"{start}–{prev}" if prev > start else str(start))
        if r is not None:
            start = prev = r
    return ", ".join(out) if ordered else "-"
