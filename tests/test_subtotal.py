"""Which staff formulas are subtotals, and of which rows (docs/format-masukan.md §4.2)."""

from __future__ import annotations

import pytest

from lkip_xlsx.subtotal import parse, rows_text


@pytest.mark.parametrize(
    ("formula", "rows"),
    [
        ("=SUM(C7:C9)", "7–9"),
        ("=SUM($C$7:C9,C12)", "7–9, 12"),
        ("=SUM(C7:C9;C12)", "7–9, 12"),  # as an Indonesian Excel shows it
        ("=C7+C8+C9", "7–9"),
        ("=c7 + c10", "7, 10"),
        ("=SUBTOTAL(9,C7:C9)", "7–9"),
        ("=SUBTOTAL(109,C7:C9)", "7–9"),
        ("=(C7+C8)+SUM(C9:C9)", "7–9"),
        ("=SUM(C9:C7)", "7–9"),  # a range written backwards
        ("=C14", "14"),  # a kegiatan with one sub kegiatan
    ],
)
def test_a_sum_of_cells_is_a_subtotal_of_its_rows(formula: str, rows: str) -> None:
    parsed = parse(formula)
    assert parsed is not None and not parsed.other_sheet
    assert rows_text(parsed.rows()) == rows


@pytest.mark.parametrize(
    "formula",
    [
        "=C7*2",
        "=C7-C8",
        "=SUM(C7:C9)-C8",
        "=SUBTOTAL(1,C7:C9)",  # an average
        "=ROUND(SUM(C7:C9),0)",
        "=1000000",
        "=SUM()",
        "=SUM(C7:C9",
    ],
)
def test_anything_else_is_no_subtotal(formula: str) -> None:
    assert parse(formula) is None


def test_another_sheet_and_whole_columns_are_told_apart() -> None:
    linked = parse("='Rincian Belanja'!F20")
    assert linked is not None and linked.other_sheet
    column = parse("=SUM(C:C)")
    assert column is not None and column.first == 1 and column.last == 1_048_576
