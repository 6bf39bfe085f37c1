"""Rows and cells staff add around the data (found by a review on staff-style workbooks):
an Identitas laid out ``Tahun | : | 2023`` or ``Tahun : 2023`` in one cell, and a
``Rata-rata`` row under the indicators. The sample's figures laid out so convert to the
sample's output, cell for cell, and each such row is a note with its cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lkip_xlsx.hints import lower_is_better
from lkip_xlsx.kinds import Kind
from lkip_xlsx.pipeline import convert
from lkip_xlsx.rules import Polarity, parse_polarity
from tests.conftest import JEMBER
from tests.helpers import same_workbook_values


def _staff_layout(path: Path) -> None:
    wb = openpyxl.load_workbook(JEMBER)
    ident = wb["Identitas"]
    ident.insert_cols(2)  # a column of colons between key and value
    for row in range(3, ident.max_row + 1):
        if ident.cell(row, 1).value:
            ident.cell(row, 2, ":")
    ident["A5"], ident["B5"], ident["C5"] = "Tahun : 2023", None, None  # one cell
    real = wb["Realisasi"]
    # the row under the last indicator: the staff's own average (the seed's 244,9 and 96,30
    # averaged by hand), with the Indikator cell blank
    real["B8"], real["J8"] = "Rata-rata capaian kinerja", "170,6%"
    wb.save(path)


def test_colon_column_one_cell_pairs_and_an_average_row(
    jember_output: Path, tmp_path: Path
) -> None:
    src, out = tmp_path / "staf.xlsx", tmp_path / "staf-out.xlsx"
    _staff_layout(src)
    result = convert(src, out)
    assert result.exit_code == 0, result.findings
    assert same_workbook_values(jember_output, out) == []
    summary = [f for f in result.findings if f.kind is Kind.SUMMARY_ROW]
    assert [(f.sheet, f.cell, f.value) for f in summary] == [
        ("Realisasi", "B8", "Rata-rata capaian kinerja")
    ]


def test_an_indicator_that_starts_with_rata_rata_is_kept(tmp_path: Path) -> None:
    """``Rata-rata lama sekolah`` is an indicator: it stands in the Indikator column."""
    wb = openpyxl.load_workbook(JEMBER)
    real = wb["Realisasi"]
    real["C6"] = "Rata-rata lama sekolah"
    src = tmp_path / "rls.xlsx"
    wb.save(src)
    result = convert(src, tmp_path / "rls-out.xlsx")
    # (the PK, Renstra and RKT still name the old indicator: warnings, an output all the same)
    assert result.exit_code == 1, result.findings
    assert not [f for f in result.findings if f.kind is Kind.SUMMARY_ROW]
    ws = openpyxl.load_workbook(tmp_path / "rls-out.xlsx", data_only=True)["3.1"]
    names = [c.value for c in ws["D"] if c.value]
    assert "Rata-rata lama sekolah" in names


@pytest.mark.parametrize(
    ("written", "polarity"),
    [
        ("(+)", Polarity.POSITIF),
        ("(-)", Polarity.NEGATIF),
        ("Positif (+)", Polarity.POSITIF),
        ("negatif(-)", Polarity.NEGATIF),
        ("↓", Polarity.NEGATIF),
        ("Semakin rendah semakin baik", Polarity.NEGATIF),
        ("makin tinggi makin baik", Polarity.POSITIF),
        ("+/-", None),  # both signs: not a polarity
        ("sedang", None),
    ],
)
def test_polarity_as_staff_write_it(written: str, polarity: Polarity | None) -> None:
    assert parse_polarity(written) is polarity


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Persentase panjang jalan kabupaten dalam kondisi rusak berat", "rusak"),
        ("Angka Kematian Ibu", "kematian"),
        ("Tingkat Pengangguran Terbuka", "pengangguran"),
        # handling, reducing or preventing the bad thing is better when higher
        ("Presentase Penyelesaian Kasus Perselisihan Hubungan Industrial", None),
        ("Persentase penurunan angka kemiskinan", None),
        ("Persentase korban bencana sosial yang tertangani", None),
        ("Pencari kerja yang ditempatkan", None),
    ],
)
def test_names_that_suggest_lower_is_better(name: str, word: str | None) -> None:
    assert lower_is_better(name) == word


def test_polarity_column_named_polarisasi_with_signs(jember_output: Path, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(JEMBER)
    real = wb["Realisasi"]
    real["E4"] = "Polarisasi"
    real["E5"], real["E6"], real["E7"] = "(+)", "Positif (+)", "+"
    src, out = tmp_path / "polarisasi.xlsx", tmp_path / "polarisasi-out.xlsx"
    wb.save(src)
    result = convert(src, out)
    assert result.exit_code == 0, result.findings
    assert same_workbook_values(jember_output, out) == []


def test_no_polarity_column_is_noted_and_a_suspect_name_warned(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(JEMBER)
    real = wb["Realisasi"]
    real.delete_cols(5)  # Polaritas
    # the third indicator named as a lower-is-better one would be: 85,71 realised of 89
    real["C7"] = "Persentase kasus kecelakaan kerja"
    src = tmp_path / "tanpa-polaritas.xlsx"
    wb.save(src)
    result = convert(src, tmp_path / "tanpa-polaritas-out.xlsx")
    kinds = [(f.kind, f.sheet, f.cell, f.params) for f in result.findings]
    assert (Kind.POLARITY_COLUMN_MISSING, "Realisasi", "", ()) in kinds
    warned = [f for f in result.findings if f.kind is Kind.POLARITY_ASSUMED]
    assert [(f.cell, f.value, f.params) for f in warned] == [
        ("C7", "Persentase kasus kecelakaan kerja", (("word", "kecelakaan"),))
    ]
    # still computed as positive, as the rule says for an unwritten polarity: 85,71 / 89
    ws = openpyxl.load_workbook(tmp_path / "tanpa-polaritas-out.xlsx", data_only=True)["3.1"]
    capaian = [
        r[6] for r in ws.iter_rows(values_only=True) if r[3] == "Persentase kasus kecelakaan kerja"
    ]
    assert capaian == [96.30]


def test_a_stray_figure_over_the_header_is_not_its_first_row(
    jember_output: Path, tmp_path: Path
) -> None:
    """A ``0`` typed in the blank row over the RKT's headings: the header is still the row of
    headings (it was read as a two-row header cut to the stray row's four cells, and the RKT
    sheet printed four of its fifteen columns)."""
    wb = openpyxl.load_workbook(JEMBER)
    wb["RKT"]["D2"] = 0
    src, out = tmp_path / "nol.xlsx", tmp_path / "nol-out.xlsx"
    wb.save(src)
    result = convert(src, out)
    assert result.exit_code == 0, result.findings
    assert same_workbook_values(jember_output, out) == []
