"""Recalculate a workbook in LibreOffice headless and compare every formula cell.

LibreOffice keeps the cached values of an .xlsx unless its profile says to recalculate on
load (``OOXMLRecalcMode`` = 0 under ``/org.openoffice.Office.Calc/Formula/Load``): every run
gets a profile of its own with that setting, so parallel runs cannot collide either.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

__all__ = ["soffice", "recalculate", "formula_mismatches", "Mismatch", "formula_cells"]

_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
           xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
  <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
</item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
  <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop>
</item>
</oor:items>
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def recalculate(xlsx: Path, workdir: Path, convert_to: str = "xlsx") -> Path:
    """Open ``xlsx`` in LibreOffice, recalculate everything, save to ``workdir``."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    profile = workdir / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE, encoding="utf-8")
    out = workdir / "recalculated"
    out.mkdir(exist_ok=True)
    env = dict(os.environ, HOME=str(workdir))
    subprocess.run(
        [
            exe,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            convert_to,
            "--outdir",
            str(out),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=240,
        env=env,
    )
    result = out / (xlsx.stem + "." + convert_to.split(":")[0])
    if not result.exists():
        raise RuntimeError(f"LibreOffice wrote nothing for {xlsx}")
    return result


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
                if cell.data_type == "f" or (
                    isinstance(cell.value, str) and cell.value.startswith("=")
                ):
                    out[f"{ws.title}!{cell.coordinate}"] = str(cell.value)
    return out


def _same(a: object, b: object) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        # the same to two decimals, as the reader sees them
        return (
            math.isclose(a, b, abs_tol=0.005)
            and round(a, 2) == round(b, 2)
            or (abs(a - b) < 1e-9 * max(1.0, abs(a)))
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
