"""Hints about what an indicator's name suggests, for the audit only: never a figure.

An indicator whose polarity is not written is computed as ``positif`` (docs/aturan.md §1).
Staff often leave the column out even where lower is better (``Angka kematian ibu``,
``Persentase jalan dalam kondisi rusak berat``); the name then says so, and the reader warns
instead of computing quietly from a default that may be wrong.
"""

from __future__ import annotations

import re

__all__ = ["lower_is_better"]

# words of indicators where lower is better, as Indonesian performance reports name them
_LOWER = (
    "kematian",
    "rusak",
    "kerusakan",
    "kemiskinan",
    "penduduk miskin",
    "pengangguran",
    "putus sekolah",
    "drop out",
    "kecelakaan",
    "temuan",
    "stunting",
    "gizi buruk",
    "prevalensi",
    "kesakitan",
    "kriminalitas",
    "pelanggaran",
    "tunggakan",
    "kebakaran",
    "genangan",
    "kumuh",
    "sengketa",
    "inflasi",
    "ketimpangan",
    "gini",
    "backlog",
    "kerugian",
    "korban",
    "buta aksara",
    "kehilangan",
    "losses",
    "pencemaran",
    "emisi",
    "waktu tunggu",
)
# words that turn the indicator around: handling, reducing or preventing the bad thing is good
_TURNED = (
    "penyelesaian",
    "diselesaikan",
    "terselesaikan",
    "penanganan",
    "ditangani",
    "tertangani",
    "penurunan",
    "pengurangan",
    "pencegahan",
    "rehabilitasi",
    "cakupan",
    "bebas",
    "tindak lanjut",
    "ditindaklanjuti",
    "perbaikan",
    "diperbaiki",
    "pemulihan",
)
_WORD = re.compile(r"\w+")


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"\b{re.escape(phrase)}\b", text) is not None


def lower_is_better(name: str) -> str | None:
    """The word of ``name`` that suggests lower is better, or None (also when the name turns
    it around: ``Persentase penyelesaian kasus``, ``Penurunan angka kemiskinan``)."""
    text = " ".join(_WORD.findall(name.casefold()))
    if any(_has(text, w) for w in _TURNED):
        return None
    return next((w for w in _LOWER if _has(text, w)), None)
