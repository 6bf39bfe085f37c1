"""Targets as reports write them (docs/aturan.md §1a), form by form, with the figures worked out
by hand in the comments."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from lkip_xlsx.forms import (
    Bound,
    Form,
    Grade,
    Malformed,
    Measure,
    Range,
    Zero,
    read_measure,
    same_measure,
    understand,
)
from lkip_xlsx.formula import lit
from lkip_xlsx.numbers import Blank, NotANumber, Number
from lkip_xlsx.rules import (
    GRADE_SCALES,
    GradeScale,
    Polarity,
    Status,
    capaian,
    capaian_grade,
    capaian_range,
)

SCALES = GRADE_SCALES


def read(text: object) -> Measure:
    return read_measure(text, None, SCALES)


# -- reading one cell -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "upper"),
    [
        ("< 49", D(49), True),
        ("≤ 49", D(49), True),
        ("<= 49", D(49), True),
        ("maks. 49", D(49), True),
        ("maksimal 49", D(49), True),
        ("paling tinggi 49", D(49), True),
        ("kurang dari 49", D(49), True),
        ("< 49 per 100.000", D(49), True),
        ("> 80", D(80), False),
        ("≥ 80", D(80), False),
        (">= 80", D(80), False),
        ("min. 80", D(80), False),
        ("minimal 80", D(80), False),
        ("paling sedikit 80", D(80), False),
        ("lebih dari 80", D(80), False),
        ("minimal 85,5 %", D("85.5"), False),
    ],
)
def test_bounds(text: str, value: D, upper: bool) -> None:
    got = read(text)
    assert isinstance(got, Bound)
    assert (got.value, got.upper, got.text) == (value, upper, text)
    assert got.polarity is (Polarity.NEGATIF if upper else Polarity.POSITIF)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("80-90", D(80), D(90), None),
        ("80 – 90 %", D(80), D(90), "%"),
        ("80% - 90%", D(80), D(90), "%"),
        ("80 s.d. 90", D(80), D(90), None),
        ("80 s/d 90", D(80), D(90), None),
        ("80 sampai 90", D(80), D(90), None),
        ("80 sampai dengan 90", D(80), D(90), None),
        ("7-8 bulan", D(7), D(8), "bulan"),
        ("6,5 - 7,25", D("6.5"), D("7.25"), None),
    ],
)
def test_ranges(text: str, low: D, high: D, unit: str | None) -> None:
    got = read(text)
    assert isinstance(got, Range)
    assert (got.low, got.high, got.unit) == (low, high, unit)


@pytest.mark.parametrize("text", ["90-80", "80-80", "8 s.d. 7"])
def test_a_range_that_does_not_rise_is_malformed(text: str) -> None:
    assert read(text) == Malformed(text)


@pytest.mark.parametrize(
    "text", ["WTP", "wtp", "W.T.P", "Wajar Tanpa Pengecualian", "BB", "Level 3", "level III"]
)
def test_grades(text: str) -> None:
    assert read(text) == Grade(text)


@pytest.mark.parametrize("text", ["nihil", "Nihil", "tidak ada", "0 kasus", "0 %"])
def test_zero_tolerance_words(text: str) -> None:
    assert read(text) == Zero(text)


def test_numbers_stay_numbers_and_other_text_fits_no_form() -> None:
    assert read("85,71%") == Number(D("85.71"), "%", True)
    assert read(0) == Number(D(0))
    assert read("-") == Blank("-")
    assert read("seratus") == NotANumber("seratus")
    assert read("sesuai jadwal") == NotANumber("sesuai jadwal")
    assert read("15.308.539.115,-") == Number(D(15308539115))


# -- capaian by form (the trees of rules.py evaluated on literals) -----------------------------


def _range(low: str, high: str, real: str, polarity: str) -> object:
    return capaian_range(lit(D(low)), lit(D(high)), lit(D(real)), lit(polarity)).value()


@pytest.mark.parametrize(
    ("low", "high", "real", "polarity", "expected"),
    [
        # PermenPANRB 8/2021's worked examples
        ("80", "90", "70", "positif", D("87.50")),  # below L: 70/80 = 0,875
        ("7", "8", "6.5", "negatif", D("107.14")),  # below L: (14-6,5)/7 = 1,071428…
        ("7", "8", "9", "negatif", D("87.50")),  # above U: (16-9)/8 = 0,875
        ("80", "90", "92", "positif", D("102.22")),  # above U: 92/90 = 1,02222 (not 113)
        # inside, both polarities, bounds included
        ("80", "90", "85", "positif", D(100)),
        ("80", "90", "80", "positif", D(100)),
        ("80", "90", "90", "positif", D(100)),
        ("7", "8", "7.5", "negatif", D(100)),
        # above U positif, below L negatif
        ("80", "90", "99", "positif", D("110.00")),  # 99/90 = 1,1
        ("7", "8", "5", "negatif", D("128.57")),  # (14-5)/7 = 1,285714…
    ],
)
def test_range_capaian_nearer_bound(
    low: str, high: str, real: str, polarity: str, expected: D
) -> None:
    assert _range(low, high, real, polarity) == expected


@pytest.mark.parametrize(
    ("rank_t", "rank_r", "mode", "expected"),
    [
        (4, 4, "peringkat", D("100.00")),  # WTP target, WTP: met
        (4, 3, "peringkat", D("75.00")),  # WTP target, WDP: 3/4
        (5, 6, "peringkat", D("120.00")),  # BB target (5), A (6): 6/5
        (5, 4, "peringkat", D("80.00")),  # BB target, B (4): 4/5
        (3, 4, "peringkat", D("133.33")),  # Level 3 target, Level 4: 4/3
        (4, 3, "tercapai", D(0)),
        (4, 4, "tercapai", D(100)),
        (5, 6, "tercapai", D(100)),
    ],
)
def test_grade_capaian(rank_t: int, rank_r: int, mode: str, expected: D) -> None:
    assert capaian_grade(lit(rank_t), lit(rank_r), lit(mode)).value() == expected


def test_grade_capaian_of_a_label_on_no_scale_cannot_be_computed() -> None:
    assert capaian_grade(lit(4), lit("-"), lit("peringkat")).value() == "tidak dapat dihitung"


def test_grade_ranks_count_from_the_lowest() -> None:
    opini, nilai, mutu, level = SCALES
    assert [opini.rank(x) for x in ("WTP", "wdp", "Tidak Wajar", "Disclaimer")] == [4, 3, 2, 1]
    assert [nilai.rank(x) for x in ("AA", "A", "BB", "B", "CC", "C", "D")] == [7, 6, 5, 4, 3, 2, 1]
    assert [mutu.rank(x) for x in ("A", "Baik", "C (Kurang Baik)", "tidak baik")] == [4, 3, 2, 1]
    assert [level.rank(x) for x in ("Level 5", "level 4", "LEVEL III", "Level 1")] == [5, 4, 3, 1]
    assert opini.rank("BB") is None


# -- an indicator's target and realisation read together --------------------------------------


def reading(
    target: str | int, real: str | int | None, polarity: str | None = None, satuan: str = ""
) -> tuple[object, Status, list[str]]:
    r, status, problems = understand(read(target), read(real), polarity, satuan, SCALES)
    return r, status, [p.code for p in problems]


def test_bound_gives_t_and_polarity() -> None:
    r, status, codes = reading("< 49", 45)
    assert status is Status.OK and codes == ["target_read"]
    assert r is not None and r.form is Form.BOUND  # type: ignore[attr-defined]
    assert (r.low, r.polarity) == (D(49), Polarity.NEGATIF)  # type: ignore[attr-defined]
    # (2*49 - 45)/49 = 53/49 = 1,081632… -> 108,16
    assert capaian(lit(D(49)), lit(D(45)), lit("negatif")).value() == D("108.16")
    r, _, _ = reading("minimal 80", 72)
    assert (r.low, r.polarity) == (D(80), Polarity.POSITIF)  # type: ignore[attr-defined]


def test_a_disagreeing_polarity_column_wins_with_a_warning() -> None:
    r, status, codes = reading("maks. 49", 45, polarity="positif")
    assert status is Status.OK and codes == ["target_read", "polarity_conflict"]
    assert r.polarity is Polarity.POSITIF  # type: ignore[attr-defined]
    r, _, codes = reading("maks. 49", 45, polarity="negatif")  # agreeing: no warning
    assert codes == ["target_read"]
    r, _, codes = reading("≥ 80", 85, polarity="turun")
    assert r.polarity is Polarity.NEGATIF and "polarity_conflict" in codes  # type: ignore[attr-defined]


def test_range_reading_keeps_the_column_polarity() -> None:
    r, status, _ = reading("7-8 bulan", "6,5", polarity="negatif")
    assert status is Status.OK
    assert (r.form, r.low, r.high, r.polarity) == (  # type: ignore[attr-defined]
        Form.RANGE,
        D(7),
        D(8),
        Polarity.NEGATIF,
    )


def test_malformed_range_is_not_computed() -> None:
    r, status, codes = reading("90-80", 85)
    assert (r, status, codes) == (None, Status.NOT_COMPUTABLE, ["target_range_reversed"])


def test_zero_tolerance_target_words() -> None:
    for word in ("nihil", "tidak ada", "0 kasus"):
        r, status, codes = reading(word, 0)
        assert status is Status.ZERO_TOLERANCE and codes == ["target_read"]
        assert (r.low, r.polarity) == (D(0), Polarity.NEGATIF)  # type: ignore[attr-defined]
    # a realisation in words is the figure 0
    r, status, _ = reading("< 5", "nihil")
    assert status is Status.OK and r.real == D(0)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("target", "real", "scale", "rank_t", "rank_r"),
    [
        ("WTP", "WTP", "opini", 4, 4),  # met
        ("WDP", "WTP", "opini", 3, 4),  # exceeded
        ("WTP", "WDP", "opini", 4, 3),  # missed
        ("BB", "BB", "nilai", 5, 5),
        ("BB", "A", "nilai", 5, 6),
        ("BB", "CC", "nilai", 5, 3),
        ("Sangat Baik", "Baik", "mutu", 4, 3),
        ("B (Baik)", "Sangat Baik", "mutu", 3, 4),
        ("Baik", "Baik", "mutu", 3, 3),
        ("Level 3", "Level 3", "level", 3, 3),
        ("Level 3", "Level 4", "level", 3, 4),
        ("Level 3", "level II", "level", 3, 2),
    ],
)
def test_each_builtin_scale_met_exceeded_missed(
    target: str, real: str, scale: str, rank_t: int, rank_r: int
) -> None:
    r, status, codes = reading(target, real)
    assert status is Status.OK and codes == ["target_read"]
    chosen = r.scale  # type: ignore[attr-defined]
    assert chosen.name == scale
    assert (chosen.rank(target), chosen.rank(real)) == (rank_t, rank_r)


def test_ambiguous_grade_takes_the_first_scale_with_a_note_unless_satuan_names_one() -> None:
    r, status, codes = reading("A", "B")  # on nilai (6, 4) and on mutu (4, 3)
    assert status is Status.OK and codes == ["target_read", "grade_scale_ambiguous"]
    assert r.scale.name == "nilai"  # type: ignore[attr-defined]
    r, _, codes = reading("A", "B", satuan="Mutu IKM")
    assert r.scale.name == "mutu" and codes == ["target_read"]  # type: ignore[attr-defined]
    r, _, codes = reading("A", "BB")  # only nilai holds both: no ambiguity
    assert r.scale.name == "nilai" and codes == ["target_read"]  # type: ignore[attr-defined]


def test_custom_scale() -> None:
    akreditasi = GradeScale(
        "akreditasi", "Akreditasi", (("Paripurna",), ("Utama",), ("Madya",), ("Dasar",))
    )
    scales = (*SCALES, akreditasi)
    target = read_measure("Utama", None, scales)
    real = read_measure("paripurna", None, scales)
    assert target == Grade("Utama")
    r, status, _ = understand(target, real, None, "", scales)
    assert status is Status.OK and r is not None and r.scale is akreditasi
    assert (akreditasi.rank("Utama"), akreditasi.rank("Paripurna")) == (3, 4)  # 4/3 -> 133,33
    assert read("Utama") == NotANumber("Utama")  # not built in


def test_realisation_text_on_no_scale() -> None:
    r, status, codes = reading("WTP", "baik sekali")
    assert (r, status, codes) == (None, Status.NOT_COMPUTABLE, ["realisasi_off_scale"])
    r, status, codes = reading("WTP", "BB")  # a grade, but of another scale
    assert (status, codes) == (Status.NOT_COMPUTABLE, ["realisasi_off_scale"])


def test_grade_target_with_a_numeric_realisation() -> None:
    r, status, codes = reading("WTP", 4)
    assert (r, status, codes) == (None, Status.NOT_COMPUTABLE, ["realisasi_number_for_grade"])


def test_number_target_with_text_realisation() -> None:
    assert reading(90, "BB")[1:] == (Status.NOT_COMPUTABLE, ["realisasi_grade_for_number"])
    assert reading(90, "lumayan")[1:] == (Status.NOT_COMPUTABLE, ["realisasi_unreadable"])
    assert reading("seratus", 90)[1:] == (Status.NOT_COMPUTABLE, ["target_unreadable"])
    assert reading(90, None)[1] is Status.NO_DATA


def test_same_measure_for_the_audit() -> None:
    tol = D("0.01")
    assert same_measure(read("< 49"), read("maks. 49"), tol)
    assert not same_measure(read("< 49"), read("> 49"), tol)
    assert same_measure(read("80-90"), read("80 s.d. 90 %"), tol)
    assert same_measure(read("WTP"), read("Wajar Tanpa Pengecualian"), tol, SCALES)
    assert not same_measure(read("WTP"), read("WDP"), tol, SCALES)
    assert same_measure(read("W.T.P"), read("wtp"), tol)
    assert not same_measure(read("WTP"), read(90), tol)
    assert same_measure(read("nihil"), read(0), tol)


# -- the configuration file ---------------------------------------------------------------------


def test_custom_scales_and_mode_from_the_configuration_file(tmp_path: object) -> None:
    from pathlib import Path

    from lkip_xlsx.config import load_rules
    from lkip_xlsx.errors import UsageError

    path = Path(str(tmp_path)) / "aturan.toml"
    path.write_text(
        "[peringkat]\n"
        'capaian = "tercapai"\n'
        "[[peringkat.skala]]\n"
        'nama = "akreditasi"\n'
        'label = ["Paripurna", "Utama", "Madya", ["Dasar", "Perdana"]]\n'
        'kata = ["akreditasi"]\n',
        encoding="utf-8",
    )
    rules = load_rules(path)
    assert rules.grade_mode == "tercapai"
    assert [s.name for s in rules.grades] == ["opini", "nilai", "mutu", "level", "akreditasi"]
    own = rules.grades[-1]
    assert (own.rank("Paripurna"), own.rank("perdana"), own.words) == (4, 1, ("akreditasi",))
    for bad in (
        '[peringkat]\ncapaian = "rata-rata"\n',
        '[[peringkat.skala]]\nnama = "opini"\nlabel = ["A", "B"]\n',
        '[[peringkat.skala]]\nnama = "x"\nlabel = ["Satu"]\n',
        '[[peringkat.skala]]\nnama = "x"\nlabel = ["Satu", "satu"]\n',
    ):
        path.write_text(bad, encoding="utf-8")
        with pytest.raises(UsageError):
            load_rules(path)
