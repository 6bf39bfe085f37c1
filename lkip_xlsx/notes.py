"""The notes of a batch as a text file (``hasil/catatan.txt`` for the double-click scripts):
what became of each file and every finding with its sheet!cell, so that a user who
double-clicked can read them after the window has closed.

UTF-8 with a byte-order mark and Windows line ends: Notepad then shows Indonesian text and
line breaks correctly on every Windows version.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .files import atomic_write

if TYPE_CHECKING:
    from .batch import FileResult

__all__ = ["write_notes", "BOM"]

BOM = "\ufeff"


def write_notes(
    path: Path, results: Sequence[FileResult], findings: Sequence[str], lang: str
) -> None:
    from .console import status_label, summary_line

    lines = [summary_line(results, lang), ""]
    for r in results:
        where = str(r.output) if r.output else r.message
        lines.append(f"{status_label(r.status, lang)}: {r.source}")
        if where:
            lines.append(f"  -> {where}")
    lines += findings
    body = BOM + "\r\n".join(lines) + "\r\n"
    atomic_write(path, body.encode("utf-8"))
