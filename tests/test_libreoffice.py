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
from lkip_xlsx.rules import SCALES, capaian, predicate, score, serapan
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
    write_workbook([g], target, title="rules")


def test_python_and_spreadsheet_agree_on_every_rule(
    recalculated: dict[str, tuple[Path, Path]],
) -> None:
    """The rules' cases recalculated by LibreOffice: rounding half away from zero included."""
    assert assert_recalculates(recalculated["rules"], minimum=1200) >= 1200


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
