"""``--docx``: the print set's tables in Word, drawn from the same laid-out sheets as the
workbook. Every figure in the document is a figure the workbook shows; each table keeps its
sheet's shape (rows, columns, merged cells, repeated heading rows)."""

from __future__ import annotations

import zipfile
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from lkip_xlsx.model import Options
from lkip_xlsx.numbers import format_cell
from lkip_xlsx.pipeline import convert
from tests.conftest import DINKES, JEMBER

PRINT_SET = ["Ringkasan", "PK", "RKT", "Renstra", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
PRINT_SET += ["3.7", "3.8"]


@pytest.fixture(scope="module")
def jember_docx(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("word") / "jember.xlsx"
    result = convert(JEMBER, out, Options(docx=True))
    assert result.docx == out.with_suffix(".docx")
    assert result.docx.exists()
    return out, result.docx


def _body(path: Path) -> list[Any]:
    """Paragraphs and tables in document order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = docx.Document(str(path))
    out: list[Any] = []
    for el in doc.element.body.iterchildren():
        if el.tag.endswith("}p"):
            out.append(Paragraph(el, doc))
        elif el.tag.endswith("}tbl"):
            out.append(Table(el, doc))
    return out


def _table_after(path: Path, title: str, nth: int = 0) -> Any:
    from docx.table import Table

    body = _body(path)
    start = next(i for i, x in enumerate(body) if not isinstance(x, Table) and x.text == title)
    return [x for x in body[start:] if isinstance(x, Table)][nth]


def _spans(table: Any) -> set[tuple[int, int, int, int]]:
    """Merged cells as (row, column, rows, columns), read from the XML (gridSpan, vMerge)."""
    from docx.oxml.ns import qn

    grid: dict[tuple[int, int], tuple[int, str | None]] = {}
    for r, tr in enumerate(table._tbl.tr_lst):
        c = 0
        for tc in tr.tc_lst:
            pr = tc.tcPr
            span = (
                int(pr.find(qn("w:gridSpan")).get(qn("w:val")))
                if pr is not None and pr.find(qn("w:gridSpan")) is not None
                else 1
            )
            vmerge = pr.find(qn("w:vMerge")) if pr is not None else None
            state = None if vmerge is None else (vmerge.get(qn("w:val")) or "continue")
            grid[(r, c)] = (span, state)
            c += span
    out: set[tuple[int, int, int, int]] = set()
    for (r, c), (span, state) in grid.items():
        if state == "continue":
            continue
        down = 1
        if state == "restart":
            while grid.get((r + down, c), (0, None))[1] == "continue":
                down += 1
        if span > 1 or down > 1:
            out.add((r, c, down, span))
    return out


def _header_rows(table: Any) -> int:
    from docx.oxml.ns import qn

    n = 0
    for tr in table._tbl.tr_lst:
        if tr.trPr is None or tr.trPr.find(qn("w:tblHeader")) is None:
            break
        n += 1
    return n


def _texts(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_tabel_31_shape_and_figures(jember_docx: tuple[Path, Path]) -> None:
    _, doc = jember_docx
    table = _table_after(doc, "Tabel 3.1")
    # two heading rows (labels, numbering) and one row per indicator (2 + 1)
    assert (len(table.rows), len(table.columns)) == (5, 7)
    assert _header_rows(table) == 2
    assert _spans(table) == {
        (0, 1, 1, 2),  # SASARAN STRATEGIS over the sasaran and its indicator numbers
        (1, 1, 1, 2),  # (2) under it
        (2, 0, 2, 1),  # sasaran 1's number over its two indicators
        (2, 1, 2, 1),  # and its name
    }
    rows = _texts(table)
    assert rows[1] == ["(1)", "(2)", "(2)", "(3)", "(4)", "(5)", "(6)"]
    # the seed's figures: 100 %, 3.898 of 1.000 orang (389,80), 85,71 of 89 % (96,30)
    assert [r[4:] for r in rows[2:]] == [
        ["100%", "100%", "100,00"],
        ["1.000 Orang", "3.898 Orang", "389,80"],
        ["89%", "85,71%", "96,30"],
    ]


def test_tabel_38_total_and_repeated_heading(jember_docx: tuple[Path, Path]) -> None:
    _, doc = jember_docx
    table = _table_after(doc, "Tabel 3.8")
    assert len(table.columns) == 5
    assert _header_rows(table) == 2
    # 4 programmes, 13 kegiatan, 24 sub kegiatan (the sample), two heading rows, the total
    assert len(table.rows) == 2 + 4 + 13 + 24 + 1
    last = _texts(table)[-1]
    # the seed's totals; 13.359.116.248 / 15.308.539.115 = 87,266… -> 87,27
    assert last[2:] == ["15.308.539.115", "13.359.116.248", "87,27"]
    assert (len(table.rows) - 1, 0, 1, 2) in _spans(table)  # "Total" over columns 1-2


def test_tabel_35_one_table_with_predicate_heading(jember_docx: tuple[Path, Path]) -> None:
    _, doc = jember_docx
    table = _table_after(doc, "Tabel 3.5")
    assert len(table.columns) == 9  # sasaran/indikator, % capaian, seven predicates
    assert _header_rows(table) == 3
    assert (0, 2, 1, 7) in _spans(table)  # Predikat over the seven categories
    rows = _texts(table)
    averages = [r for r in rows if r[0] == "Rata rata capaian"]
    # (100 capped + 100) / 2 = 100,00 and 96,30: both Sangat Memuaskan (first column)
    assert [(r[1], r[2]) for r in averages] == [("100,00", "✓"), ("96,30", "✓")]


def test_sections_turn_for_wide_tables(jember_docx: tuple[Path, Path]) -> None:
    import docx
    from docx.enum.section import WD_ORIENT

    document = docx.Document(str(jember_docx[1]))
    turned = [s.orientation == WD_ORIENT.LANDSCAPE for s in document.sections]
    assert turned[0] is False and any(turned)
    for section in document.sections:
        wide = section.orientation == WD_ORIENT.LANDSCAPE
        width, height = section.page_width, section.page_height
        assert width is not None and height is not None
        assert (width > height) is wide


def _workbook_figures(xlsx: Path) -> Counter[str]:
    """Every cell in the print areas of the print set as the workbook shows it: a number
    as its cell's format prints it, a text as written."""
    import openpyxl
    from openpyxl.utils.cell import range_boundaries

    wb = openpyxl.load_workbook(xlsx, data_only=True)
    out: Counter[str] = Counter()
    for name in PRINT_SET:
        ws = wb[name]
        area = ws.print_area
        last_col = ws.max_column
        if area:
            ref = area[0] if isinstance(area, list) else area
            last_col = range_boundaries(ref.split("!")[-1])[2] or last_col
        for row in ws.iter_rows(max_col=last_col):
            for cell in row:
                if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                    value = Decimal(repr(cell.value))
                    out[format_cell(value, str(cell.number_format))] += 1
                elif isinstance(cell.value, str):
                    out[cell.value.strip()] += 1
    return out


def _docx_figures(path: Path) -> Counter[str]:
    import re

    from docx.table import Table

    figure = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?(%| \w+)?$")
    out: Counter[str] = Counter()
    seen: set[Any] = set()  # a merged cell is met once per grid column it spans
    for item in _body(path):
        if not isinstance(item, Table):
            continue
        for row in item.rows:
            for cell in row.cells:
                if cell._tc in seen:
                    continue
                seen.add(cell._tc)
                text = cell.text.strip()
                if figure.match(text) and not re.fullmatch(r"\(?\d+\)?", text):
                    out[text] += 1
    return out


def test_every_figure_in_the_tables_is_the_workbooks(jember_docx: tuple[Path, Path]) -> None:
    xlsx, doc = jember_docx
    want = _workbook_figures(xlsx)
    got = _docx_figures(doc)
    assert got  # the document has figures at all
    assert got - want == Counter()  # nothing the workbook does not show
    for golden in ("15.308.539.115", "13.359.116.248", "87,27", "389,80", "96,30", "3.898 Orang"):
        assert got[golden] >= 1, golden


def test_no_macros_no_external_links(jember_docx: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(jember_docx[1]) as z:
        names = z.namelist()
        assert not [n for n in names if "vba" in n.lower() or n.endswith(".bin")]
        for name in names:
            if name.endswith(".rels"):
                assert b'TargetMode="External"' not in z.read(name), name
        types = z.read("[Content_Types].xml")
        assert b"macroEnabled" not in types


def test_second_sample_writes_a_document(tmp_path: Path) -> None:
    result = convert(DINKES, tmp_path / "dinkes.xlsx", Options(docx=True))
    assert result.docx is not None and result.docx.exists()
    table = _table_after(result.docx, "Tabel 3.1")
    # an indicator without realisation prints as the workbook does
    assert any("data tidak tersedia" in cell.text for row in table.rows for cell in row.cells)


def test_cli_docx_option(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from lkip_xlsx.cli import app

    src = tmp_path / "jember.xlsx"
    src.write_bytes(JEMBER.read_bytes())
    got = CliRunner().invoke(app, ["convert", str(src), "--docx"])
    assert got.exit_code == 0, got.output
    docx = tmp_path / "jember - LKIP 2023.docx"
    assert got.stdout.splitlines() == [
        f"Selesai: {tmp_path / 'jember - LKIP 2023.xlsx'}",
        f"Dokumen Word ditulis: {docx}",
    ]
    assert docx.exists()


def test_batch_writes_a_document_beside_each_output(tmp_path: Path) -> None:
    from lkip_xlsx.batch import run_batch

    results = run_batch([JEMBER, DINKES], Options(docx=True), tmp_path, jobs=1)
    for result in results:
        assert result.output is not None
        assert result.output.with_suffix(".docx").exists()
