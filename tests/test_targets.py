"""A workbook mixing numbers, bounds, ranges and grades (the bundled Inspektorat sample,
figures invented) converts, and every figure equals docs/aturan.md §1a worked out by hand."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lkip_xlsx.model import Options, Severity
from lkip_xlsx.pipeline import check, convert
from lkip_xlsx.rules import RuleSet
from tests.conftest import SAMPLES
from tests.helpers import formulas, values

INSPEKTORAT = SAMPLES / "contoh-inspektorat-2023.xlsx"

# Tabel 3.1, rows 7-17: (target as written, realisation as written, capaian), by hand
EXPECTED_31 = [
    ("WTP", "WDP", 75.0),  # opini: rank WDP 3 / rank WTP 4 = 0,75
    ("BB", "A", 120.0),  # nilai: A 6 / BB 5 = 1,2
    ("Level 3", "Level 3", 100.0),  # level: 3 / 3
    ("Level 3", "level 4", 133.33),  # level: 4 / 3 = 1,3333…
    ("80 – 90 %", 70, 87.5),  # range, below L: 70 / 80
    ("maks. 12", 9, 125.0),  # bound, negatif implied: (2*12 - 9) / 12 = 15/12
    ("7 - 8 hari", 6.5, 107.14),  # range negatif, below L: (14 - 6,5) / 7 = 1,071428…
    ("nihil", "0 kasus", 100.0),  # zero tolerance: T = 0, R = 0
    ("minimal 95%", 97.5, 102.63),  # bound positif: 97,5 / 95 = 1,026315…
    ("A", "B", 75.0),  # Satuan "mutu IKM" names the scale: B 3 / A 4 (not nilai 4/6)
    (75, "dalam proses", "tidak dapat dihitung"),  # fits no form: flagged, not computed
]


@pytest.fixture(scope="module")
def inspektorat(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("inspektorat") / "out.xlsx"
    result = convert(INSPEKTORAT, out)
    assert result.output == out
    return out


def test_every_indicator_as_written_with_its_capaian(inspektorat: Path) -> None:
    ws = values(inspektorat)["3.1"]
    got = [(ws[f"E{r}"].value, ws[f"F{r}"].value, ws[f"G{r}"].value) for r in range(7, 18)]
    assert got == EXPECTED_31


def test_sasaran_averages_and_predicates(inspektorat: Path) -> None:
    ws = values(inspektorat)["Ringkasan"]
    rows = [(ws[f"C{r}"].value, ws[f"D{r}"].value) for r in range(7, 11)]
    assert rows == [
        (87.5, "A"),  # (75 + min(120, 100)) / 2
        (95.83, "AA"),  # (100 + 100 + 87,5) / 3 = 95,8333…
        (95.0, "AA"),  # (100 + 100 + 100 + 100 + 75) / 5; "dalam proses" left out
        (92.78, "AA"),  # (87,5 + 95,83 + 95) / 3 = 92,7766…
    ]


def test_end_of_plan_targets_in_every_form(inspektorat: Path) -> None:
    ws = values(inspektorat)["3.3"]
    got = [(ws[f"D{r}"].value, ws[f"F{r}"].value) for r in range(7, 18)]
    assert got == [
        ("WTP", 75.0),  # WDP 3 / WTP 4
        ("A", 100.0),  # A reached
        ("Level 4", 75.0),  # Level 3 / Level 4
        ("Level 4", 100.0),
        ("90 - 95 %", 77.78),  # 70 / 90 = 0,7777…
        ("maks. 8", 87.5),  # (16 - 9) / 8
        ("6 - 7 hari", 100.0),  # 6,5 inside [6, 7]
        ("nihil", 100.0),
        ("minimal 98%", 99.49),  # 97,5 / 98 = 0,994897…
        ("A", 75.0),
        (100, "tidak dapat dihitung"),
    ]


def test_tables_print_targets_as_written(inspektorat: Path) -> None:
    v = values(inspektorat)
    pk = [v["PK"][f"D{r}"].value for r in range(6, 17)]
    assert pk[:2] == ["Wajar Tanpa Pengecualian", "BB"]
    assert pk[4:6] == ["80 – 90 %", "maks. 12"]
    t32 = v["3.2"]
    row = [c.value for c in t32[8]]
    assert row[1:6] == ["Opini BPK atas LKPD", "-", "WTP", "WTP", "WDP"]  # no Renstra 2022


def test_live_formulas_read_the_helpers_and_the_scales(inspektorat: Path) -> None:
    f = formulas(inspektorat)["3.1"]
    # the grade: ranks by MATCH over the scale in Parameter, capaian reads them and the mode
    assert "MATCH(" in f["O7"].value and "Parameter!" in f["O7"].value
    assert "UPPER(E7)" in f["O7"].value and "UPPER(F7)" in f["P7"].value
    assert f["G7"].value.startswith("=IF(AND(ISNUMBER(O7),ISNUMBER(P7)),IF(Parameter!$B$")
    # the bound and the range read T, L and U beside the table; alive: a blanked
    # realisation shows the status, a typed one computes
    assert f["G12"].value == (
        '=IF(AND(ISNUMBER(K12),ISNUMBER(F12)),IF(I12="negatif",IF(K12=0,IF(F12=0,100,0),'
        'ROUND((2*K12-F12)/K12*100,2)),IF(K12=0,"target nol",ROUND(F12/K12*100,2))),'
        '"data tidak tersedia")'
    )
    assert f["G11"].value.startswith("=IF(AND(ISNUMBER(K11),ISNUMBER(L11),ISNUMBER(F11)),")
    assert "IF(F11<K11," in f["G11"].value and "IF(F11>L11," in f["G11"].value
    # "0 kasus" as realisation: R = 0 in the helper column M
    assert "M14" in f["G14"].value
    # the uncomputable indicator says so, and is a formula too: a figure typed over
    # "dalam proses" computes
    v = values(inspektorat)["3.1"]
    assert v["G17"].value == "tidak dapat dihitung"
    assert f["G17"].value.startswith("=IF(AND(ISNUMBER(E17),ISNUMBER(F17)),")


def test_parameter_lists_every_scale_best_first(inspektorat: Path) -> None:
    ws = values(inspektorat)["Parameter"]
    rows = [tuple(c.value for c in r[:3]) for r in ws.iter_rows() if r[0].value == "opini"]
    assert rows[0] == ("opini", "WTP", 4)
    assert rows[-1] == ("opini", "Disclaimer", 1)
    scales = {r[0].value for r in ws.iter_rows() if r[0].value in ("nilai", "mutu", "level")}
    assert scales == {"nilai", "mutu", "level"}


def test_check_reports_how_each_target_was_read() -> None:
    result = check(INSPEKTORAT)
    notes = {(f.code, f.cell) for f in result.findings if f.severity is Severity.INFO}
    assert ("target_read_grade", "E4") in notes
    assert ("target_read_range", "E8") in notes
    assert ("target_read_upper", "E9") in notes
    assert ("target_read_lower", "E12") in notes
    assert ("target_read_zero", "E11") in notes
    flagged = [(f.code, f.cell, f.value) for f in result.findings if f.severity > Severity.INFO]
    assert flagged == [("realisasi_unreadable", "G14", "dalam proses")]
    upper = next(f for f in result.findings if f.code == "target_read_upper")
    from lkip_xlsx.messages import render

    assert render(upper, "id") == (
        "Capaian!E9: target 'maks. 12' dibaca sebagai batas atas 12, polaritas negatif."
    )


def test_tercapai_mode(tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    convert(INSPEKTORAT, out, Options(rules=RuleSet(grade_mode="tercapai")))
    ws = values(out)["3.1"]
    # met or exceeded -> 100, missed -> 0; bounds and ranges are unchanged
    assert [ws[f"G{r}"].value for r in range(7, 12)] == [0, 100, 100, 100, 87.5]
    assert values(out)["Parameter"]


def test_a_disagreeing_polarity_column_is_a_warning(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(INSPEKTORAT)
    wb["Capaian"]["D9"] = "positif"  # "maks. 12" implies negatif
    src = tmp_path / "in.xlsx"
    wb.save(src)
    out = tmp_path / "o.xlsx"
    result = convert(src, out)
    conflict = [f for f in result.findings if f.code == "polarity_conflict"]
    assert [(f.cell, f.param("implied"), f.param("stated")) for f in conflict] == [
        ("D9", "negatif", "positif")
    ]
    assert conflict[0].severity is Severity.WARNING
    assert values(out)["3.1"]["G12"].value == 75.0  # the column wins: 9 / 12


def test_declared_capaian_is_audited_for_these_indicators_too(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(INSPEKTORAT)
    ws = wb["Capaian"]
    ws["H3"] = "Capaian 2023"
    ws["H4"] = "100"  # WDP against WTP: the rule gives 75,00
    ws["H8"] = "87,50"  # the range: agrees
    src = tmp_path / "in.xlsx"
    wb.save(src)
    result = convert(src, tmp_path / "o.xlsx")
    declared = [f for f in result.findings if f.code == "declared_capaian"]
    assert [(f.cell, f.declared, f.computed) for f in declared] == [("H4", "100", "75,00")]


def test_pk_target_in_another_form_is_a_discrepancy(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(INSPEKTORAT)
    wb["PK"]["C9"] = "80 - 95 %"  # Realisasi says 80 – 90 %
    src = tmp_path / "in.xlsx"
    wb.save(src)
    result = convert(src, tmp_path / "o.xlsx")
    differs = [f for f in result.findings if f.code == "pk_target_differs"]
    assert [(f.declared, f.computed) for f in differs] == [("80 - 95 %", "80 – 90 %")]


def test_template_guide_explains_every_form(tmp_path: Path) -> None:
    from lkip_xlsx.template import write_template

    path = tmp_path / "t.xlsx"
    write_template(path)
    ws = openpyxl.load_workbook(path)["Petunjuk"]
    guide = {str(r[1].value): str(r[3].value) for r in ws.iter_rows(min_row=5) if r[1].value}
    assert "maks. 49" in guide["Target berupa batas"]
    assert "87,50" in guide["Target berupa rentang"] and "107,14" in guide["Target berupa rentang"]
    assert (
        "WTP" in guide["Target berupa peringkat"] and "120,00" in guide["Target berupa peringkat"]
    )
    assert "nol toleransi" in guide["Target 'nihil'"]


def test_lkip_check_shows_how_each_target_was_read() -> None:
    import json

    from typer.testing import CliRunner

    from lkip_xlsx.cli import app

    result = CliRunner().invoke(app, ["check", str(INSPEKTORAT), "--json"])
    assert result.exit_code == 1  # the realisation "dalam proses"
    rows = json.loads(result.stdout)[0]["findings"]
    read = {r["where"]: r["message"] for r in rows if r["code"].startswith("target_read")}
    assert read["Capaian!E9"] == (
        "Capaian!E9: target 'maks. 12' dibaca sebagai batas atas 12, polaritas negatif."
    )
    assert len(read) == 10  # one note per indicator whose target is not a plain number
