"""The computation rules by name (docs/aturan.md §1-§6), through the one definition that
also writes the formulas."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lkip_xlsx.formula import Ref, lit
from lkip_xlsx.numbers import Blank, NotANumber, Number, round_half_away
from lkip_xlsx.rules import (
    SCALES,
    Polarity,
    Status,
    capaian,
    efficiency_index,
    efficiency_verdict,
    indicator_status,
    mean_score,
    predicate,
    score,
    serapan,
)


def cap(t: str, r: str, polarity: str = "positif") -> D:
    value = capaian(lit(D(t)), lit(D(r)), lit(polarity)).value()
    assert isinstance(value, D)
    return value


@pytest.mark.parametrize(
    ("target", "real", "polarity", "expected"),
    [
        ("100", "100", "positif", "100.00"),
        ("1000", "3898", "positif", "389.80"),
        ("89", "85.71", "positif", "96.30"),
        ("95", "85.71", "positif", "90.22"),  # Tabel 3.3 of the seed
        ("98", "104.3", "negatif", "93.57"),  # mortality above target lowers capaian
        ("7.5", "6.2", "negatif", "117.33"),  # below target raises it
        ("20", "40", "negatif", "0.00"),
        ("20", "50", "negatif", "-50.00"),  # raw capaian may be negative; the score floors it
        ("0", "0", "negatif", "100"),  # zero tolerance, kept
        ("0", "2", "negatif", "0"),  # zero tolerance, broken
    ],
)
def test_capaian_by_polarity(target: str, real: str, polarity: str, expected: str) -> None:
    assert cap(target, real, polarity) == D(expected)


def test_rounding_half_away_from_zero_not_half_even() -> None:
    # 37.428.500 / 37.984.500 = 98,5362… -> 98,54 (the seed truncates to 98,53)
    assert serapan(lit(D(37984500)), lit(D(37428500))).value() == D("98.54")
    # an exact tie: 7,7044 / 8 × 100 = 96,305 -> 96,31 (Python's round() gives 96,3)
    assert cap("8", "7.7044") == D("96.31")
    assert round_half_away(D("-2.345")) == D("-2.35")
    assert round_half_away(D("2.345")) == D("2.35")
    assert round(D("2.345"), 2) == D("2.34")  # what the rules must not do


@pytest.mark.parametrize(
    ("target", "real", "polarity", "status"),
    [
        (Number(D(10)), Number(D(5)), Polarity.POSITIF, Status.OK),
        (Number(D(0)), Number(D(5)), Polarity.POSITIF, Status.TARGET_ZERO),
        (Number(D(0)), Number(D(5)), Polarity.NEGATIF, Status.ZERO_TOLERANCE),
        (Number(D(10)), Blank("data tidak tersedia"), Polarity.POSITIF, Status.NO_DATA),
        (Number(D(10)), Blank("-"), Polarity.NEGATIF, Status.NO_DATA),
        (NotANumber("WTP"), Number(D(1)), Polarity.POSITIF, Status.NOT_COMPUTABLE),
        (Number(D(10)), NotANumber("BB"), Polarity.POSITIF, Status.NOT_COMPUTABLE),
    ],
)
def test_indicator_status(target: object, real: object, polarity: Polarity, status: Status) -> None:
    assert indicator_status(target, real, polarity) == status  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "bound", "expected"),
    [
        ("389.80", "100", "100"),
        ("96.30", "100", "96.30"),
        ("-50", "100", "0"),
        ("130", "120", "120"),
        ("389.80", None, "389.80"),
    ],
)
def test_score_capped_and_floored(raw: str, bound: str | None, expected: str) -> None:
    upper = lit(D(bound)) if bound is not None else None
    assert score(lit(D(raw)), upper).value() == D(expected)


SAKIP = [
    (lit(b.above) if b.above is not None else None, lit(b.code)) for b in SCALES["sakip"].bands
]


@pytest.mark.parametrize(
    ("value", "category"),
    [
        ("100", "AA"),
        ("90.01", "AA"),
        ("90.00", "A"),
        ("80.01", "A"),
        ("80", "BB"),
        ("70", "B"),
        ("60.5", "B"),
        ("60", "CC"),
        ("50.01", "CC"),
        ("50", "C"),
        ("30.01", "C"),
        ("30.00", "D"),
        ("0", "D"),
    ],
)
def test_predicate_bounds_belong_to_the_lower_band(value: str, category: str) -> None:
    assert predicate(lit(D(value)), SAKIP).value() == category


def test_predicate_formula_reads_the_parameter_sheet() -> None:
    bands = [
        (
            Ref("Parameter", 5 + i, 1, b.above, True) if b.above is not None else None,
            Ref("Parameter", 5 + i, 0, b.code, True),
        )
        for i, b in enumerate(SCALES["sakip"].bands)
    ]
    f = predicate(Ref("3.5", 9, 10, D("96.3")), bands).formula("3.5")
    assert f.startswith("IF(K10>Parameter!$B$6,Parameter!$A$6,IF(K10>Parameter!$B$7")
    assert f.endswith("Parameter!$A$12))))))")


def test_permendagri86_scale() -> None:
    bands = [
        (lit(b.above) if b.above is not None else None, lit(b.code))
        for b in SCALES["permendagri86"].bands
    ]
    got = [predicate(lit(D(v)), bands).value() for v in ("95", "90", "75.5", "66", "50", "10")]
    assert got == ["Sangat Tinggi", "Tinggi", "Tinggi", "Sedang", "Sangat Rendah", "Sangat Rendah"]


def test_sasaran_mean_uses_scores_not_raw_capaian() -> None:
    # the seed's Sasaran 1: raw 100 and 389,8 average to 244,9; the scores to 100
    scores = [score(lit(D(v)), lit(D(100))) for v in ("100", "389.80")]
    assert mean_score(scores).value() == D("100.00")


def test_efficiency_of_the_seed() -> None:
    index = efficiency_index(lit(D("100.00")), lit(D("90.31")))
    assert index.value() == D("1.11")
    assert efficiency_verdict(index, lit(D(1))).value() == "Efisien"
    low = efficiency_index(lit(D("80")), lit(D("95")))
    assert efficiency_verdict(low, lit(D(1))).value() == "Tidak efisien"


def test_serapan_of_zero_budget_is_a_dash_not_an_error() -> None:
    assert serapan(lit(D(0)), lit(D(5))).value() == "-"


@given(
    t=st.decimals(min_value=D("0.01"), max_value=D(10**9), places=2),
    r=st.decimals(min_value=D(0), max_value=D(10**9), places=2),
)
def test_negative_mirrors_positive_around_the_target(t: D, r: D) -> None:
    pos = cap(str(t), str(r), "positif")
    neg = cap(str(t), str(r), "negatif")
    # (R/T + (2T-R)/T) * 100 = 200, up to the two roundings
    assert abs(pos + neg - 200) <= D("0.01")


@given(t=st.decimals(min_value=D("0.01"), max_value=D(10**12), places=3))
def test_realisation_equal_to_target_gives_100(t: D) -> None:
    assert cap(str(t), str(t), "positif") == 100
    assert cap(str(t), str(t), "negatif") == 100
