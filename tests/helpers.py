"""Reading figures back from an output workbook, by the labels a reader would look for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.workbook.workbook import Workbook

from lkip_xlsx.kinds import Kind
from lkip_xlsx.model import READING_NOTES

# JENIS shows each kind's label: the reading notes by their Indonesian labels
_READING_LABELS = {Kind(code).label("id") for code in READING_NOTES}


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


def same_workbook_values(want: Path, got: Path) -> list[tuple[str, str, object, object]]:
    """Cells that differ, every sheet; on ``Pemeriksaan`` only the kinds and figures of the
    findings (their input cells differ with the input's layout)."""
    a, b = values(want), values(got)
    if a.sheetnames != b.sheetnames:
        return [("sheets", "", a.sheetnames, b.sheetnames)]
    out: list[tuple[str, str, object, object]] = []
    for ws in a.worksheets:
        if ws.title == "_lkip":  # what the tool wrote, input addresses included
            continue
        if ws.title == "Pemeriksaan":
            # kind, value, declared, computed, difference; notes on how a layout was read
            # (rows joined, sheets chosen) belong to one input and are compared elsewhere
            keep = (2, 5, 7, 8, 9)
            rows_a = [
                [r[i] for i in keep]
                for r in ws.iter_rows(values_only=True)
                if r[2] not in _READING_LABELS
            ]
            rows_b = [
                [r[i] for i in keep]
                for r in b[ws.title].iter_rows(values_only=True)
                if r[2] not in _READING_LABELS
            ]
            if rows_a != rows_b:
                out.append((ws.title, "", rows_a, rows_b))
            continue
        for row in ws.iter_rows():
            for cell in row:
                other = b[ws.title][cell.coordinate].value
                if other != cell.value:
                    out.append((ws.title, cell.coordinate, cell.value, other))
    return out
