"""Indonesian numerals as staff type them (input contract v1, 'Cell values')."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from lkip_xlsx.numbers import Blank, NotANumber, Number, format_id, parse_number


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("1.000", "1000", None),
        ("3.898 Orang", "3898", "Orang"),
        ("85,71%", "85.71", "%"),
        ("85,71 %", "85.71", "%"),
        ("100 %", "100", "%"),
        ("Rp. 15.308.539.115,00", "15308539115", None),
        ("Rp 14. 513. 600", "14513600", None),
        ("7.290.242.400,00", "7290242400", None),
        ("389,8%", "389.8", "%"),
        ("12 Kasus", "12", "Kasus"),
        ("2 Aplikasi", "2", "Aplikasi"),
        ("(1.500)", "-1500", None),
        ("85.71", "85.71", None),
        ("1.5", "1.5", None),
        ("1.2345", "1.2345", None),
        ("15.308.539.115,-", "15308539115", None),
        (" 704 orang ", "704", "orang"),
        (3898, "3898", None),
        (85.71, "85.71", None),
    ],
)
def test_numbers_as_printed(raw: object, value: str, unit: str | None) -> None:
    parsed = parse_number(raw)
    assert isinstance(parsed, Number)
    assert parsed.value == D(value)
    assert parsed.unit == unit


@pytest.mark.parametrize(
    ("raw", "fmt", "value"), [(0.8571, "0.00%", "85.71"), (1.0, "0%", "100"), (0.89, "0%", "89")]
)
def test_fraction_formatted_as_percent_is_the_percentage(raw: float, fmt: str, value: str) -> None:
    parsed = parse_number(raw, fmt)
    assert isinstance(parsed, Number) and parsed.value == D(value) and parsed.percent


@pytest.mark.parametrize("raw", [None, "", "-", "–", "data tidak tersedia", "Tidak tersedia"])
def test_no_data(raw: object) -> None:
    assert isinstance(parse_number(raw), Blank)


@pytest.mark.parametrize(
    "raw",
    [
        "WTP",
        "BB",
        "80-90",
        "< 49",
        "#DIV/0!",
        "1,2,3",
        "1.23.4",
        True,
        dt.date(2023, 1, 1),
        float("nan"),
    ],
)
def test_not_a_number(raw: object) -> None:
    assert isinstance(parse_number(raw), NotANumber)


def test_format_id() -> None:
    assert format_id(D("15308539115")) == "15.308.539.115"
    assert format_id(D("98.536"), 2) == "98,54"


def test_huge_figures_round_instead_of_raising() -> None:
    """Found by the cell fuzzer: a budget of 1,36e-268 rupiah gives a serapan near 1e277,
    which ROUND must still round (60 digits of precision were not enough)."""
    from decimal import Decimal

    from lkip_xlsx.numbers import format_id, round_half_away, truncate

    huge = Decimal("2.743975110387712207570738314552706360659E+277")
    assert round_half_away(huge, 2) == huge
    assert truncate(Decimal("98.536")) == Decimal("98.53")
    assert truncate(huge) == huge
    assert format_id(Decimal("1E+40")) == "10" + ".000" * 13  # 41 digits: 2 + 13 groups of 3


def test_a_budget_of_almost_nothing_converts(tmp_path: Path) -> None:
    import openpyxl

    from lkip_xlsx.pipeline import convert
    from tests.conftest import JEMBER

    src = tmp_path / "kecil.xlsx"
    wb = openpyxl.load_workbook(JEMBER)
    wb["Anggaran"]["C7"] = 1.3640247631368464e-268  # the fuzzer's example
    wb.save(src)
    result = convert(src, tmp_path / "hasil.xlsx")
    assert result.output is not None
