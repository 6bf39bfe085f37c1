"""The sentences of Bab III: live formulas on ``Narasi`` (``&`` and ``FIXED``), their stored
values, and the same text in the Word document.

The figures in the expected sentences are the golden figures worked out by hand (see
``test_sample.py`` and the arithmetic in the comments), not the tool's output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lkip_xlsx.model import Options
from lkip_xlsx.pipeline import convert
from tests.conftest import DINKES, JEMBER
from tests.helpers import formulas, values

# Jember (the seed): capaian 100 / 3.898 of 1.000 = 389,80 / 85,71 of 89 = 96,30; sasaran 1
# averages the capped scores (100 + 100) / 2 = 100,00, sasaran 2 96,30; overall
# (100 + 96,30) / 2 = 98,15 (AA). Budget: the 24 sub kegiatan add up to 15.308.539.115 and
# 13.359.116.248 (test_sample), 13.359.116.248 / 15.308.539.115 = 87,266 % -> 87,27.
# Programmes (sums of their sub kegiatan in the seed's Tabel 3.8):
#   Penunjang 37.428.500 + 2.684.594.463 + 390.552.985 + 14.512.000 + 414.044.357
#     + 128.375.745 = 3.669.508.050 of 4.593.403.815 (seed PK) -> 79,89
#   Pelatihan 6.477.257.300 + 16.060.700 = 6.493.318.000 of 7.311.991.300 -> 88,80
#   Penempatan 84.827.100 + 180.598.739 + 1.149.282.500 = 1.414.708.339 of 1.444.411.000
#     -> 97,94
#   Hubungan Industrial 373.917.400 + 1.407.664.459 = 1.781.581.859 of 1.958.733.000 -> 90,96
# 3.7: sasaran 1 = Pelatihan + Penempatan: 7.908.026.339 / 8.756.402.300 = 90,31;
#   100 / 90,31 = 1,107 -> 1,11. Sasaran 2: 96,30 / 90,96 = 1,0587 -> 1,06.
JEMBER_ID = {
    "Ringkasan": [
        "Pada tahun 2023, kinerja Dinas Tenaga Kerja Kabupaten Jember diukur melalui 2 sasaran "
        "strategis dengan 3 indikator kinerja. Dari 3 indikator yang capaiannya dapat diukur, "
        "3 indikator tergolong Sangat Memuaskan (AA). Rata-rata capaian kinerja seluruh sasaran "
        "sebesar 98,15% dengan predikat AA (Sangat Memuaskan). Pagu anggaran sebesar Rp "
        "15.308.539.115 terealisasi sebesar Rp 13.359.116.248 atau 87,27% dari pagu."
    ],
    "3.1": [
        "Sasaran 1 “Meningkatnya pencari kerja terlatih yang memiliki sertifikat kompetensi dan "
        "ditempatkan” diukur dengan 2 indikator: “Persentase pencaker terlatih dan pekerja "
        "produktif bersertifikat kompetensi” dengan capaian 100,00%; “Pencari kerja yang "
        "ditempatkan” dengan capaian 389,80%. Dengan capaian setiap indikator dihitung paling "
        "rendah 0 dan paling tinggi 100,00%, rata-rata capaian sasaran ini 100,00% dengan "
        "predikat AA (Sangat Memuaskan).",
        "Sasaran 2 “Meningkatnya perlindungan tenaga kerja” diukur dengan 1 indikator: "
        "“Presentase Penyelesaian Kasus Perselisihan Hubungan Industrial, Mogok Kerja, dan "
        "Penutupan Perusahaan” dengan capaian 96,30%. Dengan capaian setiap indikator dihitung "
        "paling rendah 0 dan paling tinggi 100,00%, rata-rata capaian sasaran ini 96,30% dengan "
        "predikat AA (Sangat Memuaskan).",
    ],
    "3.5": [
        "Sasaran 1: indikator 1.1 dengan skor 100,00 tergolong Sangat Memuaskan; indikator 1.2 "
        "dengan skor 100,00 tergolong Sangat Memuaskan; rata-rata capaian sasaran ini 100,00% "
        "sehingga tergolong Sangat Memuaskan (AA).",
        "Sasaran 2: indikator 2.1 dengan skor 96,30 tergolong Sangat Memuaskan; rata-rata "
        "capaian sasaran ini 96,30% sehingga tergolong Sangat Memuaskan (AA).",
        "Secara umum, rata-rata capaian seluruh sasaran sebesar 98,15% sehingga kinerja Dinas "
        "Tenaga Kerja Kabupaten Jember tahun 2023 tergolong Sangat Memuaskan (AA).",
    ],
    "3.7": [
        "Efisiensi penggunaan sumber daya dinilai dengan membandingkan capaian kinerja setiap "
        "sasaran dengan serapan anggaran program pendukungnya: indeks efisiensi = capaian ÷ "
        "serapan, efisien bila indeks paling sedikit 1,00.",
        "Sasaran 1 mencapai capaian kinerja 100,00% dengan serapan anggaran 90,31%; indeks "
        "efisiensinya 1,11, sehingga tergolong Efisien.",
        "Sasaran 2 mencapai capaian kinerja 96,30% dengan serapan anggaran 90,96%; indeks "
        "efisiensinya 1,06, sehingga tergolong Efisien.",
    ],
    "3.8": [
        "Realisasi anggaran Dinas Tenaga Kerja Kabupaten Jember tahun 2023 sebesar Rp "
        "13.359.116.248 dari total anggaran Rp 15.308.539.115, atau serapan 87,27%. Anggaran "
        "tersebut mendanai 4 program, 13 kegiatan dan 24 sub kegiatan.",
        "Per program: Program: Penunjang Urusan Pemerintah Daerah menyerap Rp 3.669.508.050 "
        "dari Rp 4.593.403.815 (79,89%); Program: Pelatihan Kerja dan Prokduktivitas Tenaga "
        "Kerja menyerap Rp 6.493.318.000 dari Rp 7.311.991.300 (88,80%); Program: Penempatan "
        "Tenaga Kerja menyerap Rp 1.414.708.339 dari Rp 1.444.411.000 (97,94%); Program: "
        "Hubungan Industrial menyerap Rp 1.781.581.859 dari Rp 1.958.733.000 (90,96%).",
    ],
}

# Dinkes (synthetic): capaian 93,57 / 117,33 / 77,00 / 93,05 / no data / 0,00 (test_sample).
# Sasaran 1: (93,57 + 100 + 77,00) / 3 = 90,19 (AA); sasaran 2 averages the indicators with
# data: (93,05 + 0) / 2 = 46,525 -> 46,53 (C); overall (90,19 + 46,53) / 2 = 68,36 (B).
# Budget leaves: 18.250.400.000 + 1.245.600.000 + 2.310.150.000 + 2.925.000.000
# + 4.100.000.000 + 850.000.000 = 29.681.150.000; realised 17.640.112.350 + 1.190.420.500
# + 2.101.987.700 + 2.705.902.000 + 3.501.000.000 + 812.450.000 = 27.951.872.550 -> 94,17.
# 3.7: sasaran 1 <- programme 2: 9.499.310.200 / 10.580.750.000 = 89,78, 90,19 / 89,78 = 1,0046
# -> 1,00 (efficient); sasaran 2 <- programme 3: 812.450.000 / 850.000.000 = 95,58,
# 46,53 / 95,58 = 0,487 -> 0,49 (not efficient).
DINKES_ID = {
    "Ringkasan": [
        "Pada tahun 2023, kinerja Dinas Kesehatan Kabupaten Contoh diukur melalui 2 sasaran "
        "strategis dengan 6 indikator kinerja. Dari 5 indikator yang capaiannya dapat diukur, "
        "3 indikator tergolong Sangat Memuaskan (AA), 1 indikator tergolong Sangat Baik (BB), "
        "1 indikator tergolong Sangat Kurang (D). Rata-rata capaian kinerja seluruh sasaran "
        "sebesar 68,36% dengan predikat B (Baik). Pagu anggaran sebesar Rp 29.681.150.000 "
        "terealisasi sebesar Rp 27.951.872.550 atau 94,17% dari pagu."
    ],
    "3.1": [
        "Sasaran 1 “Meningkatnya derajat kesehatan ibu dan anak” diukur dengan 3 indikator: "
        "“Angka Kematian Ibu” dengan capaian 93,57%; “Angka Kematian Bayi” dengan capaian "
        "117,33%; “Prevalensi balita stunting” dengan capaian 77,00%. Dengan capaian setiap "
        "indikator dihitung paling rendah 0 dan paling tinggi 100,00%, rata-rata capaian "
        "sasaran ini 90,19% dengan predikat AA (Sangat Memuaskan).",
        "Sasaran 2 “Meningkatnya akses dan mutu pelayanan kesehatan” diukur dengan 3 "
        "indikator: “Persentase desa UCI (Universal Child Immunization)” dengan capaian "
        "93,05%; “Cakupan kepesertaan JKN” belum memiliki capaian (data tidak tersedia); "
        "“Jumlah kematian akibat DBD” dengan capaian 0,00%. Dengan capaian setiap indikator "
        "dihitung paling rendah 0 dan paling tinggi 100,00%, rata-rata capaian sasaran ini "
        "46,53% dengan predikat C (Kurang).",
    ],
    "3.5": [
        "Sasaran 1: indikator 1.1 dengan skor 93,57 tergolong Sangat Memuaskan; indikator 1.2 "
        "dengan skor 100,00 tergolong Sangat Memuaskan; indikator 1.3 dengan skor 77,00 "
        "tergolong Sangat Baik; rata-rata capaian sasaran ini 90,19% sehingga tergolong Sangat "
        "Memuaskan (AA).",
        "Sasaran 2: indikator 2.1 dengan skor 93,05 tergolong Sangat Memuaskan; indikator 2.2 "
        "belum dapat dinilai (data tidak tersedia); indikator 2.3 dengan skor 0,00 tergolong "
        "Sangat Kurang; rata-rata capaian sasaran ini 46,53% sehingga tergolong Kurang (C).",
        "Secara umum, rata-rata capaian seluruh sasaran sebesar 68,36% sehingga kinerja Dinas "
        "Kesehatan Kabupaten Contoh tahun 2023 tergolong Baik (B).",
    ],
    "3.7": [
        "Efisiensi penggunaan sumber daya dinilai dengan membandingkan capaian kinerja setiap "
        "sasaran dengan serapan anggaran program pendukungnya: indeks efisiensi = capaian ÷ "
        "serapan, efisien bila indeks paling sedikit 1,00.",
        "Sasaran 1 mencapai capaian kinerja 90,19% dengan serapan anggaran 89,78%; indeks "
        "efisiensinya 1,00, sehingga tergolong Efisien.",
        "Sasaran 2 mencapai capaian kinerja 46,53% dengan serapan anggaran 95,58%; indeks "
        "efisiensinya 0,49, sehingga tergolong Tidak efisien.",
    ],
}


def _narasi(xlsx: Path) -> dict[str, list[str]]:
    """Sentences stored on Narasi, by the sheet they follow (helper column E)."""
    wb = values(xlsx)
    ws = wb["Narasi"]
    out: dict[str, list[str]] = {}
    for row in ws.iter_rows(min_row=1):
        anchor, sentence = row[4].value, row[2].value
        if isinstance(anchor, str) and isinstance(sentence, str) and anchor != "Lembar (bantu)":
            out.setdefault(anchor, []).append(sentence)
    return out


@pytest.fixture(scope="module")
def jember(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("narasi") / "jember.xlsx"
    result = convert(JEMBER, out, Options(docx=True))
    assert result.docx is not None
    return out, result.docx


def test_jember_sentences_in_full(jember: tuple[Path, Path]) -> None:
    assert _narasi(jember[0]) == JEMBER_ID


def test_dinkes_sentences_in_full(tmp_path: Path) -> None:
    out = tmp_path / "dinkes.xlsx"
    convert(DINKES, out)
    got = _narasi(out)
    for anchor, sentences in DINKES_ID.items():
        assert got[anchor] == sentences, anchor


def test_sentences_are_live_formulas_with_fixed_not_text(jember: tuple[Path, Path]) -> None:
    ws = formulas(jember[0])["Narasi"]
    cells = [str(row[2].value) for row in ws.iter_rows() if str(row[2].value or "").startswith("=")]
    assert len(cells) == sum(len(v) for v in JEMBER_ID.values())
    for formula in cells:
        assert "&" in formula and "TEXT(" not in formula
    summary = cells[0]
    # the figures come from their tables, not pasted in; the counts per predicate are
    # COUNTIF over the indicators' predicates, in helper cells of Narasi
    assert "FIXED('3.8'!" in summary and "FIXED('3.5'!" in summary
    counts = [str(c.value) for row in ws.iter_rows() for c in row if "COUNTIF(" in str(c.value)]
    assert len(counts) == 7  # one per category of the sakip scale


def test_word_paragraphs_are_the_stored_sentences(jember: tuple[Path, Path]) -> None:
    import docx

    paragraphs = [p.text for p in docx.Document(str(jember[1])).paragraphs]
    for sentences in JEMBER_ID.values():
        for sentence in sentences:
            assert sentence in paragraphs


def test_english_sentences(tmp_path: Path) -> None:
    from lkip_xlsx.choices import Lang

    out = tmp_path / "en.xlsx"
    convert(JEMBER, out, Options(lang=Lang.EN))
    got = _narasi(out)
    assert got["3.7"][2] == (
        "Objective 2 achieved 96,30% with a budget absorption of 90,96%; its efficiency index "
        "is 1,06: Efisien."
    )


_FIGURE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")


def american(sentence: str) -> str:
    """A sentence as FIXED prints it under an American locale: the separators swapped."""
    return _FIGURE.sub(lambda m: m.group(0).translate(str.maketrans(".,", ",.")), sentence)


@pytest.mark.libreoffice
@pytest.mark.parametrize("locale", ["id-ID", "en-US"])
def test_narasi_recalculates_in_libreoffice(
    libreoffice: str, jember: tuple[Path, Path], tmp_path: Path, locale: str
) -> None:
    from tests.recalc import recalculate

    fresh = _narasi(recalculate(jember[0], tmp_path, locale=locale))
    want = (
        JEMBER_ID
        if locale == "id-ID"
        else {k: [american(s) for s in v] for k, v in JEMBER_ID.items()}
    )
    assert fresh == want


@pytest.mark.libreoffice
def test_word_document_opens_in_libreoffice_writer(
    libreoffice: str, jember: tuple[Path, Path], tmp_path: Path
) -> None:
    import pdfplumber

    from lkip_xlsx.office import run_soffice

    pdf = run_soffice(jember[1], tmp_path / "pdf", "pdf", tmp_path)
    with pdfplumber.open(pdf) as doc:
        pages = len(doc.pages)
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    # Ringkasan, 3.1-3.8 and three appendices: at least one page each for the landscape ones
    assert 8 <= pages <= 25, pages
    flat = " ".join(text.split())
    for title in ("Tabel 3.1", "Tabel 3.5", "Tabel 3.8", "PERJANJIAN KINERJA"):
        assert title in flat
    for figure in ("15.308.539.115", "13.359.116.248", "87,27%", "389,80", "98,15%"):
        assert figure in flat


@pytest.mark.parametrize(
    ("args", "want"),
    [
        # as LibreOffice gives them under id-ID (checked by hand in a scratch workbook)
        ((15308539115, 0, 0), "15.308.539.115"),
        ((85.714, 2, 1), "85,71"),
        ((1234.5, 2, 1), "1234,50"),
        ((1234.5, 2, 0), "1.234,50"),
        ((-0.005, 2, 0), "-0,01"),  # half away from zero, as ROUND
        ((389.8, 2, 1), "389,80"),
    ],
)
def test_fixed_gives_the_indonesian_text(args: tuple[float, int, int], want: str) -> None:
    from decimal import Decimal

    from lkip_xlsx.functions import FUNCTIONS

    got = FUNCTIONS["FIXED"]([Decimal(repr(a)) for a in args])
    assert got == want


def test_countif_and_mid() -> None:
    from decimal import Decimal

    from lkip_xlsx.functions import FUNCTIONS

    # COUNTIF compares text case-insensitively, as Excel: AA and aa, not A
    assert FUNCTIONS["COUNTIF"]([("AA", "aa", "A", None), "AA"]) == Decimal(2)
    assert FUNCTIONS["MID"]([", a, b", Decimal(3), Decimal(32767)]) == "a, b"


@pytest.mark.parametrize(
    ("value", "fmt", "want"),
    [
        ("15308539115", "#,##0", "15.308.539.115"),
        ("85.71", "0.00", "85,71"),
        ("1000", '#,##0" Orang"', "1.000 Orang"),
        ("85.71", '#,##0.00"%"', "85,71%"),
        ("1234.5", "0.00", "1234,50"),
        ("389.8", "", "389,8"),
    ],
)
def test_format_cell_prints_a_number_format_the_indonesian_way(
    value: str, fmt: str, want: str
) -> None:
    from decimal import Decimal

    from lkip_xlsx.numbers import format_cell

    assert format_cell(Decimal(value), fmt) == want
