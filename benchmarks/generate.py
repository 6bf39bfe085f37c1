"""Generate a large input workbook: ``python benchmarks/generate.py LINES INDICATORS OUT``.

A province-sized agency: ``LINES`` budget lines (programmes of 5 kegiatan with 10 sub
kegiatan each, as many as it takes), ``INDICATORS`` indicators in sasaran of ten, an RKT that
links every programme to a sasaran, and declared percentages for the audit. Amounts are
deterministic (a linear congruential sequence), so every run measures the same work.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["generate"]


def _amounts(seed: int) -> tuple[int, int]:
    budget = 10_000_000 + (seed * 7_919_993) % 990_000_000
    spent = budget * (60 + seed % 41) // 100
    return budget, spent


def generate(
    lines: int,
    indicators: int,
    path: Path,
    instansi: str = "Dinas Uji Beban",
    pemerintah: str = "Provinsi Uji",
    tahun: int = 2023,
    seed: int = 0,
) -> None:
    """``seed`` shifts the amounts and the realisations, so that generated agencies differ."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ident = wb.add_worksheet("Identitas")
    for r, (k, v) in enumerate(
        (
            ("Instansi", instansi),
            ("Pemerintah", pemerintah),
            ("Tahun", str(tahun)),
            ("Kepala", "Kepala Uji"),
        )
    ):
        ident.write_string(r, 0, k)
        ident.write_string(r, 1, v)
    real = wb.add_worksheet("Realisasi")
    for c, h in enumerate(
        (
            "Sasaran",
            "Indikator",
            "Satuan",
            "Polaritas",
            f"Target {tahun}",
            f"Realisasi {tahun}",
            f"Capaian {tahun}",
        )
    ):
        real.write_string(0, c, h)
    sasaran_count = max(1, indicators // 10)
    for i in range(indicators):
        s = i % sasaran_count
        negative = i % 7 == 0
        target = 50 + i % 50
        value = target + (i + seed) % 13 - 6
        real.write_string(i + 1, 0, f"Sasaran uji {s + 1}")
        real.write_string(i + 1, 1, f"Indikator uji {i + 1}")
        real.write_string(i + 1, 2, "%")
        real.write_string(i + 1, 3, "negatif" if negative else "positif")
        real.write_number(i + 1, 4, target)
        real.write_number(i + 1, 5, value)
    ang = wb.add_worksheet("Anggaran")
    for c, h in enumerate(("Kode", "Level", "Uraian", "Anggaran", "Realisasi", "Capaian")):
        ang.write_string(0, c, h)
    rkt = wb.add_worksheet("RKT")
    for c, h in enumerate(("Sasaran", "Indikator Sasaran", "Target", "Program")):
        rkt.write_string(0, c, h)
    row, written, p = 1, 0, 0
    while written < lines:
        p += 1
        ang.write_string(row, 0, f"1.{p:02d}.01")
        ang.write_string(row, 1, "Program")
        ang.write_string(row, 2, f"Program uji {p}")
        rkt.write_string(p, 0, f"Sasaran uji {(p - 1) % sasaran_count + 1}")
        rkt.write_string(p, 3, f"Program uji {p}")
        row, written = row + 1, written + 1
        for keg in range(1, 6):
            if written >= lines:
                break
            ang.write_string(row, 0, f"1.{p:02d}.01.2.{keg:02d}")
            ang.write_string(row, 1, "Kegiatan")
            ang.write_string(row, 2, f"Kegiatan uji {p}.{keg}")
            row, written = row + 1, written + 1
            for sub in range(1, 11):
                if written >= lines:
                    break
                budget, spent = _amounts(written + seed)
                ang.write_string(row, 0, f"1.{p:02d}.01.2.{keg:02d}.{sub:04d}")
                ang.write_string(row, 1, "Sub Kegiatan")
                ang.write_string(row, 2, f"Sub kegiatan uji {p}.{keg}.{sub}")
                ang.write_number(row, 3, budget)
                ang.write_number(row, 4, spent)
                ang.write_number(row, 5, int(spent * 10000 // budget) / 100)  # truncated
                row, written = row + 1, written + 1
    wb.close()


def main() -> None:
    lines, indicators, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    generate(lines, indicators, out)
    print(out)


if __name__ == "__main__":
    main()
