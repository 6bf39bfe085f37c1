"""Sheets found by name and by content (issue 11): the names staff give need no mapping,
every choice is a note, two equal candidates and a missing sheet are errors that say what to
do."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkip_xlsx.messages import render
from lkip_xlsx.model import Severity
from lkip_xlsx.pipeline import check
from lkip_xlsx.reader import read_workbook
from tests.data.layouts import PERFORMANCE, Sheet, Value, workbook

M = 1_000_000
BUDGET: list[list[Value]] = [
    ["Level", "Uraian", "Anggaran", "Realisasi"],
    ["Program", "Penempatan Tenaga Kerja", None, None],
    ["Kegiatan", "Pelayanan Antar Kerja", None, None],
    ["Sub Kegiatan", "Job Fair", 240 * M, 200 * M],
]
RKT: list[list[Value]] = [
    ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan"],
    [PERFORMANCE[1][1], "Penempatan Tenaga Kerja", "Pelayanan Antar Kerja", "Job Fair"],
]
PK: list[list[Value]] = [
    ["Sasaran Strategis", "Indikator Kinerja", "Target"],
    *[r[1:3] + r[5:6] for r in PERFORMANCE[1:]],  # sasaran, indikator, target
]


def _chosen(path: Path) -> dict[str, str]:
    raw = read_workbook(path)
    return {f.sheet: f.param("table") for f in raw.findings if f.code == "sheet_chosen"}


@pytest.mark.parametrize(
    ("performance", "budget", "others"),
    [
        ("Capaian Kinerja", "Realisasi Belanja", {}),
        ("Capaian Kinerja 2016", "Tabel 3.8", {"PK 2016": "PK"}),
        ("Tabel 3.1", "Anggaran", {"RKT 2023": "RKT"}),
        ("Realisasi TW IV", "Belanja", {"Lampiran 3 PK": "PK", "Lamp. 2 RKT": "RKT"}),
    ],
)
def test_the_names_staff_give_need_no_mapping(
    performance: str, budget: str, others: dict[str, str], tmp_path: Path
) -> None:
    extra = [Sheet(name, RKT if table == "RKT" else PK) for name, table in others.items()]
    path = workbook(tmp_path / "x.xlsx", [Sheet(budget, BUDGET), *extra], performance)
    expected = {performance: "Realisasi", **others}
    if budget != "Anggaran":
        expected[budget] = "Anggaran"
    assert _chosen(path) == expected
    raw = read_workbook(path)
    assert sorted(raw.tables) == sorted(
        ["realisasi", "anggaran", *(t.lower() for t in others.values())]
    )
    assert raw.unknown_sheets == []
    assert [f for f in raw.findings if f.severity > Severity.INFO] == []


def test_a_sheet_found_by_its_header_whatever_its_name(tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", [Sheet("Sheet2", BUDGET)], "Sheet1")
    assert _chosen(path) == {"Sheet1": "Realisasi", "Sheet2": "Anggaran"}
    result = check(path)
    notes = [render(f) for f in result.findings if f.code == "sheet_chosen"]
    assert notes == [
        "Lembar 'Sheet1' dibaca sebagai Realisasi.",
        "Lembar 'Sheet2' dibaca sebagai Anggaran.",
    ]
    assert not [f for f in result.findings if f.severity is Severity.ERROR]


def test_two_equal_candidates_are_an_error_naming_both(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "x.xlsx",
        [Sheet("Anggaran", BUDGET), Sheet("Capaian Kinerja 2023", PERFORMANCE)],
        "Capaian Kinerja 2022",
    )
    errors = [f for f in check(path).findings if f.severity is Severity.ERROR]
    assert [f.code for f in errors] == ["sheet_ambiguous"]
    assert render(errors[0]) == (
        "Lembar 'Capaian Kinerja 2022', 'Capaian Kinerja 2023' sama-sama cocok sebagai "
        "'Realisasi'. Hapus atau ganti nama salah satunya, atau tentukan pilihannya dengan "
        "--mapping."
    )


def test_a_missing_sheet_lists_what_each_sheet_looked_like(tmp_path: Path) -> None:
    odd: list[list[Value]] = [["Nama Program", "Pagu Induk", "Belanja"], ["Penempatan", 1, 1]]
    path = workbook(tmp_path / "x.xlsx", [Sheet("Rekap", odd)])
    errors = [f for f in check(path).findings if f.severity is Severity.ERROR]
    assert [f.code for f in errors] == ["sheet_missing"]
    message = render(errors[0])
    assert "'Identitas' (A1: Instansi, Dinas Tenaga Kerja)" in message
    assert "'Rekap' (A1: Nama Program, Pagu Induk, Belanja)" in message
    assert "--mapping" in message and "lkip template" in message


def test_lkip_check_says_which_sheet_was_read_as_what(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from lkip_xlsx.cli import app

    path = workbook(tmp_path / "x.xlsx", [Sheet("Realisasi Belanja", BUDGET)], "Capaian Kinerja")
    result = CliRunner().invoke(app, ["check", str(path), "--json"])

    notes = [f["message"] for f in json.loads(result.stdout)[0]["findings"]]
    assert "Lembar 'Capaian Kinerja' dibaca sebagai Realisasi." in notes
    assert "Lembar 'Realisasi Belanja' dibaca sebagai Anggaran." in notes


def test_a_sheet_named_for_a_table_is_never_passed_over_for_a_lookalike(tmp_path: Path) -> None:
    # the sheet named 'Anggaran' has a header the reader does not know; a leftover of last
    # year looks like a budget: it must not be read in its place (a silent wrong figure)
    odd: list[list[Value]] = [
        ["REALISASI ANGGARAN 2023"],
        [None],
        ["Nama Program", "Pagu Induk", "Belanja Riil"],
        ["Penempatan Tenaga Kerja", 240 * M, 200 * M],
    ]
    old: list[list[Value]] = [["Uraian", "Anggaran", "Realisasi"], ["Program 2022", 4, 3]]
    path = workbook(tmp_path / "x.xlsx", [Sheet("Anggaran", odd), Sheet("Rekap lama", old)])
    result = check(path)
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    assert [(f.code, f.sheet) for f in errors] == [("header_not_found", "Anggaran")]
    assert render(errors[0]) == (
        "Baris judul kolom lembar 'Anggaran' tidak ditemukan dalam 30 baris pertama. Kolom "
        "yang diharapkan: Uraian, Anggaran, Realisasi; judul yang ada: A3 'Nama Program', "
        "B3 'Pagu Induk', C3 'Belanja Riil'. Beri kolom itu judul yang diterima (lihat 'lkip "
        "template'), atau petakan judul Anda dengan --mapping."
    )
    assert "Rekap lama" not in _chosen(path)


@pytest.mark.parametrize(
    "heading", ["Pagu (Rp)", "Pagu (Rp.)", "Pagu Anggaran (Rp)", "Anggaran (Rp)", "PAGU"]
)
def test_money_headings_with_their_unit(heading: str, tmp_path: Path) -> None:
    budget: list[list[Value]] = [["Level", "Uraian", heading, "Realisasi (Rp)"], *BUDGET[1:]]
    path = workbook(tmp_path / "x.xlsx", [Sheet("Anggaran", budget)])
    raw = read_workbook(path)
    assert raw.tables["anggaran"].columns["anggaran"] == 3
    assert [f for f in raw.findings if f.severity > Severity.INFO] == []


def test_an_optional_table_taken_on_its_header_alone_is_a_warning(tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", [Sheet("Anggaran", BUDGET), Sheet("Sheet3", PK)])
    raw = read_workbook(path)
    assert raw.tables["pk"].title == "Sheet3"
    guessed = [f for f in raw.findings if f.code == "sheet_guessed"]
    assert [f.severity for f in guessed] == [Severity.WARNING]
    assert render(guessed[0]) == (
        "Lembar 'Sheet3' dibaca sebagai PK hanya karena judul kolomnya mirip: namanya tidak "
        "menyebut PK, jadi ini tebakan. Bila memang PK, beri lembar itu nama 'PK'; bila bukan, "
        "ganti namanya (misalnya 'Rekap lama') atau tentukan lembar PK dengan --mapping."
    )
    assert "sheet_chosen" not in {f.code for f in raw.findings if f.sheet == "Sheet3"}


@pytest.mark.parametrize(
    ("name", "titles", "rows"),
    [
        ("Rekap lama", [], PK),  # its name says old
        ("Sheet4", ["REKAP CAPAIAN 2022 (jangan dipakai)"], PK),  # its title says so
        ("Sheet3", [], PK[:1]),  # a header and no data row
    ],
)
def test_a_lookalike_that_is_old_or_empty_is_not_taken(
    name: str, titles: list[str], rows: list[list[Value]], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "x.xlsx", [Sheet("Anggaran", BUDGET), Sheet(name, rows, titles=titles)]
    )
    raw = read_workbook(path)
    assert "pk" not in raw.tables
    assert raw.unknown_sheets == [name]
    assert [f for f in raw.findings if f.severity > Severity.INFO] == []


def test_a_budget_with_only_quarterly_realisation_says_so(tmp_path: Path) -> None:
    quarters: list[list[Value]] = [
        [
            *["Uraian", "Anggaran", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III"],
            "Realisasi TW IV",
        ],
        ["Sub Kegiatan: Job Fair", 240 * M, 50 * M, 50 * M, 50 * M, 50 * M],
    ]
    path = workbook(tmp_path / "x.xlsx", [Sheet("Anggaran", quarters)])
    errors = [f for f in check(path).findings if f.severity is Severity.ERROR]
    assert [f.code for f in errors] == ["header_quarters_only"]
    assert render(errors[0], "en") == (
        "Sheet 'Anggaran' holds only the realisation by quarter (C1 'Realisasi TW I', D1 "
        "'Realisasi TW II', E1 'Realisasi TW III', F1 'Realisasi TW IV'), with no column for "
        "the year's realisation. Add a 'Realisasi' column with the year's realisation, head "
        "the cumulative column 'Realisasi s.d. TW IV', or map your headings with --mapping."
    )


PLAIN: list[list[Value]] = [
    ["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi"],
    *[list(r) for r in PERFORMANCE[1:]],
]
GROUPED: list[list[Value]] = [
    ["No", "Sasaran", "Indikator", "Satuan", "Tahun 2023", None],
    [None, None, None, None, "Target", "Realisasi"],
    *[list(r) for r in PERFORMANCE[1:]],
]


@pytest.mark.parametrize(
    ("sheet", "note"),
    [
        (
            Sheet("Realisasi", PLAIN, titles=["PENGUKURAN KINERJA TAHUN 2023"]),
            "Realisasi!A1: tahun laporan 2023 dibaca dari 'PENGUKURAN KINERJA TAHUN 2023' "
            "(lembar Identitas tidak menyebut tahun). Bila salah, isi 'Tahun' di lembar "
            "Identitas atau jalankan dengan --tahun.",
        ),
        (
            Sheet("Realisasi", GROUPED, merges=["E1:F1", *(f"{c}1:{c}2" for c in "ABCD")]),
            "Realisasi!E1: tahun laporan 2023 dibaca dari 'Tahun 2023' (lembar Identitas "
            "tidak menyebut tahun). Bila salah, isi 'Tahun' di lembar Identitas atau jalankan "
            "dengan --tahun.",
        ),
    ],
)
def test_the_year_from_a_title_or_a_year_heading(sheet: Sheet, note: str, tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", [sheet, Sheet("Anggaran", BUDGET)], None, identity=False)
    result = check(path)
    assert [render(f) for f in result.findings if f.code == "year_from_title"] == [note]
    assert [f.code for f in result.findings if f.severity is Severity.ERROR] == []


def test_two_years_in_titles_still_ask_for_the_year(tmp_path: Path) -> None:
    sheets = [
        Sheet("Realisasi", PLAIN, titles=["PENGUKURAN KINERJA TAHUN 2023"]),
        Sheet("Anggaran", BUDGET, titles=["REALISASI ANGGARAN TAHUN 2022"]),
    ]
    result = check(workbook(tmp_path / "x.xlsx", sheets, None, identity=False))
    assert [f.code for f in result.findings if f.severity is Severity.ERROR] == ["year_unknown"]
    assert not [f for f in result.findings if f.code == "year_from_title"]


def test_a_sheet_named_for_a_table_that_chose_another_may_hold_another(tmp_path: Path) -> None:
    # 'Realisasi TW IV' names Realisasi, but 'Capaian Kinerja' is the performance sheet: the
    # budget kept in 'Realisasi TW IV' is found by its header
    path = workbook(tmp_path / "x.xlsx", [Sheet("Realisasi TW IV", BUDGET)], "Capaian Kinerja")
    assert _chosen(path) == {"Capaian Kinerja": "Realisasi", "Realisasi TW IV": "Anggaran"}
    raw = read_workbook(path)
    assert raw.tables["anggaran"].title == "Realisasi TW IV"
    assert [f for f in raw.findings if f.severity > Severity.INFO] == []
