"""``Rekap LKIP <tahun>.xlsx``: a batch's agencies side by side, from the small summaries the
worker processes returned (no output is read again).

Workbooks of different years get a Rekap each: a kabupaten's totals and its weighted serapan
only mean something within one budget year, and the file name carries the year. Each Rekap
says which other years the batch held. A file that gave no output (so no year) is listed in
the Rekap of the batch's main year, the one most of its workbooks report (the latest on a tie).
Two workbooks of the same agency (Instansi and Pemerintah) and year are both listed and
flagged: totals would count that agency twice.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import FileWriteError
from .manifest import KIND_PROPERTY, is_output
from .messages import text
from .model import Options
from .summary import Summary
from .tables.rekap import RekapRow, build_rekap
from .writer import PAPER_A4, PAPER_F4, write_workbook

__all__ = [
    "Entry",
    "Written",
    "entries",
    "default_folder",
    "rekap_name",
    "write_rekaps",
]

if TYPE_CHECKING:
    from .batch import FileResult


@dataclass(frozen=True)
class Entry:
    """One input of the batch, as the Rekap needs it."""

    source: Path
    status: str  # "selesai", "ada temuan", "tidak ditulis", "gagal"
    reason: str  # in Indonesian; "" when there is an output
    output: Path | None
    summary: Summary | None


@dataclass
class Written:
    paths: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # in the user's language
    duplicates: bool = False


def entries(results: Sequence[FileResult]) -> list[Entry]:
    return [
        Entry(r.source, text(f"status_{r.status.value}", "id"), r.reason_id, r.output, r.summary)
        for r in results
    ]


def default_folder(inputs: Sequence[Path], out_dir: Path | None) -> Path:
    """The output folder; without one, the folder that holds every input (outputs are
    written beside their inputs)."""
    if out_dir is not None:
        return out_dir
    folders = [str((p if p.is_dir() else p.parent).resolve()) for p in inputs]
    return Path(os.path.commonpath(folders))


def rekap_name(tahun: int) -> str:
    return f"Rekap LKIP {tahun}.xlsx" if tahun else "Rekap LKIP.xlsx"


def _key(s: Summary) -> tuple[str, str, int]:
    def norm(t: str) -> str:
        return " ".join(t.split()).casefold()

    return norm(s.instansi), norm(s.pemerintah), s.tahun


def _main_year(entries: Sequence[Entry], fallback: int) -> int:
    years = Counter(e.summary.tahun for e in entries if e.summary is not None)
    if not years:
        return fallback
    return max(years, key=lambda y: (years[y], y))


def _target(folder: Path, chosen: Path | None, tahun: int, several: bool) -> Path:
    if chosen is None:
        return folder / rekap_name(tahun)
    if not several:
        return chosen
    return chosen.with_name(f"{chosen.stem} {tahun}{chosen.suffix or '.xlsx'}")


def _link(output: Path, folder: Path) -> str:
    return Path(os.path.relpath(output.resolve(), folder.resolve())).as_posix()


def write_rekaps(
    entries: Sequence[Entry], folder: Path, chosen: Path | None, options: Options
) -> Written:
    """Write one Rekap per year into ``folder`` (or at ``chosen``); never over a file that
    this tool did not write, unless the user named it with ``--rekap``."""
    lang = options.lang
    done = Written()
    main = _main_year(entries, options.tahun or 0)
    by_year: dict[int, list[Entry]] = {}
    for e in entries:
        by_year.setdefault(e.summary.tahun if e.summary else main, []).append(e)
    years = sorted(by_year)
    if len(years) > 1:
        done.warnings.append(
            text("rekap_years", lang, years=", ".join(str(y) for y in years), main=str(main))
        )
    for tahun in years:
        group = by_year[tahun]
        target = _target(folder, chosen, tahun, len(years) > 1)
        if chosen is None and target.exists() and not is_output(target):
            raise FileWriteError("rekap_not_ours", path=str(target))
        rows, flags = _rows(group, target.parent, years, tahun)
        alerts = [text(code, "id", **params) for code, params in flags]
        for code, params in flags:
            if code == "rekap_duplicate":
                done.warnings.append(f"{target.name}: {text(code, lang, **params)}")
        done.duplicates = done.duplicates or any(r.notes for r in rows)
        pemerintah = {r.summary.pemerintah for r in rows if r.summary is not None}
        common = pemerintah.pop() if len(pemerintah) == 1 else ""
        sheets = build_rekap(rows, tahun, common, options.rules, alerts)
        write_workbook(
            sheets.grids,
            target,
            title=f"Rekap LKIP {tahun} {common}".strip(),
            properties={"lkip_xlsx_version": __version__, KIND_PROPERTY: "rekap"},
            paper=PAPER_F4 if options.paper == "f4" else PAPER_A4,
            created=options.created,
        )
        done.paths.append(target)
    return done


Flag = tuple[str, dict[str, str]]  # a message code and its parameters


def _rows(
    group: Sequence[Entry], folder: Path, years: Sequence[int], tahun: int
) -> tuple[list[RekapRow], list[Flag]]:
    """The Rekap's rows, each with its notes (in Indonesian, like every sheet), and the flags
    printed under its summary."""
    seen: dict[tuple[str, str, int], list[int]] = {}
    for i, e in enumerate(group):
        if e.summary is not None:
            seen.setdefault(_key(e.summary), []).append(i + 1)
    flags: list[Flag] = []
    others = [str(y) for y in years if y != tahun]
    if others:
        flags.append(("rekap_other_years", {"years": ", ".join(others)}))
    notes: dict[int, str] = {}
    for numbers in seen.values():
        if len(numbers) < 2:
            continue
        listed = ", ".join(str(n) for n in numbers)
        first = group[numbers[0] - 1].summary
        assert first is not None
        agency = f"{first.instansi} {first.pemerintah}".strip()
        flags.append(
            ("rekap_duplicate", {"numbers": listed, "agency": agency, "tahun": str(first.tahun)})
        )
        for n in numbers:
            notes[n] = text("rekap_duplicate_row", "id", numbers=listed)
    rows = [
        RekapRow(
            source=e.source.name,
            status=e.status,
            reason=e.reason,
            link=_link(e.output, folder) if e.output is not None else "",
            summary=e.summary,
            notes=(notes[i + 1],) if i + 1 in notes else (),
        )
        for i, e in enumerate(group)
    ]
    return rows, flags
