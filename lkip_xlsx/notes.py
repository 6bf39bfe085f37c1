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
from .messages import text

if TYPE_CHECKING:
    from .batch import FileResult

__all__ = ["write_notes", "BOM"]

BOM = "\ufeff"


def write_notes(
    path: Path, results: Sequence[FileResult], findings: Sequence[str], lang: str
) -> None:
    from .batch import BatchStatus
    from .console import status_label

    counts = {s: sum(1 for r in results if r.status is s) for s in BatchStatus}
    lines = [
        text(
            "batch_summary",
            lang,
            total=str(len(results)),
            done=str(counts[BatchStatus.DONE]),
            findings=str(counts[BatchStatus.FINDINGS]),
            skipped=str(counts[BatchStatus.NOT_WRITTEN]),
            failed=str(counts[BatchStatus.FAILED]),
        ),
        "",
    ]
    for r in results:
        where = str(r.output) if r.output else r.message
        lines.append(f"{status_label(r.status, lang)}: {r.source}")
        if where:
            lines.append(f"  -> {where}")
    lines += findings
    body = BOM + "\r\n".join(lines) + "\r\n"
    atomic_write(path, body.encode("utf-8"))
