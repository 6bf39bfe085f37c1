"""Support per line for efficiency (issue 11, docs/aturan.md §6): a sasaran named on a line covers
its subtree unless a line below names its own; 3.7's serapan is money-weighted over exactly
those lines. Figures are worked out by hand in each case."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl

from lkip_xlsx.build import build_report
from lkip_xlsx.model import Options, Report
from lkip_xlsx.pipeline import convert
from lkip_xlsx.reader import read_workbook
from tests.data.layouts import SASARAN_1, SASARAN_2, Sheet, Value, workbook

M = 1_000_000


def _report(path: Path) -> Report:
    report, findings = build_report(read_workbook(path), Options())
    assert report is not None, findings
    return report


def _support(report: Report) -> list[list[str]]:
    lines = report.budget_lines()
    return [[lines[i].name for i in s] for s in report.support_lines]


def _t37(out: Path) -> dict[str, tuple[Decimal, str]]:
    """Per sasaran: (% serapan, verdict) as 3.7 prints them."""
    ws = openpyxl.load_workbook(out, data_only=True)["3.7"]
    rows = list(ws.iter_rows(values_only=True))
    # the seed's headings: Sasaran | % Capaian Kinerja | % Serapan Anggaran | Tingkat Efisiensi
    head = next(i for i, r in enumerate(rows) if "% Serapan Anggaran" in r)
    col_s = rows[head].index("% Serapan Anggaran")
    col_v = rows[head].index("Tingkat Efisiensi")
    col_n = rows[head].index("Sasaran")
    return {
        str(r[col_n]): (Decimal(str(r[col_s])), str(r[col_v]))
        for r in rows[head + 1 :]
        if r[col_n] in (SASARAN_1, SASARAN_2)
    }


# one programme whose sub kegiatan serve different sasaran (the case)
LINES: list[list[Value]] = [
    ["Level", "Uraian", "Anggaran", "Realisasi", "Sasaran"],
    ["Program", "Penempatan Tenaga Kerja", None, None, None],  # row 2
    ["Kegiatan", "Pelayanan Antar Kerja", None, None, None],  # row 3
    ["Sub Kegiatan", "Perluasan Kesempatan Kerja", 300 * M, 270 * M, 1],  # row 4
    ["Sub Kegiatan", "Job Fair", 200 * M, 200 * M, 1],  # row 5
    ["Kegiatan", "Perlindungan PMI", None, None, None],  # row 6
    ["Sub Kegiatan", "Peningkatan Perlindungan PMI", 500 * M, 400 * M, 2],  # row 7
]


def test_sub_kegiatan_of_one_programme_serve_different_sasaran(tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", [Sheet("Anggaran", LINES)])
    report = _report(path)
    # both sub kegiatan of the first kegiatan serve sasaran 1: the kegiatan stands for them
    assert _support(report) == [["Pelayanan Antar Kerja"], ["Perlindungan PMI"]]
    result = convert(path, tmp_path / "out.xlsx")
    assert result.output is not None
    # sasaran 1: (270 + 200) / (300 + 200) = 470 / 500 = 94,00 %; capaian 90 → 90 / 94 =
    # 0,957 → 0,96 < 1: Tidak efisien (the programme's 870 / 1.000 = 87 % would say Efisien)
    # sasaran 2: 400 / 500 = 80,00 %; capaian 100 → 1,25: Efisien
    assert _t37(result.output) == {
        SASARAN_1: (Decimal("94"), "Tidak efisien"),
        SASARAN_2: (Decimal("80"), "Efisien"),
    }


# a programme names sasaran 1; one kegiatan below names its own
OVERRIDE: list[list[Value]] = [
    ["Level", "Uraian", "Anggaran", "Realisasi", "Sasaran"],
    ["Program", "Penempatan Tenaga Kerja", None, None, SASARAN_1],  # row 2
    ["Kegiatan", "Pelayanan Antar Kerja", 600 * M, 540 * M, None],  # row 3
    ["Kegiatan", "Perlindungan PMI", 400 * M, 380 * M, "2"],  # row 4
    ["Program", "Penunjang Urusan", None, None, None],  # row 5
    ["Kegiatan", "Administrasi Keuangan", 900 * M, 850 * M, None],  # row 6
]


def test_a_line_below_overrides_its_programme_and_unlinked_lines_are_noted(
    tmp_path: Path,
) -> None:
    path = workbook(tmp_path / "x.xlsx", [Sheet("Anggaran", OVERRIDE)])
    assert _support(_report(path)) == [["Pelayanan Antar Kerja"], ["Perlindungan PMI"]]
    result = convert(path, tmp_path / "out.xlsx")
    assert result.output is not None
    # sasaran 1: 540 / 600 = 90,00 % → 90 / 90 = 1,00: Efisien
    # sasaran 2: 380 / 400 = 95,00 % → 100 / 95 = 1,05: Efisien
    assert _t37(result.output) == {
        SASARAN_1: (Decimal("90"), "Efisien"),
        SASARAN_2: (Decimal("95"), "Efisien"),
    }
    unlinked = [(f.where, f.value) for f in result.findings if f.code == "line_unlinked"]
    assert unlinked == [("Anggaran!B5", "Penunjang Urusan")]


RKT_LINES: list[list[Value]] = [
    ["Level", "Uraian", "Anggaran", "Realisasi"],
    ["Program", "Penempatan Tenaga Kerja", None, None],
    ["Kegiatan", "Pelayanan Antar Kerja", None, None],
    ["Sub Kegiatan", "Perluasan Kesempatan Kerja", 300 * M, 270 * M],
    ["Sub Kegiatan", "Job Fair", 200 * M, 200 * M],
    ["Kegiatan", "Perlindungan PMI", None, None],
    ["Sub Kegiatan", "Peningkatan Perlindungan PMI", 500 * M, 400 * M],
]
# the RKT names the programme under both sasaran, each time with its own kegiatan; the
# programme cell is merged down (blank below), as printed
RKT: list[list[Value]] = [
    ["Sasaran", "Program", "Kegiatan", "Sub Kegiatan"],
    [SASARAN_1, "Program Penempatan Tenaga Kerja", "Keg. Pelayanan Antar Kerja", "Job Fair"],
    [None, None, None, "Perluasan Kesempatan Kerja"],
    [SASARAN_2, "Program Penempatan Tenaga Kerja", "Keg. Perlindungan PMI", None],
]


def test_the_rkt_cascade_links_kegiatan_and_sub_kegiatan(tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", [Sheet("Anggaran", RKT_LINES), Sheet("RKT 2023", RKT)])
    report = _report(path)
    assert report.support_source == "RKT"
    assert _support(report) == [["Pelayanan Antar Kerja"], ["Perlindungan PMI"]]
    result = convert(path, tmp_path / "out.xlsx")
    assert result.output is not None
    # as in the first case: 470 / 500 = 94 % (Tidak efisien), 400 / 500 = 80 % (Efisien)
    assert _t37(result.output) == {
        SASARAN_1: (Decimal("94"), "Tidak efisien"),
        SASARAN_2: (Decimal("80"), "Efisien"),
    }
    assert [
        f for f in result.findings if f.code in ("line_unlinked", "no_support", "no_support_source")
    ] == []
