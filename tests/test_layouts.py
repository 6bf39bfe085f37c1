"""Budget layouts as real agencies keep them (issue 11): each is read right, or refused loudly,
and every interpretation is a note. Expected figures are worked out by hand in each case;
``LEAVES`` lists, independently of the reader, the rows that carry the money, and their sum
must be 3.8's total (no rupiah lost or counted twice)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from lkip_xlsx.messages import render
from lkip_xlsx.model import READING_NOTES, Level, Result, Severity
from lkip_xlsx.pipeline import convert
from lkip_xlsx.sumrows import is_sum_name, sum_level
from tests.data.layouts import (
    JUMLAH_IN_NAMES,
    JUMLAH_KEGIATAN_DIFFERS,
    JUMLAH_PROGRAM,
    SIPD_JUMLAH_BELANJA,
    SUB_TOTAL_GENERIC,
    F,
    Sheet,
    workbook,
)

M = 1_000_000  # figures below are in millions of rupiah, for legibility


def _notes(result: Result) -> list[tuple[str, str]]:
    """Every reading note and every finding above info, but the sasaran-support warnings
    (these layouts link no budget to sasaran; the support cases test them)."""
    return sorted(
        (f.code, f.where)
        for f in result.findings
        if (f.code in READING_NOTES or f.severity > Severity.INFO)
        and f.code not in ("no_support", "no_support_source")
    )


def _total(out: Path) -> tuple[Decimal, Decimal]:
    ws = openpyxl.load_workbook(out, data_only=True)["3.8"]
    for row in ws.iter_rows(values_only=True):
        if row[0] == "Total":
            return Decimal(str(row[2])), Decimal(str(row[3]))
    raise AssertionError("3.8 has no Total row")


def _tree(out: Path) -> list[tuple[str, Decimal, Decimal]]:
    """3.8's lines as printed: (label, anggaran, realisasi)."""
    ws = openpyxl.load_workbook(out, data_only=True)["3.8"]
    lines = []
    for row in ws.iter_rows(min_row=6, values_only=True):
        if row[0] == "Total":
            break
        if str(row[1] or "").startswith(("Program:", "Kegiatan:", "Sub Kegiatan:")):
            lines.append((str(row[1]), Decimal(str(row[2])), Decimal(str(row[3]))))
    return lines


# -- the cases ---------------------------------------------------------------------------------
# Each: the budget sheet, the leaf amounts (anggaran, realisasi) as the input holds them, the
# expected lines of 3.8, and the notes.

LABEL_NO_AMOUNT = Sheet(
    "Anggaran",
    [
        ["No", "Uraian", "Anggaran", "Realisasi"],
        ["I", "Program: Penempatan Tenaga Kerja", None, None],  # row 5
        ["1", "Kegiatan :", None, None],  # row 6: a label
        [None, "Pelayanan Antar Kerja di Daerah", None, None],  # row 7: its name, no amounts
        [None, "Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 8
        [None, "Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 9
        [None, "Jumlah", 570 * M, 500 * M],  # row 10
    ],
    titles=["REALISASI ANGGARAN 2023", "DINAS TENAGA KERJA"],
)

LABEL_WITH_AMOUNT = Sheet(
    "Anggaran",
    [
        ["No", "Uraian", "Anggaran", "Realisasi"],
        ["I", "Program: Penempatan Tenaga Kerja", None, None],  # row 5
        ["1", "Kegiatan :", None, None],  # row 6
        [None, "Pelayanan Antar Kerja di Daerah", 570 * M, 500 * M],  # row 7: name + amounts
        [None, "Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 8
        [None, "Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 9
        [None, "Jumlah", 570 * M, 500 * M],  # row 10
    ],
    titles=["REALISASI ANGGARAN 2023", "DINAS TENAGA KERJA"],
)

# SIPD export: urusan and bidang headings, account rows under each sub kegiatan
SIPD = Sheet(
    "Anggaran",
    [
        ["Kode", "Uraian", "Pagu", "Realisasi"],
        [
            "2",
            "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
            150 * M,
            135 * M,
        ],  # noqa: E501
        ["2.07", "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA", 150 * M, 135 * M],  # row 6
        ["2.07.03", "PROGRAM PENEMPATAN TENAGA KERJA", 150 * M, 135 * M],  # row 7
        ["2.07.03.2.01", "Pelayanan Antarkerja di Daerah Kabupaten/Kota", 150 * M, 135 * M],  # 8
        ["2.07.03.2.01.0001", "Perluasan Kesempatan Kerja", 100 * M, 90 * M],  # row 9
        ["5", "BELANJA DAERAH", 100 * M, 90 * M],  # row 10
        ["5.1", "BELANJA OPERASI", 100 * M, 90 * M],  # row 11
        ["5.1.02", "Belanja Barang dan Jasa", 100 * M, 90 * M],  # row 12
        ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-ATK", 40 * M, 35 * M],
        ["5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Cetak", 60 * M, 55 * M],
        ["2.07.03.2.01.0002", "Job Fair/Bursa Kerja", 50 * M, 45 * M],  # row 15
        ["5", "BELANJA DAERAH", 50 * M, 45 * M],  # row 16
        ["5.1", "BELANJA OPERASI", 50 * M, 45 * M],  # row 17
        ["5.1.02", "Belanja Barang dan Jasa", 50 * M, 45 * M],  # row 18
        ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 50 * M, 45 * M],  # row 19
    ],
    titles=["LAPORAN REALISASI ANGGARAN", "TAHUN ANGGARAN 2023"],
)

# the sub kegiatan declares 120 where its accounts give 40 + 60 = 100: the accounts win
SIPD_DIFFERS = Sheet(
    "Anggaran",
    [
        ["Kode", "Uraian", "Pagu", "Realisasi"],
        ["2.07.03", "PROGRAM PENEMPATAN TENAGA KERJA", None, None],  # row 5
        ["2.07.03.2.01", "Pelayanan Antarkerja di Daerah Kabupaten/Kota", None, None],  # row 6
        ["2.07.03.2.01.0001", "Perluasan Kesempatan Kerja", 120 * M, 90 * M],  # row 7
        ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-ATK", 40 * M, 35 * M],
        ["5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Cetak", 60 * M, 55 * M],
    ],
    titles=["LAPORAN REALISASI ANGGARAN", "TAHUN ANGGARAN 2023"],
)

# codes at the start of the names, urusan and bidang written as names too
CODE_IN_NAME = Sheet(
    "Belanja",
    [
        ["No", "Program / Kegiatan / Sub Kegiatan", "Pagu Anggaran", "Realisasi Anggaran"],
        [None, "2 URUSAN PEMERINTAHAN WAJIB NON PELAYANAN DASAR", None, None],  # row 5
        [None, "2.07 URUSAN PEMERINTAHAN BIDANG TENAGA KERJA", None, None],  # row 6
        [None, "2.07.02 Program Pelatihan Kerja dan Produktivitas", None, None],  # row 7
        [None, "2.07.02.2.01 Pelaksanaan Pelatihan berdasarkan Unit Kompetensi", None, None],
        [None, "2.07.02.2.01.0001 Proses Pelaksanaan Pelatihan", 72 * M, 64 * M],  # row 9
        [None, "2.07.02.2.01.0002 Pengukuran Produktivitas", 28 * M, 26 * M],  # row 10
        [None, "2.07.02.2.02 Pembinaan Lembaga Pelatihan Kerja Swasta", 21 * M, 16 * M],  # 11
        [None, "Jumlah", 121 * M, 106 * M],  # row 12
    ],
    titles=["REALISASI ANGGARAN", "TAHUN 2023"],
)

# the code split over named columns under a merged "Kode" heading (two header rows)
SPLIT_NAMED = Sheet(
    "Anggaran",
    [
        ["Kode", None, None, None, None, "Uraian", "Anggaran", "Realisasi"],  # row 4
        ["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", None, None, None],  # row 5
        ["2", None, None, None, None, "Urusan Wajib Non Pelayanan Dasar", None, None],  # row 6
        ["2", "07", None, None, None, "Tenaga Kerja", None, None],  # row 7
        ["2", "07", "04", None, None, "Program Hubungan Industrial", None, None],  # row 8
        ["2", "07", "04", "2.01", None, "Pencegahan Perselisihan", None, None],  # row 9
        ["2", "07", "04", "2.01", "0001", "Verifikasi Keanggotaan", 60 * M, 50 * M],  # row 10
        ["2", "07", "04", "2.01", "0002", "Penyelesaian Perselisihan", 40 * M, 30 * M],  # 11
    ],
    titles=["REALISASI ANGGARAN", "TAHUN 2023"],
    merges=["A4:E4", "F4:F5", "G4:G5", "H4:H5"],
)

# the same with "Kode" merged over five unnamed columns, one segment each
SPLIT_UNNAMED = Sheet(
    "Anggaran",
    [
        ["Kode", None, None, None, None, None, "Uraian", "Anggaran", "Realisasi"],  # row 4
        ["2", "07", "04", None, None, None, "Program Hubungan Industrial", None, None],  # 5
        ["2", "07", "04", "2", "01", None, "Pencegahan Perselisihan", None, None],  # row 6
        ["2", "07", "04", "2", "01", "0001", "Verifikasi Keanggotaan", 60 * M, 50 * M],  # 7
        ["2", "07", "04", "2", "01", "0002", "Penyelesaian Perselisihan", 40 * M, 30 * M],  # 8
    ],
    titles=["REALISASI ANGGARAN", "TAHUN 2023"],
    merges=["A4:F4"],
)

# "Kode" merged over U | B | P | K | SK in a two-row header; Uraian and the money headings
# merged down over both rows (row 5 repeats them: it is header, not a line called 'Uraian')
SPLIT_ABBREVIATED = Sheet(
    "Anggaran",
    [
        ["Kode", None, None, None, None, "Uraian", "Pagu (Rp)", "Realisasi (Rp.)"],  # row 4
        ["U", "B", "P", "K", "SK", None, None, None],  # row 5
        *SPLIT_NAMED.rows[2:],  # rows 6-11
    ],
    titles=["REALISASI ANGGARAN", "TAHUN 2023"],
    merges=["A4:E4", "F4:F5", "G4:G5", "H4:H5"],
)

# the segments named in a one-row header, money headed "Pagu Anggaran (Rp)"
SPLIT_ONE_ROW = Sheet(
    "Anggaran",
    [
        [
            *["Urusan", "Bidang", "Program", "Kegiatan", "Sub Kegiatan", "Uraian"],
            *["Pagu Anggaran (Rp)", "Realisasi (Rp)"],
        ],  # row 4
        *SPLIT_NAMED.rows[2:],  # rows 5-10
    ],
    titles=["REALISASI ANGGARAN", "TAHUN 2023"],
)

# quarterly realisation beside the cumulative "Realisasi s.d. TW IV" (the year's); codes at
# the start of the names
QUARTERS_CUMULATIVE = Sheet(
    "Anggaran TW IV",
    [
        [
            *["Uraian", "Anggaran", "Realisasi TW I", "Realisasi TW II", "Realisasi TW III"],
            *["Realisasi TW IV", "Realisasi s.d. TW IV", "%"],
        ],  # row 4
        ["2.07.04 Program Hubungan Industrial", None, None, None, None, None, None, None],
        ["2.07.04.2.01 Pencegahan Perselisihan", None, None, None, None, None, None, None],
        [
            "2.07.04.2.01.0001 Verifikasi Keanggotaan",
            *(60 * M, 10 * M, 10 * M, 10 * M, 20 * M, 50 * M, 83.33),
        ],  # row 7
        [
            "2.07.04.2.01.0002 Penyelesaian Perselisihan",
            *(40 * M, 5 * M, 5 * M, 10 * M, 10 * M, 30 * M, 75),
        ],  # row 8
    ],
    titles=["REALISASI ANGGARAN TRIWULAN IV", "TAHUN 2023"],
)

# a label, its name repeated with its own prefix (no amounts), then the sub kegiatan's label
# and name; agency and urusan headings above the first programme
PREFIXED_NAME = Sheet(
    "Anggaran",
    [
        ["No", "Uraian", "Anggaran", "Realisasi"],
        [None, "Perangkat Daerah : Dinas Tenaga Kerja", None, None],  # row 5
        [None, "Urusan Pemerintahan Bidang Tenaga Kerja", None, None],  # row 6
        ["I", "Program: Penempatan Tenaga Kerja", None, None],  # row 7
        ["1", "Kegiatan :", None, None],  # row 8
        [None, "Kegiatan: Pelayanan Antar Kerja", None, None],  # row 9
        [None, "Sub Kegiatan :", None, None],  # row 10
        [None, "Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 11
        [None, "Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 12
    ],
    titles=["REALISASI ANGGARAN 2023", "DINAS TENAGA KERJA"],
)

# a budget monitoring sheet: a three-row header (group heading › sub heading › unit), a
# numbering row with a formula-style number, a closing Jumlah row and a signature block
MONITORING = Sheet(
    "Monitoring TW IV",
    [
        [
            "No",
            "Kode",
            "Program / Kegiatan / Sub Kegiatan",
            "Pagu Anggaran (Rp.)",
            "Realisasi",
            None,
            None,
            "Sisa Anggaran (Rp.)",
            "Keterangan",
        ],  # row 4
        [None, None, None, None, "Keuangan", None, "Fisik", None, None],  # row 5
        [None, None, None, None, "Rp.", "%", "%", None, None],  # row 6
        [1, 2, 3, 4, 5, 6, 7, "8 = 4 - 5", 9],  # row 7: numbering
        ["I", "2.07.02", "Program Pelatihan Kerja dan Produktivitas", 500 * M, 450 * M, 90, 100],
        ["1", "2.07.02.2.01", "Pelaksanaan Pelatihan", 500 * M, 450 * M, 90, 100],  # row 9
        [None, "2.07.02.2.01.0001", "Proses Pelaksanaan Pelatihan", 300 * M, 280 * M, 93.33, 100],
        [None, "2.07.02.2.01.0002", "Pengukuran Produktivitas", 200 * M, 170 * M, 85, 100],
        ["II", "2.07.04", "Program Hubungan Industrial", 120 * M, 96 * M, 80, 100],  # row 12
        ["1", "2.07.04.2.01", "Pengembangan Hubungan Industrial", 120 * M, 96 * M, 80, 100],
        [None, "2.07.04.2.01.0003", "Pencegahan Perselisihan", 120 * M, 96 * M, 80, 100],  # 14
        [None, None, "Jumlah", 620 * M, 546 * M, 88.06, None],  # row 15
        [],
        [None, None, None, None, None, None, "Jember, 15 Januari 2024"],  # row 17, merged
        [None, None, None, None, None, None, "KEPALA DINAS TENAGA KERJA"],  # merged
        [None, None, None, None, None, None, "NIP. 19700101 199003 1 001"],
    ],
    titles=["LAPORAN MONITORING REALISASI FISIK DAN KEUANGAN", "TRIWULAN IV TAHUN 2023"],
    merges=[
        *("A4:A6", "B4:B6", "C4:C6", "D4:D6", "E4:G4", "E5:F5", "G5:G6", "H4:H6", "I4:I6"),
        *("G17:I17", "G18:I18"),
    ],
)

HUBIN = [
    ("Program: Hubungan Industrial", 100 * M, 80 * M),
    ("Kegiatan: Pencegahan Perselisihan", 100 * M, 80 * M),
    ("Sub Kegiatan: Verifikasi Keanggotaan", 60 * M, 50 * M),
    ("Sub Kegiatan: Penyelesaian Perselisihan", 40 * M, 30 * M),
]

CASES: dict[
    str,
    tuple[Sheet, list[tuple[int, int]], list[tuple[str, int, int]], list[tuple[str, str]]],
] = {  # noqa: E501
    # the case: the name row must not swallow the first sub kegiatan
    # hand: 330 + 240 = 570 (not 240); 300 + 200 = 500
    "label-row-without-amounts": (
        LABEL_NO_AMOUNT,
        [(330, 300), (240, 200)],
        [
            ("Program: Penempatan Tenaga Kerja", 570 * M, 500 * M),
            ("Kegiatan: Pelayanan Antar Kerja di Daerah", 570 * M, 500 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
        ],
        [("label_line", "Anggaran!B6"), ("sum_row_total", "Anggaran!B10")],
    ),
    # the same with the kegiatan's amounts on its name row: declared 570 = 330 + 240, agreed
    "label-row-with-amounts": (
        LABEL_WITH_AMOUNT,
        [(330, 300), (240, 200)],
        [
            ("Program: Penempatan Tenaga Kerja", 570 * M, 500 * M),
            ("Kegiatan: Pelayanan Antar Kerja di Daerah", 570 * M, 500 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
        ],
        [("row_joined", "Anggaran!B6"), ("sum_row_total", "Anggaran!B10")],
    ),
    # hand: sub kegiatan 1 = 40 + 60 = 100 (90 = 35 + 55); sub kegiatan 2 = 50 (45);
    # total 150 / 135, not six times that
    "sipd-accounts": (
        SIPD,
        [(40, 35), (60, 55), (50, 45)],
        [
            ("Program: PENEMPATAN TENAGA KERJA", 150 * M, 135 * M),
            ("Kegiatan: Pelayanan Antarkerja di Daerah Kabupaten/Kota", 150 * M, 135 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 100 * M, 90 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 50 * M, 45 * M),
        ],
        [
            ("accounts_folded", "Anggaran!B15"),
            ("accounts_folded", "Anggaran!B9"),
            ("row_heading", "Anggaran!B5"),
            ("row_heading", "Anggaran!B6"),
        ],
    ),
    # hand: 40 + 60 = 100 and 35 + 55 = 90; the declared 120 differs by 20
    "sipd-account-sum-differs": (
        SIPD_DIFFERS,
        [(40, 35), (60, 55)],
        [
            ("Program: PENEMPATAN TENAGA KERJA", 100 * M, 90 * M),
            ("Kegiatan: Pelayanan Antarkerja di Daerah Kabupaten/Kota", 100 * M, 90 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 100 * M, 90 * M),
        ],
        [("account_sum_differs", "Anggaran!C7"), ("accounts_folded", "Anggaran!B7")],
    ),
    # hand: 72 + 28 = 100 and 64 + 26 = 90 for the first kegiatan; + 21 = 121, + 16 = 106
    "code-at-start-of-name": (
        CODE_IN_NAME,
        [(72, 64), (28, 26), (21, 16)],
        [
            ("Program: Pelatihan Kerja dan Produktivitas", 121 * M, 106 * M),
            ("Kegiatan: Pelaksanaan Pelatihan berdasarkan Unit Kompetensi", 100 * M, 90 * M),
            ("Sub Kegiatan: Proses Pelaksanaan Pelatihan", 72 * M, 64 * M),
            ("Sub Kegiatan: Pengukuran Produktivitas", 28 * M, 26 * M),
            ("Kegiatan: Pembinaan Lembaga Pelatihan Kerja Swasta", 21 * M, 16 * M),
        ],
        [
            ("row_heading", "Belanja!B5"),
            ("row_heading", "Belanja!B6"),
            ("sheet_chosen", "Belanja"),
            ("sum_row_total", "Belanja!B12"),
        ],
    ),
    # hand: 60 + 40 = 100, 50 + 30 = 80
    "split-code-named-columns": (
        SPLIT_NAMED,
        [(60, 50), (40, 30)],
        HUBIN,
        [("row_heading", "Anggaran!F6"), ("row_heading", "Anggaran!F7")],
    ),
    "split-code-merged-kode": (SPLIT_UNNAMED, [(60, 50), (40, 30)], HUBIN, []),
    # the same figures (hand: 60 + 40 = 100, 50 + 30 = 80) under U | B | P | K | SK
    "split-code-abbreviated": (
        SPLIT_ABBREVIATED,
        [(60, 50), (40, 30)],
        HUBIN,
        [("row_heading", "Anggaran!F6"), ("row_heading", "Anggaran!F7")],
    ),
    # hand: the year's realisation is the cumulative column, 50 + 30 = 80 (the fourth
    # quarter alone would give 20 + 10 = 30)
    "quarters-with-cumulative": (
        QUARTERS_CUMULATIVE,
        [(60, 50), (40, 30)],
        HUBIN,
        [("realisasi_cumulative", "Anggaran TW IV!G4"), ("sheet_chosen", "Anggaran TW IV")],
    ),
    "split-code-one-row": (
        SPLIT_ONE_ROW,
        [(60, 50), (40, 30)],
        HUBIN,
        [("row_heading", "Anggaran!F5"), ("row_heading", "Anggaran!F6")],
    ),
    # hand: 240 + 330 = 570, 200 + 300 = 500
    "label-then-prefixed-name": (
        PREFIXED_NAME,
        [(240, 200), (330, 300)],
        [
            ("Program: Penempatan Tenaga Kerja", 570 * M, 500 * M),
            ("Kegiatan: Pelayanan Antar Kerja", 570 * M, 500 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
        ],
        [
            ("level_assumed", "Anggaran!B12"),
            ("row_heading", "Anggaran!B5"),
            ("row_heading", "Anggaran!B6"),
            ("row_joined", "Anggaran!B10"),
            ("row_joined", "Anggaran!B8"),
        ],
    ),
    # a three-row header: pagu from 'Pagu Anggaran (Rp.)', realisasi from 'Realisasi ›
    # Keuangan › Rp.' (not the 'Fisik' %); hand: 300 + 200 = 500 and 280 + 170 = 450 for the
    # first programme, 120 / 96 for the second; total 620 / 546 (serapan 546 / 620 = 88,06 %)
    "monitoring-three-row-header": (
        MONITORING,
        [(300, 280), (200, 170), (120, 96)],
        [
            ("Program: Pelatihan Kerja dan Produktivitas", 500 * M, 450 * M),
            ("Kegiatan: Pelaksanaan Pelatihan", 500 * M, 450 * M),
            ("Sub Kegiatan: Proses Pelaksanaan Pelatihan", 300 * M, 280 * M),
            ("Sub Kegiatan: Pengukuran Produktivitas", 200 * M, 170 * M),
            ("Program: Hubungan Industrial", 120 * M, 96 * M),
            ("Kegiatan: Pengembangan Hubungan Industrial", 120 * M, 96 * M),
            ("Sub Kegiatan: Pencegahan Perselisihan", 120 * M, 96 * M),
        ],
        [
            ("header_paths", "Monitoring TW IV!A4"),
            ("sheet_chosen", "Monitoring TW IV"),
            ("sum_row_total", "Monitoring TW IV!C15"),
        ],
    ),
}

# rows that declare a sum are compared, never summed (docs/format-masukan.md §4.4)
CASES.update(
    {
        # hand: 300 + 200 = 500 / 280 + 170 = 450 (the first "Jumlah Program" agrees); 120 / 96;
        # total 620 / 546, not twice that
        "jumlah-program-subtotals": (
            JUMLAH_PROGRAM,
            [(300, 280), (200, 170), (120, 96)],
            [
                ("Program: Pelatihan Kerja dan Produktivitas", 500 * M, 450 * M),
                ("Kegiatan: Pelaksanaan Pelatihan", 500 * M, 450 * M),
                ("Sub Kegiatan: Proses Pelaksanaan Pelatihan", 300 * M, 280 * M),
                ("Sub Kegiatan: Pengukuran Produktivitas", 200 * M, 170 * M),
                ("Program: Hubungan Industrial", 120 * M, 96 * M),
                ("Kegiatan: Pengembangan Hubungan Industrial", 120 * M, 96 * M),
                ("Sub Kegiatan: Pencegahan Perselisihan", 120 * M, 96 * M),
            ],
            [
                ("sum_row_compared", "Anggaran!B9"),
                ("sum_row_compared", "Anggaran!B13"),
                ("sum_row_total", "Anggaran!B14"),
            ],
        ),
        # hand: 40 + 60 = 100 / 35 + 55 = 90; the second programme 50 / 45 (not 50 + 150);
        # total 150 / 135
        "sipd-accounts-jumlah-belanja": (
            SIPD_JUMLAH_BELANJA,
            [(40, 35), (60, 55), (50, 45)],
            [
                ("Program: PENEMPATAN TENAGA KERJA", 100 * M, 90 * M),
                ("Kegiatan: Pelayanan Antarkerja di Daerah Kabupaten/Kota", 100 * M, 90 * M),
                ("Sub Kegiatan: Perluasan Kesempatan Kerja", 100 * M, 90 * M),
                ("Program: HUBUNGAN INDUSTRIAL", 50 * M, 45 * M),
                ("Kegiatan: Pengembangan Hubungan Industrial", 50 * M, 45 * M),
                ("Sub Kegiatan: Pencegahan Perselisihan", 50 * M, 45 * M),
            ],
            [
                ("accounts_folded", "Anggaran!B12"),
                ("accounts_folded", "Anggaran!B7"),
                ("sum_row_total", "Anggaran!B14"),
            ],
        ),
        # hand: 330 + 240 = 570 against the declared 571 (Anggaran only: 300 + 200 = 500
        # agrees); the second kegiatan 100 / 90; programme 570 + 100 = 670 / 500 + 90 = 590
        "jumlah-kegiatan-differs": (
            JUMLAH_KEGIATAN_DIFFERS,
            [(330, 300), (240, 200), (100, 90)],
            [
                ("Program: Penempatan Tenaga Kerja", 670 * M, 590 * M),
                ("Kegiatan: Pelayanan Antar Kerja", 570 * M, 500 * M),
                ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
                ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
                ("Kegiatan: Pengawasan Norma Kerja", 100 * M, 90 * M),
                ("Sub Kegiatan: Pemeriksaan Norma Kerja", 100 * M, 90 * M),
            ],
            [
                ("sum_row_compared", "Anggaran!B12"),
                ("sum_row_compared", "Anggaran!B13"),
                ("sum_row_differs", "Anggaran!C9"),
                ("sum_row_total", "Anggaran!B14"),
            ],
        ),
        # hand: "Sub Total" 570 / 500 = 330 + 240 / 300 + 200, its kegiatan; "Jumlah" 999 is
        # no line's sum (60 / 50 above it): a warning, not summed; total 670 / 580
        "sub-total-generic": (
            SUB_TOTAL_GENERIC,
            [(330, 300), (240, 200), (60, 50), (40, 30)],
            [
                ("Program: Penempatan Tenaga Kerja", 570 * M, 500 * M),
                ("Kegiatan: Pelayanan Antar Kerja", 570 * M, 500 * M),
                ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
                ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
                ("Program: Hubungan Industrial", 100 * M, 80 * M),
                ("Kegiatan: Pencegahan Perselisihan", 100 * M, 80 * M),
                ("Sub Kegiatan: Verifikasi Keanggotaan", 60 * M, 50 * M),
                ("Sub Kegiatan: Penyelesaian Perselisihan", 40 * M, 30 * M),
            ],
            [
                ("sum_row_compared", "Anggaran!B9"),
                ("sum_row_total", "Anggaran!B15"),
                ("sum_row_unmatched", "Anggaran!B13"),
            ],
        ),
        # "jumlah" inside a line's name is no sum; hand: 80 + 20 = 100, 72 + 18 = 90
        "jumlah-in-names": (
            JUMLAH_IN_NAMES,
            [(80, 72), (20, 18)],
            [
                ("Program: Peningkatan Jumlah Wirausaha", 100 * M, 90 * M),
                ("Kegiatan: Peningkatan Jumlah Koperasi Aktif", 100 * M, 90 * M),
                ("Sub Kegiatan: Jumlah Wirausaha Baru yang Difasilitasi", 80 * M, 72 * M),
                ("Sub Kegiatan: Pendataan Jumlah Usaha Mikro", 20 * M, 18 * M),
            ],
            [("level_assumed", "Anggaran!B8"), ("sum_row_total", "Anggaran!B9")],
        ),
    }
)

# what Pemeriksaan says of each sum row, word for word
SUM_NOTES = {
    "jumlah-kegiatan-differs": [
        "Anggaran!C9: 'Jumlah Kegiatan' adalah jumlah Anggaran yang dicantumkan untuk Kegiatan "
        "'Pelayanan Antar Kerja': 571.000.000 berbeda dari jumlah rinciannya 570.000.000 "
        "(selisih 1.000.000). Baris ini tidak ikut dijumlahkan; periksa angkanya.",
        "Anggaran!B12: 'Jumlah Kegiatan' dibaca sebagai jumlah yang dicantumkan untuk Kegiatan "
        "'Pengawasan Norma Kerja' di atasnya dan sama dengan jumlah rinciannya (100.000.000 / "
        "90.000.000); dibandingkan, tidak ikut dijumlahkan.",
        "Anggaran!B13: 'Jumlah Program' dibaca sebagai jumlah yang dicantumkan untuk Program "
        "'Penempatan Tenaga Kerja' di atasnya dan sama dengan jumlah rinciannya (670.000.000 / "
        "590.000.000); dibandingkan, tidak ikut dijumlahkan.",
        "Anggaran!B14: 'Total' dibaca sebagai total anggaran yang dicantumkan: dibandingkan "
        "dengan total Tabel 3.8, tidak ikut dijumlahkan.",
    ],
    "sub-total-generic": [
        "Anggaran!B9: 'Sub Total :' dibaca sebagai jumlah yang dicantumkan untuk Kegiatan "
        "'Pelayanan Antar Kerja' di atasnya dan sama dengan jumlah rinciannya (570.000.000 / "
        "500.000.000); dibandingkan, tidak ikut dijumlahkan.",
        "Anggaran!B13: 'Jumlah' adalah baris jumlah (999.000.000 / 999.000.000) yang tidak sama "
        "dengan jumlah baris mana pun di atasnya (Kegiatan 'Pencegahan Perselisihan'; Program "
        "'Hubungan Industrial'; Sub Kegiatan 'Verifikasi Keanggotaan'); tidak ikut "
        "dijumlahkan. Periksa angkanya atau hapus baris ini.",
        "Anggaran!B15: 'Total' dibaca sebagai total anggaran yang dicantumkan: dibandingkan "
        "dengan total Tabel 3.8, tidak ikut dijumlahkan.",
    ],
}


@pytest.mark.parametrize("case", sorted(SUM_NOTES))
def test_sum_rows_say_what_they_were_compared_with(case: str, tmp_path: Path) -> None:
    sheet = CASES[case][0]
    result = convert(workbook(tmp_path / f"{case}.xlsx", [sheet]), tmp_path / "out.xlsx")
    said = [render(f) for f in result.findings if f.code.startswith("sum_row")]
    assert sorted(said) == sorted(SUM_NOTES[case])


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Jumlah Program", Level.PROGRAM),
        ("JUMLAH KEGIATAN :", Level.KEGIATAN),
        ("Jumlah Sub Kegiatan", Level.SUB_KEGIATAN),
        ("Jumlah Belanja Kegiatan", Level.KEGIATAN),
        ("JUMLAH BELANJA", None),
        ("Sub-Total", None),
        ("Subtotal", None),
        ("Grand Total", None),
        ("Total Belanja", None),
        ("  - Jumlah Anggaran", None),
    ],
)
def test_sum_wording(text: str, level: Level | None) -> None:
    assert is_sum_name(text)
    assert sum_level(text) is level


@pytest.mark.parametrize(
    "text",
    [
        "Program Peningkatan Jumlah Wirausaha",
        "Peningkatan Jumlah Koperasi",
        "Jumlahnya",
        "Totalitas",
    ],
)
def test_jumlah_inside_a_name_is_no_sum(text: str) -> None:
    assert not is_sum_name(text)


# the notes that say which heading path gave which column, as `lkip check` prints them
PATH_NOTES = {
    "monitoring-three-row-header": [
        "Lembar 'Monitoring TW IV' (baris 4–6) dibaca sebagai Anggaran menurut jalur judul "
        "kolomnya: No = A 'No'; Kode = B 'Kode'; Uraian = C 'Program / Kegiatan / Sub "
        "Kegiatan'; Anggaran = D 'Pagu Anggaran (Rp.)'; Realisasi = E 'Realisasi › Keuangan "
        "› Rp.'; Capaian = F 'Realisasi › Keuangan › %'."
    ],
}


@pytest.mark.parametrize("case", sorted(PATH_NOTES))
def test_deep_headers_say_which_path_gave_each_column(case: str, tmp_path: Path) -> None:
    sheet = CASES[case][0]
    result = convert(workbook(tmp_path / f"{case}.xlsx", [sheet]), tmp_path / "out.xlsx")
    assert [render(f) for f in result.findings if f.code == "header_paths"] == PATH_NOTES[case]


# -- levels not tagged at all (issue 11 point 3): the staff's own subtotal formulas, then the
# names' format. Columns A Uraian, B Anggaran, C Realisasi; the header is row 4.

# (a) no codes, no prefixes: an agency total over two programmes, three kegiatan, six sub
# kegiatan, every parent a staff subtotal (cached values as Excel computes them)
# hand: keg row 7 = 330 + 240 = 570, 300 + 200 = 500; keg row 10 = 120 + 80 = 200,
# 110 + 60 = 170; programme row 6 = 570 + 200 = 770, 500 + 170 = 670; keg row 14 = 60 + 40 =
# 100, 50 + 30 = 80 = programme row 13; total row 5 = 770 + 100 = 870, 670 + 80 = 750
UNTAGGED_SUM = Sheet(
    "Anggaran",
    [
        ["Uraian", "Anggaran", "Realisasi"],  # row 4
        ["DINAS TENAGA KERJA", F("=B6+B13", 870 * M), F("=C6+C13", 750 * M)],  # row 5
        ["Penempatan Tenaga Kerja", F("=B7+B10", 770 * M), F("=C7+C10", 670 * M)],  # row 6
        ["Pelayanan Antar Kerja", F("=SUM(B8:B9)", 570 * M), F("=SUM(C8:C9)", 500 * M)],  # 7
        ["Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 8
        ["Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 9
        ["Informasi Pasar Kerja", F("=SUM(B11:B12)", 200 * M), F("=SUM(C11:C12)", 170 * M)],
        ["Penyusunan Informasi Pasar Kerja", 120 * M, 110 * M],  # row 11
        ["Penyebarluasan Informasi Pasar Kerja", 80 * M, 60 * M],  # row 12
        ["Hubungan Industrial", F("=B14", 100 * M), F("=C14", 80 * M)],  # row 13
        ["Pencegahan Perselisihan", F("=SUM(B15:B16)", 100 * M), F("=SUM(C15:C16)", 80 * M)],
        ["Verifikasi Keanggotaan Serikat Pekerja", 60 * M, 50 * M],  # row 15
        ["Penyelesaian Perselisihan", 40 * M, 30 * M],  # row 16
    ],
    titles=["REALISASI ANGGARAN 2023", "DINAS TENAGA KERJA"],
)

UNTAGGED_LINES = [
    ("Program: Penempatan Tenaga Kerja", 770 * M, 670 * M),
    ("Kegiatan: Pelayanan Antar Kerja", 570 * M, 500 * M),
    ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
    ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
    ("Kegiatan: Informasi Pasar Kerja", 200 * M, 170 * M),
    ("Sub Kegiatan: Penyusunan Informasi Pasar Kerja", 120 * M, 110 * M),
    ("Sub Kegiatan: Penyebarluasan Informasi Pasar Kerja", 80 * M, 60 * M),
    ("Program: Hubungan Industrial", 100 * M, 80 * M),
    ("Kegiatan: Pencegahan Perselisihan", 100 * M, 80 * M),
    ("Sub Kegiatan: Verifikasi Keanggotaan Serikat Pekerja", 60 * M, 50 * M),
    ("Sub Kegiatan: Penyelesaian Perselisihan", 40 * M, 30 * M),
]
UNTAGGED_LEAVES = [(330, 300), (240, 200), (120, 110), (80, 60), (60, 50), (40, 30)]

# (b) programmes named "Program …", kegiatan and sub kegiatan untagged, SUBTOTAL(9, …)
# subtotals; the first kegiatan's pagu adds up rows 7–9 but its realisation only 8–9.
# Cached values as Excel computes them (SUBTOTAL skips the SUBTOTALs inside its range):
# row 6 pagu 330 + 240 + 100 = 670, realisation 200 + 90 = 290 (row 7's 300 left out);
# programme row 5: 330 + 240 + 100 + 120 + 80 = 870, 300 + 200 + 90 + 110 + 60 = 760.
# The tool reads row 6 by its pagu formula: 670 and 300 + 200 + 90 = 590 (290 declared).
SUBTOTAL_DIFFERS = Sheet(
    "Anggaran",
    [
        ["Uraian", "Anggaran", "Realisasi"],  # row 4
        [
            "Program Penempatan Tenaga Kerja",
            F("=SUBTOTAL(9,B6:B12)", 870 * M),
            F("=SUBTOTAL(9,C6:C12)", 760 * M),
        ],  # row 5
        [
            "Pelayanan Antar Kerja",
            F("=SUBTOTAL(9,B7:B9)", 670 * M),
            F("=SUBTOTAL(9,C8:C9)", 290 * M),
        ],  # row 6
        ["Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 7
        ["Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 8
        ["Sosialisasi Penempatan", 100 * M, 90 * M],  # row 9
        [
            "Informasi Pasar Kerja",
            F("=SUBTOTAL(9,B11:B12)", 200 * M),
            F("=SUBTOTAL(9,C11:C12)", 170 * M),
        ],  # row 10
        ["Penyusunan Informasi Pasar Kerja", 120 * M, 110 * M],  # row 11
        ["Penyebarluasan Informasi Pasar Kerja", 80 * M, 60 * M],  # row 12
        [
            "Program Hubungan Industrial",
            F("=SUBTOTAL(9,B14:B16)", 100 * M),
            F("=SUBTOTAL(9,C14:C16)", 80 * M),
        ],  # row 13
        [
            "Pencegahan Perselisihan",
            F("=SUBTOTAL(9,B15:B16)", 100 * M),
            F("=SUBTOTAL(9,C15:C16)", 80 * M),
        ],  # row 14
        ["Verifikasi Keanggotaan Serikat Pekerja", 60 * M, 50 * M],  # row 15
        ["Penyelesaian Perselisihan", 40 * M, 30 * M],  # row 16
    ],
    titles=["REALISASI ANGGARAN 2023", "DINAS TENAGA KERJA"],
)

# (c) no formulas at all: "Program" names the programmes; kegiatan are bold at indent 1, sub
# kegiatan plain at indent 2 (the indent decides). Amounts on the sub kegiatan only.
# hand: 330 + 240 = 570, 300 + 200 = 500; + 120 = 690, + 110 = 610; 60 + 40 = 100, 50 + 30 = 80
FORMATTED = Sheet(
    "Anggaran",
    [
        ["Uraian", "Anggaran", "Realisasi"],  # row 4
        ["Program Penempatan Tenaga Kerja", None, None],  # row 5
        ["Pelayanan Antar Kerja", None, None],  # row 6
        ["Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 7
        ["Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 8
        ["Informasi Pasar Kerja", None, None],  # row 9
        ["Penyusunan Informasi Pasar Kerja", 120 * M, 110 * M],  # row 10
        ["Program Hubungan Industrial", None, None],  # row 11
        ["Pencegahan Perselisihan", None, None],  # row 12
        ["Verifikasi Keanggotaan Serikat Pekerja", 60 * M, 50 * M],  # row 13
        ["Penyelesaian Perselisihan", 40 * M, 30 * M],  # row 14
    ],
    titles=["REALISASI ANGGARAN 2023", "DINAS TENAGA KERJA"],
    bold_rows=[1, 2, 5, 7, 8],
    indent={2: 1, 3: 2, 4: 2, 5: 1, 6: 2, 8: 1, 9: 2, 10: 2},
    name_column=0,
)
FORMATTED_LINES = [
    ("Program: Penempatan Tenaga Kerja", 690 * M, 610 * M),
    ("Kegiatan: Pelayanan Antar Kerja", 570 * M, 500 * M),
    ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
    ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
    ("Kegiatan: Informasi Pasar Kerja", 120 * M, 110 * M),
    ("Sub Kegiatan: Penyusunan Informasi Pasar Kerja", 120 * M, 110 * M),
    ("Program: Hubungan Industrial", 100 * M, 80 * M),
    ("Kegiatan: Pencegahan Perselisihan", 100 * M, 80 * M),
    ("Sub Kegiatan: Verifikasi Keanggotaan Serikat Pekerja", 60 * M, 50 * M),
    ("Sub Kegiatan: Penyelesaian Perselisihan", 40 * M, 30 * M),
]
FORMATTED_LEAVES = [(330, 300), (240, 200), (120, 110), (60, 50), (40, 30)]

# (c') the same with every name at one indent: bold kegiatan, plain sub kegiatan
BOLD_ONLY = Sheet(
    "Anggaran", FORMATTED.rows, FORMATTED.titles, bold_rows=FORMATTED.bold_rows, indent={}
)

# (d) (a) with a kegiatan's pagu typed by hand (250, where its sub kegiatan give 120 + 80 =
# 200) and its realisation still a subtotal; and the second sub kegiatan's pagu "=B8", the
# same as the row above (not a subtotal of rows below: read as its value, 330). The
# realisation formula gives row 10 its sub kegiatan. hand: keg row 7 = 330 + 330 = 660, 300 +
# 200 = 500; staff programme =B7+B10 = 660 + 250 = 910 (lines: 660 + 200 = 860), total
# =B6+B13 = 910 + 100 = 1.010 (lines: 860 + 100 = 960); realisations as in (a)
HAND_TYPED = Sheet(
    "Anggaran",
    [
        *UNTAGGED_SUM.rows[:1],
        ["DINAS TENAGA KERJA", F("=B6+B13", 1010 * M), F("=C6+C13", 750 * M)],  # row 5
        ["Penempatan Tenaga Kerja", F("=B7+B10", 910 * M), F("=C7+C10", 670 * M)],  # row 6
        ["Pelayanan Antar Kerja", F("=SUM(B8:B9)", 660 * M), F("=SUM(C8:C9)", 500 * M)],  # 7
        ["Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 8
        ["Job Fair/Bursa Kerja", F("=B8", 330 * M), 200 * M],  # row 9
        ["Informasi Pasar Kerja", 250 * M, F("=SUM(C11:C12)", 170 * M)],  # row 10
        *UNTAGGED_SUM.rows[7:],
    ],
    titles=UNTAGGED_SUM.titles,
)

# (e) the layout: "Program …" heading rows without amounts, kegiatan and sub kegiatan
# untagged, each kegiatan a staff SUM; a closing "Jumlah" summing the kegiatan subtotals.
# hand: as (a): 570 / 500, 200 / 170, 100 / 80; total 870 / 750
PROGRAM_HEADINGS = Sheet(
    "Anggaran",
    [
        ["Uraian", "Anggaran", "Realisasi"],  # row 4
        ["Program Penempatan Tenaga Kerja", None, None],  # row 5
        ["Pelayanan Antar Kerja", F("=SUM(B7:B8)", 570 * M), F("=SUM(C7:C8)", 500 * M)],  # 6
        ["Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 7
        ["Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 8
        ["Informasi Pasar Kerja", F("=SUM(B10:B11)", 200 * M), F("=SUM(C10:C11)", 170 * M)],
        ["Penyusunan Informasi Pasar Kerja", 120 * M, 110 * M],  # row 10
        ["Penyebarluasan Informasi Pasar Kerja", 80 * M, 60 * M],  # row 11
        ["Program Hubungan Industrial", None, None],  # row 12
        ["Pencegahan Perselisihan", F("=SUM(B14:B15)", 100 * M), F("=SUM(C14:C15)", 80 * M)],
        ["Verifikasi Keanggotaan Serikat Pekerja", 60 * M, 50 * M],  # row 14
        ["Penyelesaian Perselisihan", 40 * M, 30 * M],  # row 15
        ["Jumlah", F("=B6+B9+B13", 870 * M), F("=C6+C9+C13", 750 * M)],  # row 16
    ],
    titles=UNTAGGED_SUM.titles,
)

# (f) spending rows (no codes) under each sub kegiatan, summed by the staff's formulas, one
# of them a subtotal of two deeper rows: detail folded into its sub kegiatan, the subtotal
# not counted again. hand: sub kegiatan row 7 = 40 + 60 = 100, 35 + 55 = 90 (row 8 is their
# subtotal); row 11 = 50 / 45; kegiatan and programme 100 + 50 = 150, 90 + 45 = 135
DETAIL = Sheet(
    "Anggaran",
    [
        ["Uraian", "Anggaran", "Realisasi"],  # row 4
        ["Program Penempatan Tenaga Kerja", F("=B6", 150 * M), F("=C6", 135 * M)],  # row 5
        ["Pelayanan Antarkerja", F("=B7+B11", 150 * M), F("=C7+C11", 135 * M)],  # row 6
        ["Perluasan Kesempatan Kerja", F("=B8", 100 * M), F("=C8", 90 * M)],  # row 7
        ["Belanja Barang dan Jasa", F("=SUM(B9:B10)", 100 * M), F("=SUM(C9:C10)", 90 * M)],
        ["Belanja Alat/Bahan untuk Kegiatan Kantor-ATK", 40 * M, 35 * M],  # row 9
        ["Belanja Cetak dan Penggandaan", 60 * M, 55 * M],  # row 10
        ["Job Fair/Bursa Kerja", F("=B12", 50 * M), F("=C12", 45 * M)],  # row 11
        ["Belanja Perjalanan Dinas Biasa", 50 * M, 45 * M],  # row 12
    ],
    titles=UNTAGGED_SUM.titles,
)

# (g) (a) closing with its own "Jumlah" row as well: that row is the declared total; the
# agency row at the top, whose formula also adds up the programmes, is a heading (not counted)
TWO_TOTALS = Sheet(
    "Anggaran",
    [*UNTAGGED_SUM.rows, ["Jumlah", F("=B6+B13", 870 * M), F("=C6+C13", 750 * M)]],  # row 17
    titles=UNTAGGED_SUM.titles,
)

# (h) (a) with the last kegiatan's subtotals run on past the table, room left for more sub
# kegiatan (=SUM(B15:B40), the table ends at row 16): read up to row 16, noted; the figures
# are (a)'s
PAST_THE_TABLE = Sheet(
    "Anggaran",
    [
        *UNTAGGED_SUM.rows[:10],
        ["Pencegahan Perselisihan", F("=SUM(B15:B40)", 100 * M), F("=SUM(C15:C40)", 80 * M)],
        *UNTAGGED_SUM.rows[11:],
    ],
    titles=UNTAGGED_SUM.titles,
)

# (i) kegiatan tagged, sub kegiatan untagged and one of them bold (emphasis): no guess from
# the format, each is its kegiatan's sub kegiatan as before. hand: 330 + 240 = 570, 300 + 200
# = 500
TAGGED_KEGIATAN = Sheet(
    "Anggaran",
    [
        ["Uraian", "Anggaran", "Realisasi"],  # row 4
        ["Program: Penempatan Tenaga Kerja", None, None],  # row 5
        ["Kegiatan: Pelayanan Antar Kerja", None, None],  # row 6
        ["Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 7
        ["Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 8 (bold)
    ],
    titles=UNTAGGED_SUM.titles,
    bold_rows=[4],
)

UNTAGGED_CASES: dict[
    str,
    tuple[Sheet, list[tuple[int, int]], list[tuple[str, int, int]], list[tuple[str, str]]],
] = {
    "untagged-sum-subtotals": (
        UNTAGGED_SUM,
        UNTAGGED_LEAVES,
        UNTAGGED_LINES,
        [
            ("total_from_formula", "Anggaran!A5"),
            ("level_from_formula", "Anggaran!A6"),
            ("level_from_formula", "Anggaran!A7"),
            ("level_from_formula", "Anggaran!A10"),
            ("level_from_formula", "Anggaran!A13"),
            ("level_from_formula", "Anggaran!A14"),
        ],
    ),
    # hand: first kegiatan 330 + 240 + 100 = 670 and 300 + 200 + 90 = 590; programme 670 +
    # 200 = 870, 590 + 170 = 760; total 870 + 100 = 970, 760 + 80 = 840
    "untagged-subtotal-ranges-differ": (
        SUBTOTAL_DIFFERS,
        [(330, 300), (240, 200), (100, 90), (120, 110), (80, 60), (60, 50), (40, 30)],
        [
            ("Program: Penempatan Tenaga Kerja", 870 * M, 760 * M),
            ("Kegiatan: Pelayanan Antar Kerja", 670 * M, 590 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
            ("Sub Kegiatan: Sosialisasi Penempatan", 100 * M, 90 * M),
            *UNTAGGED_LINES[4:7],
            *UNTAGGED_LINES[7:],
        ],
        [
            ("declared_amount", "Anggaran!C6"),
            ("formula_ranges_differ", "Anggaran!C6"),
            ("level_from_formula", "Anggaran!A5"),
            ("level_from_formula", "Anggaran!A6"),
            ("level_from_formula", "Anggaran!A10"),
            ("level_from_formula", "Anggaran!A13"),
            ("level_from_formula", "Anggaran!A14"),
        ],
    ),
    "untagged-indent": (
        FORMATTED,
        FORMATTED_LEAVES,
        FORMATTED_LINES,
        [
            (kind, f"Anggaran!A{r}")
            for r in (6, 7, 8, 9, 10, 12, 13, 14)
            for kind in ["level_from_indent"]
        ],
    ),
    "untagged-bold": (
        BOLD_ONLY,
        FORMATTED_LEAVES,
        FORMATTED_LINES,
        [("level_from_bold", f"Anggaran!A{r}") for r in (6, 7, 8, 9, 10, 12, 13, 14)],
    ),
    "untagged-hand-typed-subtotal": (
        HAND_TYPED,
        [(330, 300), (330, 200), (120, 110), (80, 60), (60, 50), (40, 30)],
        [
            ("Program: Penempatan Tenaga Kerja", 860 * M, 670 * M),
            ("Kegiatan: Pelayanan Antar Kerja", 660 * M, 500 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 330 * M, 200 * M),
            *UNTAGGED_LINES[4:],
        ],
        [
            ("declared_amount", "Anggaran!B10"),
            ("declared_amount", "Anggaran!B6"),
            ("declared_total", "Anggaran!B5"),
            ("formula_not_subtotal", "Anggaran!B9"),
            ("total_from_formula", "Anggaran!A5"),
            ("level_from_formula", "Anggaran!A6"),
            ("level_from_formula", "Anggaran!A7"),
            ("level_from_formula", "Anggaran!A10"),
            ("level_from_formula", "Anggaran!A13"),
            ("level_from_formula", "Anggaran!A14"),
        ],
    ),
    "untagged-program-headings": (
        PROGRAM_HEADINGS,
        UNTAGGED_LEAVES,
        UNTAGGED_LINES,
        [
            ("level_from_formula", "Anggaran!A6"),
            ("level_from_formula", "Anggaran!A9"),
            ("level_from_formula", "Anggaran!A13"),
            ("sum_row_total", "Anggaran!A16"),  # the sheet's own Jumlah: the declared total
        ],
    ),
    "untagged-detail-under-sub-kegiatan": (
        DETAIL,
        [(40, 35), (60, 55), (50, 45)],
        [
            ("Program: Penempatan Tenaga Kerja", 150 * M, 135 * M),
            ("Kegiatan: Pelayanan Antarkerja", 150 * M, 135 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 100 * M, 90 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 50 * M, 45 * M),
        ],
        [
            ("accounts_folded", "Anggaran!A11"),
            ("accounts_folded", "Anggaran!A7"),
            ("level_from_formula", "Anggaran!A5"),
            ("level_from_formula", "Anggaran!A6"),
        ],
    ),
    "untagged-two-totals": (
        TWO_TOTALS,
        UNTAGGED_LEAVES,
        UNTAGGED_LINES,
        [
            ("row_heading", "Anggaran!A5"),
            ("level_from_formula", "Anggaran!A6"),
            ("level_from_formula", "Anggaran!A7"),
            ("level_from_formula", "Anggaran!A10"),
            ("level_from_formula", "Anggaran!A13"),
            ("level_from_formula", "Anggaran!A14"),
            ("sum_row_total", "Anggaran!A17"),  # the sheet's own Jumlah: the declared total
        ],
    ),
    "untagged-subtotal-past-the-table": (
        PAST_THE_TABLE,
        UNTAGGED_LEAVES,
        UNTAGGED_LINES,
        [
            ("formula_past_table", "Anggaran!B14"),
            ("formula_past_table", "Anggaran!C14"),
            ("total_from_formula", "Anggaran!A5"),
            ("level_from_formula", "Anggaran!A6"),
            ("level_from_formula", "Anggaran!A7"),
            ("level_from_formula", "Anggaran!A10"),
            ("level_from_formula", "Anggaran!A13"),
            ("level_from_formula", "Anggaran!A14"),
        ],
    ),
    "untagged-sub-kegiatan-under-tagged-kegiatan": (
        TAGGED_KEGIATAN,
        [(330, 300), (240, 200)],
        [
            ("Program: Penempatan Tenaga Kerja", 570 * M, 500 * M),
            ("Kegiatan: Pelayanan Antar Kerja", 570 * M, 500 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
        ],
        [("level_assumed", "Anggaran!A7"), ("level_assumed", "Anggaran!A8")],
    ),
}
CASES.update(UNTAGGED_CASES)


@pytest.mark.parametrize("case", sorted(CASES))
def test_layout_is_read_right(case: str, tmp_path: Path) -> None:
    sheet, leaves, lines, notes = CASES[case]
    src = workbook(tmp_path / f"{case}.xlsx", [sheet])
    result = convert(src, tmp_path / "out.xlsx")
    assert _notes(result) == sorted(notes)
    assert result.output is not None
    assert _tree(result.output) == [(n, Decimal(b), Decimal(s)) for n, b, s in lines]
    # no rupiah lost or counted twice: the leaves, summed here, are 3.8's total
    budget = Decimal(sum(b for b, _ in leaves) * M)
    spent = Decimal(sum(s for _, s in leaves) * M)
    assert _total(result.output) == (budget, spent)
