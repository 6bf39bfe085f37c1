"""Generate a large input workbook: ``python benchmarks/generate.py LINES INDICATORS OUT
[--untagged]``.

A province-sized agency: ``LINES`` budget lines (programmes of 5 kegiatan with 10 sub
kegiatan each, as many as it takes), ``INDICATORS`` indicators in sasaran of ten, an RKT that
links every programme to a sasaran, and declared percentages for the audit. Amounts are
deterministic (a linear congruential sequence), so every run measures the same work.
``--untagged``: the budget as staff keep it without codes or a ``Level`` column: programmes
named ``Program …``, kegiatan and sub kegiatan with no prefix, each programme and kegiatan a
staff subtotal formula (with its cached value) over its children (docs/format-masukan.md §4.2).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

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
    untagged: bool = False,
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
    rkt = wb.add_worksheet("RKT")
    for c, h in enumerate(("Sasaran", "Indikator Sasaran", "Target", "Program")):
        rkt.write_string(0, c, h)
    if untagged:
        _untagged(ang, rkt, lines, sasaran_count, seed)
        wb.close()
        return
    for c, h in enumerate(("Kode", "Level", "Uraian", "Anggaran", "Realisasi", "Capaian")):
        ang.write_string(0, c, h)
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


def _untagged(ang: Any, rkt: Any, lines: int, sasaran_count: int, seed: int) -> None:
    """Columns Uraian | Anggaran | Realisasi (A, B, C); subtotals as staff write them."""
    for c, h in enumerate(("Uraian", "Anggaran", "Realisasi")):
        ang.write_string(0, c, h)
    row, written, p = 1, 0, 0
    while written < lines:
        p += 1
        prog_row, kegs = row, []
        ang.write_string(row, 0, f"Program uji {p}")
        rkt.write_string(p, 0, f"Sasaran uji {(p - 1) % sasaran_count + 1}")
        rkt.write_string(p, 3, f"Program uji {p}")
        row, written = row + 1, written + 1
        totals = [0, 0]
        for keg in range(1, 6):
            if written >= lines:
                break
            keg_row, sums = row, [0, 0]
            ang.write_string(row, 0, f"Pelayanan uji {p}.{keg}")
            row, written = row + 1, written + 1
            for sub in range(1, 11):
                if written >= lines:
                    break
                budget, spent = _amounts(written + seed)
                ang.write_string(row, 0, f"Layanan uji {p}.{keg}.{sub}")
                ang.write_number(row, 1, budget)
                ang.write_number(row, 2, spent)
                sums = [sums[0] + budget, sums[1] + spent]
                row, written = row + 1, written + 1
            for c, col in ((1, "B"), (2, "C")):  # =SUM(B3:B12) over the sub kegiatan
                rng = f"{col}{keg_row + 2}:{col}{max(row, keg_row + 2)}"
                ang.write_formula(keg_row, c, f"=SUM({rng})", None, sums[c - 1])
            kegs.append(keg_row)
            totals = [totals[0] + sums[0], totals[1] + sums[1]]
        for c, col in ((1, "B"), (2, "C")):  # =B2+B13+… over the kegiatan
            terms = "+".join(f"{col}{k + 1}" for k in kegs) or "0"
            ang.write_formula(prog_row, c, f"={terms}", None, totals[c - 1])


def main() -> None:
    lines, indicators, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    generate(lines, indicators, out, untagged="--untagged" in sys.argv[4:])
    print(out)


if __name__ == "__main__":
    main()
