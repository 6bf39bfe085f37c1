"""``lkip check --report``: a copy of the input (never the input itself) with each faulty cell
filled red and a comment saying what is wrong and what to do, and a first sheet listing every
finding. Staff fix their file by opening that copy."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from .errors import UsageError
from .files import atomic_write, read_bytes
from .messages import render, severity_label, text
from .model import Finding, Severity

__all__ = ["write_report", "REPORT_SHEET"]

REPORT_SHEET = "Catatan lkip"
_FILLS = {Severity.ERROR: "FFC7CE", Severity.WARNING: "FFEB9C", Severity.DISCREPANCY: "FFC7CE"}


def write_report(src: Path, dst: Path, findings: Sequence[Finding], lang: str = "id") -> None:
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    if dst.resolve() == src.resolve():
        raise UsageError("output_is_input", path=str(src))
    wb = openpyxl.load_workbook(io.BytesIO(read_bytes(src)))
    shown = [f for f in findings if f.severity > Severity.INFO]
    for f in shown:
        if f.sheet not in wb.sheetnames or not f.cell:
            continue
        ws = wb[f.sheet]
        cell_ref = f.cell
        for rng in ws.merged_cells.ranges:
            if cell_ref in rng:
                cell_ref = rng.start_cell.coordinate
                break
        cell = ws[cell_ref]
        cell.fill = PatternFill("solid", fgColor=_FILLS.get(f.severity, "FFC7CE"))
        said = render(f, lang)
        if cell.comment is not None:
            said = f"{cell.comment.text}\n\n{said}"
        comment = Comment(said, "lkip")
        comment.width, comment.height = 320, 160
        cell.comment = comment
    ws = wb.create_sheet(REPORT_SHEET, 0)
    for c, h in enumerate(text("report_heads", lang).split("|"), start=1):
        ws.cell(1, c, h).font = Font(bold=True)
    for n, f in enumerate(shown, start=1):
        ws.cell(n + 1, 1, n)
        ws.cell(n + 1, 2, severity_label(f.severity, lang))
        ws.cell(n + 1, 3, f.where)
        ws.cell(n + 1, 4, render(f, lang)).data_type = "s"
    for col, width in zip("ABCD", (5, 12, 22, 120), strict=True):
        ws.column_dimensions[col].width = width
    wb.active = 0
    buffer = io.BytesIO()
    wb.save(buffer)
    atomic_write(dst, buffer.getvalue())
