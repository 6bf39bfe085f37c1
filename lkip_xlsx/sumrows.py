"""Rows of ``Anggaran`` that declare a sum (``Jumlah Program``, ``Sub Total``, ``JUMLAH
BELANJA``, ``TOTAL``): never a budget line, never an account row (docs/format-masukan.md §4.4).

A row is one when its name *starts* with ``Jumlah``, ``Total``, ``Sub Total`` / ``Subtotal``
or ``Grand Total`` (any case, after punctuation) and it carries no code, no level and no
numbering of a line: ``Program Peningkatan Jumlah Wirausaha`` is a programme. Its wording may
say what it sums: ``Jumlah Program`` the programme just closed, ``Jumlah Kegiatan`` the
kegiatan, ``Jumlah Sub Kegiatan`` the sub kegiatan; any other wording is generic.
"""

from __future__ import annotations

import re

from .contract import normalize
from .model import Level

__all__ = ["is_sum_name", "is_summary_name", "sum_level"]

_SUM = re.compile(
    r"^(?:grand ?total|sub ?total|total|jumlah)\b"
    r"(?:(?: belanja| anggaran| pagu| biaya)? (?P<level>sub ?kegiatan|program|kegiatan)\b)?"
)
_LEVELS = {"program": Level.PROGRAM, "kegiatan": Level.KEGIATAN}
# an average under the indicators: ``Rata-rata``, ``Rerata``, ``Rata-rata capaian kinerja``
_AVERAGE = re.compile(r"^(?:(?:nilai|capaian) )?(?:rata rata|rerata)\b")


def is_sum_name(text: str) -> bool:
    """Whether a name starts with the words of a declared sum."""
    return _SUM.match(normalize(text)) is not None


def is_summary_name(text: str) -> bool:
    """Whether a name starts with the words of a sum or of an average (a row under the
    indicators of ``Realisasi`` that sums them up)."""
    return is_sum_name(text) or _AVERAGE.match(normalize(text)) is not None


def sum_level(text: str) -> Level | None:
    """The level a sum's wording names (``Jumlah Kegiatan``), or ``None`` when generic."""
    m = _SUM.match(normalize(text))
    if m is None or m.group("level") is None:
        return None
    return _LEVELS.get(m.group("level"), Level.SUB_KEGIATAN)
