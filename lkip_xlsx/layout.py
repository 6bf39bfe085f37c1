"""The layout types: a sheet laid out in memory (cells, merges, widths, print setup, charts),
before any writing. It imports nothing of the tables.

Table modules fill a :class:`Grid`; :mod:`lkip_xlsx.writer` renders it with xlsxwriter.
Every write returns a :class:`~lkip_xlsx.formula.Ref` that carries the cell's value, so a
later formula can reference the cell and compute with its value in the same step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from .formula import Expr, RangeRef, Ref
from .functions import Value

__all__ = [
    "Style",
    "Grid",
    "Chart",
    "Series",
    "Content",
    "STYLES",
    "measure_format",
    "style_of",
]


@dataclass(frozen=True)
class Style:
    bold: bool = False
    italic: bool = False
    align: str = "left"
    valign: str = "top"
    wrap: bool = True
    border: bool = True
    num_format: str = ""
    bg: str = ""
    size: int = 10
    color: str = ""
    rotation: int = 0  # degrees, for a narrow column's header read upwards


HEADER_BG = "#D9E2F3"
DEFAULT_WIDTH = 8.43  # Excel's default column width, in characters of the default font
DEFAULT_HEIGHT = 15.0  # points
LINE_HEIGHT = 12.75  # points per line of 10 pt Arial
MAX_HEIGHT = 409.0  # Excel's tallest row, in points
# The printed page's width in column pixels (7 per character of width, 5 per column), as
# LibreOffice lays out a sheet: measured by printing sheets of known widths (0.5 in margins).
PAGE_PX = {("a4", True): 767.0, ("f4", True): 861.0, ("a4", False): 521.0, ("f4", False): 538.0}
# The smallest scale fit-to-width may apply: 10 pt text stays at least 8.5 pt on paper.
MIN_SCALE = 0.85
MIN_TEXT_WIDTH = 9.0  # a text column is never narrowed below this many characters
MAX_WORD_WIDTH = 12.0  # a longer word (a code, an address) may break rather than widen
HELPER_BG = "#F2F2F2"

STYLES = {
    "title": Style(bold=True, align="center", border=False, wrap=False, size=12),
    "subtitle": Style(bold=True, align="center", border=False, wrap=False, size=11),
    "header": Style(bold=True, align="center", valign="vcenter", bg=HEADER_BG),
    "numbering": Style(italic=True, align="center", bg=HEADER_BG),
    "helper_header": Style(
        italic=True, align="center", valign="vcenter", bg=HELPER_BG, color="#595959"
    ),
    "helper": Style(italic=True, align="center", bg=HELPER_BG, color="#595959"),
    "helper_pct": Style(
        italic=True, align="right", bg=HELPER_BG, color="#595959", num_format="0.00"
    ),
    "helper_num": Style(italic=True, align="right", bg=HELPER_BG, color="#595959"),
    "text": Style(),
    "text_bold": Style(bold=True),
    "center": Style(align="center"),
    "center_bold": Style(align="center", bold=True),
    "status": Style(italic=True, align="center", color="#C00000"),
    # a live figure that shows a status today: two decimals once its input is typed in
    "status_pct": Style(italic=True, align="center", color="#C00000", num_format="0.00"),
    "money": Style(align="right", num_format="#,##0"),
    "money_bold": Style(align="right", bold=True, num_format="#,##0"),
    "pct": Style(align="right", num_format="0.00"),
    "pct_bold": Style(align="right", bold=True, num_format="0.00"),
    "ratio": Style(align="right", num_format="0.00"),
    "tick": Style(align="center", valign="vcenter", bold=True, size=12),
    "note": Style(italic=True, border=False, wrap=False),
    "note_wrap": Style(italic=True, border=False),
    "plain": Style(border=False, wrap=False),
    "plain_bold": Style(bold=True, border=False, wrap=False),
    "sign": Style(align="center", border=False, wrap=False),
    "alert": Style(bold=True, border=False, wrap=True, color="#C00000"),
    "sign_name": Style(align="center", border=False, wrap=False, bold=True),
    "group": Style(bold=True, border=False, wrap=False, size=11),
    "link": Style(color="#0563C1"),
}

_UNIT_SAFE = re.compile(r"[^\w .,/()-]")


def measure_format(value: Decimal, unit: str | None) -> str:
    """``1.000 Orang``, ``85,71%``: the figure stays a number, the unit rides in the format
    (so formulas can compute with it); the viewer's locale decides ``,`` or ``.``."""
    digits = "#,##0" if value == value.to_integral_value() else "#,##0.00"
    if not unit:
        return digits
    if unit == "%":
        return digits + '"%"'
    clean = _UNIT_SAFE.sub("", unit).strip()
    return f'{digits}" {clean}"' if clean else digits


@dataclass(frozen=True, slots=True)
class Content:
    kind: str  # "text" | "number" | "formula" | "blank" | "link"
    value: Value
    text: str = ""  # a formula's Excel text, rendered once (without the "="); a link's target


@dataclass(frozen=True)
class Series:
    name: str
    categories: RangeRef
    values: RangeRef
    kind: str = ""  # "" = the chart's own kind; "line" to draw it over a column chart
    labels: RangeRef | None = None  # cells whose values label the points (else the values)


@dataclass(frozen=True)
class Chart:
    """A native Excel chart over cells of the workbook, so it follows a recalculation."""

    kind: str  # "column" | "bar"
    title: str
    x_title: str
    y_title: str
    series: tuple[Series, ...]
    row: int
    col: int
    width: int = 760
    height: int = 380


@dataclass
class Grid:
    name: str
    cells: dict[tuple[int, int], tuple[Content, Style]] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    repeat_rows: tuple[int, int] | None = None
    freeze: tuple[int, int] | None = None
    print_cols: int = 0  # columns 0..print_cols-1 are the official table; helpers lie beyond
    footer: str = ""
    landscape: bool = True
    header_rows: tuple[int, int] | None = None
    charts: list[Chart] = field(default_factory=list)
    hidden: set[int] = field(default_factory=set)  # columns neither shown nor printed
    paper: str = ""  # "a4" / "f4" for this sheet; "" = the workbook's paper

    def _put(self, row: int, col: int, content: Content, style: str | Style) -> Ref:
        st = STYLES[style] if isinstance(style, str) else style
        self.cells[(row, col)] = (content, st)
        return Ref(self.name, row, col, content.value)

    def text(self, row: int, col: int, text: str, style: str | Style = "text") -> Ref:
        return self._put(row, col, Content("text", text), style)

    def number(self, row: int, col: int, value: Decimal, style: str | Style = "money") -> Ref:
        return self._put(row, col, Content("number", value), style)

    def formula(self, row: int, col: int, expr: Expr, style: str | Style = "pct") -> Ref:
        return self._put(row, col, Content("formula", expr.value(), expr.formula(self.name)), style)

    def link(self, row: int, col: int, text: str, target: str, style: str | Style = "link") -> Ref:
        """A hyperlink to another file, ``target`` relative to this workbook's folder."""
        return self._put(row, col, Content("link", text, target), style)

    def blank(self, row: int, col: int, style: str | Style = "text") -> Ref:
        return self._put(row, col, Content("blank", None), style)

    def merge(
        self,
        r1: int,
        c1: int,
        r2: int,
        c2: int,
        text: str | None = None,
        style: str | Style = "text",
    ) -> None:
        """Merge a range; the top-left cell keeps its content (or ``text``)."""
        if r2 < r1 or c2 < c1:
            raise ValueError(f"empty merge range {self.name}!R{r1}C{c1}:R{r2}C{c2}")
        if (r1, c1) != (r2, c2):
            self.merges.append((r1, c1, r2, c2))
        st = STYLES[style] if isinstance(style, str) else style
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) not in self.cells:
                    self.cells[(r, c)] = (Content("blank", None), st)
        if text is not None:
            self.text(r1, c1, text, style)

    def value_at(self, row: int, col: int) -> Value:
        got = self.cells.get((row, col))
        return None if got is None else got[0].value

    def ref(self, row: int, col: int, absolute: bool = False) -> Ref:
        return Ref(self.name, row, col, self.value_at(row, col), absolute)

    def column_range(self, col: int, first: int, last: int) -> RangeRef:
        held = tuple(self.value_at(r, col) for r in range(first, last + 1))
        return RangeRef(self.name, first, col, last, col, held)

    def width(self, col: int, width: float) -> None:
        self.widths[col] = width

    def fit_columns(self) -> None:
        """Widen a column wherever a figure, as its number format prints it, would not fit:
        Excel prints ``#####`` for a number wider than its column."""
        covered = {
            (r, c)
            for r1, c1, r2, c2 in self.merges
            for r in range(r1, r2 + 1)
            for c in range(c1, c2 + 1)
        }
        for (row, col), (content, style) in self.cells.items():
            if (row, col) in covered or not isinstance(content.value, Decimal):
                continue
            need = _printed_width(content.value, style) + 2
            if need > self.widths.get(col, DEFAULT_WIDTH):
                self.widths[col] = need

    def printed_columns(self) -> range:
        last = self.print_cols or 1 + max((c for _, c in self.cells), default=0)
        return range(last)

    def page_px(self, paper: str) -> float:
        return PAGE_PX[(self.paper or paper, self.landscape)]

    def scale(self, paper: str) -> float:
        """The scale fit-to-width will print this sheet at (1 when it fits)."""
        px = sum(_px(self.widths.get(c, DEFAULT_WIDTH)) for c in self.printed_columns())
        return min(1.0, self.page_px(paper) / px) if px else 1.0

    def fit_page(self, paper: str) -> None:
        """Narrow the text columns, never a column of figures, in proportion, until the
        printed columns fit the page at :data:`MIN_SCALE` or better: widths chosen for the
        page, not for the longest string (long names wrap instead). A column keeps room for
        its longest word."""
        cols = list(self.printed_columns())
        limit = self.page_px(paper) / MIN_SCALE
        figures = {c for (_, c), (content, _) in self.cells.items() if content.kind in _FIGURES}
        fixed = sum(_px(self.widths.get(c, DEFAULT_WIDTH)) for c in cols if c in figures)
        text = {c: self.widths.get(c, DEFAULT_WIDTH) for c in cols if c not in figures}
        if fixed + sum(_px(w) for w in text.values()) <= limit or not text:
            return
        floor = self._word_floors(text)
        low, high = 0.0, 1.0
        for _ in range(40):
            mid = (low + high) / 2
            used = fixed + sum(_px(max(floor[c], w * mid)) for c, w in text.items())
            low, high = (mid, high) if used <= limit else (low, mid)
        for c, w in text.items():
            self.widths[c] = round(max(floor[c], w * low), 1)

    def _word_floors(self, text: dict[int, float]) -> dict[int, float]:
        """Per text column, the width its longest word needs (at most its present width)."""
        floor = {c: min(w, MIN_TEXT_WIDTH) for c, w in text.items()}
        spanned = {(r1, c1) for r1, c1, r2, c2 in self.merges if c2 > c1}
        for (row, col), (content, style) in self.cells.items():
            if col not in text or (row, col) in spanned or not isinstance(content.value, str):
                continue
            longest = max((len(w) for w in content.value.split()), default=0)
            need = min(MAX_WORD_WIDTH, longest / _chars_per_width(style) + 1)
            floor[col] = min(text[col], max(floor[col], need))
        return floor

    def fit_rows(self) -> None:
        """Row heights for wrapped text: Excel files carry no automatic height that every
        viewer honours, so estimate the lines each cell needs from its text and the width it
        spans (a merged range spreads its need over its rows)."""
        spans: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        under_merge: set[tuple[int, int]] = set()  # cells under a merge: never shown
        for r1, c1, r2, c2 in self.merges:
            spans[(r1, c1)] = (r1, c1, r2, c2)
            if r2 > r1 or c2 > c1:
                under_merge.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
                under_merge.discard((r1, c1))
        need: dict[int, float] = {}
        tall: list[tuple[int, int, float]] = []
        widths = self.widths
        for (row, col), (content, style) in self.cells.items():
            text = content.value
            if not style.wrap or not isinstance(text, str) or not text or style.rotation:
                continue
            if (row, col) in under_merge:
                continue
            span = spans.get((row, col))
            if span is None:
                r1 = r2 = row
                width = widths.get(col, DEFAULT_WIDTH)
            else:
                r1, c1, r2, c2 = span
                width = sum(widths.get(c, DEFAULT_WIDTH) for c in range(c1, c2 + 1))
            per_line = max(1.0, (width - 1) * _chars_per_width(style))
            if r1 == r2 and style.size <= 10 and len(text) <= per_line and "\n" not in text:
                continue  # one line: the default height holds it
            lines = sum(_wrapped_lines(part, int(per_line)) for part in text.split("\n"))
            height = lines * LINE_HEIGHT * style.size / 10 + 3
            if r2 > r1:
                tall.append((r1, r2, height))
            else:
                need[row] = max(need.get(row, 0.0), height)
        for row, height in need.items():
            if height > DEFAULT_HEIGHT:
                self.heights[row] = min(MAX_HEIGHT, max(self.heights.get(row, 0.0), height))
        for r1, r2, height in tall:
            have = sum(self.heights.get(r, DEFAULT_HEIGHT) for r in range(r1, r2 + 1))
            if height > have:
                grown = self.heights.get(r2, DEFAULT_HEIGHT) + height - have
                self.heights[r2] = min(MAX_HEIGHT, grown)

    def note(self, row: int, text: str) -> int:
        """A line under the table (``Sumber Data: …``, how a figure is read), merged over
        the printed columns and wrapped, so nothing runs off the page. Returns the next row."""
        last = max(0, len(self.printed_columns()) - 1)
        self.merge(row, 0, row, last)
        self.text(row, 0, text, "note_wrap")
        return row + 1

    def title_block(self, lines: list[str], last_col: int) -> int:
        """Centred title lines merged over the table's width; returns the next free row."""
        for i, line in enumerate(lines):
            self.merge(i, 0, i, last_col)
            self.text(i, 0, line, "title" if i == 0 else "subtitle")
        return len(lines) + 1

    def header(self, row: int, labels: list[str], numbering: bool = True) -> int:
        """One header row and the numbering row ``(1) (2) …`` under it; returns next row."""
        for c, label in enumerate(labels):
            self.text(row, c, label, "header")
        self.heights[row] = 36
        if not numbering:
            self.header_rows = (row, row)
            return row + 1
        for c in range(len(labels)):
            self.text(row + 1, c, f"({c + 1})", "numbering")
        self.header_rows = (row, row + 1)
        return row + 2


_FIGURES = ("number", "formula")


def _chars_per_width(style: Style) -> float:
    """Characters of ``style``'s Arial that one unit of column width holds (measured on
    printed pages: about 1,3 of 10 pt Arial, fewer in bold or larger)."""
    return (1.15 if style.bold else 1.3) * 10 / style.size


def _wrapped_lines(text: str, per_line: int) -> int:
    """Lines a text takes when wrapped at word boundaries, as the spreadsheet wraps it."""
    lines, used = 1, 0
    for word in text.split():
        size = len(word)
        while size > per_line:  # a word longer than the line is broken
            lines += 1 if used else 0
            size -= per_line
            used = 0
        if used and used + 1 + size > per_line:
            lines, used = lines + 1, size
        else:
            used = used + 1 + size if used else size
    return lines


def _px(width: float) -> float:
    """A column's width in pixels, as Excel converts characters of the default font."""
    return width * 7 + 5


def _printed_width(value: Decimal, style: Style) -> float:
    """Characters a number takes as ``style.num_format`` prints it: the digits with their
    thousands separators, the decimals, the sign and any quoted suffix (a unit)."""
    fmt = style.num_format or "General"
    decimals = len(fmt.split(".")[1].split('"')[0].rstrip("#%")) if "." in fmt else 0
    whole = len(f"{abs(int(value)):,}")
    suffix = sum(len(part) for part in fmt.split('"')[1::2])
    width = whole + (decimals + 1 if decimals else 0) + suffix + (1 if value < 0 else 0)
    return width * (1.1 if style.bold else 1.0) * style.size / 10


def style_of(grid: Grid, ref: Ref) -> Style:
    """The style of the cell ``ref`` points at on ``grid``, for a reference that should look
    the same (a target with its unit, say)."""
    got = grid.cells.get((ref.row, ref.col))
    return got[1] if got else STYLES["text"]
