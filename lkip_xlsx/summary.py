"""One agency's headline figures, as its own workbook states them: what a batch needs for the
Rekap (:mod:`lkip_xlsx.rekap`), small enough for a worker process to send back.

The figures are the stored values of the agency's output cells (Ringkasan, Tabel 3.5, 3.7 and
3.8), taken while the workbook is built: no output is read again. This module imports nothing
heavy, so that the parent process of a batch stays light.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Summary"]


@dataclass(frozen=True)
class Summary:
    instansi: str
    pemerintah: str
    tahun: int
    sasaran: int  # number of sasaran
    indicators: int
    no_data: int  # indicators whose capaian cannot be computed (no data, text, target 0)
    capaian: Decimal | None  # Ringkasan: the mean of every sasaran; None without data
    predikat: str  # its category on the scale in force ("" without data)
    lowest: Decimal | None  # the lowest sasaran capaian (Tabel 3.5)
    pagu: Decimal  # Tabel 3.8 total anggaran, rupiah
    realisasi: Decimal
    serapan: Decimal | None  # Tabel 3.8 total serapan; None for a zero budget
    efisien: int  # sasaran judged "Efisien" in Tabel 3.7
    discrepancies: int  # Pemeriksaan, as counted on Ringkasan
    warnings: int
    notes: int
    fingerprint: str = ""  # the output's lkip verify fingerprint, once written
