"""Cells several tables share: an input figure as the input gave it, a live figure, the
signature block under a table, one row per indicator with its sasaran merged down."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from ..forms import Measure, written
from ..formula import Expr, Ref
from ..layout import Grid, Style, measure_format
from ..model import Identity, Indicator, Report
from ..numbers import Number

__all__ = ["write_parsed", "signature", "indicator_rows", "live"]


def write_parsed(
    grid: Grid, row: int, col: int, parsed: Measure | None, unit: str | None, empty: str = "-"
) -> Ref:
    """A target or realisation as the input gave it: a number (with its unit in the number
    format), or the text typed (``WTP``, ``80 – 90 %``, ``< 49``), always written as text."""
    if isinstance(parsed, Number):
        style = Style(align="right", num_format=measure_format(parsed.value, unit or parsed.unit))
        return grid.number(row, col, parsed.value, style)
    text = written(parsed) if parsed is not None else ""
    return grid.text(row, col, text or empty, "center")


def signature(grid: Grid, row: int, first_col: int, last_col: int, identity: Identity) -> int:
    """The signature block under a table, as the seed prints it: place and date, title, room
    for the signature, name, rank, NIP. Returns the next free row."""
    if not identity.kepala:
        return row
    place = ", ".join(p for p in (identity.kota, identity.tanggal) if p)
    title = f"KEPALA {identity.agency.upper()}".strip()
    lines: list[tuple[str, str]] = [
        (place, "sign"),
        (title, "sign_name"),
        ("", "sign"),
        ("", "sign"),
        ("", "sign"),
        (identity.kepala, "sign_name"),
    ]
    if identity.pangkat:
        lines.append((identity.pangkat, "sign"))
    if identity.nip:
        lines.append((f"NIP. {identity.nip}", "sign"))
    for text, style in lines:
        grid.merge(row, first_col, row, last_col)
        grid.text(row, first_col, text, style)
        row += 1
    return row


def indicator_rows(
    g: Grid,
    report: Report,
    row: int,
    write: Callable[[int, tuple[int, int], Indicator], None],
) -> int:
    """One row per indicator, ``write(row, (sasaran, indicator), indicator)`` filling it; the
    sasaran's number (column A) and name (column B) merged down over its indicators, as the
    report prints them. Returns the next free row."""
    for s_idx, sasaran in enumerate(report.sasaran):
        first = row
        for i_idx, ind in enumerate(sasaran.indicators):
            write(row, (s_idx, i_idx), ind)
            row += 1
        g.merge(first, 0, row - 1, 0, str(sasaran.number), "center")
        g.merge(first, 1, row - 1, 1, sasaran.name)
    return row


def live(
    g: Grid,
    row: int,
    col: int,
    expr: Expr,
    number: str | Style = "pct",
    status: str | Style = "status_pct",
) -> Ref:
    """A computed figure that may show a status today (``data tidak tersedia``, ``-``):
    always a formula; styled as a figure when it computes, as a status otherwise."""
    return g.formula(row, col, expr, number if isinstance(expr.value(), Decimal) else status)
