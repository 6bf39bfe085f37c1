"""The bundled sample (seed figures) through the whole pipeline: the golden figures of the
model report, computed by the rules."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from lkip_xlsx.build import build_report
from lkip_xlsx.model import Level, Options, Severity
from lkip_xlsx.pipeline import convert
from lkip_xlsx.reader import read_workbook
from tests.conftest import JEMBER
from tests.helpers import at, rounded, row_of, values


def test_sample_sub_kegiatan_add_up_to_the_seed_totals() -> None:
    report, findings = build_report(read_workbook(JEMBER), Options())
    assert report is not None, findings
    leaves = [
        line
        for prog in report.programmes
        for keg in prog.children
        for line in (keg.children or (keg,))
        if line.level is Level.SUB_KEGIATAN
    ]
    assert len(leaves) == 24
    assert sum((ln.budget or Decimal(0) for ln in leaves), Decimal(0)) == Decimal("15308539115")
    assert sum((ln.spent or Decimal(0) for ln in leaves), Decimal(0)) == Decimal("13359116248")
    assert [p.name for p in report.programmes] == [
        "Penunjang Urusan Pemerintah Daerah",
        "Pelatihan Kerja dan Prokduktivitas Tenaga Kerja",
        "Penempatan Tenaga Kerja",
        "Hubungan Industrial",
    ]
    # RKT links sasaran 1 to Pelatihan Kerja and Penempatan, sasaran 2 to Hubungan Industrial
    assert report.support == ((1, 2), (3,))


def test_tabel_31_capaian(jember_output: Path) -> None:
    wb = values(jember_output)
    got = [rounded(at(wb, "3.1", r, 7)) for r in range(7, 10)]
    assert got == [100.00, 389.80, 96.30]
    assert at(wb, "3.1", 7, 4).startswith("Persentase pencaker")


def test_tabel_35_scores_and_predicates(jember_output: Path) -> None:
    wb = values(jember_output)
    for nth, (avg, ind_rows) in enumerate([(100.00, 2), (96.30, 1)]):
        r = row_of(wb, "3.5", 1, "Rata rata capaian", nth)
        assert rounded(at(wb, "3.5", r, 2)) == avg
        assert at(wb, "3.5", r, 3) == "✓"  # Sangat Memuaskan
        assert [at(wb, "3.5", r, c) or "" for c in range(4, 10)] == [""] * 6  # one ✓ only
        for i in range(1, ind_rows + 1):
            assert at(wb, "3.5", r - i, 12) == "AA"
    r = row_of(wb, "3.5", 1, "Rata-rata capaian seluruh")
    assert rounded(at(wb, "3.5", r, 2)) == 98.15


def test_tabel_38_serapan_and_total(jember_output: Path) -> None:
    wb = values(jember_output)
    programmes = {at(wb, "3.8", r, 2): r for r in range(7, 60) if at(wb, "3.8", r, 7) == "Program"}
    got = [rounded(at(wb, "3.8", r, 5)) for r in programmes.values()]
    assert got == [79.89, 88.80, 97.94, 90.96]
    total = row_of(wb, "3.8", 1, "Total")
    assert at(wb, "3.8", total, 3) == 15308539115
    assert at(wb, "3.8", total, 4) == 13359116248
    # the seed prints 87,26 because it truncates; the rule rounds
    assert rounded(at(wb, "3.8", total, 5)) == 87.27


def test_tabel_37_efficiency(jember_output: Path) -> None:
    wb = values(jember_output)
    # the seed's columns: Sasaran | % Capaian Kinerja | % Serapan Anggaran | Tingkat Efisiensi,
    # then the index; serapan 90,31 = (6.493.318.000 + 1.414.708.339) ÷ (7.311.991.300 +
    # 1.444.411.000) × 100; index 100 ÷ 90,31 = 1,107 → 1,11
    rows = [[at(wb, "3.7", r, c) for c in (2, 3, 5, 4)] for r in (7, 8)]
    assert [[rounded(v) for v in row[:3]] + [row[3]] for row in rows] == [
        [100.00, 90.31, 1.11, "Efisien"],
        [96.30, 90.96, 1.06, "Efisien"],
    ]
    assert at(wb, "3.7", 7, 1).startswith("Meningkatnya pencari kerja terlatih")
    # the supporting programmes: a helper column beyond the print area, and the note
    assert "Pelatihan Kerja" in at(wb, "3.7", 7, 7) and "Penempatan" in at(wb, "3.7", 7, 7)


def test_ringkasan_references_the_tables(jember_output: Path) -> None:
    wb = values(jember_output)
    assert [rounded(at(wb, "Ringkasan", r, 3)) for r in (7, 8, 9)] == [100.0, 96.3, 98.15]
    assert [at(wb, "Ringkasan", r, 4) for r in (7, 8, 9)] == ["AA", "AA", "AA"]
    assert at(wb, "Ringkasan", 7, 5) == "Sangat Memuaskan"


def test_sheets_in_order_and_titles_carry_year_and_agency(jember_output: Path) -> None:
    wb = values(jember_output)
    assert wb.sheetnames == [
        "Ringkasan",
        "PK",
        "RKT",
        "Renstra",
        "3.1",
        "3.2",
        "3.3",
        "3.4",
        "3.5",
        "3.6",
        "3.7",
        "3.8",
        "Grafik",
        "Narasi",
        "Parameter",
        "Pemeriksaan",
        "_lkip",
    ]
    assert at(wb, "3.1", 1, 1) == "Tabel 3.1"
    assert at(wb, "3.1", 2, 1) == "Pengukuran Realisasi Kinerja Tahun 2023"
    assert at(wb, "3.1", 3, 1) == "Dinas Tenaga Kerja Kabupaten Jember"
    assert [at(wb, "3.1", 6, c) for c in (1, 2, 4, 5, 6, 7)] == [
        "(1)",
        "(2)",
        "(3)",
        "(4)",
        "(5)",
        "(6)",
    ]


def test_seed_declared_figures_raise_no_false_alarm(jember_output: Path) -> None:
    # the seed's own percentages are truncated by at most 0,01: within the rule's tolerance
    result = convert(JEMBER, jember_output.with_name("again.xlsx"))
    assert [f for f in result.findings if f.severity > Severity.INFO] == []
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("row", "capaian", "predicate"),
    [
        (7, 93.57, "AA"),  # Angka Kematian Ibu: negatif, above target
        (8, 117.33, "AA"),  # Angka Kematian Bayi: negatif, below target, capped to 100
        (9, 77.00, "BB"),  # stunting: 'turun' polarity
        (10, 93.05, "AA"),  # UCI: positif, percentages stored as fractions
        (12, 0.0, "D"),  # DBD deaths, target 0: zero tolerance broken
    ],
)
def test_second_sample_negative_polarity(
    dinkes_output: tuple[Path, object], row: int, capaian: float, predicate: str
) -> None:
    wb = values(dinkes_output[0])
    assert rounded(at(wb, "3.1", row, 7)) == capaian
    assert at(wb, "3.1", row, 9) in ("positif", "negatif")
    r35 = row_of(wb, "3.5", 1, "Indikator", row - 7)
    assert at(wb, "3.5", r35, 12) == predicate


def test_second_sample_findings(dinkes_output: tuple[Path, object]) -> None:
    path, result = dinkes_output
    codes = sorted((f.code, f.where) for f in result.findings)  # type: ignore[attr-defined]
    assert ("no_data", "Pengukuran Kinerja!G8") in codes
    assert ("declared_amount", "Belanja!D12") in codes
    assert ("declared_serapan", "Belanja!E12") in codes
    wb = values(path)
    assert at(wb, "3.1", 11, 7) == "data tidak tersedia"
    # sasaran 2 averages the indicators with data only: (93,05 + 0) / 2
    r = row_of(wb, "3.5", 1, "Rata rata capaian", 1)
    assert rounded(at(wb, "3.5", r, 2)) == 46.53
