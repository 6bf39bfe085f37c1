"""Recalculate a workbook in LibreOffice headless and compare every formula cell.

The LibreOffice run itself is :func:`lkip_xlsx.office.run_soffice` (its own profile per
run, recalculating on load); this module compares the stored values with LibreOffice's.

LibreOffice takes seconds to start and a fraction of that per workbook, so the workbooks the
tests recalculate are built first and recalculated together in one run: a test module
registers how to build its case with :func:`recalc_case`, and the session fixture
``recalculated`` (``tests/conftest.py``) hands each test its (original, recalculated) pair.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lkip_xlsx.office import run_soffice, run_soffice_many, soffice

__all__ = [
    "soffice",
    "recalculate",
    "recalculate_many",
    "recalc_case",
    "CASES",
    "formula_mismatches",
    "Mismatch",
    "formula_cells",
]

Builder = Callable[[Path], None]  # writes the workbook of a case to the path it is given
CASES: dict[str, Builder] = {}


def recalc_case(name: str) -> Callable[[Builder], Builder]:
    """Register a workbook for the session's one LibreOffice run under ``name``."""

    def register(build: Builder) -> Builder:
        assert name not in CASES, name
        CASES[name] = build
        return build

    return register


def recalculate(xlsx: Path, workdir: Path, convert_to: str = "xlsx", locale: str = "id-ID") -> Path:
    """Open ``xlsx`` in LibreOffice (its locale ``locale``), recalculate everything, save it
    into ``workdir``."""
    workdir.mkdir(parents=True, exist_ok=True)
    return run_soffice(xlsx, workdir / "recalculated", convert_to, workdir, locale)


def recalculate_many(sources: Sequence[Path], workdir: Path) -> list[Path]:
    """:func:`recalculate` for several workbooks (of different names) in one LibreOffice run."""
    workdir.mkdir(parents=True, exist_ok=True)
    return run_soffice_many(sources, workdir / "recalculated", "xlsx", workdir)


@dataclass(frozen=True)
class Mismatch:
    cell: str
    formula: str
    stored: object
    recalculated: object


def formula_cells(path: Path) -> dict[str, str]:
    """``'3.1'!G7`` -> formula text, for every formula cell of the workbook."""
    import openpyxl

    wb = openpyxl.load_workbook(path, data_only=False)
    out: dict[str, str] = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    out[f"{ws.title}!{cell.coordinate}"] = str(cell.value)
    return out


def _same(a: object, b: object) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        # the same to two decimals, as the reader sees them
        return (math.isclose(a, b, abs_tol=0.005) and round(a, 2) == round(b, 2)) or (
            abs(a - b) < 1e-9 * max(1.0, abs(a))
        )
    return a == b


def formula_mismatches(original: Path, recalculated: Path) -> tuple[int, list[Mismatch]]:
    """(number of formula cells compared, the ones whose stored value LibreOffice disagrees
    with)."""
    import openpyxl

    formulas = formula_cells(original)
    stored = openpyxl.load_workbook(original, data_only=True)
    fresh = openpyxl.load_workbook(recalculated, data_only=True)
    bad: list[Mismatch] = []
    for ref, text in formulas.items():
        sheet, coord = ref.rsplit("!", 1)
        a = stored[sheet][coord].value
        b = fresh[sheet][coord].value
        if not _same(a, b):
            bad.append(Mismatch(ref, text, a, b))
    return len(formulas), bad
