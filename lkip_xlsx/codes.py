"""Regional budget codes (Permendagri 90/2019) and what their depth says about a row.

A code may stand in a ``Kode`` column, at the start of the name (``1.01.02.2.01.0006
Penyusunan …``), or split over several columns (``Urusan | Bidang | Program | Kegiatan | Sub
Kegiatan``). Its shape gives the row's kind:

- urusan ``x`` and bidang urusan ``x.xx``: headings, never programmes;
- programme ``x.xx.xx``, kegiatan ``x.xx.xx.x.xx``, sub kegiatan ``x.xx.xx.x.xx.xxxx``;
- an account (``5.1``, ``5.1.02``, ``5.1.02.01.01.0024``, as SIPD exports list them under a
  sub kegiatan): the second segment is one digit where a bidang has two. A lone ``5`` under a
  sub kegiatan is the account ``Belanja`` unless a bidang code follows it.

Cross-cutting programmes carry ``X`` for urusan and bidang (``X.XX.01``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

__all__ = ["CodeKind", "code_kind", "code_at_start", "join_parts", "is_code", "SPLIT_KEYS"]


class CodeKind(enum.Enum):
    URUSAN = "urusan"
    BIDANG = "bidang urusan"
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub kegiatan"
    ACCOUNT = "rekening"


# split code columns, shallowest first, with the kind the deepest filled one gives
SPLIT_KEYS: tuple[tuple[str, CodeKind], ...] = (
    ("kode_urusan", CodeKind.URUSAN),
    ("kode_bidang", CodeKind.BIDANG),
    ("kode_program", CodeKind.PROGRAM),
    ("kode_kegiatan", CodeKind.KEGIATAN),
    ("kode_sub", CodeKind.SUB_KEGIATAN),
)

_SEGMENT = r"(?:\d{1,4}|[Xx]{1,2})"
_CODE = re.compile(rf"^{_SEGMENT}(?:[.\s]{_SEGMENT})*\.?$")
# at the start of a name: at least two segments joined by dots, then the name
_AT_START = re.compile(rf"^\s*({_SEGMENT}(?:\.{_SEGMENT})+)\.?\s+(?=\S)")
_URUSAN_AT_START = re.compile(r"^\s*(\d)\.?\s+(?=urusan\b)", re.IGNORECASE)


def segments(code: str) -> list[str]:
    return [s for s in re.split(r"[.\s]+", code.strip()) if s]


def is_code(text: str) -> bool:
    return bool(text.strip()) and bool(_CODE.match(text.strip()))


def code_kind(code: str) -> CodeKind | None:
    """The kind the code's shape gives, before context (a lone ``5`` reads as urusan)."""
    parts = segments(code)
    if not parts or not is_code(code):
        return None
    if len(parts) >= 2 and len(parts[1]) == 1 and parts[0] in ("4", "5", "6"):
        return CodeKind.ACCOUNT
    if len(parts) == 1:
        return CodeKind.URUSAN
    if len(parts) == 2:
        return CodeKind.BIDANG
    if len(parts) == 3:
        return CodeKind.PROGRAM
    if len(parts) <= 5:
        return CodeKind.KEGIATAN
    return CodeKind.SUB_KEGIATAN


def code_at_start(name: str) -> tuple[str, str]:
    """``'1.01.02.2.01.0006 Penyusunan …'`` -> (``'1.01.02.2.01.0006'``, ``'Penyusunan …'``);
    a name without a code gives ``('', name)``."""
    m = _AT_START.match(name) or _URUSAN_AT_START.match(name)
    if not m:
        return "", name
    return m.group(1), name[m.end() :].strip()


def join_parts(parts: Sequence[str]) -> str:
    """Segments from split columns -> one code; a column that repeats the whole code so far
    (``1`` | ``1.01`` | ``1.01.02``) is taken as it is."""
    code = ""
    for part in parts:
        p = part.strip().rstrip(".")
        if not p:
            continue
        if code and p.startswith(code + "."):
            code = p
        else:
            code = f"{code}.{p}" if code else p
    return code
