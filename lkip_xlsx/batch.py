"""Many workbooks at once: a kabupaten's whole folder, in parallel processes.

Folders are searched for ``.xlsx``/``.xlsm`` (not the tool's own outputs, recognised by the
document property they carry and never by their name; not Excel's lock files); each file is
converted on its own, and one that fails never stops the others. Worker
processes import the heavy libraries once, when they start, not once per file.
"""

from __future__ import annotations

import enum
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .files import without_lkip_year
from .model import Finding, Options

if TYPE_CHECKING:
    from .summary import Summary

__all__ = ["FileResult", "BatchStatus", "collect", "plan_outputs", "run_batch", "safe_name"]

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
MAX_NAME = 120  # characters of a file name we write, well under every file system's limit


class BatchStatus(enum.StrEnum):
    """What became of one file (the value is the code ``--json`` shows)."""

    DONE = "done"
    FINDINGS = "findings"  # written, with findings to read
    NOT_WRITTEN = "not_written"  # errors in the input: no output
    FAILED = "failed"  # unreadable or unwritable


@dataclass(frozen=True)
class FileResult:
    source: Path
    exit_code: int  # 0 done, 1 findings (output or not), 3 unreadable / unwritable
    findings: tuple[Finding, ...]  # above 'info'
    output: Path | None
    message: str = ""  # why a file failed, in the user's language
    pdf: Path | None = None
    summary: Summary | None = None  # the output's headline figures, for the Rekap
    reason_id: str = ""  # why it failed, in Indonesian, for the Rekap's row

    @property
    def status(self) -> BatchStatus:
        if self.exit_code == 3:
            return BatchStatus.FAILED
        if self.output is None:
            return BatchStatus.NOT_WRITTEN
        return BatchStatus.FINDINGS if self.exit_code else BatchStatus.DONE


def is_workbook_name(path: Path) -> bool:
    """A name a folder search takes: ``.xlsx``/``.xlsm`` in any case, not Excel's lock file
    (``~$…``) nor a hidden file."""
    return path.suffix.lower() in WORKBOOK_SUFFIXES and not path.name.startswith(("~$", "."))


def _is_candidate(path: Path) -> bool:
    from .manifest import is_output

    return is_workbook_name(path) and not is_output(path)


def collect(inputs: Sequence[Path]) -> list[Path]:
    """Files as given, and every workbook inside the folders given (sorted, recursively)."""
    out: list[Path] = []
    for item in inputs:
        if item.is_dir():
            out += sorted(p for p in item.rglob("*") if p.is_file() and _is_candidate(p))
        else:
            out.append(item)
    seen: set[Path] = set()
    unique = []
    for p in out:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def safe_name(stem: str) -> str:
    """A file name that stays inside the output folder on every system: no separators, no
    ``..``, no characters Windows refuses, no reserved device names, not too long."""
    text = unicodedata.normalize("NFC", stem)
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", text).strip(" .")
    text = re.sub(r"\.{2,}", ".", text)
    if not text or text.split(".")[0].lower() in _WINDOWS_RESERVED:
        text = f"_{text}"
    return text[:MAX_NAME].rstrip(" .") or "_"


def plan_outputs(files: Sequence[Path]) -> dict[Path, str]:
    """The name each output takes in an output folder (`` - LKIP <tahun>.xlsx`` follows):
    the input's, made safe; two inputs with the same name get distinct ones."""
    taken: set[str] = set()
    plan: dict[Path, str] = {}
    for f in files:
        base = safe_name(f.stem)
        # "Dinkes" and "Dinkes - LKIP 2023" would both give "Dinkes - LKIP 2023.xlsx"
        short = without_lkip_year(base) or base
        name, n = base, 2
        while without_lkip_year(name).casefold() in taken or name.casefold() in taken:
            name, n = f"{short} ({n})", n + 1
        taken.add(name.casefold())
        taken.add(without_lkip_year(name).casefold())
        plan[f] = name
    return plan


def _warm() -> None:
    """Worker start: pay the heavy imports once."""
    from . import pipeline  # noqa: F401


def convert_one(
    source: Path, out_dir: Path | None, name: str | None, options: Options, pdf: bool = False
) -> FileResult:
    """One file, never raising: a failure becomes the result's message."""
    from .errors import LkipError
    from .messages import text
    from .model import Severity
    from .pipeline import convert

    try:
        result = convert(source, None, options, out_dir=out_dir, name=name)
    except LkipError as exc:
        return FileResult(
            source,
            exc.exit_code,
            (),
            None,
            text(exc.code, options.lang, **exc.params),
            reason_id=text(exc.code, "id", **exc.params),
        )
    except Exception:
        why = {lang: text("unexpected", lang, path=str(source)) for lang in (options.lang, "id")}
        return FileResult(source, 3, (), None, why[options.lang], reason_id=why["id"])
    shown = tuple(f for f in result.findings if f.severity > Severity.INFO)
    message = reason_id = ""
    if result.output is None:
        errors = [f for f in result.findings if f.severity is Severity.ERROR]
        message, reason_id = (_why_not(errors, lang) for lang in (options.lang, "id"))
    made = None
    if pdf and result.output is not None:
        from .office import to_pdf

        try:
            made = to_pdf(result.output)
        except LkipError as exc:
            return FileResult(
                source, 3, shown, result.output, text(exc.code, options.lang, **exc.params)
            )
    return FileResult(
        source, result.exit_code, shown, result.output, message, made, result.summary, reason_id
    )


def _why_not(errors: Sequence[Finding], lang: str) -> str:
    from .messages import render, text

    message = render(errors[0], lang) if errors else ""
    if len(errors) > 1:
        message += " " + text("more_errors", lang, count=str(len(errors) - 1))
    return message


def run_batch(
    files: Sequence[Path],
    options: Options,
    out_dir: Path | None,
    jobs: int,
    on_done: Callable[[FileResult], None] | None = None,
    pdf: bool = False,
) -> list[FileResult]:
    """Convert ``files``; results in the order of ``files``."""
    plan = plan_outputs(files)
    tasks = [(f, out_dir, plan[f] if out_dir is not None else None) for f in files]
    results: dict[Path, FileResult] = {}
    if jobs <= 1 or len(files) <= 1:
        for f, d, stem in tasks:
            results[f] = convert_one(f, d, stem, options, pdf)
            if on_done:
                on_done(results[f])
    else:
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
            futures = {
                pool.submit(convert_one, f, d, stem, options, pdf): f for f, d, stem in tasks
            }
            for future in as_completed(futures):
                f = futures[future]
                results[f] = future.result()
                if on_done:
                    on_done(results[f])
    return [results[f] for f in files]


def default_jobs() -> int:
    return max(1, os.cpu_count() or 1)


def worst(codes: Iterable[int]) -> int:
    return max(codes, default=0)
