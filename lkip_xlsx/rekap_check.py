"""``lkip verify`` on a Rekap: besides its own cells, every output it links to must still be
the one it summarised, that is the fingerprint its ``Berkas`` sheet lists is the output's own.
(A hand edit inside an output keeps its fingerprint: ``lkip verify`` on the output finds it.)"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .model import Finding, Kind

__all__ = ["linked_outputs"]

_FINGERPRINT = re.compile(
    rb'name="lkip_xlsx_fingerprint"[^>]*>\s*<vt:lpwstr>([0-9a-f]{64})</vt:lpwstr>'
)


def _stamp(path: Path) -> str:
    """The fingerprint an output carries in its document properties ("" when none)."""
    try:
        with zipfile.ZipFile(path) as z, z.open("docProps/custom.xml") as part:
            found = _FINGERPRINT.search(part.read(1 << 16))
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError):
        return ""
    return found.group(1).decode() if found else ""


def _listed(stored: Any) -> dict[object, object]:
    """Rekap number -> the fingerprint on ``Berkas``."""
    return {
        row[0]: row[4]
        for row in stored["Berkas"].iter_rows(values_only=True)
        if len(row) > 4 and isinstance(row[0], int | float)
    }


def linked_outputs(path: Path, stored: Any) -> list[Finding]:
    """A finding for every linked output that is gone or is no longer the one summarised."""
    if "Rekap" not in stored.sheetnames or "Berkas" not in stored.sheetnames:
        return []
    listed = _listed(stored)
    out: list[Finding] = []
    for row in stored["Rekap"].iter_rows():
        number = row[0].value if row else None
        if not isinstance(number, int | float):
            continue
        for cell in row:
            link = cell.hyperlink
            if link is None or not link.target:
                continue
            target = unquote(link.target).replace("\\", "/")
            output = path.parent / target
            kind = None
            if not output.is_file():
                kind = Kind.REKAP_OUTPUT_MISSING
            elif _stamp(output) != listed.get(number):
                kind = Kind.REKAP_OUTPUT_CHANGED
            if kind is not None:
                out.append(Finding(kind, "Rekap", cell.coordinate, value=target))
    return out
