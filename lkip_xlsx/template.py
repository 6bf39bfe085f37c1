"""``lkip template``: a blank input workbook with every sheet and header of contract v2, a
``Petunjuk`` sheet explaining each column in Indonesian, drop-down lists for ``Polaritas``,
``Level`` and ``Jenis``, and a small example in every sheet (it converts as it is)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .contract import SHEETS, SheetSpec

if TYPE_CHECKING:
    from openpyxl import Workbook

__all__ = ["write_template", "template_headers", "EXAMPLES", "LISTS"]

Cell = str | int | float | None


def template_headers(spec: SheetSpec) -> tuple[str, ...]:
    """The template's header row of a sheet, from the contract: every column the template has,
    in the contract's order, each followed by its example year columns."""
    out: list[str] = []
    for col in spec.columns:
        if col.template:
            out.append(col.header or col.label)
            out.extend(col.then)
    return tuple(out)


# Layout facts of the template only. The example rows, by sheet key, in the order of
# template_headers() (the headers themselves come from the contract):
EXAMPLES: dict[str, tuple[tuple[Cell, ...], ...]] = {
    "realisasi": (
        (
            "Meningkatnya layanan contoh",
            "Persentase layanan tepat waktu",
            "%",
            "positif",
            90,
            94.5,
            85,
            88,
            None,
            "Bidang Layanan",
            None,
            None,
        ),
        (
            None,
            "Jumlah pengaduan yang tertunda",
            "kasus",
            "negatif",
            20,
            12,
            31,
            25,
            None,
            "Bidang Layanan",
            None,
            None,
        ),
    ),
    "anggaran": (
        ("1.01.01", "Program", "Program Contoh Layanan", None, None, None, "1"),
        ("1.01.01.2.01", "Kegiatan", "Kegiatan Contoh", None, None, None, None),
        (
            "1.01.01.2.01.0001",
            "Sub Kegiatan",
            "Sub Kegiatan Contoh",
            150000000,
            142500000,
            None,
            None,
        ),
    ),
    "pk": (("Meningkatnya layanan contoh", "Persentase layanan tepat waktu", "90%"),),
    "renstra": (
        (
            "Meningkatnya layanan contoh",
            "Persentase layanan tepat waktu",
            "%",
            80,
            84,
            86,
            90,
            92,
            95,
        ),
    ),
    "rkt": (
        (
            "Meningkatnya layanan contoh",
            "Persentase layanan tepat waktu",
            "90%",
            "Program Contoh Layanan",
            "Persentase layanan tepat waktu",
            "90%",
            "Kegiatan Contoh",
            "Jumlah layanan",
            "1.000 layanan",
            "Sub Kegiatan Contoh",
            "Jumlah dokumen",
            "12 dokumen",
            150000000,
        ),
    ),
    "program_kegiatan": (
        ("1", "Sub Kegiatan", "Sub Kegiatan Contoh", "Output", "Jumlah dokumen", 12, 12, "dokumen"),
    ),
}

# drop-down lists: sheet key -> column key -> the allowed values
LISTS: dict[str, dict[str, str]] = {
    "realisasi": {"polaritas": "positif,negatif"},
    "anggaran": {"level": "Program,Kegiatan,Sub Kegiatan"},
    "program_kegiatan": {"level": "Program,Kegiatan,Sub Kegiatan", "jenis": "Input,Output,Outcome"},
}

IDENTITAS: tuple[tuple[str, Cell, str], ...] = (
    ("Instansi", "Dinas Contoh", "nama perangkat daerah"),
    ("Pemerintah", "Kabupaten Contoh", "kabupaten / kota / provinsi"),
    ("Tahun", 2024, "tahun laporan (empat angka)"),
    ("Kepala", "Nama Kepala, S.T., M.M.", "nama kepala perangkat daerah"),
    ("NIP", "19700101 199901 1 001", ""),
    ("Pangkat", "Pembina Tk. I", ""),
    ("Kota", "Contoh", "tempat penandatanganan"),
    ("Tanggal", "31 Januari 2025", "tanggal penandatanganan"),
    ("Atasan", "Nama Bupati", "pihak kedua Perjanjian Kinerja (boleh kosong)"),
    ("Jabatan Atasan", "Bupati Contoh", "jabatan pihak kedua (boleh kosong)"),
    ("Tanggal PK", "2 Januari 2024", "tanggal penandatanganan PK (boleh kosong)"),
    ("Misi", "", "misi RPJMD yang didukung, dicetak di atas RKT (boleh kosong)"),
    ("Tujuan RPJMD", "", "boleh kosong"),
    ("Indikator Tujuan RPJMD", "", "boleh kosong"),
    ("Sasaran RPJMD", "", "boleh kosong"),
    ("Indikator Sasaran RPJMD", "", "boleh kosong"),
)

PETUNJUK: tuple[tuple[str, str, str, str], ...] = (
    (
        "Identitas",
        "Instansi, Pemerintah, Tahun, Kepala, NIP, Pangkat, Kota, Tanggal; (boleh kosong) "
        "Atasan, Jabatan Atasan, Tanggal PK, Misi, Tujuan RPJMD, Indikator Tujuan RPJMD, "
        "Sasaran RPJMD, Indikator Sasaran RPJMD",
        "tidak",
        "Pasangan nama dan isi. Dipakai untuk judul, kaki halaman dan blok tanda tangan.",
    ),
    (
        "Realisasi",
        "Sasaran",
        "ya",
        "Sasaran strategis. Kosong atau sel gabungan = sama dengan baris di atasnya.",
    ),
    ("Realisasi", "Indikator", "ya", "Nama indikator kinerja (IKU)."),
    (
        "Realisasi",
        "Satuan",
        "tidak",
        "%, orang, kasus, … Boleh juga ditulis di angka: 1.000 Orang.",
    ),
    (
        "Realisasi",
        "Polaritas",
        "tidak",
        "positif (makin tinggi makin baik, bawaan) atau negatif (makin rendah makin baik).",
    ),
    (
        "Realisasi",
        "Target",
        "ya",
        "Target tahun laporan: angka (1.000, 85,71%, 12 Kasus), atau batas, rentang, peringkat "
        "atau 'nihil' seperti di baris-baris berikut. Teks lain: indikator itu tidak dihitung "
        "(status 'tidak dapat dihitung') dan ditandai; indikator lain tetap dihitung.",
    ),
    (
        "Realisasi",
        "Target berupa batas",
        "",
        "'< 49', 'maks. 49', 'paling tinggi 49', 'kurang dari 49' = batas atas 49, polaritas "
        "negatif; '> 80', '≥ 80', 'minimal 80', 'paling sedikit 80' = batas bawah 80, polaritas "
        "positif. Capaian dihitung terhadap angka batas itu. Bila kolom Polaritas berkata lain, "
        "kolom Polaritas yang dipakai dan ditandai sebagai peringatan.",
    ),
    (
        "Realisasi",
        "Target berupa rentang",
        "",
        "'80-90', '80 – 90 %', '80 s.d. 90', '80 sampai 90', '7-8 bulan'. Realisasi di dalam "
        "rentang: capaian 100. Di luar rentang dihitung terhadap batas terdekat (PermenPANRB "
        "8/2021): 70 terhadap 80–90 → 70 ÷ 80 = 87,50; 6,5 bulan terhadap 7–8 bulan (negatif) → "
        "(2×7 − 6,5) ÷ 7 = 107,14. Tulis dari kecil ke besar: '90-80' tidak dihitung.",
    ),
    (
        "Realisasi",
        "Target berupa peringkat",
        "",
        "Opini BPK (WTP, WDP, TW, TMP), nilai SAKIP (AA, A, BB, B, CC, C, D), mutu IKM (A "
        "Sangat Baik … D Tidak Baik), level (Level 5 … Level 1); realisasi ditulis pada skala "
        "yang sama. Capaian = peringkat realisasi ÷ peringkat target × 100: target BB, "
        "tercapai A → 6 ÷ 5 = 120,00; target WTP, tercapai WDP → 3 ÷ 4 = 75,00. Huruf yang ada "
        "di dua skala ('A', 'B'): tulis nama skalanya di kolom Satuan ('nilai' atau 'mutu'). "
        "Skala sendiri dan cara 'tercapai' (100 atau 0): berkas konfigurasi, bagian [peringkat].",
    ),
    (
        "Realisasi",
        "Target 'nihil'",
        "",
        "'nihil', 'tidak ada', '0 kasus' = target 0 (nol toleransi, polaritas negatif): "
        "realisasi 0 → capaian 100, selainnya 0.",
    ),
    (
        "Realisasi",
        "Realisasi",
        "ya",
        "Realisasi tahun laporan. Kosong, '-' atau 'data tidak tersedia' = belum ada data.",
    ),
    (
        "Realisasi",
        "Realisasi <tahun>",
        "tidak",
        "Realisasi tahun-tahun sebelumnya (untuk Tabel 3.2). Ganti tahunnya sesuai laporan.",
    ),
    ("Realisasi", "Realisasi Nasional", "tidak", "Angka nasional pembanding (Tabel 3.4)."),
    ("Realisasi", "Penanggung Jawab", "tidak", "Bidang penanggung jawab / sumber data."),
    (
        "Realisasi",
        "Capaian",
        "tidak",
        "Capaian yang Anda hitung sendiri: hanya dibandingkan, tidak dipakai menghitung.",
    ),
    (
        "Anggaran",
        "Kode",
        "tidak",
        "Kode rekening: x.xx.xx program, x.xx.xx.x.xx kegiatan, x.xx.xx.x.xx.xxxx sub kegiatan.",
    ),
    ("Anggaran", "Level", "tidak", "Program, Kegiatan atau Sub Kegiatan (pilih dari daftar)."),
    ("Anggaran", "Uraian", "ya", "Nama program / kegiatan / sub kegiatan."),
    (
        "Anggaran",
        "Anggaran",
        "ya",
        "Pagu dalam rupiah. Wajib pada sub kegiatan; program dan kegiatan dijumlahkan sendiri.",
    ),
    ("Anggaran", "Realisasi", "ya", "Realisasi belanja dalam rupiah."),
    ("Anggaran", "Capaian", "tidak", "Persentase serapan Anda sendiri: hanya dibandingkan."),
    (
        "Anggaran",
        "Sasaran",
        "tidak",
        "Nomor atau nama sasaran yang didukung program ini, bila tidak ada lembar RKT.",
    ),
    (
        "PK",
        "Sasaran Strategis, Indikator Kinerja, Target",
        "tidak",
        "Target Perjanjian Kinerja, seperti tercetak.",
    ),
    (
        "Renstra",
        "Sasaran, Indikator, Satuan, <tahun>…",
        "tidak",
        "Target Renstra per tahun; satu kolom per tahun.",
    ),
    (
        "RKT",
        "Sasaran … Anggaran",
        "tidak",
        "Kaskade RKT; menentukan program yang mendukung tiap sasaran (Tabel 3.7).",
    ),
    (
        "Program Kegiatan",
        "Sasaran, Level, Uraian, Jenis, Indikator, Target, Realisasi",
        "tidak",
        "Indikator Input / Output / Outcome program dan kegiatan (Tabel 3.6).",
    ),
)


def _header(ws: object, values: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    for c, value in enumerate(values, start=1):
        cell = ws.cell(1, c, value)  # type: ignore[attr-defined]
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def write_template(path: Path, force: bool = False) -> None:
    """Write the blank input workbook to ``path``, atomically. An existing file is a user's
    work (perhaps already filled in): it is replaced only when ``force`` asks for it."""
    import datetime as dt
    import io

    from openpyxl import Workbook

    from .errors import UsageError
    from .files import atomic_write, check_target

    check_target(path)
    if path.exists() and not force:
        raise UsageError("template_exists", path=str(path))
    wb = Workbook()
    _instructions(wb)
    _identity(wb)
    for spec in SHEETS:
        if not spec.key_value:
            _sheet(wb, spec)
    fixed = dt.datetime(2024, 1, 1)
    wb.properties.creator = "lkip-xlsx"
    wb.properties.created = fixed
    buffer = io.BytesIO()
    wb.save(buffer)
    atomic_write(path, buffer.getvalue())


def _instructions(wb: Workbook) -> None:
    """The ``Petunjuk`` sheet: one line per column, what to write in it."""
    from openpyxl.styles import Font

    ws = wb.active
    assert ws is not None
    ws.title = "Petunjuk"
    ws.cell(1, 1, "PETUNJUK PENGISIAN BUKU KERJA LKIP (lkip-xlsx, kontrak masukan v1)").font = Font(
        bold=True, size=12
    )
    ws.cell(
        2,
        1,
        "Isi setiap lembar mulai baris 2; baris contoh boleh ditimpa atau dihapus. "
        "Nama lembar dan judul kolom jangan diubah (atau pakai berkas peta --mapping).",
    )
    for c, label in enumerate(("Lembar", "Kolom", "Wajib", "Isi"), start=1):
        ws.cell(4, c, label).font = Font(bold=True)
    for r, line in enumerate(PETUNJUK, start=5):
        for c, text in enumerate(line, start=1):
            ws.cell(r, c, text)
    for col, width in zip("ABCD", (18, 42, 8, 90), strict=True):
        ws.column_dimensions[col].width = width


def _identity(wb: Workbook) -> None:
    from openpyxl.styles import Font

    ident = wb.create_sheet("Identitas")
    for r, (key, value, note) in enumerate(IDENTITAS, start=1):
        ident.cell(r, 1, key).font = Font(bold=True)
        ident.cell(r, 2, value)
        ident.cell(r, 3, note)
    ident.column_dimensions["A"].width = 14
    ident.column_dimensions["B"].width = 40
    ident.column_dimensions["C"].width = 40


def _sheet(wb: Workbook, spec: SheetSpec) -> None:
    """A data sheet: the contract's headers, the example rows and the drop-down lists."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    header = template_headers(spec)
    sheet = wb.create_sheet(spec.title)
    _header(sheet, header)
    for r, example in enumerate(EXAMPLES.get(spec.key, ()), start=2):
        for c, cell in enumerate(example, start=1):
            sheet.cell(r, c, cell)
    at = _positions(spec)
    for key, allowed in LISTS.get(spec.key, {}).items():
        letter = get_column_letter(at[key])
        dv = DataValidation(
            type="list",
            formula1=f'"{allowed}"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Pilihan tidak dikenal",
            error=f"Pilih salah satu: {allowed.replace(',', ', ')}",
        )
        dv.add(f"{letter}2:{letter}1000")
        sheet.add_data_validation(dv)
    for c in range(1, len(header) + 1):
        sheet.column_dimensions[get_column_letter(c)].width = 18
    sheet.freeze_panes = "A2"


def _positions(spec: SheetSpec) -> dict[str, int]:
    """Column key -> its column in the template (1-based), as template_headers() lays them."""
    out: dict[str, int] = {}
    c = 1
    for col in spec.columns:
        if col.template:
            out[col.key] = c
            c += 1 + len(col.then)
    return out
