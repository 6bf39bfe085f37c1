"""A real spreadsheet engine agrees with every stored value (LibreOffice headless)."""

from __future__ import annotations

import random
import re
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest

from lkip_xlsx.formula import join, lit, round2
from lkip_xlsx.layout import Grid
from lkip_xlsx.pipeline import convert
from lkip_xlsx.rules import (
    GRADE_SCALES,
    SCALES,
    RuleSet,
    capaian,
    capaian_grade,
    capaian_range,
    grade_rank,
    predicate,
    score,
    serapan,
)
from lkip_xlsx.tables.parameter import build_parameter
from lkip_xlsx.writer import write_workbook
from tests.conftest import DINKES, JEMBER
from tests.recalc import formula_mismatches, recalc_case

pytestmark = pytest.mark.libreoffice


def assert_recalculates(pair: tuple[Path, Path], minimum: int) -> int:
    original, recalculated = pair
    compared, bad = formula_mismatches(original, recalculated)
    assert bad == []
    assert compared >= minimum
    return compared


@recalc_case("jember")
def _jember(target: Path) -> None:
    assert convert(JEMBER, target).output == target


@recalc_case("dinkes")
def _dinkes(target: Path) -> None:
    assert convert(DINKES, target).output == target


def test_sample_output_recalculates_to_the_stored_values(
    recalculated: dict[str, tuple[Path, Path]],
) -> None:
    assert_recalculates(recalculated["jember"], minimum=150)


def test_second_sample_recalculates(recalculated: dict[str, tuple[Path, Path]]) -> None:
    assert_recalculates(recalculated["dinkes"], minimum=100)


@recalc_case("stale")
def _stale(target: Path) -> None:
    """The sample's output with a wrong cached value planted in 3.1!G8."""
    import openpyxl

    out = target.with_name("stale-source.xlsx")
    convert(JEMBER, out)
    position = openpyxl.load_workbook(out, read_only=True).sheetnames.index("3.1")
    part = f"xl/worksheets/sheet{position + 1}.xml"  # xlsxwriter numbers sheets in order
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                text = data.decode()
                text = re.sub(r'(<c r="G8"[^>]*><f>[^<]*</f><v>)[^<]*', r"\g<1>123.45", text)
                data = text.encode()
            zout.writestr(item, data)


def test_a_stale_stored_value_is_caught(recalculated: dict[str, tuple[Path, Path]]) -> None:
    """The comparison is not an echo of the cache: plant a wrong cached value, and the
    recalculation must disagree with it."""
    _, bad = formula_mismatches(*recalculated["stale"])
    assert [(m.cell, m.stored, m.recalculated) for m in bad] == [("3.1!G8", 123.45, 389.8)]


@recalc_case("rules")
def _rules(target: Path) -> None:
    """Hundreds of random and edge cases of each rule, written as formulas with the values
    Python computed."""
    rng = random.Random(2023)
    g = Grid("rules")
    bands = [
        (lit(b.above) if b.above is not None else None, lit(b.code)) for b in SCALES["sakip"].bands
    ]
    cases: list[tuple[D, D, str]] = [
        (D("8"), D("7.7044"), "positif"),  # 96,305: a tie
        (D("200"), D("0.01"), "positif"),  # 0,005: a tie
        (D("37984500"), D("37428500"), "positif"),
        (D("89"), D("85.71"), "negatif"),
        (D("0"), D("0"), "negatif"),
        (D("0"), D("3"), "negatif"),
    ]
    for _ in range(300):
        t = D(rng.randint(1, 10**7)) / D(rng.choice((1, 10, 100, 1000)))
        r = D(rng.randint(0, 10**7)) / D(rng.choice((1, 10, 100, 1000)))
        cases.append((t, r, rng.choice(("positif", "negatif"))))
    for row, (t, r, pol) in enumerate(cases):
        tr, rr = g.number(row, 0, t), g.number(row, 1, r)
        pr = g.text(row, 2, pol)
        c = g.formula(row, 3, capaian(tr, rr, pr))
        s = g.formula(row, 4, score(c, lit(D(100))))
        g.formula(row, 5, predicate(s, bands))
        g.formula(row, 6, serapan(tr, rr))
    for row, v in enumerate(("90", "90.01", "30", "30.01", "80.004", "79.995"), start=len(cases)):
        g.formula(row, 5, predicate(g.number(row, 4, D(v)), bands))
    parameter = _forms(g, len(cases) + 10, rng)
    write_workbook([g, parameter], target, title="rules")


def _variant(label: str, rng: random.Random) -> str:
    """A label as staff type it: any case, stray spaces and dots (docs/aturan.md §1a)."""
    text = rng.choice((label, label.lower(), label.upper(), label.title()))
    if rng.random() < 0.3:
        text = ".".join(text) if len(text) <= 3 else text.replace(" ", "  ")
    return rng.choice(("", " ")) + text + rng.choice(("", " "))


def _forms(g: Grid, first: int, rng: random.Random) -> Grid:
    """Random bounds, ranges and grades (docs/aturan.md §1a) below the section 1 cases: bounds are
    section 1 with T = the bound; ranges the nearer-bound rule, both polarities, R inside,
    above and below; grades ranked by MATCH over the scales of a Parameter sheet, labels in
    any case and spacing, some on no scale, both capaian modes."""
    parameter, params = build_parameter(RuleSet(), 2023, "uji")
    row = first
    for _ in range(200):  # bounds: T and polarity from the bound
        t = D(rng.randint(1, 10**5)) / D(rng.choice((1, 10, 100)))
        r = D(rng.randint(0, 2 * 10**5)) / D(rng.choice((1, 10, 100)))
        pol = rng.choice(("positif", "negatif"))
        tr, rr, pr = g.number(row, 0, t), g.number(row, 1, r), g.text(row, 2, pol)
        g.formula(row, 3, capaian(tr, rr, pr))
        row += 1
    ranges = [
        (D(80), D(90), D(70), "positif"),  # 70 / 80 = 87,50
        (D(7), D(8), D("6.5"), "negatif"),  # (14 - 6,5) / 7 = 107,14
        (D(7), D(8), D(9), "negatif"),  # (16 - 9) / 8 = 87,50
        (D(80), D(90), D(92), "positif"),  # 92 / 90 = 102,22
    ]
    for _ in range(300):
        low = D(rng.randint(0, 10**4)) / D(rng.choice((1, 10, 100)))
        high = low + D(rng.randint(1, 10**4)) / D(rng.choice((1, 10, 100)))
        real = D(rng.randint(0, 3 * 10**4)) / D(rng.choice((1, 10, 100)))
        ranges.append((low, high, real, rng.choice(("positif", "negatif"))))
    for low, high, real, pol in ranges:
        lr, hr, rr = g.number(row, 0, low), g.number(row, 1, high), g.number(row, 2, real)
        g.formula(row, 4, capaian_range(lr, hr, rr, g.text(row, 3, pol)))
        row += 1
    for _ in range(300):
        scale = rng.choice(GRADE_SCALES)
        keys, ranks = params.grades.scales[scale.name]
        names = [n for entry in scale.labels for n in entry]
        t_label = _variant(rng.choice(names), rng)
        r_label = _variant(rng.choice(names), rng) if rng.random() < 0.9 else "tidak ada di skala"
        tr, rr = g.text(row, 0, t_label), g.text(row, 1, r_label)
        mode = g.text(row, 2, rng.choice(("peringkat", "tercapai")))
        rank_t = g.formula(row, 3, grade_rank(tr, keys, ranks))
        rank_r = g.formula(row, 4, grade_rank(rr, keys, ranks))
        g.formula(row, 5, capaian_grade(rank_t, rank_r, mode))
        row += 1
    return parameter


def test_python_and_spreadsheet_agree_on_every_rule(
    recalculated: dict[str, tuple[Path, Path]],
) -> None:
    """The rules' cases recalculated by LibreOffice: rounding half away from zero included,
    and random bounds, ranges and grades (docs/aturan.md §1a)."""
    assert assert_recalculates(recalculated["rules"], minimum=2400) >= 2400


JOINED = ("85.71", "85.70", "1000000", "-2.5", "0", "0.000123")


@recalc_case("join")
def _join(target: Path) -> None:
    g = Grid("join")
    for row, v in enumerate(JOINED):
        n = g.number(row, 0, D(v))
        g.formula(row, 1, join("Capaian ", n, " %"), "text")
        g.formula(row, 2, join(round2(n / lit(D(3))), "|", n / lit(D(3))), "text")
    write_workbook([g], target, title="join")


def test_spreadsheet_agrees_on_ampersand(recalculated: dict[str, tuple[Path, Path]]) -> None:
    """``&`` turns numbers into text as the General format prints them in the Indonesian
    locale, in Python as in a spreadsheet: whole numbers, decimals, a third (15 significant
    digits), a negative. (A logical value is left out: Excel joins TRUE, LibreOffice 1.)"""
    assert_recalculates(recalculated["join"], minimum=len(JOINED) * 2)


@recalc_case("inspektorat")
def _inspektorat(target: Path) -> None:
    from tests.test_targets import INSPEKTORAT

    assert convert(INSPEKTORAT, target).output == target


def test_mixed_forms_sample_recalculates(recalculated: dict[str, tuple[Path, Path]]) -> None:
    assert_recalculates(recalculated["inspektorat"], minimum=150)


@recalc_case("inspektorat-wtp")
def _inspektorat_wtp(target: Path) -> None:
    """An auditor types WTP over WDP in Tabel 3.1 of the Inspektorat's output."""
    import openpyxl

    from tests.test_targets import INSPEKTORAT

    out = target.with_name("inspektorat-source.xlsx")
    convert(INSPEKTORAT, out)
    wb = openpyxl.load_workbook(out)
    assert wb["3.1"]["F7"].value == "WDP"
    wb["3.1"]["F7"] = "wtp"  # as typed: the key ignores case
    wb.save(target)


def test_changing_a_grade_in_the_output_follows_after_recalculation(
    recalculated: dict[str, tuple[Path, Path]],
) -> None:
    """Rank, capaian, predicate and averages follow the typed grade (docs/aturan.md §1a), in a
    real spreadsheet engine."""
    import openpyxl

    v = openpyxl.load_workbook(recalculated["inspektorat-wtp"][1], data_only=True)
    assert (v["3.1"]["P7"].value, v["3.1"]["G7"].value) == (4, 100)  # WTP 4 / WTP 4
    assert v["3.5"]["L9"].value == "AA"  # the indicator's predicate: 100 > 90
    ring = v["Ringkasan"]
    # sasaran 1: (100 + min(120, 100)) / 2 = 100; overall (100 + 95,83 + 95) / 3 = 96,9433…
    assert (ring["C7"].value, ring["D7"].value) == (100, "AA")
    assert ring["C10"].value == 96.94
