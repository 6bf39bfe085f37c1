"""Random contents in every column of every sheet: findings or output, never an unhandled
exception (issue 4). LKIP_FUZZ_EXAMPLES sets the number of examples (50 by default, the same
ones every CI run; a long run: LKIP_FUZZ_EXAMPLES=2000)."""

from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from lkip_xlsx.errors import LkipError
from lkip_xlsx.pipeline import convert
from tests.conftest import JEMBER

SAMPLE = JEMBER.read_bytes()
EXAMPLES = int(os.environ.get("LKIP_FUZZ_EXAMPLES", "50"))


def _cells() -> list[tuple[str, str, int]]:
    """Every (sheet, column, row) of the sample's data area, headers and titles included."""
    wb = openpyxl.load_workbook(io.BytesIO(SAMPLE))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=1, max_row=ws.max_row + 1, max_col=ws.max_column):
            for cell in row:
                out.append((ws.title, get_column_letter(int(cell.column or 1)), int(cell.row or 1)))
    return out


CELLS = _cells()

indonesian_numbers = st.builds(
    lambda n, dec, unit, rp: f"{rp}{n:,}".replace(",", ".") + dec + unit,
    st.integers(0, 10**12),
    st.sampled_from(["", ",00", ",5", ",71", ",-"]),
    st.sampled_from(["", "%", " %", " Orang", " Kasus", " orang", "x"]),
    st.sampled_from(["", "Rp ", "Rp. ", "(", "-"]),
)
VALUES = st.one_of(
    st.none(),
    st.integers(-(10**13), 10**13),
    st.floats(allow_nan=False, allow_infinity=False),
    indonesian_numbers,
    # any text a worksheet can hold (Excel forbids most control characters)
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
    st.sampled_from(
        [
            "#DIV/0!",
            "#N/A",
            "#REF!",
            "#VALUE!",
            "-",
            "–",
            "data tidak tersedia",
            "WTP",
            "80-90",
            "< 49",
            "(1.500)",
            "Program:",
            "Kegiatan :",
            "Total",
            "Sub Kegiatan",
            "negatif",
            "turun",
            "I",
            "IV",
            "2.",
            "Sumber data: x",
        ]
    ),
    st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    st.booleans(),
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(st.tuples(st.sampled_from(CELLS), VALUES), min_size=1, max_size=8))
def test_random_cells_give_findings_or_output_never_a_crash(
    changes: list[tuple[tuple[str, str, int], object]],
) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(SAMPLE))
    for (sheet, column, row), value in changes:
        ws = wb[sheet]
        ref = f"{column}{row}"
        for rng in list(ws.merged_cells.ranges):
            if ref in rng:
                ws.unmerge_cells(str(rng))
        ws[ref] = value  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.xlsx", Path(tmp) / "out.xlsx"
        wb.save(src)
        try:
            result = convert(src, out)
        except LkipError:
            return  # a file-level refusal with its own message
        assert (result.output is not None) == out.exists()
        if result.output is None:
            assert result.exit_code == 1
