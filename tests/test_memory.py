"""A large output is written row by row in constant memory (issue 15): the workbook is the
same as the one assembled in memory, and the list of what was written, built while writing,
is the same as the one built from the sheets afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from lkip_xlsx import manifest, writer
from lkip_xlsx.assemble import build_sheets
from lkip_xlsx.build import build_report
from lkip_xlsx.model import Options
from lkip_xlsx.pipeline import convert
from lkip_xlsx.reader import read_workbook
from lkip_xlsx.verify import verify
from tests.conftest import DINKES, JEMBER
from tests.helpers import same_workbook_values


def _layout(path: Path) -> dict[str, Any]:
    wb = openpyxl.load_workbook(path)
    out: dict[str, Any] = {}
    for ws in wb.worksheets:
        out[ws.title] = (
            sorted(str(r) for r in ws.merged_cells.ranges),
            {k: v.height for k, v in ws.row_dimensions.items() if v.height},
            {
                c.coordinate: (
                    c.font.b,
                    c.number_format,
                    c.border.left.style,
                    c.alignment.wrap_text,
                )
                for row in ws.iter_rows()
                for c in row
            },
            str(ws.print_area),
            ws.print_title_rows,
        )
    return out


@pytest.mark.parametrize("source", [JEMBER, DINKES], ids=["jember", "dinkes"])
def test_constant_memory_writes_the_same_workbook(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usual = tmp_path / "usual.xlsx"
    convert(source, usual)
    monkeypatch.setattr(writer, "CONSTANT_MEMORY_CELLS", 0)  # every output counts as large
    rowwise = tmp_path / "rowwise.xlsx"
    convert(source, rowwise)
    assert same_workbook_values(usual, rowwise) == []
    assert _layout(usual) == _layout(rowwise)
    checked = verify(rowwise)
    assert checked.findings == () and checked.formulas > 100


def test_the_list_built_while_writing_is_the_list_of_the_sheets(tmp_path: Path) -> None:
    options = Options()
    report, findings = build_report(read_workbook(JEMBER, options.mapping), options)
    assert report is not None
    grids, _ = build_sheets(report, options.rules, findings, "id")
    rows = manifest.entries(grids)
    stamp = writer.write_workbook(grids, tmp_path / "o.xlsx", title="uji")
    assert stamp == manifest.fingerprint(rows)
    listed = manifest.Builder()
    for row in rows:
        listed.add(*row)
    assert listed.finish() == stamp
    assert listed.chunks == manifest.pack(rows)
