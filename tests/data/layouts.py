"""Budget and sheet layouts as agencies keep them, written for the tests.

Each layout is a whole small workbook: an ``Identitas`` sheet (Tahun 2023), a performance
sheet with two sasaran, and the budget as the case lays it out. The figures are round
numbers so that every expected total can be worked out by hand in the test. A layout with
staff formulas (:class:`F`) or indented names is written with xlsxwriter, which stores each
formula with the value Excel would have cached for it (the tool reads cached values); the
others with openpyxl.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet


@dataclass(frozen=True)
class F:
    """A staff formula and the value Excel would have cached for it."""

    formula: str
    value: int | float


Value = str | int | float | None
Cell = Value | F  # what a layout's cell may hold

SASARAN_1 = "Meningkatnya penempatan tenaga kerja"
SASARAN_2 = "Meningkatnya perlindungan tenaga kerja"

# two sasaran; capaian 90 % and 100 % (hand: 900/1.000 × 100 = 90; 85/85 × 100 = 100)
PERFORMANCE: list[list[Value]] = [
    ["No", "Sasaran", "Indikator", "Satuan", "Polaritas", "Target 2023", "Realisasi 2023"],
    [1, SASARAN_1, "Pencari kerja yang ditempatkan", "orang", "Positif", 1000, 900],
    [2, SASARAN_2, "Persentase kasus yang diselesaikan", "%", "Positif", 85, 85],
]


@dataclass
class Sheet:
    name: str
    rows: Sequence[Sequence[Cell]]
    titles: list[str] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    bold_rows: list[int] = field(default_factory=list)  # rows of ``rows`` (0-based)
    indent: dict[int, int] = field(default_factory=dict)  # row -> indent of the names
    name_column: int = 1  # 0-based: B


def _write(ws: Worksheet, sheet: Sheet) -> None:
    for title in sheet.titles:
        ws.append([title])
    if sheet.titles:
        ws.append([])
    offset = len(sheet.titles) + (1 if sheet.titles else 0)
    for i, row in enumerate(sheet.rows):
        ws.append(list(row))
        if i in sheet.bold_rows:
            for cell in ws[offset + i + 1]:
                cell.font = Font(bold=True)
    for rng in sheet.merges:
        ws.merge_cells(rng)


def _xlsxwriter(path: Path, sheets: Sequence[Sheet]) -> Path:
    import xlsxwriter
    from xlsxwriter.utility import xl_cell_to_rowcol

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    for sheet in sheets:
        ws = wb.add_worksheet(sheet.name)
        for r, title in enumerate(sheet.titles):
            ws.write(r, 0, title)
        offset = len(sheet.titles) + (1 if sheet.titles else 0)
        for i, row in enumerate(sheet.rows):
            bold = i in sheet.bold_rows
            for c, value in enumerate(row):
                indent = sheet.indent.get(i, 0) if c == sheet.name_column else 0
                fmt = wb.add_format({"bold": bold, "indent": indent}) if bold or indent else None
                if isinstance(value, F):
                    ws.write_formula(offset + i, c, value.formula, fmt, value.value)
                elif value is not None:
                    ws.write(offset + i, c, value, fmt)
                elif fmt is not None:
                    ws.write_blank(offset + i, c, None, fmt)
        for rng in sheet.merges:
            (r1, c1), (r2, c2) = (xl_cell_to_rowcol(a) for a in rng.split(":"))
            top = sheet.rows[r1 - offset][c1] if r1 >= offset else sheet.titles[r1]
            ws.merge_range(r1, c1, r2, c2, top if not isinstance(top, F) else top.value)
    wb.close()
    return path


def workbook(
    path: Path,
    sheets: Sequence[Sheet],
    performance: str | None = "Realisasi",
    identity: bool = True,
) -> Path:
    every = [
        *(
            [Sheet("Identitas", [["Instansi", "Dinas Tenaga Kerja"], ["Tahun", 2023]])]
            if identity
            else []
        ),
        *([Sheet(performance, PERFORMANCE, ["PENGUKURAN"])] if performance else []),
        *sheets,
    ]
    if any(s.indent or any(isinstance(v, F) for row in s.rows for v in row) for s in sheets):
        return _xlsxwriter(path, every)
    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    if identity:
        ws = wb.create_sheet("Identitas")
        for key, value in (("Instansi", "Dinas Tenaga Kerja"), ("Tahun", 2023)):
            ws.append([key, value])
    if performance:
        _write(wb.create_sheet(performance), Sheet(performance, PERFORMANCE, ["PENGUKURAN"]))
    for sheet in sheets:
        _write(wb.create_sheet(sheet.name), sheet)
    wb.save(path)
    return path


# -- the Renja evaluation form (Permendagri 86/2017) ----------------------------------------
# A header entry: (key, heading, layout): layout None = one column over all three header rows;
# an int n = n columns under one merged heading (the split code); a list of units = a group
# heading over its unit columns; a list of (sub heading, units) = a group over quarters.
Layout = None | int | list[str] | list[tuple[str, list[str]]]
HEADER_ROWS = 3


def _col(c: int) -> str:
    from openpyxl.utils.cell import get_column_letter

    return get_column_letter(c)


def form_header(
    entries: list[tuple[str, str, Layout]], top: int
) -> tuple[list[list[Value]], list[str], dict[str, int]]:
    """The three header rows, their merges (``top`` is the first header row in the sheet),
    and the column of each key (``target.Rp.``, ``tw.IV.Rp.``, ``kode.3``)."""
    rows: list[list[Value]] = [[], [], []]
    merges: list[str] = []
    columns: dict[str, int] = {}

    def put(r: int, value: Value) -> None:
        rows[r].append(value)

    for key, heading, layout in entries:
        c = len(rows[0]) + 1
        if layout is None:
            for r in range(HEADER_ROWS):
                put(r, heading if r == 0 else None)
            merges.append(f"{_col(c)}{top}:{_col(c)}{top + 2}")
            columns[key] = c
        elif isinstance(layout, int):
            for i in range(layout):
                for r in range(HEADER_ROWS):
                    put(r, heading if (r, i) == (0, 0) else None)
                columns[f"{key}.{i + 1}"] = c + i
            merges.append(f"{_col(c)}{top}:{_col(c + layout - 1)}{top + 2}")
        elif all(isinstance(u, str) for u in layout):
            units = [u for u in layout if isinstance(u, str)]
            for i, unit in enumerate(units):
                put(0, heading if i == 0 else None)
                put(1, None)
                put(2, unit)
                columns[f"{key}.{unit}"] = c + i
            merges.append(f"{_col(c)}{top}:{_col(c + len(units) - 1)}{top + 1}")
        else:
            start = c
            for sub, units in [s for s in layout if isinstance(s, tuple)]:
                sc = len(rows[0]) + 1
                for i, unit in enumerate(units):
                    put(0, heading if sc + i == start else None)
                    put(1, sub if i == 0 else None)
                    put(2, unit)
                    columns[f"{key}.{sub}.{unit}"] = sc + i
                merges.append(f"{_col(sc)}{top + 1}:{_col(sc + len(units) - 1)}{top + 1}")
            merges.append(f"{_col(start)}{top}:{_col(len(rows[0]))}{top}")
    return rows, merges, columns


def form_row(columns: dict[str, int], values: dict[str, Value]) -> list[Value]:
    row: list[Value] = [None] * max(columns.values())
    for key, value in values.items():
        row[columns[key] - 1] = value
    return row


# -- rows that declare a sum (Jumlah Program, Sub Total, JUMLAH BELANJA): never a line ------
M = 1_000_000

# a "Jumlah Program" subtotal after each programme, then the TOTAL
JUMLAH_PROGRAM = Sheet(
    "Anggaran",
    [
        ["Kode", "Uraian", "Anggaran", "Realisasi"],  # row 4
        ["2.07.02", "Program Pelatihan Kerja dan Produktivitas", None, None],  # row 5
        ["2.07.02.2.01", "Pelaksanaan Pelatihan", None, None],  # row 6
        ["2.07.02.2.01.0001", "Proses Pelaksanaan Pelatihan", 300 * M, 280 * M],  # row 7
        ["2.07.02.2.01.0002", "Pengukuran Produktivitas", 200 * M, 170 * M],  # row 8
        [None, "Jumlah Program", 500 * M, 450 * M],  # row 9
        ["2.07.04", "Program Hubungan Industrial", None, None],  # row 10
        ["2.07.04.2.01", "Pengembangan Hubungan Industrial", None, None],  # row 11
        ["2.07.04.2.01.0003", "Pencegahan Perselisihan", 120 * M, 96 * M],  # row 12
        [None, "Jumlah Program", 120 * M, 96 * M],  # row 13
        [None, "TOTAL", 620 * M, 546 * M],  # row 14
    ],
    titles=["REALISASI ANGGARAN PER PROGRAM", "TAHUN 2023"],
)

# an LRA with SIPD account rows, parents' amounts blank, and an uncoded closing total
SIPD_JUMLAH_BELANJA = Sheet(
    "Anggaran",
    [
        ["Kode Rekening", "Uraian", "Anggaran", "Realisasi"],  # row 4
        ["2.07.03", "PROGRAM PENEMPATAN TENAGA KERJA", None, None],  # row 5
        ["2.07.03.2.01", "Pelayanan Antarkerja di Daerah Kabupaten/Kota", None, None],  # row 6
        ["2.07.03.2.01.0001", "Perluasan Kesempatan Kerja", None, None],  # row 7
        ["5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-ATK", 40 * M, 35 * M],
        ["5.1.02.01.01.0026", "Belanja Alat/Bahan untuk Kegiatan Kantor-Cetak", 60 * M, 55 * M],
        ["2.07.04", "PROGRAM HUBUNGAN INDUSTRIAL", None, None],  # row 10
        ["2.07.04.2.01", "Pengembangan Hubungan Industrial", None, None],  # row 11
        ["2.07.04.2.01.0003", "Pencegahan Perselisihan", None, None],  # row 12
        ["5.1.02.04.01.0001", "Belanja Perjalanan Dinas Biasa", 50 * M, 45 * M],  # row 13
        [None, "JUMLAH BELANJA", 150 * M, 135 * M],  # row 14
    ],
    titles=["LAPORAN REALISASI ANGGARAN", "TAHUN ANGGARAN 2023"],
)

# "Jumlah Kegiatan" declaring 571 where its sub kegiatan give 330 + 240 = 570
JUMLAH_KEGIATAN_DIFFERS = Sheet(
    "Anggaran",
    [
        ["No", "Uraian", "Anggaran", "Realisasi"],  # row 4
        ["I", "Program: Penempatan Tenaga Kerja", None, None],  # row 5
        ["1", "Kegiatan: Pelayanan Antar Kerja", None, None],  # row 6
        [None, "Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 7
        [None, "Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 8
        [None, "Jumlah Kegiatan", 571 * M, 500 * M],  # row 9
        ["2", "Kegiatan: Pengawasan Norma Kerja", None, None],  # row 10
        [None, "Sub Kegiatan: Pemeriksaan Norma Kerja", 100 * M, 90 * M],  # row 11
        [None, "Jumlah Kegiatan", 100 * M, 90 * M],  # row 12
        [None, "Jumlah Program", 670 * M, 590 * M],  # row 13
        [None, "Total", 670 * M, 590 * M],  # row 14
    ],
    titles=["REALISASI ANGGARAN 2023", "DINAS TENAGA KERJA"],
)

# generic wording: a "Sub Total" after a kegiatan's sub kegiatan (its kegiatan), and a
# "Jumlah" whose figures are the sum of nothing above it
SUB_TOTAL_GENERIC = Sheet(
    "Anggaran",
    [
        ["No", "Uraian", "Anggaran", "Realisasi"],  # row 4
        ["I", "Program: Penempatan Tenaga Kerja", None, None],  # row 5
        ["1", "Kegiatan: Pelayanan Antar Kerja", None, None],  # row 6
        [None, "Sub Kegiatan: Perluasan Kesempatan Kerja", 330 * M, 300 * M],  # row 7
        [None, "Sub Kegiatan: Job Fair/Bursa Kerja", 240 * M, 200 * M],  # row 8
        [None, "Sub Total :", 570 * M, 500 * M],  # row 9
        ["II", "Program: Hubungan Industrial", None, None],  # row 10
        ["1", "Kegiatan: Pencegahan Perselisihan", None, None],  # row 11
        [None, "Sub Kegiatan: Verifikasi Keanggotaan", 60 * M, 50 * M],  # row 12
        [None, "Jumlah", 999 * M, 999 * M],  # row 13
        [None, "Sub Kegiatan: Penyelesaian Perselisihan", 40 * M, 30 * M],  # row 14
        [None, "Total", 670 * M, 580 * M],  # row 15
    ],
    titles=["REALISASI ANGGARAN 2023", "DINAS TENAGA KERJA"],
)

# "jumlah" inside names of lines: a programme, a numbered kegiatan, a prefixed sub kegiatan
# and an unmarked one are lines; only the closing "Jumlah" is a sum
JUMLAH_IN_NAMES = Sheet(
    "Anggaran",
    [
        ["No", "Uraian", "Anggaran", "Realisasi"],  # row 4
        ["I", "Program Peningkatan Jumlah Wirausaha", None, None],  # row 5
        ["1", "Peningkatan Jumlah Koperasi Aktif", None, None],  # row 6
        [None, "Sub Kegiatan: Jumlah Wirausaha Baru yang Difasilitasi", 80 * M, 72 * M],  # 7
        [None, "Pendataan Jumlah Usaha Mikro", 20 * M, 18 * M],  # row 8
        [None, "Jumlah", 100 * M, 90 * M],  # row 9
    ],
    titles=["REALISASI ANGGARAN 2023", "DINAS KOPERASI DAN USAHA MIKRO"],
)
