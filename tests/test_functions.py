"""The one registry of Excel functions, and ``&``: tree, formula text, value and parser."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lkip_xlsx import writer
from lkip_xlsx.formula import Num, Ref, Text, join, round2
from lkip_xlsx.functions import FUNCTIONS, ExcelError, as_text
from lkip_xlsx.parse import FormulaSyntaxError, parse_formula


def _no_cells(sheet: str, row: int, col: int) -> None:
    return None


def test_the_renderer_the_writer_and_the_parser_share_one_registry() -> None:
    assert writer._OUR_FUNCTIONS == frozenset(FUNCTIONS)
    for name in FUNCTIONS:  # the parser accepts every registered name …
        parse_formula(f"={name}(1,2,3)", "s", _no_cells)
    with pytest.raises(FormulaSyntaxError):  # … and no other
        parse_formula("=VLOOKUP(1,2,3)", "s", _no_cells)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        # the General format in the Indonesian locale: no thousands separator, "," decimals
        (D("85.71"), "85,71"),
        (D("85.70"), "85,7"),
        (D("1000000"), "1000000"),
        (D("-2.5"), "-2,5"),
        (D("0"), "0"),
        (D(1) / D(3), "0,333333333333333"),  # 15 significant digits, as Excel keeps
        (True, "TRUE"),
        (None, ""),
        ("Baik", "Baik"),
    ],
)
def test_a_value_as_ampersand_turns_it_into_text(value: D | bool | None | str, text: str) -> None:
    assert as_text(value) == text


def test_join_gives_formula_text_and_value_together() -> None:
    cap = Ref("3.1", 6, 6, D("85.714"))
    expr = join("Capaian ", round2(cap), " %")
    assert expr.formula("3.5") == '"Capaian "&ROUND(\'3.1\'!G7,2)&" %"'
    assert expr.value() == "Capaian 85,71 %"


def test_ampersand_binds_looser_than_arithmetic_and_tighter_than_comparison() -> None:
    # Excel: ="a"&1+2 is "a3"; ="a"&1="a1" is TRUE
    assert parse_formula('="a"&1+2', "s", _no_cells).value() == "a3"
    assert parse_formula('="a"&1="a1"', "s", _no_cells).value() is True
    expr = join(Text("x"), Num(D(1)) + Num(D(2)))
    assert expr.formula("s") == '"x"&1+2'
    assert expr.value() == "x3"


def test_parsing_renders_back_the_same_text() -> None:
    cells: dict[tuple[str, int, int], D | str] = {("s", 0, 0): D("2.5"), ("s", 0, 1): "Orang"}

    def lookup(sheet: str, row: int, col: int) -> D | str | None:
        return cells.get((sheet, row, col))

    text = '=A1&" "&B1&" ("&ROUND(A1*2,0)&")"'
    expr = parse_formula(text, "s", lookup)
    assert "=" + expr.formula("s") == text
    assert expr.value() == "2,5 Orang (5)"


def test_an_error_spreads_through_ampersand() -> None:
    assert parse_formula('="a"&1/0', "s", _no_cells).value() == ExcelError("#DIV/0!")
