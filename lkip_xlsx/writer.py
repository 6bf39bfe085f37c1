"""xlsxwriter: render laid-out sheets into a workbook, formats, print setup; atomic write.

The output appears complete or not at all: it is written to a temporary file in the target
folder and renamed over the destination only when xlsxwriter has closed it.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import manifest
from .errors import FileWriteError
from .files import atomic_write
from .formula import cell_name
from .functions import FUNCTIONS, ExcelError, Value
from .layout import Chart, Content, Grid, Series, Style

__all__ = ["write_workbook", "PAPER_A4", "PAPER_F4"]

CONSTANT_MEMORY_CELLS = 100_000  # above this, rows are written out one at a time
PAPER_A4 = 9
PAPER_F4 = 14  # Folio 8.5 x 13 in, the Indonesian F4
_PAPER_NAME = {PAPER_A4: "a4", PAPER_F4: "f4"}
_PAPER_CODE = {"a4": PAPER_A4, "f4": PAPER_F4}


def _cached(value: Value) -> Any:
    """The value stored beside a formula, as Excel would cache it."""
    if isinstance(value, Decimal):
        number = float(value)
        return number if math.isfinite(number) else "#NUM!"  # beyond what Excel can hold
    if isinstance(value, ExcelError):
        return value.code
    if value is None:
        return ""
    return value


class _Formats:
    def __init__(self, workbook: Any) -> None:
        self.workbook = workbook
        self.cache: dict[Style, Any] = {}

    def __call__(self, style: Style) -> Any:
        fmt = self.cache.get(style)
        if fmt is None:
            props: dict[str, Any] = {
                "font_name": "Arial",
                "font_size": style.size,
                "bold": style.bold,
                "italic": style.italic,
                "align": style.align,
                "valign": style.valign,
                "text_wrap": style.wrap,
            }
            if style.border:
                props["border"] = 1
            if style.num_format:
                props["num_format"] = style.num_format
            if style.bg:
                props["bg_color"] = style.bg
            if style.color:
                props["font_color"] = style.color
            if style.rotation:
                props["rotation"] = style.rotation
            fmt = self.workbook.add_format(props)
            self.cache[style] = fmt
        return fmt


def _check(rc: int, sheet: str, row: int, col: int, text: str = "") -> None:
    # XlsxWriter's write_* methods return -1/-2 instead of raising. -2: a text longer than a
    # cell holds (32.767 UTF-16 code units), which XlsxWriter would silently cut short. Our
    # own texts never are (the hidden list is packed to fit); one from the input can be,
    # when a program rather than Excel wrote it: refused, never truncated.
    if rc == -2:
        raise FileWriteError(
            "text_too_long",
            cell=f"{sheet}!{cell_name(row, col)}",
            start=text[:60],
            length=f"{manifest.utf16_len(text):,}".replace(",", "."),
        )
    if rc < 0:
        raise RuntimeError(f"xlsxwriter refused cell {sheet}!R{row + 1}C{col + 1} (code {rc})")


_FOOTER_LIMIT = 255  # Excel's limit for a header or footer, in UTF-16 code units


def _footer(text: str) -> str:
    """The footer: the agency on the left, page x / y on the right. XlsxWriter drops a footer
    longer than Excel allows, with a Python warning; a very long agency name is shortened
    here instead, visibly (an ellipsis), so the footer always fits."""
    left = text
    while True:
        # 10 pt: the footer is scaled with the page, and stays at least 8,5 pt printed
        footer = f"&L&10{left.replace('&', '&&')}&R&10Halaman &P / &N"
        if manifest.utf16_len(footer) <= _FOOTER_LIMIT or not left:
            return footer
        left = left[: max(len(left) - 8, 0)].rstrip() + "…" if len(left) > 8 else ""


def _lean_formulas(ws: Any) -> None:
    """XlsxWriter runs 36 regular expressions over every formula to prefix the dynamic-array
    functions (FILTER, XLOOKUP …) with ``_xlfn.``; ours use none of them, so on our sheets
    the preparation is just removing the ``=`` (13 ms of a 80 ms conversion of the sample).
    Any other formula goes through XlsxWriter's own preparation."""
    original = getattr(ws, "_prepare_formula", None)
    if original is None:
        return

    def prepare(formula: str, expand_future_functions: bool = False) -> str:
        text = formula[1:] if formula.startswith("=") else formula
        if _only_our_functions(text):
            return text
        return str(original(formula, expand_future_functions))

    ws._prepare_formula = prepare


def _only_our_functions(text: str) -> bool:
    return {m.group(1) for m in _FUNCTION_NAME.finditer(text)} <= _OUR_FUNCTIONS


_FUNCTION_NAME = re.compile(r"([A-Z][A-Z0-9.]*)\(")
_OUR_FUNCTIONS = frozenset(FUNCTIONS)


def _cell(ws: Any, sheet: str, row: int, col: int, content: Content, f: Any) -> None:
    text = ""
    if content.kind == "text":
        text = str(content.value)
        rc = ws.write_string(row, col, text, f)
    elif content.kind == "number":
        assert isinstance(content.value, Decimal)
        rc = ws.write_number(row, col, float(content.value), f)
    elif content.kind == "formula":
        rc = ws.write_formula(row, col, "=" + content.text, f, _cached(content.value))
    elif content.kind == "link":
        rc = ws.write_url(row, col, "external:" + content.text, f, str(content.value))
    else:
        rc = ws.write_blank(row, col, None, f)
    _check(rc, sheet, row, col, text)


def _sheet(workbook: Any, grid: Grid, fmt: _Formats, paper: int, listed: manifest.Builder) -> None:
    """One sheet, and what it holds onto the list of what was written (merged-over cells
    and blanks are not listed)."""
    ws = workbook.add_worksheet(grid.name)
    _lean_formulas(ws)
    paper_name = _PAPER_NAME.get(paper, "a4")
    grid.fit_columns()
    grid.fit_page(paper_name)
    grid.fit_rows()
    for col, width in grid.widths.items():
        ws.set_column(col, col, width, None, {"hidden": col in grid.hidden})
    for row, height in grid.heights.items():
        ws.set_row(row, height)  # kept aside by XlsxWriter until the row is written
    covered: dict[tuple[int, int], Any] = {}  # a merged range's other cells: their format
    for r1, c1, r2, c2 in grid.merges:
        top = grid.cells.get((r1, c1))
        f = fmt(top[1] if top else Style())
        # what merge_range does, without writing the cells out of row order (a sheet written
        # in constant memory goes row by row): the range is listed, every cell written below
        ws.merge.append([r1, c1, r2, c2])
        covered.update(((r, c), f) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1))
        covered.pop((r1, c1))
    cells = grid.cells
    for row, col in sorted({*cells, *covered}):  # row by row, as the list of what was written
        if (row, col) in covered:
            _check(ws.write_blank(row, col, None, covered[(row, col)]), grid.name, row, col)
            continue
        content, style = cells[(row, col)]
        _cell(ws, grid.name, row, col, content, fmt(style))
        if content.kind == "formula":
            listed.add(grid.name, cell_name(row, col), "f", content.text)
        elif content.kind == "number":
            assert isinstance(content.value, Decimal)
            listed.add(grid.name, cell_name(row, col), "n", manifest.number_text(content.value))
        elif content.kind != "blank" and str(content.value):  # text, or a link's text
            listed.add(grid.name, cell_name(row, col), "s", str(content.value))
    last_row = max((r for r, _ in grid.cells), default=0)
    for chart in grid.charts:  # a chart below the cells is printed too (20 px a row)
        last_row = max(last_row, chart.row + -(-chart.height // 20))
    ws.set_landscape() if grid.landscape else ws.set_portrait()
    ws.set_paper(_PAPER_CODE[grid.paper] if grid.paper else paper)
    ws.fit_to_pages(1, 0)
    ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    if grid.print_cols:
        ws.print_area(0, 0, last_row, grid.print_cols - 1)
    if grid.repeat_rows:
        ws.repeat_rows(*grid.repeat_rows)
    if grid.freeze:
        ws.freeze_panes(*grid.freeze)
    ws.set_footer(_footer(grid.footer))
    for chart in grid.charts:
        _chart(workbook, ws, chart)


_FONT = {"name": "Arial", "size": 10}


def _labels(series: Series) -> dict[str, Any]:
    """Data labels: the value itself, or (``series.labels``) the cells beside it, placed
    inside the bar's end so that a target line across the top never strikes them."""
    labels: dict[str, Any] = {
        "value": True,
        "num_format": "#,##0.00",
        "font": _FONT,
        "position": "inside_end",
    }
    if series.labels is not None:
        rng = series.labels
        sheet = rng.sheet.replace("'", "''")
        labels["custom"] = [
            {"value": f"='{sheet}'!{cell_name(r, rng.first_col, True)}"}
            for r in range(rng.first_row, rng.last_row + 1)
        ]
    return labels


def _chart(workbook: Any, ws: Any, spec: Chart) -> None:
    chart = workbook.add_chart({"type": spec.kind})
    overlay = None
    for series in spec.series:
        target = chart
        if series.kind and series.kind != spec.kind:
            overlay = overlay or workbook.add_chart({"type": series.kind})
            target = overlay
        options: dict[str, Any] = {
            "name": series.name,
            "categories": series.categories.absolute(),
            "values": series.values.absolute(),
        }
        if target is chart:
            options["data_labels"] = _labels(series)
        else:
            options["line"] = {"color": "#C00000", "width": 1.5, "dash_type": "dash"}
            options["marker"] = {"type": "none"}
        target.add_series(options)
    if overlay is not None:
        chart.combine(overlay)
    chart.set_title({"name": spec.title, "name_font": {"name": "Arial", "size": 11}})
    x_axis: dict[str, Any] = {"name": spec.x_title, "name_font": _FONT, "num_font": _FONT}
    y_axis: dict[str, Any] = {"name": spec.y_title, "name_font": _FONT, "num_font": _FONT}
    # every value axis starts at 0: a bar chart's value axis is its horizontal one
    (x_axis if spec.kind == "bar" else y_axis)["min"] = 0
    chart.set_x_axis(x_axis)
    chart.set_y_axis(y_axis)
    chart.set_legend({"position": "bottom", "font": _FONT})
    chart.set_size({"width": spec.width, "height": spec.height})
    ws.insert_chart(spec.row, spec.col, chart)


def _manifest(workbook: Any, chunks: Sequence[tuple[str, str]]) -> None:
    """The list of what was written, on a very hidden sheet (see :mod:`lkip_xlsx.manifest`)."""
    ws = workbook.add_worksheet(manifest.SHEET)
    for r, (sheet, chunk) in enumerate(chunks):
        _check(ws.write_string(r, 0, sheet), manifest.SHEET, r, 0, sheet)
        # a chunk longer than a cell holds (one very long text) runs on to the next columns
        for c, piece in enumerate(manifest.cells(chunk), start=1):
            _check(ws.write_string(r, c, piece), manifest.SHEET, r, c, piece)
    ws.very_hidden()


def write_workbook(
    grids: Sequence[Grid],
    dst: Path,
    *,
    title: str,
    paper: int = PAPER_A4,
    created: dt.datetime | None = None,
    properties: dict[str, str] | None = None,
) -> str:
    """Lay out every sheet, then write the file atomically (:func:`files.atomic_write`).
    Returns the fingerprint that ``lkip verify`` checks."""
    import xlsxwriter

    buffer = io.BytesIO()
    large = sum(len(grid.cells) for grid in grids) > CONSTANT_MEMORY_CELLS
    workbook = xlsxwriter.Workbook(
        buffer,
        {
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            # a usual output: the parts assembled in memory, not one temporary file per part;
            # a large one: each row goes to a temporary file as soon as it is written, so
            # that XlsxWriter never holds the whole grid a second time
            "in_memory": not large,
            "constant_memory": large,
        },
    )
    workbook.set_properties(
        {
            "title": title,
            "author": "lkip-xlsx",
            "comments": "Dibuat oleh lkip-xlsx: setiap angka hasil hitung adalah rumus Excel.",
            "created": created or dt.datetime.now(dt.UTC).replace(tzinfo=None),
        }
    )
    fmt = _Formats(workbook)
    listed = manifest.Builder()
    for grid in grids:
        _sheet(workbook, grid, fmt, paper, listed)
    stamp = listed.finish()
    _manifest(workbook, listed.chunks)
    props = {**(properties or {}), manifest.FINGERPRINT_PROPERTY: stamp}
    for name, value in props.items():
        workbook.set_custom_property(name, value)
    workbook.close()
    atomic_write(dst, buffer.getvalue())
    return stamp
