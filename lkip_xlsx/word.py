"""python-docx: the report's tables and the sentences of Bab III as a Word document, ready to
paste into the LKIP; written atomically beside the workbook.

Every table is drawn from the laid-out sheet the workbook is written from (see
:mod:`lkip_xlsx.printed`), every number through :func:`lkip_xlsx.numbers.format_cell`, and
every sentence is the stored value of its cell on the ``Narasi`` sheet: the document and the
workbook show the same figures. No macros, no fields, no links outside the file.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .files import atomic_write
from .layout import Grid, Style
from .messages import text
from .printed import TableBlock, TextBlock, blocks

__all__ = ["write_docx", "ORDER", "PAPERS"]

# the order of the report: Ikhtisar Eksekutif, Bab III, then the appendices as the seed
# numbers them (Lampiran 1 Renstra, 2 RKT, 3 PK)
ORDER = ("Ringkasan", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8")
APPENDICES = ("Renstra", "RKT", "PK")
PAPERS = {"a4": (21.0, 29.7), "f4": (21.59, 33.02)}  # centimetres, portrait
MARGIN_CM = 2.0
CHAR_PT = 5.25  # an Excel character width, in points, at 10 pt
PAD_PT = 11.5  # a Word cell's left and right padding together
WIDE_CHARS = 147  # a table wider than this (in Excel characters) turns the page
WIDE_COLUMNS = 9
CAPITALS = 1.45  # how much wider a word in capitals prints than the average letter says
NARROW_PAD_PT = 1.5  # one side of a cell in a table of many columns


@dataclass(frozen=True)
class _Page:
    landscape: bool
    width_pt: float  # text width between the margins


def write_docx(
    grids: Sequence[Grid],
    dst: Path,
    *,
    title: str,
    paper: str = "a4",
    lang: str = "id",
    paragraphs: Mapping[str, Sequence[str]] | None = None,
    created: dt.datetime | None = None,
) -> None:
    """The tables of the print set, in the report's order, each followed by its sentences
    (``paragraphs``: sheet name -> paragraphs after that table)."""
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    _properties(doc, title, created)
    by_name = {g.name: g for g in grids}
    said = paragraphs or {}
    writer = _Writer(doc, paper)
    writer.page(landscape=False, new=False)
    writer.heading(title, 14)
    writer.paragraph(text("docx_intro", lang), italic=True)
    for name in ORDER:
        if name in by_name:
            if name == "3.1":
                writer.heading(text("docx_bab3", lang), 12)
            writer.grid(by_name[name])
            for para in said.get(name, ()):
                writer.paragraph(para)
    number = 0
    for name in APPENDICES:
        if name in by_name:
            number += 1
            writer.page(landscape=writer.wide(by_name[name]), new=True)
            writer.heading(text(f"docx_lampiran_{name.lower()}", lang, n=str(number)), 12)
            writer.grid(by_name[name], turn=False)
    buffer = io.BytesIO()
    doc.save(buffer)
    atomic_write(dst, buffer.getvalue())


def _properties(doc: Any, title: str, created: dt.datetime | None) -> None:
    when = created or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    props = doc.core_properties
    props.title = title
    props.author = "lkip-xlsx"
    props.last_modified_by = "lkip-xlsx"
    props.comments = "Dibuat oleh lkip-xlsx dari buku kerja LKIP."
    props.created = when
    props.modified = when
    props.revision = 1


class _Writer:
    def __init__(self, doc: Any, paper: str) -> None:
        self.doc = doc
        self.paper = PAPERS.get(paper, PAPERS["a4"])
        self.current = _Page(False, 0.0)

    def page(self, landscape: bool, new: bool) -> None:
        """Start a section (a new page) unless the current one already fits and ``new`` is
        not asked."""
        from docx.enum.section import WD_ORIENT, WD_SECTION
        from docx.shared import Cm

        if not new and self.current.width_pt and self.current.landscape == landscape:
            return
        section = self.doc.sections[-1] if not self.current.width_pt else None
        if section is None:
            section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        short, long = self.paper
        width, height = (long, short) if landscape else (short, long)
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(width), Cm(height)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(MARGIN_CM))
        self.current = _Page(landscape, (width - 2 * MARGIN_CM) / 2.54 * 72)

    def wide(self, grid: Grid) -> bool:
        tables = [b for b in blocks(grid) if isinstance(b, TableBlock) and b.bordered]
        return any(sum(t.widths) > WIDE_CHARS or len(t.widths) >= WIDE_COLUMNS for t in tables)

    def heading(self, line: str, size: int) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        p = self.paragraph(line, bold=True, size=size)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    def paragraph(
        self, line: str, *, bold: bool = False, italic: bool = False, size: int = 11
    ) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        p = self.doc.add_paragraph()
        run = p.add_run(line)
        run.bold, run.italic, run.font.size = bold, italic, Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(6)
        if not bold and not italic:
            p.paragraph_format.first_line_indent = Cm(1.25)
        return p

    def grid(self, grid: Grid, turn: bool = True) -> None:
        if turn:
            self.page(landscape=self.wide(grid), new=False)
        for block in blocks(grid):
            if isinstance(block, TextBlock):
                self._line(block)
            else:
                self._table(block)

    def _line(self, block: TextBlock) -> None:
        from docx.shared import Pt

        p = self.doc.add_paragraph()
        _style_paragraph(p, block.style)
        p.paragraph_format.space_after = Pt(0 if block.style.bold else 4)
        if block.text:
            _style_run(p.add_run(block.text), block.style, block.style.size)

    def _signatures(self, block: TableBlock) -> bool:
        """A borderless block (signatures) as one table row, each block of lines in one
        cell: a row is never split over two pages. False when its columns overlap."""
        from docx.shared import Pt

        groups: dict[tuple[int, int], list[tuple[int, str, Style]]] = {}
        for cell in block.cells:
            groups.setdefault((cell.col, cell.colspan), []).append(
                (cell.row, cell.text, cell.style)
            )
        spans = sorted(groups)
        if any(a[0] + a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
            return False
        table = self.doc.add_table(rows=1, cols=len(block.widths))
        table.autofit = False
        widths = _fit(block, self.current.width_pt, 10)
        cells = table.rows[0].cells
        for c, width in enumerate(widths):
            table.columns[c].width = Pt(width)
            cells[c].width = Pt(width)
        for (col, span), lines in groups.items():
            target = cells[col].merge(cells[col + span - 1]) if span > 1 else cells[col]
            for n, (_, line, style) in enumerate(sorted(lines, key=lambda x: x[0])):
                p = target.paragraphs[0] if n == 0 else target.add_paragraph()
                _style_paragraph(p, style)
                p.paragraph_format.space_after = Pt(0)
                if line:
                    _style_run(p.add_run(line), style, 10)
        _row_flags(table.rows[0], header=False)
        return True

    def _table(self, block: TableBlock) -> None:
        from docx.shared import Pt

        if not block.bordered and self._signatures(block):
            return
        size = 8 if len(block.widths) >= 10 else 9
        table = self.doc.add_table(rows=block.rows, cols=len(block.widths))
        table.autofit = False
        if block.bordered:
            table.style = "Table Grid"
        if len(block.widths) >= WIDE_COLUMNS:
            _narrow_margins(table)
        widths = _fit(block, self.current.width_pt, size)
        for c, width in enumerate(widths):
            table.columns[c].width = Pt(width)
        rows = [row.cells for row in table.rows]
        for cells in rows:
            for c, cell in enumerate(cells):
                cell.width = Pt(widths[c])
        for cell in block.cells:
            if cell.rowspan > 1 or cell.colspan > 1:
                far = rows[cell.row + cell.rowspan - 1][cell.col + cell.colspan - 1]
                rows[cell.row][cell.col].merge(far)
        for cell in block.cells:  # a merged cell is its top-left one, which merging keeps
            target = rows[cell.row][cell.col]
            _fill(target, cell.text, cell.style, size if block.bordered else 10)
            if not block.bordered and cell.row < block.rows - 1:
                # a signature block stays on one page
                target.paragraphs[0].paragraph_format.keep_with_next = True
        for r, row in enumerate(table.rows):
            _row_flags(row, header=r < block.header_rows)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _fit(block: TableBlock, available: float, size: int) -> list[float]:
    """Column widths in points: the sheet's proportions fitted to the text width. A column
    of figures never gets narrower than its widest figure (Word would break ``1.000.000``
    over two lines); text columns give way first, down to their longest word."""
    char = CHAR_PT * size / 10
    pad = PAD_PT if len(block.widths) < WIDE_COLUMNS else 2 * NARROW_PAD_PT
    n = len(block.widths)
    hard = [0.0] * n  # figures
    soft = [pad + char * 3.0] * n  # words
    longest = [0.0] * n
    for cell in block.cells:
        if cell.colspan != 1 or not cell.text:
            continue
        weight = 1.1 if cell.style.bold else 1.0
        # a figure (right-aligned) never wraps, not even before its unit: 1.000 Orang
        figure = cell.style.align == "right"
        longest_word = cell.text if figure else max(cell.text.split(), key=len, default="")
        # capitals are wider than the average letter the character width stands for
        wide = CAPITALS if longest_word.isupper() else 1.0
        need = pad + char * (len(longest_word) + 0.5) * weight * wide
        if figure:
            hard[cell.col] = max(hard[cell.col], need)
        else:
            soft[cell.col] = max(soft[cell.col], need)
        longest[cell.col] = max(longest[cell.col], len(cell.text) * weight)
    if not block.bordered:
        return _place(block, available, CHAR_PT, pad)  # a signature prints at 10 pt
    want = [max(hard[c], pad + char * min(block.widths[c], max(longest[c], 3.0))) for c in range(n)]
    floor = [max(hard[c], soft[c]) for c in range(n)]
    got = _share(want, floor, available)
    if sum(got) > available + 1:  # even the words do not fit: text columns break words
        got = _share(want, [max(hard[c], pad + char * 3) for c in range(n)], available)
    return got


def _share(want: list[float], floor: list[float], available: float) -> list[float]:
    """Scale ``want`` to ``available``, holding every column at least at its floor."""
    held = [False] * len(want)
    for _ in range(len(want) + 1):
        fixed = sum(f for f, h in zip(floor, held, strict=True) if h)
        free = sum(w for w, h in zip(want, held, strict=True) if not h)
        scale = max(available - fixed, 0.0) / free if free else 1.0
        newly = [not h and w * scale < f for w, f, h in zip(want, floor, held, strict=True)]
        if not any(newly):
            break
        held = [h or x for h, x in zip(held, newly, strict=True)]
    return [f if h else w * scale for w, f, h in zip(want, floor, held, strict=True)]


def _place(block: TableBlock, available: float, char: float, pad: float) -> list[float]:
    """A borderless block (a signature): the sheet's proportions, and each line that the
    sheet does not wrap gets the width it needs, taken from the columns to its left."""
    total = sum(block.widths)
    got = [available * w / total for w in block.widths]
    for cell in block.cells:
        if cell.style.wrap or not cell.text:
            continue
        span = range(cell.col, cell.col + cell.colspan)
        wide = CAPITALS if cell.text.isupper() else 1.0
        need = pad + char * len(cell.text) * (1.1 if cell.style.bold else 1.0) * wide
        have = sum(got[c] for c in span)
        left = sum(got[c] for c in range(cell.col))
        extra = min(need - have, left)
        if extra <= 0:
            continue
        for c in range(cell.col):
            got[c] -= extra * got[c] / left
        for c in span:
            got[c] += extra * got[c] / have
    return got


def _fill(cell: Any, value: str, style: Style, size: int) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Pt

    p = cell.paragraphs[0]
    _style_paragraph(p, style)
    p.paragraph_format.space_after = Pt(0)
    if value:
        _style_run(p.add_run(value), style, min(style.size, size) if style.size <= 10 else size)
    cell.vertical_alignment = (
        WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if style.valign == "vcenter"
        else WD_CELL_VERTICAL_ALIGNMENT.TOP
    )
    if style.bg:
        _shade(cell, style.bg.lstrip("#"))


def _style_paragraph(p: Any, style: Style) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    p.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }.get(style.align, WD_ALIGN_PARAGRAPH.LEFT)


def _style_run(run: Any, style: Style, size: int) -> None:
    from docx.shared import Pt, RGBColor

    # only what differs from the Normal style (Arial, upright, regular): every property
    # set is an element python-docx inserts in order, the slow part of writing a table
    if style.bold:
        run.bold = True
    if style.italic:
        run.italic = True
    run.font.size = Pt(size)
    if style.color:
        run.font.color.rgb = RGBColor.from_string(style.color.lstrip("#").upper())


def _shade(cell: Any, fill: str) -> None:
    """Cell shading: python-docx has no API for it, so the ``w:shd`` element directly."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _narrow_margins(table: Any) -> None:
    """Cell padding of a table of many columns: 1,5 pt left and right instead of Word's
    5,4 pt, so that words are not broken."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(NARROW_PAD_PT * 20)))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)


def _row_flags(row: Any, header: bool) -> None:
    """No row split across pages; heading rows repeated at the top of every page the table
    runs onto (``w:tblHeader``, which python-docx has no API for)."""
    from docx.oxml import OxmlElement

    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))
