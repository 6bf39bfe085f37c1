"""Reading figures back from an output workbook, by the labels a reader would look for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.workbook.workbook import Workbook


def values(path: Path) -> Workbook:
    return openpyxl.load_workbook(path, data_only=True)


def formulas(path: Path) -> Workbook:
    return openpyxl.load_workbook(path, data_only=False)


def row_of(wb: Workbook, sheet: str, col: int, startswith: str, nth: int = 0) -> int:
    """1-based row whose cell in column ``col`` (1-based) starts with ``startswith``."""
    found = [
        cell.row
        for cell in wb[sheet].iter_cols(min_col=col, max_col=col).__next__()
        if isinstance(cell.value, str) and cell.value.startswith(startswith)
    ]
    assert len(found) > nth, f"{startswith!r} not found in {sheet} column {col}"
    return found[nth]


def at(wb: Workbook, sheet: str, row: int, col: int) -> Any:
    return wb[sheet].cell(row, col).value


def rounded(v: Any) -> float:
    assert isinstance(v, int | float), v
    return round(float(v), 2)
