"""The Renja evaluation form (Permendagri 86/2017, issue 11) read as both ``Anggaran`` and
``Program Kegiatan``: pagu and realisasi from the year's ``Rp.`` columns (the quarters' sum
where the year's is blank, a discrepancy where they differ), each line's indicator with the
year's ``K`` into Tabel 3.6, and its ``Sasaran`` column into 3.7's support. Every figure below
is worked out by hand from the form's rows; the leaves are summed here, not by the reader."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path

import openpyxl

from lkip_xlsx.messages import render
from lkip_xlsx.model import READING_NOTES, Result, Severity
from lkip_xlsx.pipeline import convert
from tests.data.layouts import (
    SASARAN_1,
    SASARAN_2,
    Cell,
    F,
    Layout,
    Sheet,
    Value,
    form_header,
    form_row,
    workbook,
)

M = 1_000_000
KR = ["K", "Rp."]
TITLES = [
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN JEMBER",
    "RENJA PERANGKAT DAERAH DINAS TENAGA KERJA KABUPATEN JEMBER",
    "PERIODE PELAKSANAAN: TRIWULAN IV TAHUN 2023",
]
TOP = len(TITLES) + 2  # the header's first row: the titles, a blank row, then the header


def _entries(units: list[str], split_code: bool, satuan: bool) -> list[tuple[str, str, Layout]]:
    code: tuple[str, str, Layout] = ("kode", "Kode", 5 if split_code else None)
    return [
        ("no", "No", None),
        ("sasaran", "Sasaran", None),
        code,
        (
            "uraian",
            "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan",
            None,
        ),
        ("indikator", "Indikator Kinerja Program (outcome)/Kegiatan (output)", None),
        *([("satuan", "Satuan", None)] if satuan else []),
        ("renstra", "Target Renstra Perangkat Daerah pada Tahun 2026 (Akhir Periode Renstra)", KR),
        (
            "lalu",
            "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat "
            "Daerah Tahun Lalu (2022)",
            KR,
        ),
        ("target", "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (2023)", KR),
        ("tw", "Realisasi Kinerja pada Triwulan", [(q, units) for q in ("I", "II", "III", "IV")]),
        (
            "real",
            "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi"
            if satuan
            else "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan",
            units,
        ),
        ("renstra_sd", "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s.d. 2023", KR),
        (
            "tingkat",
            "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s.d. 2023 (%)",
            KR,
        ),
        ("unit", "Unit Perangkat Daerah Penanggung Jawab", None),
        ("ket", "Keterangan", None),
    ]


def _line(
    code: str,
    name: str,
    indicator: str = "",
    target: tuple[Value, Value] = (None, None),
    quarters: tuple[Value, Value, Value, Value] = (None, None, None, None),
    real: tuple[Value, Value] = (None, None),
    more: dict[str, Value] | None = None,
) -> dict[str, Value]:
    """One line of the form: its code, name, indicator, the year's target (K, Rp.), the
    quarters' Rp. (in millions) and the year's realisation (K, Rp.)."""
    values: dict[str, Value] = {"kode": code or None, "uraian": name or None}
    values["indikator"] = indicator or None
    values["target.K"], values["target.Rp."] = target
    for q, rp in zip(("I", "II", "III", "IV"), quarters, strict=True):
        values[f"tw.{q}.Rp."] = None if rp is None else rp * M
    values["real.K"], values["real.Rp."] = real
    values.update(more or {})
    return values


# (a) four quarters, K | Rp., numbering 1 … 13 = 9 + 10 + 11 + 12, title block, the agency
# heading, urusan and bidang rows, a signature block in merged cells; two programmes, three
# kegiatan, five sub kegiatan. Rows: the header is rows 5-7, the numbering row 8, data from 9.
FORM_A_LINES = [
    _line("", "Perangkat Daerah : Dinas Tenaga Kerja"),  # row 9
    _line("2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"),  # 10
    _line("2.07", "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA", more={"target.Rp.": 900 * M}),  # 11
    _line(
        "2.07.03",
        "Program Penempatan Tenaga Kerja",
        "Jumlah pencari kerja yang ditempatkan",
        (1000, 720 * M),
        (70, 170, 170, 225),
        (900, 640 * M),
        {"no": 1, "sasaran": SASARAN_1, "tw.I.K": 200, "tw.II.K": 450, "tw.IV.K": 900},
    ),  # row 12
    _line("", "", "Persentase pencari kerja yang ditempatkan", (80, None), real=(72, None)),
    _line(
        "2.07.03.2.01",
        "Pelayanan Antarkerja di Daerah Kabupaten/Kota",
        "Jumlah pencari kerja yang mendapat layanan antarkerja",
        (1200, 570 * M),
        (50, 140, 130, 180),
        (1150, 500 * M),
    ),  # row 14
    _line(
        "2.07.03.2.01.0001",
        "Perluasan Kesempatan Kerja",
        "Jumlah peserta perluasan kesempatan kerja",
        (200, 330 * M),
        (50, 80, 90, 80),
        (200, 300 * M),
    ),  # row 15
    _line(
        "2.07.03.2.01.0002",
        "Job Fair/Bursa Kerja",
        "Jumlah perusahaan peserta job fair",
        (40, 240 * M),
        (0, 60, 40, 100),
        (38, None),  # the year's Rp. left blank: the quarters' sum is used
    ),  # row 16
    _line(
        "2.07.03.2.02",
        "Pengelolaan Informasi Pasar Kerja",
        "Jumlah informasi pasar kerja yang disebarluaskan",
        (12, 150 * M),
        (20, 30, 40, 45),
        (12, 140 * M),
    ),  # row 17
    _line(
        "2.07.03.2.02.0001",
        "Penyediaan Sistem Informasi Pasar Kerja",
        "Jumlah aplikasi informasi pasar kerja",
        ("2 Aplikasi", 150 * M),
        (20, 30, 40, 45),
        ("2 Aplikasi", 140 * M),  # the quarters give 135: a discrepancy
    ),  # row 18
    _line(
        "2.07.05",
        "Program Perlindungan dan Jaminan Sosial Tenaga Kerja",
        "Persentase pekerja yang terlindungi jaminan sosial",
        (85, 180 * M),
        (10, 20, 70, 55),
        (85, 155 * M),
        {"no": 2, "sasaran": SASARAN_2},
    ),  # row 19
    _line(
        "2.07.05.2.01",
        "Pelaksanaan Perlindungan Tenaga Kerja",
        "Jumlah perusahaan yang dibina",
        (60, 180 * M),
        (10, 20, 70, 55),
        (54, 155 * M),
    ),  # row 20
    _line(
        "2.07.05.2.01.0001",
        "Sosialisasi Jaminan Sosial Tenaga Kerja",
        "Jumlah peserta sosialisasi",
        (500, 100 * M),
        (10, 20, 30, 20),
        (480, 80 * M),
    ),  # row 21
    _line(
        "2.07.05.2.01.0002",
        "Pendataan Pekerja Rentan",
        "Jumlah pekerja rentan terdata",
        (1000, 80 * M),
        (0, 0, 40, 35),
        (1000, 75 * M),
    ),  # row 22
]


def _form_a() -> Sheet:
    header, merges, cols = form_header(_entries(KR, split_code=False, satuan=False), TOP)
    numbering: dict[str, Value] = {"no": 1, "sasaran": 2, "kode": 3, "uraian": 4, "indikator": 5}
    groups = ["renstra", "lalu", "target", "tw.I", "tw.II", "tw.III", "tw.IV", "real"]
    for n, group in enumerate(groups, start=6):
        numbering[f"{group}.K"] = n
        merges.append(f"{_letter(cols[f'{group}.K'])}8:{_letter(cols[f'{group}.Rp.'])}8")
    numbering["real.K"] = "13 = 9 + 10 + 11 + 12"
    numbering["renstra_sd.K"] = "14 = 7 + 13"
    numbering["tingkat.K"] = "15 = 14 / 6 x 100%"
    numbering["unit"], numbering["ket"] = 16, 17
    rows = [*header, form_row(cols, numbering), *(form_row(cols, v) for v in FORM_A_LINES)]
    # the form's closing rows (23, 24), a blank row, the signature block in merged cells (26-)
    rows.append(form_row(cols, {"uraian": "Rata-rata Capaian Kinerja (%)", "real.K": 95.6}))
    rows.append(form_row(cols, {"uraian": "Predikat Kinerja", "real.K": "Sangat Tinggi"}))
    rows.append([])
    sig = _letter(cols["tingkat.K"]), _letter(cols["ket"])
    for text in ("Jember, 15 Januari 2024", "KEPALA DINAS TENAGA KERJA", None, "Drs. BUDI"):
        rows.append(form_row(cols, {"tingkat.K": text}))
    merges += [f"{sig[0]}{r}:{sig[1]}{r}" for r in (26, 27, 29)]
    merges += ["B12:B18", "B19:B22", f"D9:{sig[1]}9"]  # the agency heading over the row
    return Sheet("Evaluasi Renja TW IV", rows, TITLES, merges)


def _letter(c: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return get_column_letter(c)


def _notes(result: Result) -> list[tuple[str, str]]:
    return sorted(
        (f.code, f.where)
        for f in result.findings
        if (f.code in READING_NOTES or f.severity > Severity.INFO)
        and f.code not in ("no_support", "no_support_source")
    )


def _rows(out: Path, sheet: str) -> list[tuple[object, ...]]:
    return list(openpyxl.load_workbook(out, data_only=True)[sheet].iter_rows(values_only=True))


def _t38(out: Path) -> tuple[list[tuple[str, Decimal, Decimal]], tuple[Decimal, Decimal, Decimal]]:
    """3.8's lines (label, pagu, realisasi) and its Total row (pagu, realisasi, serapan)."""
    lines: list[tuple[str, Decimal, Decimal]] = []
    for row in _rows(out, "3.8")[5:]:
        if row[0] == "Total":
            return lines, (Decimal(str(row[2])), Decimal(str(row[3])), Decimal(str(row[4])))
        if str(row[1] or "").startswith(("Program:", "Kegiatan:", "Sub Kegiatan:")):
            lines.append((str(row[1]), Decimal(str(row[2])), Decimal(str(row[3]))))
    raise AssertionError("3.8 has no Total row")


def _t36(out: Path) -> list[tuple[str, object, object, object]]:
    """3.6 as printed: (label, target, realisasi, %) per row under the sasaran headings."""
    out_rows: list[tuple[str, object, object, object]] = []
    for row in _rows(out, "3.6"):
        label = str(row[1] or "")
        if label.startswith(("Program :", "Kegiatan :", "Sub Kegiatan :")):
            out_rows.append((label, None, None, None))
        elif label.startswith(("Input :", "Output :", "Outcome :")):
            out_rows.append((label, _num(row[2]), _num(row[3]), _num(row[4])))
    return out_rows


def _d(lines: list[tuple[str, int, int]]) -> list[tuple[str, Decimal, Decimal]]:
    return [(n, Decimal(b), Decimal(s)) for n, b, s in lines]


def _num(v: object) -> object:
    return Decimal(str(v)).normalize() if isinstance(v, int | float) else v


def _t37(out: Path) -> dict[str, Decimal]:
    rows = _rows(out, "3.7")
    head = next(i for i, r in enumerate(rows) if "% Serapan Anggaran" in r)
    col_s, col_n = rows[head].index("% Serapan Anggaran"), rows[head].index("Sasaran")
    return {  # a sasaran no line supports shows '-'
        str(r[col_n]): Decimal(str(r[col_s]))
        for r in rows[head + 1 :]
        if r[col_n] in (SASARAN_1, SASARAN_2) and isinstance(r[col_s], int | float)
    }


def test_form_a_budget_from_the_years_rp_columns(tmp_path: Path) -> None:
    result = convert(workbook(tmp_path / "a.xlsx", [_form_a()]), tmp_path / "out.xlsx")
    assert result.output is not None
    sheet = "Evaluasi Renja TW IV"
    assert _notes(result) == sorted(
        [
            ("sheet_chosen", sheet),  # read as Anggaran
            ("sheet_chosen", sheet),  # and as Program Kegiatan
            ("header_paths", f"{sheet}!A5"),
            ("header_paths", f"{sheet}!A5"),
            ("renja_form", sheet),
            ("row_heading", f"{sheet}!D9"),  # Perangkat Daerah : …
            ("row_heading", f"{sheet}!D10"),  # urusan 2
            ("row_heading", f"{sheet}!D11"),  # bidang urusan 2.07
            ("realisasi_from_quarters", f"{sheet}!U16"),  # Job Fair: 0 + 60 + 40 + 100
            ("realisasi_quarters_differ", f"{sheet}!U18"),  # 140 against 20+30+40+45 = 135
        ]
    )
    # hand: Penempatan: Perluasan 330 / 300, Job Fair 240 / (0 + 60 + 40 + 100 = 200),
    # Informasi 150 / 140 (the year's figure, not the quarters' 135): kegiatan 570 / 500 and
    # 150 / 140, programme 720 / 640 (serapan 640 / 720 = 88,89 %). Perlindungan:
    # Sosialisasi 100 / 80, Pendataan 80 / 75: 180 / 155 (86,11 %). Total 900 / 795,
    # serapan 795 / 900 = 88,333… → 88,33 %
    lines, total = _t38(result.output)
    assert lines == _d(
        [
            ("Program: Penempatan Tenaga Kerja", 720 * M, 640 * M),
            ("Kegiatan: Pelayanan Antarkerja di Daerah Kabupaten/Kota", 570 * M, 500 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
            ("Kegiatan: Pengelolaan Informasi Pasar Kerja", 150 * M, 140 * M),
            ("Sub Kegiatan: Penyediaan Sistem Informasi Pasar Kerja", 150 * M, 140 * M),
            ("Program: Perlindungan dan Jaminan Sosial Tenaga Kerja", 180 * M, 155 * M),
            ("Kegiatan: Pelaksanaan Perlindungan Tenaga Kerja", 180 * M, 155 * M),
            ("Sub Kegiatan: Sosialisasi Jaminan Sosial Tenaga Kerja", 100 * M, 80 * M),
            ("Sub Kegiatan: Pendataan Pekerja Rentan", 80 * M, 75 * M),
        ]
    )
    # no rupiah lost or counted twice: the form's leaves summed here, the blank year taken
    # as its quarters
    leaves = [(330, 300), (240, 0 + 60 + 40 + 100), (150, 140), (100, 80), (80, 75)]
    assert total == (
        Decimal(sum(b for b, _ in leaves) * M),
        Decimal(sum(s for _, s in leaves) * M),
        Decimal("88.33"),
    )


def test_form_a_notes_name_the_cells_and_paths(tmp_path: Path) -> None:
    result = convert(workbook(tmp_path / "a.xlsx", [_form_a()]), tmp_path / "out.xlsx")
    said = {
        f.code: render(f) for f in result.findings if f.code.startswith(("realisasi_", "renja"))
    }
    assert said == {
        "renja_form": "Lembar 'Evaluasi Renja TW IV' dikenali sebagai formulir Evaluasi Hasil "
        "Renja (Permendagri 86/2017) dan dibaca untuk Tabel 3.6: indikator program sebagai "
        "Outcome, indikator kegiatan dan sub kegiatan sebagai Output (11 indikator), dengan K "
        "target dan realisasi tahun berjalan; setiap baris terbawah mendapat baris Input : "
        "Anggaran dari Tabel 3.8.",
        "realisasi_from_quarters": "Evaluasi Renja TW IV!U16: realisasi tahun berjalan "
        "'Job Fair/Bursa Kerja' kosong; yang dipakai jumlah realisasi triwulan I–IV "
        "(M16 + O16 + Q16 + S16) = 200.000.000.",
        "realisasi_quarters_differ": "Evaluasi Renja TW IV!U18: realisasi tahun berjalan "
        "'Penyediaan Sistem Informasi Pasar Kerja' 140.000.000 berbeda dari jumlah realisasi "
        "triwulan I–IV (M18 + O18 + Q18 + S18) 135.000.000; yang dipakai realisasi tahun "
        "berjalan. Periksa salah satunya.",
    }
    paths = [render(f) for f in result.findings if f.code == "header_paths"]
    assert paths == [
        "Lembar 'Evaluasi Renja TW IV' (baris 5–7) dibaca sebagai Anggaran menurut jalur judul "
        "kolomnya: No = A 'No'; Sasaran = B 'Sasaran'; Kode = C 'Kode'; Uraian = D "
        "'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan'; "
        "Anggaran = K 'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan "
        "(2023) › Rp.'; Realisasi TW I = M 'Realisasi Kinerja pada Triwulan › I › Rp.'; "
        "Realisasi TW II = O 'Realisasi Kinerja pada Triwulan › II › Rp.'; Realisasi TW III = "
        "Q 'Realisasi Kinerja pada Triwulan › III › Rp.'; Realisasi TW IV = S 'Realisasi "
        "Kinerja pada Triwulan › IV › Rp.'; Realisasi = U 'Realisasi Capaian Kinerja dan "
        "Anggaran Renja Perangkat Daerah Tahun Berjalan › Rp.'.",
        "Lembar 'Evaluasi Renja TW IV' (baris 5–7) dibaca sebagai Program Kegiatan menurut "
        "jalur judul kolomnya: Sasaran = B 'Sasaran'; Uraian = D 'Urusan/Bidang Urusan "
        "Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan'; Indikator = E 'Indikator "
        "Kinerja Program (outcome)/Kegiatan (output)'; Target = J 'Target Kinerja dan Anggaran "
        "Renja Perangkat Daerah Tahun Berjalan (2023) › K'; Realisasi = T 'Realisasi Capaian "
        "Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan › K'.",
    ]


def test_form_a_indicators_go_to_36_and_sasaran_to_37(tmp_path: Path) -> None:
    result = convert(workbook(tmp_path / "a.xlsx", [_form_a()]), tmp_path / "out.xlsx")
    assert result.output is not None
    d = Decimal
    # each line's indicator with the year's target K (J) and realisation K (T); Outcome for
    # a programme, Output below it; an Input row per sub kegiatan from 3.8. Capaian R / T ×
    # 100, rounded to 2 decimals: 900/1.000 = 90; 72/80 = 90; 1.150/1.200 = 95,833 → 95,83;
    # 38/40 = 95; 54/60 = 90; 480/500 = 96. Serapan: 300/330 = 90,909 → 90,91;
    # 200/240 = 83,333 → 83,33; 140/150 = 93,333 → 93,33; 80/100 = 80; 75/80 = 93,75
    assert _t36(result.output) == [
        ("Program : Penempatan Tenaga Kerja", None, None, None),
        ("Outcome : Jumlah pencari kerja yang ditempatkan", 1000, 900, 90),
        ("Outcome : Persentase pencari kerja yang ditempatkan", 80, 72, 90),
        ("Kegiatan : Pelayanan Antarkerja di Daerah Kabupaten/Kota", None, None, None),
        ("Output : Jumlah pencari kerja yang mendapat layanan antarkerja", 1200, 1150, d("95.83")),
        ("Sub Kegiatan : Perluasan Kesempatan Kerja", None, None, None),
        ("Input : Anggaran", 330 * M, 300 * M, d("90.91")),
        ("Output : Jumlah peserta perluasan kesempatan kerja", 200, 200, 100),
        ("Sub Kegiatan : Job Fair/Bursa Kerja", None, None, None),
        ("Input : Anggaran", 240 * M, 200 * M, d("83.33")),
        ("Output : Jumlah perusahaan peserta job fair", 40, 38, 95),
        ("Kegiatan : Pengelolaan Informasi Pasar Kerja", None, None, None),
        ("Output : Jumlah informasi pasar kerja yang disebarluaskan", 12, 12, 100),
        ("Sub Kegiatan : Penyediaan Sistem Informasi Pasar Kerja", None, None, None),
        ("Input : Anggaran", 150 * M, 140 * M, d("93.33")),
        ("Output : Jumlah aplikasi informasi pasar kerja", 2, 2, 100),
        ("Program : Perlindungan dan Jaminan Sosial Tenaga Kerja", None, None, None),
        ("Outcome : Persentase pekerja yang terlindungi jaminan sosial", 85, 85, 100),
        ("Kegiatan : Pelaksanaan Perlindungan Tenaga Kerja", None, None, None),
        ("Output : Jumlah perusahaan yang dibina", 60, 54, 90),
        ("Sub Kegiatan : Sosialisasi Jaminan Sosial Tenaga Kerja", None, None, None),
        ("Input : Anggaran", 100 * M, 80 * M, 80),
        ("Output : Jumlah peserta sosialisasi", 500, 480, 96),
        ("Sub Kegiatan : Pendataan Pekerja Rentan", None, None, None),
        ("Input : Anggaran", 80 * M, 75 * M, d("93.75")),
        ("Output : Jumlah pekerja rentan terdata", 1000, 1000, 100),
    ]
    # the Sasaran column (merged down each programme's rows) links each programme's lines:
    # sasaran 1 640 / 720 = 88,888… → 88,89 %; sasaran 2 155 / 180 = 86,111… → 86,11 %
    assert _t37(result.output) == {SASARAN_1: d("88.89"), SASARAN_2: d("86.11")}


# (b) the K | % | Rp. variant: a Satuan column, the code split over five columns under one
# merged "Kode", numbering "(1) (2) … (14) = (10) + (11) + (12) + (13)", the realisation
# headed "… yang Dievaluasi", the sasaran named on the programme row only, and the signature
# block without a date: a text merged over several cells ends the table. One programme, two
# kegiatan, three sub kegiatan. Header rows 5-7, numbering row 8, data from 9.
def _b(
    code: tuple[str, ...],
    name: str,
    indicator: str,
    satuan: str,
    target: tuple[Value, Value],
    quarters: tuple[int, int, int, int],
    real: tuple[Value, Value],
    more: dict[str, Value] | None = None,
) -> dict[str, Value]:
    values = _line("", name, indicator, target, quarters, real, {"satuan": satuan, **(more or {})})
    for i, part in enumerate(code, start=1):
        values[f"kode.{i}"] = part
    del values["kode"]
    return values


FORM_B_LINES = [
    _b(
        ("2", "07", "04"),
        "Program Hubungan Industrial",
        "Persentase perselisihan yang diselesaikan",
        "%",
        (85, 200 * M),
        (20, 40, 60, 70),
        (85, 190 * M),
        {"no": 1, "sasaran": SASARAN_2, "real.%": 100},
    ),  # row 9
    _b(
        ("2", "07", "04", "2.01"),
        "Pengembangan Hubungan Industrial dan Kelembagaan",
        "Jumlah lembaga kerja sama bipartit yang dibina",
        "lembaga",
        (20, 120 * M),
        (10, 30, 40, 35),
        (20, 115 * M),
    ),  # row 10
    _b(
        ("2", "07", "04", "2.01", "0001"),
        "Pembinaan Lembaga Kerja Sama Bipartit",
        "Jumlah LKS bipartit terbentuk",
        "lembaga",
        (10, 70 * M),
        (5, 20, 25, 15),
        (10, 65 * M),
        {"tw.IV.%": 100, "real.%": 100},
    ),  # row 11
    _b(
        ("2", "07", "04", "2.01", "0002"),
        "Pencegahan Perselisihan Hubungan Industrial",
        "Jumlah perusahaan yang dibina",
        "perusahaan",
        (30, 50 * M),
        (5, 10, 15, 20),
        (28, 50 * M),
    ),  # row 12
    _b(
        ("2", "07", "04", "2.02"),
        "Penyelesaian Perselisihan Hubungan Industrial",
        "Persentase kasus yang diselesaikan",
        "%",
        (85, 80 * M),
        (10, 10, 20, 35),
        (90, 75 * M),
    ),  # row 13
    _b(
        ("2", "07", "04", "2.02", "0001"),
        "Fasilitasi Penyelesaian Perselisihan",
        "Jumlah kasus yang difasilitasi",
        "kasus",
        (40, 80 * M),
        (10, 10, 20, 35),
        (36, 75 * M),
    ),  # row 14
]


def _form_b() -> Sheet:
    units = ["K", "%", "Rp."]
    header, merges, cols = form_header(_entries(units, split_code=True, satuan=True), TOP)
    numbering: dict[str, Value] = {
        "no": "(1)",
        "sasaran": "(2)",
        "kode.1": "(3)",
        "uraian": "(4)",
        "indikator": "(5)",
        "satuan": "(6)",
        "renstra.K": "(7)",
        "lalu.K": "(8)",
        "target.K": "(9)",
        "tw.I.K": "(10)",
        "tw.II.K": "(11)",
        "tw.III.K": "(12)",
        "tw.IV.K": "(13)",
        "real.K": "(14) = (10) + (11) + (12) + (13)",
        "renstra_sd.K": "(15) = (8) + (14)",
        "tingkat.K": "(16) = (15) / (7) x 100%",
        "unit": "(17)",
        "ket": "(18)",
    }
    rows = [*header, form_row(cols, numbering), *(form_row(cols, v) for v in FORM_B_LINES)]
    rows.append([])  # row 15
    sig = _letter(cols["tingkat.K"]), _letter(cols["ket"])
    for text in ("KEPALA DINAS TENAGA KERJA", None, "Drs. BUDI", "NIP. 19700101 199003 1 001"):
        rows.append(form_row(cols, {"tingkat.K": text}))
    merges += [f"{sig[0]}{r}:{sig[1]}{r}" for r in (16, 18, 19)]
    return Sheet("Renja 2023", rows, TITLES, merges)


def test_form_b_k_percent_rp_variant(tmp_path: Path) -> None:
    result = convert(workbook(tmp_path / "b.xlsx", [_form_b()]), tmp_path / "out.xlsx")
    assert result.output is not None
    sheet = "Renja 2023"
    assert _notes(result) == sorted(
        [
            ("sheet_chosen", sheet),
            ("sheet_chosen", sheet),
            ("header_paths", f"{sheet}!A5"),
            ("header_paths", f"{sheet}!A5"),
            ("renja_form", sheet),
        ]
    )
    # hand: 70 + 50 = 120 and 65 + 50 = 115; 80 / 75; programme 200 / 190, serapan 95 %
    lines, total = _t38(result.output)
    assert lines == _d(
        [
            ("Program: Hubungan Industrial", 200 * M, 190 * M),
            ("Kegiatan: Pengembangan Hubungan Industrial dan Kelembagaan", 120 * M, 115 * M),
            ("Sub Kegiatan: Pembinaan Lembaga Kerja Sama Bipartit", 70 * M, 65 * M),
            ("Sub Kegiatan: Pencegahan Perselisihan Hubungan Industrial", 50 * M, 50 * M),
            ("Kegiatan: Penyelesaian Perselisihan Hubungan Industrial", 80 * M, 75 * M),
            ("Sub Kegiatan: Fasilitasi Penyelesaian Perselisihan", 80 * M, 75 * M),
        ]
    )
    leaves = [(70, 65), (50, 50), (80, 75)]
    assert total == (
        Decimal(sum(b for b, _ in leaves) * M),
        Decimal(sum(s for _, s in leaves) * M),
        Decimal("95"),
    )
    # the year's Rp. is taken under K | % | Rp. (the third column of each group): A No,
    # B Sasaran, C-G Kode, H Uraian, I Indikator, J Satuan, K-L Renstra, M-N tahun lalu, O-P
    # target (Rp. = P), Q-AB the quarters, AC-AE the year's realisation (Rp. = AE)
    paths = [render(f) for f in result.findings if f.code == "header_paths"]
    assert (
        "Anggaran = P 'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan "
        "(2023) › Rp.'" in paths[0]
    )
    assert (
        "Realisasi = AE 'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah "
        "yang Dievaluasi › Rp.'" in paths[0]
    )
    # 3.6: with the Satuan column; capaian 85/85 = 100; 20/20 = 100; 10/10 = 100;
    # 28/30 = 93,333 → 93,33; 90/85 = 105,88 → capped at 100 as a score; 36/40 = 90.
    # Serapan: 65/70 = 92,857 → 92,86; 50/50 = 100; 75/80 = 93,75
    assert _t36(result.output) == [
        ("Program : Hubungan Industrial", None, None, None),
        ("Outcome : Persentase perselisihan yang diselesaikan", 85, 85, 100),
        ("Kegiatan : Pengembangan Hubungan Industrial dan Kelembagaan", None, None, None),
        ("Output : Jumlah lembaga kerja sama bipartit yang dibina", 20, 20, 100),
        ("Sub Kegiatan : Pembinaan Lembaga Kerja Sama Bipartit", None, None, None),
        ("Input : Anggaran", 70 * M, 65 * M, Decimal("92.86")),
        ("Output : Jumlah LKS bipartit terbentuk", 10, 10, 100),
        ("Sub Kegiatan : Pencegahan Perselisihan Hubungan Industrial", None, None, None),
        ("Input : Anggaran", 50 * M, 50 * M, 100),
        ("Output : Jumlah perusahaan yang dibina", 30, 28, Decimal("93.33")),
        ("Kegiatan : Penyelesaian Perselisihan Hubungan Industrial", None, None, None),
        ("Output : Persentase kasus yang diselesaikan", 85, 90, 100),
        ("Sub Kegiatan : Fasilitasi Penyelesaian Perselisihan", None, None, None),
        ("Input : Anggaran", 80 * M, 75 * M, Decimal("93.75")),
        ("Output : Jumlah kasus yang difasilitasi", 40, 36, 90),
    ]
    # the sasaran named on the programme row covers its whole subtree: 190 / 200 = 95 %
    assert _t37(result.output) == {SASARAN_2: Decimal("95")}


def _copy(name: str, quarter: str) -> Sheet:
    sheet = _form_a()
    titles = [*TITLES[:2], f"PERIODE PELAKSANAAN: TRIWULAN {quarter} TAHUN 2023"]
    return Sheet(name, sheet.rows, titles, sheet.merges)


def test_the_fourth_quarters_copy_of_the_form_is_read(tmp_path: Path) -> None:
    # staff keep each quarter's form: the fourth quarter's holds the year; it is found by its
    # title block ("TRIWULAN IV") even where its name does not say so
    sheets = [_copy("Evaluasi Renja TW III", "III"), _copy("Evaluasi Renja", "IV")]
    result = convert(workbook(tmp_path / "q.xlsx", sheets), tmp_path / "out.xlsx")
    assert result.output is not None
    said = [render(f) for f in result.findings if f.code == "renja_quarter"]
    assert said == [
        "Lembar 'Evaluasi Renja' (triwulan IV, setahun penuh) dibaca sebagai Anggaran; "
        "formulir Evaluasi Renja triwulan lain ('Evaluasi Renja TW III') tidak dibaca.",
        "Lembar 'Evaluasi Renja' (triwulan IV, setahun penuh) dibaca sebagai Program "
        "Kegiatan; formulir Evaluasi Renja triwulan lain ('Evaluasi Renja TW III') tidak "
        "dibaca.",
    ]
    # hand, as for form (a): 900 / 795
    assert _t38(result.output)[1][:2] == (Decimal(900 * M), Decimal(795 * M))


def test_two_copies_with_no_fourth_quarter_are_an_ambiguity(tmp_path: Path) -> None:
    sheets = [_copy("Evaluasi Renja TW II", "II"), _copy("Evaluasi Renja TW III", "III")]
    result = convert(workbook(tmp_path / "q.xlsx", sheets), tmp_path / "out.xlsx")
    assert result.output is None
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    # one for each table the form feeds, each naming both sheets
    assert [(f.code, f.sheet) for f in errors] == [
        ("sheet_ambiguous", "Anggaran"),
        ("sheet_ambiguous", "Program Kegiatan"),
    ]
    assert all("'Evaluasi Renja TW II', 'Evaluasi Renja TW III'" in render(f) for f in errors)


# (c) the form with its levels not tagged (issue 11 point 3): no codes, programmes named
# "Program …", kegiatan and sub kegiatan with no prefix; the staff's subtotals on the
# programme and kegiatan rows of the year's target Rp. (pagu) and realisation Rp.; Job Fair's
# year's realisation is the sum of its quarters along its own row (no subtotal: no level from
# it). No numbering row: the header is rows 5-7, data from row 8.
def _form_untagged() -> Sheet:
    header, merges, cols = form_header(_entries(KR, split_code=False, satuan=False), TOP)
    pagu, real = _letter(cols["target.Rp."]), _letter(cols["real.Rp."])
    tw = [_letter(cols[f"tw.{q}.Rp."]) for q in ("I", "II", "III", "IV")]

    lines = [
        _line("", "Perangkat Daerah : Dinas Tenaga Kerja"),  # row 8
        _line(
            "",
            "Program Penempatan Tenaga Kerja",
            "Jumlah pencari kerja yang ditempatkan",
            (1000, None),
            real=(900, None),
            more={"sasaran": SASARAN_1},
        ),  # row 9
        _line(
            "",
            "Pelayanan Antarkerja di Daerah Kabupaten/Kota",
            "Jumlah pencari kerja yang mendapat layanan antarkerja",
            (1200, None),
            real=(1150, None),
        ),  # row 10
        _line(
            "",
            "Perluasan Kesempatan Kerja",
            "Jumlah peserta perluasan kesempatan kerja",
            (200, 330 * M),
            (50, 80, 90, 80),
            (200, 300 * M),
        ),  # row 11
        _line(
            "",
            "Job Fair/Bursa Kerja",
            "Jumlah perusahaan peserta job fair",
            (40, 240 * M),
            (0, 60, 40, 100),
            (38, None),
        ),  # row 12
        _line(
            "",
            "Pengelolaan Informasi Pasar Kerja",
            "Jumlah informasi pasar kerja yang disebarluaskan",
            (12, None),
            real=(12, None),
        ),  # row 13
        _line(
            "",
            "Penyediaan Sistem Informasi Pasar Kerja",
            "Jumlah aplikasi informasi pasar kerja",
            ("2 Aplikasi", 150 * M),
            (20, 30, 40, 45),
            ("2 Aplikasi", 135 * M),
        ),  # row 14
        _line(
            "",
            "Program Perlindungan dan Jaminan Sosial Tenaga Kerja",
            "Persentase pekerja yang terlindungi jaminan sosial",
            (85, None),
            real=(85, None),
            more={"sasaran": SASARAN_2},
        ),  # row 15
        _line(
            "",
            "Pelaksanaan Perlindungan Tenaga Kerja",
            "Jumlah perusahaan yang dibina",
            (60, None),
            real=(54, None),
        ),  # row 16
        _line(
            "",
            "Sosialisasi Jaminan Sosial Tenaga Kerja",
            "Jumlah peserta sosialisasi",
            (500, 100 * M),
            (10, 20, 30, 20),
            (480, 80 * M),
        ),  # row 17
        _line(
            "",
            "Pendataan Pekerja Rentan",
            "Jumlah pekerja rentan terdata",
            (1000, 80 * M),
            (0, 0, 40, 35),
            (1000, 75 * M),
        ),  # row 18
    ]
    rows: list[list[Cell]] = [
        list[Cell](r) for r in (*header, *map(partial(form_row, cols), lines))
    ]
    # hand, as Excel caches them: kegiatan row 10 = 330 + 240 = 570, 300 + 200 = 500; row 13
    # = 150, 135; programme row 9 = 570 + 150 = 720, 500 + 135 = 635; row 16 = 100 + 80 =
    # 180, 80 + 75 = 155 = programme row 15; Job Fair's year = 0 + 60 + 40 + 100 = 200
    formulas = {
        9: ("=X10+X13", 720, 635),
        10: ("=SUM(X11:X12)", 570, 500),
        13: ("=SUM(X14:X14)", 150, 135),
        15: ("=X16", 180, 155),
        16: ("=SUM(X17:X18)", 180, 155),
    }
    for r, (of, b, s) in formulas.items():  # "X": the pagu's, then the realisation's column
        rows[r - TOP][cols["target.Rp."] - 1] = F(of.replace("X", pagu), b * M)
        rows[r - TOP][cols["real.Rp."] - 1] = F(of.replace("X", real), s * M)
    rows[12 - TOP][cols["real.Rp."] - 1] = F(f"={'+'.join(f'{c}12' for c in tw)}", 200 * M)
    rows.append(list(form_row(cols, {"uraian": "Rata-rata Capaian Kinerja (%)", "real.K": 95.6})))
    merges += ["B9:B14", "B15:B18"]
    return Sheet("Evaluasi Renja TW IV", rows, TITLES, merges)


def test_form_with_untagged_levels_read_from_the_staffs_subtotals(tmp_path: Path) -> None:
    result = convert(workbook(tmp_path / "c.xlsx", [_form_untagged()]), tmp_path / "out.xlsx")
    assert result.output is not None
    sheet = "Evaluasi Renja TW IV"
    assert _notes(result) == sorted(
        [
            ("sheet_chosen", sheet),
            ("sheet_chosen", sheet),
            ("header_paths", f"{sheet}!A5"),
            ("header_paths", f"{sheet}!A5"),
            ("renja_form", sheet),
            ("row_heading", f"{sheet}!D8"),
            ("level_from_formula", f"{sheet}!D9"),  # Program … whose kegiatan are rows 10, 13
            ("level_from_formula", f"{sheet}!D10"),
            ("level_from_formula", f"{sheet}!D13"),
            ("level_from_formula", f"{sheet}!D15"),
            ("level_from_formula", f"{sheet}!D16"),
        ]
    )
    lines, total = _t38(result.output)
    assert lines == _d(
        [
            ("Program: Penempatan Tenaga Kerja", 720 * M, 635 * M),
            ("Kegiatan: Pelayanan Antarkerja di Daerah Kabupaten/Kota", 570 * M, 500 * M),
            ("Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M),
            ("Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M),
            ("Kegiatan: Pengelolaan Informasi Pasar Kerja", 150 * M, 135 * M),
            ("Sub Kegiatan: Penyediaan Sistem Informasi Pasar Kerja", 150 * M, 135 * M),
            ("Program: Perlindungan dan Jaminan Sosial Tenaga Kerja", 180 * M, 155 * M),
            ("Kegiatan: Pelaksanaan Perlindungan Tenaga Kerja", 180 * M, 155 * M),
            ("Sub Kegiatan: Sosialisasi Jaminan Sosial Tenaga Kerja", 100 * M, 80 * M),
            ("Sub Kegiatan: Pendataan Pekerja Rentan", 80 * M, 75 * M),
        ]
    )
    # no rupiah lost or counted twice: the leaves summed here; serapan 790 / 900 = 87,777… →
    # 87,78 %
    leaves = [(330, 300), (240, 200), (150, 135), (100, 80), (80, 75)]
    assert total == (
        Decimal(sum(b for b, _ in leaves) * M),
        Decimal(sum(s for _, s in leaves) * M),
        Decimal("87.78"),
    )


def test_form_b_code_segments_headed_u_b_p_k_sk(tmp_path: Path) -> None:
    # the same form with its merged "Kode" over two rows and the segments headed U | B | P |
    # K | SK in the unit row (Kode is C-G, header rows 5-7): 'K' there is a code segment,
    # not the unit K, and the form is read as before
    sheet = _form_b()
    assert "C5:G7" in sheet.merges
    sheet.merges = [m if m != "C5:G7" else "C5:G6" for m in sheet.merges]
    rows = [list(r) for r in sheet.rows]
    rows[2][2:7] = ["U", "B", "P", "K", "SK"]
    sheet.rows = rows
    result = convert(workbook(tmp_path / "b.xlsx", [sheet]), tmp_path / "out.xlsx")
    assert result.output is not None
    # form (b) names only sasaran 2: sasaran 1 has no support, as there
    assert [f.code for f in result.findings if f.severity > Severity.INFO] == ["no_support"]
    # hand, as form (b): 70 + 50 = 120 and 65 + 50 = 115; 80 / 75; programme 200 / 190
    lines, total = _t38(result.output)
    assert lines[:2] == _d(
        [
            ("Program: Hubungan Industrial", 200 * M, 190 * M),
            ("Kegiatan: Pengembangan Hubungan Industrial dan Kelembagaan", 120 * M, 115 * M),
        ]
    )
    assert total == (Decimal(200 * M), Decimal(190 * M), Decimal("95"))
