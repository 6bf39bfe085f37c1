"""The alive and unrounded rules by name: what a cell shows while an operand is text, and
the exact figures the audit compares with (every figure worked out by hand)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lkip_xlsx.formula import Expr, lit
from lkip_xlsx.functions import Value
from lkip_xlsx.rules import (
    average_capaian,
    capaian_exact,
    capaian_or_status,
    efficiency,
    grade,
    indicator_score,
    mean,
    output_capaian,
    selisih,
    serapan_exact,
    verdict,
)

NO_DATA = "data tidak tersedia"
BANDS = ((lit(D(90)), lit("AA")), (lit(D(80)), lit("A")), (None, lit("B")))


def x(v: str) -> Expr:
    """A cell holding a number ("85.71") or a text ("data tidak tersedia")."""
    try:
        return lit(D(v))
    except ArithmeticError:
        return lit(v)


def value(e: Expr) -> Value:
    return e.value()


@pytest.mark.parametrize(
    ("target", "real", "polarity", "status", "shown"),
    [
        ("89", "85.71", "positif", NO_DATA, D("96.30")),  # 85,71 / 89 × 100 = 96,303…
        ("89", "85.71", "negatif", NO_DATA, D("103.70")),  # (178 − 85,71) / 89 × 100 = 103,696…
        ("89", NO_DATA, "positif", NO_DATA, NO_DATA),  # no realisation: the status
        ("89", "belum diukur", "positif", "bukan angka", "bukan angka"),
        ("0", "5", "positif", NO_DATA, "target nol"),  # positive with T = 0
        ("0", "0", "negatif", NO_DATA, D(100)),  # zero tolerance, met
        ("0", "3", "negatif", NO_DATA, D(0)),  # zero tolerance, broken
    ],
)
def test_capaian_shows_the_status_until_both_figures_are_numbers(
    target: str, real: str, polarity: str, status: str, shown: Value
) -> None:
    assert value(capaian_or_status(x(target), x(real), lit(polarity), status)) == shown


def test_exact_capaian_and_serapan_are_unrounded() -> None:
    # 7,7044 / 8 × 100 = 96,305 exactly: the tie that ROUND takes to 96,31
    assert value(capaian_exact(x("8"), x("7.7044"), lit("positif"))) == D("96.305")
    # (2 × 8 − 7,7044) / 8 × 100 = 8,2956 / 8 × 100 = 103,695
    assert value(capaian_exact(x("8"), x("7.7044"), lit("negatif"))) == D("103.695")
    # the seed's Tabel 3.8: 37.428.500 / 37.984.500 × 100 = 98,5362…, printed 98,53
    got = value(serapan_exact(x("37984500"), x("37428500")))
    assert isinstance(got, D) and D("98.5362") < got < D("98.5363")
    assert value(serapan_exact(x("0"), x("5"))) == "-"


def test_the_plain_mean_skips_text() -> None:
    # (100 + 96,3) / 2 = 98,15; the status text is not a figure
    assert value(mean([x("100"), x("96.3"), x(NO_DATA)])) == D("98.15")


@pytest.mark.parametrize(
    ("figures", "shown"),
    [
        (("100", "96.3", NO_DATA), D("98.15")),
        (("100", "96.305"), D("98.15")),  # 196,305 / 2 = 98,1525 -> 98,15
        ((NO_DATA, "-"), NO_DATA),  # no figure at all: the status, not #DIV/0!
    ],
)
def test_average_capaian(figures: tuple[str, ...], shown: Value) -> None:
    assert value(average_capaian([x(f) for f in figures])) == shown


def test_score_grade_and_efficiency_wait_for_numbers() -> None:
    assert value(indicator_score(x("389.8"), lit(D(100)))) == D(100)
    assert value(indicator_score(x(NO_DATA), lit(D(100)))) == "-"
    assert value(grade(x("90.01"), BANDS)) == "AA"
    assert value(grade(x("90"), BANDS)) == "A"
    assert value(grade(x("-"), BANDS)) == "-"
    # 96,3 / 98,54 = 0,97727… -> 0,98
    assert value(efficiency(x("96.3"), x("98.54"))) == D("0.98")
    assert value(efficiency(x("96.3"), x("0"))) == "-"
    assert value(efficiency(x(NO_DATA), x("98.54"))) == "-"
    assert value(verdict(x("0.98"), lit(D(1)))) == "Tidak efisien"
    assert value(verdict(x("-"), lit(D(1)))) == "-"


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        ("96.3", "98.54", D("-2.24")),  # 3.7: capaian − serapan
        ("85.71", "80", D("5.71")),  # 3.4: daerah − nasional
        ("85.71", "-", "-"),
        (NO_DATA, "80", "-"),
    ],
)
def test_selisih(a: str, b: str, shown: Value) -> None:
    assert value(selisih(x(a), x(b))) == shown


@pytest.mark.parametrize(
    ("target", "real", "shown"),
    [
        ("50", "60", D(100)),  # 60 / 50 × 100 = 120, capped at 100
        ("50", "40", D(80)),  # 40 / 50 × 100 = 80
        ("0", "40", "-"),
        ("50", "-", "-"),
        ("Meningkat", "40", "-"),
    ],
)
def test_output_capaian_of_tabel_36_is_capped(target: str, real: str, shown: Value) -> None:
    assert value(output_capaian(x(target), x(real), lit(D(100)))) == shown


def test_alive_rules_write_one_formula() -> None:
    e = capaian_or_status(x("89"), x("85.71"), lit("positif"), NO_DATA)
    assert e.formula("s") == (
        'IF(AND(ISNUMBER(89),ISNUMBER(85.71)),IF("positif"="negatif",IF(89=0,IF(85.71=0,100,0),'
        'ROUND((2*89-85.71)/89*100,2)),IF(89=0,"target nol",ROUND(85.71/89*100,2))),'
        '"data tidak tersedia")'
    )
