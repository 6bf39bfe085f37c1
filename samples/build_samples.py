"""Write the bundled sample workbooks (run: ``python samples/build_samples.py``).

``jember-disnaker-2023.xlsx``: every figure of the model report
(the published LKIP 2023 of Dinas Tenaga Kerja Kabupaten
Jember) that contract v1 has a place for, transcribed as printed, typos included.

``tests/data/jember-berantakan.xlsx``: the same Jember figures laid out as staff keep them
(the seed's own table layouts, synonyms, text numbers, label rows), for the tests.

``contoh-dinkes-2023.xlsx``: a Dinas Kesehatan of an imaginary kabupaten, with
negative-polarity indicators (mortality, stunting), a zero-tolerance target, an indicator
without data, budget codes, and the sasaran link in ``Anggaran`` instead of an ``RKT`` sheet.
Its figures are invented for illustration; they describe no real agency.

``contoh-inspektorat-2023.xlsx``: an Inspektorat of the same imaginary kabupaten whose
targets are written as reports write them (docs/aturan.md §1a): grades (``WTP``, ``BB``, ``Level
3``, an IKM ``A``), a range (``80 – 90 %``, ``7 - 8 hari``), bounds (``maks. 12``, ``minimal
95%``), a zero-tolerance word (``nihil``) and a realisation that fits no form. Its figures
are invented for illustration; they describe no real agency.

All are laid out as staff keep them: title rows above the header, merged sasaran cells,
numbers typed as text with units (``1.000 Orang``), percentages stored as fractions.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HERE = Path(__file__).resolve().parent
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = PatternFill("solid", fgColor="FFF2CC")

Value = str | int | float | None
Row = Sequence[Value]


def _table(
    ws: Worksheet,
    titles: Sequence[str],
    header: Row,
    rows: Sequence[Row],
    widths: Sequence[float],
    merge_first: int = 0,
    formats: dict[int, str] | None = None,
) -> int:
    """Title rows, a bold header, bordered data; column ``merge_first`` (1-based, 0 = none)
    merged down over runs of blanks, as staff merge the sasaran cell."""
    r = 1
    for t in titles:
        ws.cell(r, 1, t).font = Font(bold=True, size=12)
        r += 1
    r += 1
    for c, h in enumerate(header, start=1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    first = r + 1
    for i, values in enumerate(rows):
        for c, v in enumerate(values, start=1):
            cell = ws.cell(first + i, c, v)
            cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            if formats and c in formats and isinstance(v, int | float):
                cell.number_format = formats[c]
    if merge_first:
        start = first
        for i in range(1, len(rows) + 1):
            end_of_run = i == len(rows) or rows[i][merge_first - 1] not in (None, "")
            if end_of_run:
                stop = first + i - 1
                if stop > start:
                    ws.merge_cells(
                        start_row=start,
                        start_column=merge_first,
                        end_row=stop,
                        end_column=merge_first,
                    )
                start = first + i
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    return first + len(rows)


def _general(ws: Worksheet, rows: Sequence[int], cols: Sequence[int]) -> None:
    for r in rows:
        for c in cols:
            ws.cell(r, c).number_format = "General"


def _identitas(wb: Workbook, pairs: Sequence[tuple[str, Value]]) -> None:
    ws = wb.active
    assert ws is not None
    ws.title = "Identitas"
    ws.cell(1, 1, "IDENTITAS PERANGKAT DAERAH").font = Font(bold=True, size=12)
    for i, (k, v) in enumerate(pairs, start=3):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 50


S1 = "Meningkatnya pencari kerja terlatih yang memiliki sertifikat kompetensi dan ditempatkan"
S2 = "Meningkatnya perlindungan tenaga kerja"
I1 = "Persentase pencaker terlatih dan pekerja produktif bersertifikat kompetensi"
I2 = "Pencari kerja yang ditempatkan"
I3 = (
    "Presentase Penyelesaian Kasus Perselisihan Hubungan Industrial, Mogok Kerja, dan "
    "Penutupan Perusahaan"
)

# Tabel 3.8 of the seed, line by line: (level, name as printed, anggaran, realisasi, % as printed)
JEMBER_BUDGET: list[tuple[str, str, Value, Value, Value]] = [
    ("Program", "Penunjang Urusan Pemerintah Daerah", None, None, None),
    (
        "Kegiatan",
        "Perencanaan penganggaran dan evaluasi kinerja perangkat",
        "37.984.500,00",
        "37.428.500,00",
        "98,53",
    ),
    (
        "Sub Kegiatan",
        "Penyusunan dokumen perencanaan perangkat daerah",
        "37.984.500,00",
        "37.428.500,00",
        "98,53",
    ),
    (
        "Kegiatan",
        "Administrasi Keuangan Perangkat Daerah",
        "3.432.609.159",
        "2.684.594.463",
        "78,20",
    ),
    (
        "Sub Kegiatan",
        "Penyediaan Gaji dan Tunjangan ASN",
        "3.296.289.159",
        "2.548.274.463",
        "77,30",
    ),
    (
        "Sub Kegiatan",
        "Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "136.320.000",
        "136.320.000",
        "100",
    ),
    ("Kegiatan", "Administrasi Umum Perangkat Daerah", "506.742.400,00", "390.552.985,00", "77,07"),
    (
        "Sub Kegiatan",
        "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
        "7.555.500,00",
        "7.555.500,00",
        "100",
    ),
    (
        "Sub Kegiatan",
        "Penyediaan banah logistik kantor",
        "264.320.100,00",
        "236.203.400,00",
        "89,36",
    ),
    (
        "Sub Kegiatan",
        "Penyediaan barang cetakan dan penggandaan",
        "25.708.800,00",
        "25.195.000,00",
        "98",
    ),
    (
        "Sub Kegiatan",
        "Penyediaan bahan bacaan dan peraturan perundang – undangan",
        "3.000.000,00",
        "2.015.000,00",
        "67,16",
    ),
    (
        "Sub Kegiatan",
        "Penyelenggara rapat koordinasi dan konsultasi SKPD",
        "206.158.000,00",
        "119.584.085,00",
        "58,00",
    ),
    (
        "Kegiatan",
        "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        "14.513.600",
        "14.512.000",
        "99,98",
    ),
    ("Sub Kegiatan", "Pengadaan Peralatan dan Mesin Lainnya", "14.513.600", "14.512.000", "99,98"),
    (
        "Kegiatan",
        "Penyediaan Jasa Penunjang Urusan Pemerintah Daerah",
        "444.619.156,00",
        "414.044.357,00",
        "93,12",
    ),
    ("Sub Kegiatan", "Penyediaan Jasa Surat Menyurat", "4.275.000,00", "3.850.000,00", "90,05"),
    (
        "Sub Kegiatan",
        "Penyediaan Jasa Komunikasi Sumber Daya Air dan Listrik",
        "80.770.800,00",
        "61.270.589,00",
        "75,85",
    ),
    (
        "Sub Kegiatan",
        "Penyediaan Jasa Pelayanan Umum Kantor",
        "359.573.356,00",
        "348.923.768,00",
        "97,03",
    ),
    (
        "Kegiatan",
        "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah",
        "156.935.000,00",
        "128.375.745,00",
        "81,80",
    ),
    (
        "Sub Kegiatan",
        "Peyendiaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan "
        "Perorangan Dinas atau Kendaraan Dinas Jabatan",
        "42.043.500,00",
        "36.105.700,00",
        "85,87",
    ),
    (
        "Sub Kegiatan",
        "Peyendiaan Jasa Pemeliharaan, Biaya Pemeliharaan ,Pajak,Perizinan "
        "Kendaraan Dinas Operasional atau lapangan",
        "84.891.500,00",
        "63.537.245,00",
        "74,84",
    ),
    (
        "Sub Kegiatan",
        "Pemeliharaan peralatan dan Mesin Lainnya",
        "30.000.000,00",
        "28.732.800,00",
        "95,77",
    ),
    ("Program", "Pelatihan Kerja dan Prokduktivitas Tenaga Kerja", None, None, None),
    (
        "Kegiatan",
        "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
        "7.290.242.400,00",
        "6.477.257.300,00",
        "88,84",
    ),
    (
        "Sub Kegiatan",
        "Proses Pelaksanaan Pendidikan dan pelatihan Keterampilan bagi Pencari "
        "Kerja Berdasarkan Klaster Komptensi",
        "7.290.242.400,00",
        "6.477.257.300,00",
        "88,84",
    ),
    (
        "Kegiatan",
        "Pembinaan Lembaga Pelatihan Kerja Swasta",
        "21.748.900,00",
        "16.060.700,00",
        "73,84",
    ),
    (
        "Sub Kegiatan",
        "Pembinaan Lembaga Pelatihan Kerja Swasta",
        "21.748.900,00",
        "16.060.700,00",
        "73,84",
    ),
    ("Program", "Penempatan Tenaga Kerja", None, None, None),
    (
        "Kegiatan",
        "Pelayanan anatar Kerja di Daerah Kabupaten/Kota",
        "94.294.000",
        "84.827.100",
        "89,96",
    ),
    ("Sub Kegiatan", "Perluasan Kesempatan Kerja", "94.294.000,00", "84.827.100,00", "89,96"),
    (
        "Kegiatan",
        "Pelindungan PMI (Pra dan Purna Penempatan) di Daerah Kabupaten/Kota",
        "186.337.000,00",
        "180.598.739,00",
        "96,92",
    ),
    (
        "Sub Kegiatan",
        "Peningkatan Perlindungan dan Kompetensi Calon Pencari Migran Indonesia "
        "(PMI)/Pekerja Migran Indonesia (PMI)",
        "186.337.000,00",
        "180.598.739,00",
        "96,92",
    ),
    (
        "Kegiatan",
        "Pengelolaan Informasi Pasar Kerja",
        "1.163.780.000,00",
        "1.149.282.500,00",
        "98,75",
    ),
    ("Sub Kegiatan", "Job Fair/Bursa Kerja", "1.163.780.000,00", "1.149.282.500,00", "98,75"),
    ("Program", "Hubungan Industrial", None, None, None),
    (
        "Kegiatan",
        "Pencegahan dan penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan "
        "Penutupan Perusahaan di Daerah Kabupaten/ Kota",
        "458.733.000,00",
        "373.917.400,00",
        "81,51",
    ),
    (
        "Sub Kegiatan",
        "Penyelenggaraan Verifikasi dan Rekapitulasi Keanggotaan pada Organisasi "
        "Pengusaha, Federasi dan Konfederasi Serikat Pekerja/ Serikat Buruh serta Non Afiliasi",
        "143.356.400,00",
        "133.756.400,00",
        "93,30",
    ),
    (
        "Sub Kegiatan",
        "Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja, dan Penutupan "
        "Perusahaan yang Berakibat/Berdampak pada Kepentingan di 1 (satu) Daerah Kabupaten/Kota",
        "37.670.000,00",
        "18.531.000,00",
        "49,19",
    ),
    (
        "Sub Kegiatan",
        "Pelaksanaan Operasional Lembaga Tripartit Daerah Kabupaten/ Kota",
        "277.706.600,00",
        "221.630.000,00",
        "79,80",
    ),
    (
        "Kegiatan",
        "Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama untuk "
        "Perusahaan yang Hanya beroperasi dalam 1 (satu) Daerah Kab/Kota",
        "1.500.000.000,00",
        "1.407.664.459,00",
        "93,84",
    ),
    (
        "Sub Kegiatan",
        "Penyelenggaraan Pendataan dan Informasi Sarana Hubungan Industrial dan "
        "Jaminan Sosial Tenaga Kerja serta Pengupahan",
        "1.500.000.000,00",
        "1.407.664.459,00",
        "93,84",
    ),
]
JEMBER_TOTAL = ("Total", "15.308.539.115,00", "13.359.116.248,00", "87,26")

PROG_PELATIHAN = "Program Pelatihan Kerja Dan Produktivitas Tenaga Kerja"
PROG_PENEMPATAN = "Program Penempatan Tenaga Kerja"
PROG_HI = "Program Hubungan Industrial"
HI_KEG = (
    "Keg.Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan "
    "Penutupan Perusahaan di Daerah Kabupaten/ Kota"
)
HI_OUT = (
    "Jumlah Penyelesaian Kasus Perselisihan Hubungan Industrial, Mogok Kerja, dan "
    "Penutupan Perusahaan"
)
# Lampiran 2, RKT 2023 (Renstra part), one row per sub kegiatan
JEMBER_RKT: list[Row] = [
    (
        S1 + ".",
        "a. " + I1,
        "100%",
        PROG_PELATIHAN,
        "Presentase pencaker terlatih dan pekerja produktif bersertifikat kompetensi",
        "100%",
        "Keg. Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
        "Persentase pencaker terlatih yang bersertifikat kompetensi",
        "100%",
        "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi Pencari Kerja Berdasarkan "
        "Klaster Kompetensi",
        "Jumlah pencaker peserta pelatihan berdasarkan Klaster Kompetensi yang bersertifikat",
        "170 Orang",
        "7.290.242.400,00",
    ),
    (
        None,
        None,
        None,
        None,
        None,
        None,
        "Keg. Pembinaan Lembaga Pelatihan Kerja Swasta",
        "Jumlah LPKS yang sudah dibina",
        "10 Lembaga",
        "Pembinaan Lembaga Pelatihan Kerja Swasta",
        "Jumlah LPKS yang dibina",
        "10 Lembaga",
        "21.748.900,00",
    ),
    (
        None,
        "b. " + I2,
        "1000 Orang",
        PROG_PENEMPATAN,
        "Pencari kerja yang ditempatkan",
        "1000 Orang",
        "Keg. Pelayanan antar Kerja di Daerah Kabupaten/Kota",
        "Jumlah pencari kerja yang ditempatkan",
        "1000 Orang",
        "Perluasan Kesempatan Kerja",
        "Jumlah pencaker yang mendapatkan kegiatan Perluasan Kesempatan Kerja melalui WUB atau "
        "Padat Karya",
        "20 Orang",
        "94.294.000,00",
    ),
    (
        None,
        None,
        None,
        None,
        None,
        None,
        "Keg.Pengelolaan Informasi Pasar Kerja",
        "Jumlah Aplikasi pelayanan informasi pasar kerja online pemerintah",
        "2 Aplikasi",
        "Job Fair/ Bursa Kerja",
        "Jumlah penyelenggaraan kegiatan Job Fair",
        "2 kegiatan",
        "1.163.780.000,00",
    ),
    (
        None,
        None,
        None,
        None,
        None,
        None,
        "Keg.Pelindungan PMI (Pra dan Purna Penempatan) di Daerah Kabupaten/ Kota",
        "Jumlah SPP berdasarkan rekom sesuai mekanisme rekrutmen PMI dan perberdayaan PMI",
        "300 Orang",
        "Peningkatan Pelindungan dan Kompetensi Calon Pekerja Migran Indonesia (PMI)/Pekerja "
        "Migran Indonesia (PMI)",
        "Jumlah SPP berdasarkan rekom sesuai Mekanisme Rekrutmen dan Penempatan yang Melindungi "
        "Calon Pekerja Migran",
        "300 Orang",
        "186.337.000,00",
    ),
    (
        S2,
        I3,
        "89%",
        PROG_HI,
        "Persentase Penyelesaian Kasus Hubungan Industrial",
        "89%",
        "Keg.Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama untuk "
        "Perusahaan yang Hanya Beroperasi dalam 1 (Satu) Daerah Kabupaten/Kota",
        "Jumlah Perusahaan yang sudah mempunyai PP, PKB, menyelenggarakan Sarana Hubungan "
        "Industrial dan Jaminan Sosial Tenaga Kerja serta Pengupahan",
        "100 Perusahaan",
        "Penyelenggaraan Pendataan dan Informasi Sarana Hubungan Industrial dan Jaminan Sosial "
        "Tenaga Kerja serta Pengupahan",
        "Jumlah Perusahaan yang sudah menyelenggarakan Sarana Hubungan Industrial dan Jaminan "
        "Sosial Tenaga Kerja serta Pengupahan",
        "100 Perusahaan",
        "1.500.000.000",
    ),
    (
        None,
        None,
        None,
        None,
        None,
        None,
        HI_KEG,
        HI_OUT,
        "30 Kasus",
        "Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja, dan Penutupan Perusahaan yang "
        "Berakibat/Berdampak pada Kepentingan di 1(satu) Daerah Kabupaten/Kota",
        HI_OUT + " yang Berakibat/Berdampak pada Kepentingan di 1(satu) Daerah Kabupaten/Kota",
        "30 Kasus",
        "37.670.000,00",
    ),
    (
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "Penyelenggaraan Verifikasi dan Rekapitulasi Keanggotaan pada Organisasi Pengusaha, "
        "Federasi dan Konfederasi Serikat Pekerja/Serikat Buruh serta Non Afiliasi",
        "Jumlah Verifikasi dan Rekapitulasi Keanggotaan pada Organisasi Pengusaha, Federasi dan "
        "Konfederasi Serikat Pekerja/Serikat Buruh serta Non Afiliasi",
        "25 Verifikasi dan Rekapitulasi",
        "143.356.400,00",
    ),
    (
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        "Pelaksanaan Operasional Lembaga Kerjasama Tripartit Daerah Kabupaten/ Kota",
        "Jumlah LKS tripartit yang dibina",
        "1 lembaga",
        "277.706.600,00",
    ),
]

RKT_HEADER = (
    "Sasaran",
    "Indikator Sasaran",
    "Target",
    "Program",
    "Indikator Program",
    "Target",
    "Kegiatan",
    "Indikator Kegiatan",
    "Target",
    "Sub Kegiatan",
    "Indikator Sub Kegiatan",
    "Target",
    "Anggaran (Rp.)",
)


JEMBER_RPJMD = (
    (
        "Misi",
        "Meningkatkan dan mengembangkan investasi sektor-sektor unggulan dengan "
        "berbasiskan kekayaan sumber daya alam, sumber daya manusia dan lingkungan "
        "yang lestari",
    ),
    (
        "Tujuan RPJMD",
        "Meningkatkan Kegiatan Ekonomi yang Berdampak pada Penyerapan Tenaga Kerja",
    ),
    ("Indikator Tujuan RPJMD", "Tingkat Pengangguran Terbuka (TPT)"),
    ("Sasaran RPJMD", "Meningkatnya angkatan kerja yang berhasil ditempatkan"),
    ("Indikator Sasaran RPJMD", "Pencari Kerja yang Ditempatkan"),
)
TUJUAN = "Meningkatnya angkatan kerja yang berhasil ditempatkan"
INDIKATOR_TUJUAN = "Pencari Kerja Yang Ditempatkan"
# the PK's programme block as signed: programme, budget, funding source
PK_PROGRAMMES = (
    (
        "1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota",
        "Rp. 4.593.403.815",
        "P – APBD",
    ),
    (
        "2. Program Pelatihan Kerja Dan Produktivitas Tenaga Kerja",
        "Rp. 7.311.991.300",
        "P – APBD & DBH CHT",
    ),
    ("3. Program Penempatan Tenaga Kerja", "Rp. 1.444.411.000", "P – APBD"),
    ("4. Program Hubungan Industrial", "Rp. 1.958.733.000", "P – APBD & DBH CHT"),
    ("Jumlah", "Rp. 15.308.539.115", None),
)


def _pk_programmes(ws: Worksheet, row: int) -> None:
    """The block under the PK's targets: ``Program | Anggaran | Keterangan``."""
    for c, label in enumerate(("Program", "Anggaran", "Keterangan"), start=2):
        cell = ws.cell(row, c, label)
        cell.font = Font(bold=True)
        cell.border = BOX
    for r, values in enumerate(PK_PROGRAMMES, start=row + 1):
        for c, v in enumerate(values, start=2):
            ws.cell(r, c, v).border = BOX


def jember() -> Workbook:
    wb = Workbook()
    _identitas(
        wb,
        [
            ("Instansi", "Dinas Tenaga Kerja"),
            ("Pemerintah", "Kabupaten Jember"),
            ("Tahun", 2023),
            ("Kepala", "Drs. SUPRIHANDOKO, MM"),
            ("Pangkat", "Pembina Tk. I"),
            ("NIP", "19651229 199403 1 003"),
            ("Kota", "Jember"),
            ("Tanggal", "Februari 2024"),
            # (v2) the PK's second party and date, and the RPJMD block of the RKT, as the
            # seed prints them
            ("Atasan", "Ir. H. HENDY SISWANTO, ST, IPU."),
            ("Jabatan Atasan", "Bupati Jember"),
            ("Tanggal PK", "21 November 2023"),
            *JEMBER_RPJMD,
        ],
    )
    ws = wb.create_sheet("Realisasi")
    _table(
        ws,
        ["PENGUKURAN KINERJA TAHUN 2023", "DINAS TENAGA KERJA KABUPATEN JEMBER"],
        (
            "No",
            "Sasaran Strategis",
            "Indikator Sasaran",
            "Satuan",
            "Polaritas",
            "Target 2023",
            "Realisasi 2021",
            "Realisasi 2022",
            "Realisasi 2023",
            "Capaian 2023",
            "Realisasi Nasional",
            "Penanggung Jawab",
        ),
        [
            (
                1,
                S1,
                I1,
                "%",
                "Positif",
                1.0,
                1.0,
                1.0,
                1.0,
                "100%",
                "-",
                "Bidang Pembinaan, Pelatihan TK, & Produktivitas",
            ),
            (
                None,
                None,
                I2,
                "Orang",
                "Positif",
                "1.000 Orang",
                "704 orang",
                1951,
                3898,
                "389,8%",
                "-",
                "Bidang Penempatan Tenaga Kerja",
            ),
            (
                2,
                S2,
                I3,
                "%",
                "Positif",
                0.89,
                0.875,
                0.8667,
                0.8571,
                "96,30%",
                "-",
                "Bidang Hubungan Industrial",
            ),
        ],
        (5, 40, 44, 8, 10, 12, 12, 12, 12, 12, 12, 30),
        merge_first=2,
        formats={6: "0%", 7: "0.0%", 8: "0.00%", 9: "0.00%"},
    )
    _general(ws, rows=(6,), cols=(6, 7, 8, 9))  # "Pencari kerja": counts, not percentages
    ws.merge_cells("A5:A6")
    end = ws.max_row
    ws.cell(
        end + 2,
        1,
        "Sumber Data: Bidang Pembinaan, Pelatihan TK, & Perluasan KK, Bidang "
        "Penempatan Tenaga Kerja, Bidang Hubungan Industrial",
    )
    ws = wb.create_sheet("Anggaran")
    last = _table(
        ws,
        ["REALISASI ANGGARAN PER PROGRAM TAHUN 2023", "DINAS TENAGA KERJA KABUPATEN JEMBER"],
        ("Level", "Uraian", "Anggaran (Rp.)", "Realisasi (Rp)", "Capaian (%)"),
        [*JEMBER_BUDGET, (None, *JEMBER_TOTAL)],
        (14, 80, 20, 20, 12),
    )
    ws.cell(last - 1, 2).font = Font(bold=True)
    ws = wb.create_sheet("PK")
    _table(
        ws,
        ["PERJANJIAN KINERJA – PERUBAHAN TAHUN 2023", "DINAS TENAGA KERJA"],
        ("No", "Sasaran Strategis", "Indikator Kinerja", "Target"),
        [
            (
                1,
                S1,
                "1. Presentase pencaker terlatih dan pekerja produktif bersertifikat kompetensi",
                "100%",
            ),
            (None, None, "2. Pencari kerja yang ditempatkan", "1000 orang"),
            (
                2,
                S2,
                "Presentase penyelesaian kasus perselisihan hubungan industrial, mogok kerja,"
                " dan penutupan perusahaan",
                "89%",
            ),
        ],
        (5, 50, 60, 14),
        merge_first=2,
    )
    ws.merge_cells("A5:A6")
    _pk_programmes(ws, 9)
    ws = wb.create_sheet("Renstra")
    ws.cell(
        1,
        1,
        "MATRIKS TUJUAN DAN SASARAN RENCANA STRATEGIS DINAS TENAGA KERJA "
        "TAHUN 2021-2026 (SEBELUM PERUBAHAN)",
    ).font = Font(bold=True, size=12)
    ws.cell(3, 1, "Sasaran")
    ws.cell(3, 2, "Indikator Sasaran")
    ws.cell(3, 3, "Satuan")
    ws.cell(3, 4, "Target Kinerja Sasaran pada Tahun")
    ws.merge_cells("D3:I3")
    for c, y in enumerate(range(2021, 2027), start=4):
        ws.cell(4, c, y)
    for c in (1, 2, 3):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    renstra = [
        (S1 + ".", I1, "%", "100%", "100%", "100%", "100%", "100%", "100%"),
        (None, I2, "Orang", 1000, 1000, 1000, 1000, 1000, 1000),
        (S2, I3, "%", "83%", "86%", "89%", "92%", "95%", "95%"),
    ]
    for r, values in enumerate(renstra, start=5):
        for c, v in enumerate(values, start=1):
            ws.cell(r, c, v).border = BOX
    ws.merge_cells("A5:A6")
    # (v2) the goal, after the years so that no existing column moves
    ws.cell(3, 10, "Tujuan")
    ws.cell(3, 11, "Indikator Tujuan")
    ws.merge_cells("J3:J4")
    ws.merge_cells("K3:K4")
    for r in (5, 6, 7):
        ws.cell(r, 10, TUJUAN if r == 5 else None).border = BOX
        ws.cell(r, 11, INDIKATOR_TUJUAN if r == 5 else None).border = BOX
    for r in (3, 4):
        for c in range(1, 12):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).fill = HEAD
            ws.cell(r, c).border = BOX
    ws.cell(9, 1, "Sumber data : Rencana Strategis Dinas Tenaga Kerja Tahun 2021-2026")
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 44
    ws = wb.create_sheet("RKT")
    _table(
        ws,
        ["RENCANA KINERJA TAHUNAN (RKT) TAHUN 2023"],
        (*RKT_HEADER, "Tujuan", "Indikator Tujuan"),
        # (v2) the goal, last, so that no existing column moves
        [(*r, TUJUAN, INDIKATOR_TUJUAN) if i == 0 else r for i, r in enumerate(JEMBER_RKT)],
        (30, 30, 10, 30, 30, 10, 30, 30, 10, 30, 30, 12, 18, 30, 30),
        merge_first=1,
    )
    ws = wb.create_sheet("Program Kegiatan")
    _table(
        ws,
        ["TARGET DAN REALISASI PROGRAM DAN KEGIATAN PENDUKUNG SASARAN TAHUN 2023"],
        ("Sasaran", "Level", "Uraian", "Jenis", "Indikator", "Target", "Realisasi"),
        [
            (
                1,
                "Program",
                "Pelatihan Kerja dan Prokdutivitas Tenaga Kerja",
                None,
                None,
                None,
                None,
            ),
            (
                1,
                "Kegiatan",
                "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
                None,
                None,
                None,
                None,
            ),
            (
                1,
                "Sub Kegiatan",
                "Proses Pelaksanaan Pendidikan dan Pelatihan Keterampilan bagi "
                "Pencari Kerja Berdasarkan Klaster Kompetensi",
                "Input",
                "Anggaran",
                "7.290.242.400",
                "6.477.257.300",
            ),
            (
                1,
                "Sub Kegiatan",
                None,
                "Output",
                "Persentase pencaker terlatih yang bersertifikat kompetensi",
                "100%",
                "100%",
            ),
            (1, "Sub Kegiatan", None, "Outcome", None, "100%", "100%"),
            (1, "Program", "Penempatan Tenaga Kerja", None, None, None, None),
            (1, "Kegiatan", "Pengelolaan Informasi Pasar Kerja", None, None, None, None),
            (
                1,
                "Sub Kegiatan",
                "Job Fair/Bursa Kerja",
                "Input",
                "Anggaran",
                "1.163.780.000",
                "1.149.282.500",
            ),
            (
                1,
                "Sub Kegiatan",
                None,
                "Output",
                "Jumlah Aplikasi pelayanan informasi pasar kerja online pemerintah",
                "2 Aplikasi",
                "3 Aplikasi",
            ),
            (
                1,
                "Sub Kegiatan",
                None,
                "Outcome",
                "Jumlah pencari kerja yang ditempatkan",
                "1.000 Orang",
                "3.898 Orang",
            ),
            (2, "Program", "Hubungan Industrial", None, None, None, None),
            (
                2,
                "Kegiatan",
                "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok "
                "Kerja dan Penutupan Perusahaan di Daerah Kabupaten/Kota",
                None,
                None,
                None,
                None,
            ),
            (
                2,
                "Sub Kegiatan",
                "Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja, dan "
                "Penutupan Perusahaan yang Berakibat/Berdampak pada Kepentingan di 1(satu) Daerah "
                "Kabupaten/Kota",
                "Input",
                "Anggaran",
                "37.670.000",
                "18.531.000",
            ),
            (2, "Sub Kegiatan", None, "Output", HI_OUT, "30 Kasus", "12 Kasus"),
            (
                2,
                "Sub Kegiatan",
                None,
                "Outcome",
                "Presentase penyelesaian Kasus Hubungan Industrial",
                "89%",
                "85,71%",
            ),
        ],
        (8, 14, 50, 10, 50, 14, 14),
    )
    return wb


DS1 = "Meningkatnya derajat kesehatan ibu dan anak"
DS2 = "Meningkatnya akses dan mutu pelayanan kesehatan"


def dinkes() -> Workbook:
    wb = Workbook()
    _identitas(
        wb,
        [
            ("Instansi", "Dinas Kesehatan"),
            ("Pemerintah", "Kabupaten Contoh"),
            ("Tahun", 2023),
            ("Kepala", "dr. Contoh Sehat, M.Kes"),
            ("Pangkat", "Pembina Utama Muda"),
            ("NIP", "19700101 199803 1 001"),
            ("Kota", "Contoh"),
            ("Tanggal", "29 Februari 2024"),
        ],
    )
    ws = wb.create_sheet("Capaian Kinerja")  # a synonym of Realisasi... not in the list
    ws.title = "Pengukuran Kinerja"
    _table(
        ws,
        ["PENGUKURAN KINERJA DINAS KESEHATAN TAHUN 2023 (CONTOH, ANGKA REKAAN)"],
        (
            "Sasaran Strategis",
            "Indikator Kinerja",
            "Satuan",
            "Sifat",
            "Target 2023",
            "Realisasi 2022",
            "Realisasi 2023",
            "% Capaian",
            "Sumber Data",
        ),
        [
            (
                DS1,
                "Angka Kematian Ibu",
                "per 100.000 KH",
                "negatif",
                98,
                110.2,
                "104,3",
                "93,57",
                "Bidang Kesehatan Masyarakat",
            ),
            (
                None,
                "Angka Kematian Bayi",
                "per 1.000 KH",
                "negatif",
                7.5,
                7.9,
                6.2,
                "117,33",
                "Bidang Kesehatan Masyarakat",
            ),
            (
                None,
                "Prevalensi balita stunting",
                "%",
                "turun",
                0.2,
                0.261,
                0.246,
                "77%",
                "Bidang Kesehatan Masyarakat",
            ),
            (
                DS2,
                "Persentase desa UCI (Universal Child Immunization)",
                "%",
                "positif",
                0.95,
                0.9,
                0.884,
                "93,05",
                "Bidang P2P",
            ),
            (
                None,
                "Cakupan kepesertaan JKN",
                "%",
                "positif",
                0.98,
                0.96,
                "data tidak tersedia",
                None,
                "Bidang Yankes",
            ),
            (None, "Jumlah kematian akibat DBD", "Kasus", "negatif", 0, 3, 2, "0", "Bidang P2P"),
        ],
        (36, 40, 14, 9, 10, 12, 14, 10, 26),
        merge_first=1,
        formats={5: "0%", 6: "0.0%", 7: "0.0%"},
    )
    # rates per 100.000 / 1.000 births and case counts are plain numbers, not fractions
    _general(ws, rows=(4, 5, 9), cols=(5, 6, 7))
    ws = wb.create_sheet("Belanja")
    last = _table(
        ws,
        ["REALISASI ANGGARAN DINAS KESEHATAN TAHUN 2023 (CONTOH, ANGKA REKAAN)"],
        (
            "Kode Rekening",
            "Program / Kegiatan / Sub Kegiatan",
            "Pagu Anggaran",
            "Realisasi Anggaran",
            "%",
            "Sasaran",
        ),
        [
            (
                "1.02.01",
                "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
                None,
                None,
                None,
                None,
            ),
            (
                "1.02.01.2.02",
                "Administrasi Keuangan Perangkat Daerah",
                18_250_400_000,
                17_640_112_350,
                "96,66",
                None,
            ),
            (
                "1.02.01.2.02.0001",
                "Penyediaan Gaji dan Tunjangan ASN",
                18_250_400_000,
                17_640_112_350,
                "96,66",
                None,
            ),
            (
                "1.02.02",
                "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
                None,
                None,
                None,
                "1",
            ),
            (
                "1.02.02.2.02",
                "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat "
                "Daerah Kabupaten/Kota",
                6_480_750_000,
                5_998_310_200,
                "92,56",
                None,
            ),
            (
                "1.02.02.2.02.0001",
                "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
                1_245_600_000,
                1_190_420_500,
                "95,57",
                None,
            ),
            (
                "1.02.02.2.02.0004",
                "Pengelolaan Pelayanan Kesehatan Balita",
                2_310_150_000,
                2_101_987_700,
                "90,99",
                None,
            ),
            (
                "1.02.02.2.02.0025",
                "Pelayanan Kesehatan Penyakit Menular dan Tidak Menular",
                2_925_000_000,
                2_705_902_000,
                "92,51",
                None,
            ),
            (
                "1.02.02.2.01",
                "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP "
                "Kewenangan Daerah Kabupaten/Kota",
                4_100_000_000,
                3_500_000_000,
                "85,37",
                None,
            ),
            (
                "1.02.02.2.01.0014",
                "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
                4_100_000_000,
                3_501_000_000,
                "85,39",
                None,
            ),
            (
                "1.02.03",
                "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
                None,
                None,
                None,
                "2",
            ),
            (
                "1.02.03.2.02",
                "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan",
                850_000_000,
                812_450_000,
                "95,58",
                None,
            ),
            (
                "1.02.03.2.02.0001",
                "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan",
                850_000_000,
                812_450_000,
                "95,58",
                None,
            ),
        ],
        (20, 70, 18, 18, 8, 10),
        formats={3: "#,##0", 4: "#,##0"},
    )
    ws.cell(last, 2, "Jumlah").font = Font(bold=True)
    ws.cell(last, 3, 29_681_150_000).number_format = "#,##0"
    ws.cell(last, 4, 27_951_872_550).number_format = "#,##0"
    ws.cell(last + 2, 1, "Catatan: angka rekaan untuk contoh, bukan data instansi mana pun.")
    return wb


IS1 = "Meningkatnya akuntabilitas keuangan dan kinerja pemerintah daerah"
IS2 = "Meningkatnya kapabilitas pengawasan internal"
IS3 = "Menurunnya penyimpangan pengelolaan keuangan daerah"
# (sasaran, indicator, satuan, polaritas, target 2023, realisasi 2022, realisasi 2023,
#  Renstra 2026); the capaian each gives is worked out in tests/test_targets.py
INSPEKTORAT: list[tuple[Value, ...]] = [
    (IS1, "Opini BPK atas LKPD", "opini", None, "WTP", "WTP", "WDP", "WTP"),
    (None, "Nilai evaluasi SAKIP pemerintah kabupaten", "nilai", None, "BB", "B", "A", "A"),
    (IS2, "Level kapabilitas APIP", "level", None, "Level 3", "Level 2", "Level 3", "Level 4"),
    (None, "Level maturitas SPIP", "level", None, "Level 3", "Level 3", "level 4", "Level 4"),
    (
        None,
        "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
        "%",
        "positif",
        "80 – 90 %",
        "76%",
        "70%",
        "90 - 95 %",
    ),
    (IS3, "Jumlah temuan berulang", "temuan", None, "maks. 12", 14, 9, "maks. 8"),
    (
        None,
        "Rata-rata waktu penyelesaian pemeriksaan khusus",
        "hari",
        "negatif",
        "7 - 8 hari",
        "9 hari",
        "6,5 hari",
        "6 - 7 hari",
    ),
    (
        None,
        "Kerugian daerah yang belum ditindaklanjuti",
        "kasus",
        None,
        "nihil",
        "1 kasus",
        "0 kasus",
        "nihil",
    ),
    (
        None,
        "Persentase pengaduan masyarakat yang ditangani",
        "%",
        None,
        "minimal 95%",
        "93%",
        "97,5%",
        "minimal 98%",
    ),
    (None, "Indeks kepuasan layanan konsultasi pengawasan", "mutu IKM", None, "A", "B", "B", "A"),
    (
        None,
        "Persentase perangkat daerah yang menerapkan manajemen risiko",
        "%",
        "positif",
        75,
        60,
        "dalam proses",
        100,
    ),
]


def inspektorat() -> Workbook:
    wb = Workbook()
    _identitas(
        wb,
        [
            ("Instansi", "Inspektorat"),
            ("Pemerintah", "Kabupaten Contoh"),
            ("Tahun", 2023),
            ("Kepala", "Drs. Contoh Awas, M.Si"),
            ("Pangkat", "Pembina Utama Muda"),
            ("NIP", "19720202 199703 1 002"),
            ("Kota", "Contoh"),
            ("Tanggal", "28 Februari 2024"),
        ],
    )
    ws = wb.create_sheet("Capaian")
    _table(
        ws,
        ["CAPAIAN INDIKATOR KINERJA UTAMA INSPEKTORAT TAHUN 2023 (CONTOH, ANGKA REKAAN)"],
        (
            "Sasaran Strategis",
            "Indikator Kinerja",
            "Satuan",
            "Polaritas",
            "Target 2023",
            "Realisasi 2022",
            "Realisasi 2023",
        ),
        [row[:7] for row in INSPEKTORAT],
        (36, 44, 10, 10, 14, 14, 14),
        merge_first=1,
    )
    ws = wb.create_sheet("Anggaran")
    last = _table(
        ws,
        ["REALISASI ANGGARAN INSPEKTORAT TAHUN 2023 (CONTOH, ANGKA REKAAN)"],
        ("Kode", "Uraian", "Anggaran", "Realisasi", "Sasaran"),
        [
            ("6.01.01", "Program Penunjang Urusan Pemerintahan Daerah", None, None, "1"),
            ("6.01.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja", None, None, None),
            (
                "6.01.01.2.01.0006",
                "Koordinasi Penyusunan Laporan Kinerja",
                45_000_000,
                44_100_000,
                None,
            ),
            ("6.01.02", "Program Penyelenggaraan Pengawasan", None, None, "2"),
            ("6.01.02.2.01", "Penyelenggaraan Pengawasan Internal", None, None, None),
            (
                "6.01.02.2.01.0001",
                "Pengawasan Kinerja Pemerintah Daerah",
                850_000_000,
                812_450_000,
                None,
            ),
            (
                "6.01.02.2.01.0002",
                "Pengawasan Keuangan Pemerintah Daerah",
                1_200_000_000,
                1_158_000_000,
                "3",
            ),
        ],
        (20, 60, 18, 18, 10),
        formats={3: "#,##0", 4: "#,##0"},
    )
    ws.cell(last + 1, 1, "Catatan: angka rekaan untuk contoh, bukan data instansi mana pun.")
    ws = wb.create_sheet("PK")
    _table(
        ws,
        ["PERJANJIAN KINERJA TAHUN 2023", "INSPEKTORAT KABUPATEN CONTOH"],
        ("Sasaran Strategis", "Indikator Kinerja", "Target"),
        # the PK spells some targets out; they are the same targets (no discrepancy)
        [
            (row[0], row[1], {"WTP": "Wajar Tanpa Pengecualian"}.get(str(row[4]), row[4]))
            for row in INSPEKTORAT
        ],
        (36, 44, 24),
        merge_first=1,
    )
    ws = wb.create_sheet("Renstra")
    _table(
        ws,
        ["MATRIKS RENSTRA INSPEKTORAT 2022-2026 (CONTOH)"],
        ("Sasaran", "Indikator", "Satuan", "2023", "2026"),
        [(row[0], row[1], row[2], row[4], row[7]) for row in INSPEKTORAT],
        (36, 44, 10, 14, 14),
        merge_first=1,
    )
    return wb


# Tabel 3.8 exactly as the seed prints it: Roman/arabic numbering in a column without a
# header, "Kegiatan :" label rows with the name below, a name split over two rows, sub
# kegiatan without a prefix, a closing "Total".
SEED_38: list[Row] = [
    ("I", "Program: Penunjang Urusan Pemerintah Daerah", None, None, None),
    (
        "1",
        "Kegiatan: Perencanaan penganggaran dan evaluasi kinerja perangkat",
        "37.984.500,00",
        "37.428.500,00",
        "98,53",
    ),
    (
        None,
        "Sub Kegiatan : Penyusunan dokumen perencanaan perangkat daerah",
        "37.984.500,00",
        "37.428.500,00",
        "98,53",
    ),
    (
        "2",
        "Kegiatan: Administrasi Keuangan Perangkat Daerah",
        "3.432.609.159",
        "2.684.594.463",
        "78,20",
    ),
    (
        None,
        "Sub Kegiatan: Penyediaan Gaji dan Tunjangan ASN",
        "3.296.289.159",
        "2.548.274.463",
        "77,30",
    ),
    (
        None,
        "Sub Kegiatan: Penyediaan Administrasi Pelaksanaan Tugas ASN",
        "136.320.000",
        "136.320.000",
        "100",
    ),
    (
        "3",
        "Kegiatan: Administrasi Umum Perangkat Daerah",
        "506.742.400,00",
        "390.552.985,00",
        "77,07",
    ),
    (
        None,
        "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
        "7.555.500,00",
        "7.555.500,00",
        "100",
    ),
    (None, "Penyediaan banah logistik kantor", "264.320.100,00", "236.203.400,00", "89,36"),
    (None, "Penyediaan barang cetakan dan penggandaan", "25.708.800,00", "25.195.000,00", "98"),
    (
        None,
        "Penyediaan bahan bacaan dan peraturan perundang – undangan",
        "3.000.000,00",
        "2.015.000,00",
        "67,16",
    ),
    (
        None,
        "Penyelenggara rapat koordinasi dan konsultasi SKPD",
        "206.158.000,00",
        "119.584.085,00",
        "58,00",
    ),
    ("4", "Kegiatan :", None, None, None),
    (
        None,
        "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
        "14.513.600",
        "14.512.000",
        "99,98",
    ),
    (None, "Sub Kegiatan :", None, None, None),
    (None, "Pengadaan Peralatan dan Mesin Lainnya", "14.513.600", "14.512.000", "99,98"),
    ("5", "Kegiatan :", None, None, None),
    (None, "-Penyediaan Jasa", None, None, None),
    (None, "Penunjang Urusan Pemerintah Daerah", "444.619.156,00", "414.044.357,00", "93,12"),
    (None, "Sub Kegiatan :", None, None, None),
    (None, "Penyediaan Jasa Surat Menyurat", "4.275.000,00", "3.850.000,00", "90,05"),
    (
        None,
        "Penyediaan Jasa Komunikasi Sumber Daya Air dan Listrik",
        "80.770.800,00",
        "61.270.589,00",
        "75,85",
    ),
    (None, "Penyediaan Jasa Pelayanan Umum Kantor", "359.573.356,00", "348.923.768,00", "97,03"),
    ("6", "Kegiatan :", None, None, None),
    (
        None,
        "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah",
        "156.935.000,00",
        "128.375.745,00",
        "81,80",
    ),
    (None, "Sub Kegiatan :", None, None, None),
    (
        None,
        "Peyendiaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan "
        "Dinas atau Kendaraan Dinas Jabatan",
        "42.043.500,00",
        "36.105.700,00",
        "85,87",
    ),
    (
        None,
        "Peyendiaan Jasa Pemeliharaan, Biaya Pemeliharaan ,Pajak,Perizinan Kendaraan Dinas "
        "Operasional atau lapangan",
        "84.891.500,00",
        "63.537.245,00",
        "74,84",
    ),
    (None, "Pemeliharaan peralatan dan Mesin Lainnya", "30.000.000,00", "28.732.800,00", "95,77"),
    (None, None, None, None, None),
    ("II", "Program: Pelatihan Kerja dan Prokduktivitas Tenaga Kerja", None, None, None),
    ("1", "Kegiatan:", None, None, None),
    (
        None,
        "Pelaksanaan Pelatihan berdasarkan Unit Kompetensi",
        "7.290.242.400,00",
        "6.477.257.300,00",
        "88,84",
    ),
    (None, "Sub Kegiatan :", None, None, None),
    (
        None,
        "Proses Pelaksanaan Pendidikan dan pelatihan Keterampilan bagi Pencari Kerja "
        "Berdasarkan Klaster Komptensi",
        "7.290.242.400,00",
        "6.477.257.300,00",
        "88,84",
    ),
    ("2", "Kegiatan:", None, None, None),
    (None, "Pembinaan Lembaga Pelatihan Kerja Swasta", "21.748.900,00", "16.060.700,00", "73,84"),
    (None, "Sub Kegiatan :", None, None, None),
    (None, "Pembinaan Lembaga Pelatihan Kerja Swasta", "21.748.900,00", "16.060.700,00", "73,84"),
    ("III", "Program: Penempatan Tenaga Kerja", None, None, None),
    ("1", "Kegiatan:", None, None, None),
    (None, "Pelayanan anatar Kerja di Daerah Kabupaten/Kota", "94.294.000", "84.827.100", "89,96"),
    (None, "Sub Kegiatan :", None, None, None),
    (None, "Perluasan Kesempatan Kerja", "94.294.000,00", "84.827.100,00", "89,96"),
    (None, "Kegiatan :", None, None, None),
    (
        None,
        "-Pelindungan PMI (Pra dan Purna Penempatan) di Daerah Kabupaten/Kota",
        "186.337.000,00",
        "180.598.739,00",
        "96,92",
    ),
    (None, "Sub Kegiatan :", None, None, None),
    (
        None,
        "Peningkatan Perlindungan dan Kompetensi Calon Pencari Migran Indonesia (PMI)/"
        "Pekerja Migran Indonesia (PMI)",
        "186.337.000,00",
        "180.598.739,00",
        "96,92",
    ),
    ("2.", "Kegiatan:", None, None, None),
    (None, "Pengelolaan Informasi Pasar Kerja", "1.163.780.000,00", "1.149.282.500,00", "98,75"),
    (None, "Sub Kegiatan :", None, None, None),
    (None, "Job Fair/Bursa Kerja", "1.163.780.000,00", "1.149.282.500,00", "98,75"),
    ("IV", "Program: Hubungan Industrial", None, None, None),
    ("1", "Kegiatan:", None, None, None),
    (
        None,
        "Pencegahan dan penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan "
        "Penutupan Perusahaan di Daerah Kabupaten/ Kota",
        "458.733.000,00",
        "373.917.400,00",
        "81,51",
    ),
    (None, "Sub Kegiatan :", None, None, None),
    (
        None,
        "Penyelenggaraan Verifikasi dan Rekapitulasi Keanggotaan pada Organisasi "
        "Pengusaha, Federasi dan Konfederasi Serikat Pekerja/ Serikat Buruh serta Non Afiliasi",
        "143.356.400,00",
        "133.756.400,00",
        "93,30",
    ),
    (None, "Sub Kegiatan :", None, None, None),
    (
        None,
        "Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja, dan Penutupan "
        "Perusahaan yang Berakibat/Berdampak pada Kepentingan di 1 (satu) Daerah Kabupaten/Kota",
        "37.670.000,00",
        "18.531.000,00",
        "49,19",
    ),
    (None, "Sub Kegiatan :", None, None, None),
    (
        None,
        "Pelaksanaan Operasional Lembaga Tripartit Daerah Kabupaten/ Kota",
        "277.706.600,00",
        "221.630.000,00",
        "79,80",
    ),
    ("2.", "Kegiatan:", None, None, None),
    (
        None,
        "Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama untuk "
        "Perusahaan yang Hanya beroperasi dalam 1 (satu) Daerah Kab/Kota",
        "1.500.000.000,00",
        "1.407.664.459,00",
        "93,84",
    ),
    (None, "Sub Kegiatan :", None, None, None),
    (
        None,
        "Penyelenggaraan Pendataan dan Informasi Sarana Hubungan Industrial dan Jaminan "
        "Sosial Tenaga Kerja serta Pengupahan",
        "1.500.000.000,00",
        "1.407.664.459,00",
        "93,84",
    ),
    (None, "Total", "15.308.539.115,00", "13.359.116.248,00", "87,26"),
]


def _copy_sheet(src: Worksheet, ws: Worksheet, row_offset: int = 0) -> None:
    for row in src.iter_rows():
        for cell in row:
            if cell.value is not None:
                ws.cell(cell.row + row_offset, cell.column, cell.value)
    for rng in src.merged_cells.ranges:
        ws.merge_cells(
            start_row=rng.min_row + row_offset,
            start_column=rng.min_col,
            end_row=rng.max_row + row_offset,
            end_column=rng.max_col,
        )


def jember_messy() -> Workbook:
    """The Jember figures as staff keep them: the seed's own table layouts, sheets named by
    synonyms and in another order, numbers typed as text, label rows, a two-row RKT header."""
    tidy = jember()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Belanja"  # Anggaran, first and by a synonym
    last = _table(
        ws,
        ["Tabel 3.8", "REALISASI ANGGARAN PER PROGRAM TAHUN 2023"],
        (None, "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)", "REALISASI (Rp)", "CAPAIAN (%)"),
        SEED_38,
        (6, 80, 20, 20, 12),
    )
    ws.cell(last + 1, 2, "Sumber: DPA dan SP2D Dinas Tenaga Kerja 2023")
    ws = wb.create_sheet("Pengukuran Kinerja")  # Realisasi
    ws.cell(1, 1, "Tabel 3.1").font = Font(bold=True)
    ws.cell(2, 1, "Pengukuran Realisasi Kinerja Tahun 2023").font = Font(bold=True)
    header: Row = (
        "NO",
        "SASARAN STRATEGIS",
        None,
        "INDIKATOR SASARAN",
        "TARGET 2023",
        "REALISASI 2021",
        "REALISASI 2022",
        "REALISASI 2023",
        "CAPAIAN 2023",
        "REALISASI NASIONAL",
        "PENANGGUNG JAWAB",
    )
    for c, h in enumerate(header, start=1):
        ws.cell(4, c, h).font = Font(bold=True)
    ws.merge_cells("B4:C4")
    for c in range(1, len(header) + 1):
        ws.cell(5, c, f"({c})")
    rows: list[Row] = [
        (
            1,
            S1,
            1,
            I1,
            "100%",
            "100 %",
            "100 %",
            1.0,
            "100%",
            "-",
            "Bidang Pembinaan, Pelatihan TK, & Produktivitas",
        ),
        (
            None,
            None,
            2,
            I2,
            "1.000 Orang",
            "704 orang",
            "1.951",
            "3.898",
            "389,8%",
            "-",
            "Bidang Penempatan Tenaga Kerja",
        ),
        (None, None, None, None, None, None, None, None, None, None, None),
        (
            2,
            S2,
            1,
            I3,
            "89%",
            "87,5%",
            "86,67%",
            "85,71%",
            "96,30%",
            "-",
            "Bidang Hubungan Industrial",
        ),
    ]
    for r, values in enumerate(rows, start=6):
        for c, v in enumerate(values, start=1):
            ws.cell(r, c, v)
    ws.cell(6, 8).number_format = "0%"
    ws.merge_cells("A6:A7")
    ws.merge_cells("B6:B7")
    ws.cell(
        11,
        1,
        "Sumber Data: Bidang Pembinaan, Pelatihan TK, & Perluasan KK, Bidang "
        "Penempatan Tenaga Kerja, Bidang Hubungan Industrial",
    )
    ws.cell(13, 6, "Jember, 22 Februari 2024")
    ws = wb.create_sheet("Output")  # Program Kegiatan, sasaran written "Sasaran 1"
    for row in tidy["Program Kegiatan"].iter_rows():
        for cell in row:
            value = cell.value
            if cell.column == 1 and isinstance(value, int):
                value = f"Sasaran {value}"
            ws.cell(cell.row, cell.column, value)
    ws = wb.create_sheet("Rencana Kinerja Tahunan")  # RKT under group headings
    ws.cell(1, 1, "RENCANA KINERJA TAHUNAN (RKT) TAHUN 2023").font = Font(bold=True)
    for name, c1, c2 in (
        ("SASARAN", 1, 3),
        ("PROGRAM", 4, 6),
        ("KEGIATAN", 7, 9),
        ("SUB KEGIATAN", 10, 13),
    ):
        ws.cell(3, c1, name)
        ws.merge_cells(start_row=3, start_column=c1, end_row=3, end_column=c2)
    below = (
        "Uraian",
        "Indikator Sasaran",
        "Target",
        "Uraian",
        "Indikator Program",
        "Target",
        "Uraian",
        "Indikator Kegiatan",
        "Target",
        "Nama Sub Kegiatan",
        "Indikator Kegiatan (Output)",
        "Target",
        "Anggaran (Rp.)",
    )
    for c, h in enumerate((*below, "Tujuan", "Indikator Tujuan"), start=1):
        ws.cell(4, c, h)
        ws.cell(5, c, c)
    for r, values in enumerate(JEMBER_RKT, start=6):
        goal = (TUJUAN, INDIKATOR_TUJUAN) if r == 6 else ()
        for c, v in enumerate((*values, *goal), start=1):
            ws.cell(r, c, v)
    ws = wb.create_sheet("Profil")  # Identitas, other labels, value two columns right
    for r, (k, v) in enumerate(
        [
            ("Nama Instansi", "Dinas Tenaga Kerja"),
            ("Pemerintah Daerah", "Kabupaten Jember"),
            ("Tahun Anggaran", "2023"),
            ("Nama Kepala", "Drs. SUPRIHANDOKO, MM"),
            ("Pangkat/Golongan", "Pembina Tk. I"),
            ("NIP", "19651229 199403 1 003"),
            ("Tempat", "Jember"),
            ("Tanggal", "Februari 2024"),
            ("Pihak Kedua", "Ir. H. HENDY SISWANTO, ST, IPU."),
            ("Jabatan Pihak Kedua", "Bupati Jember"),
            ("Tanggal Perjanjian Kinerja", "21 November 2023"),
            *JEMBER_RPJMD,
        ],
        start=2,
    ):
        ws.cell(r, 1, k)
        ws.cell(r, 3, v)
    _copy_sheet(tidy["Renstra"], wb.create_sheet("Matriks Renstra"), row_offset=1)
    ws = wb.create_sheet("Perjanjian Kinerja")
    _copy_sheet(tidy["PK"], ws)
    return wb


def main() -> None:
    messy = HERE.parent / "tests" / "data" / "jember-berantakan.xlsx"
    for path, build in (
        (HERE / "jember-disnaker-2023.xlsx", jember),
        (HERE / "contoh-dinkes-2023.xlsx", dinkes),
        (HERE / "contoh-inspektorat-2023.xlsx", inspektorat),
        (messy, jember_messy),
    ):
        wb = build()
        wb.properties.creator = "lkip-xlsx samples"
        wb.save(path)
        print(path)


if __name__ == "__main__":
    main()
