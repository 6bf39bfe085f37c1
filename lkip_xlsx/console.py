"""What the ``lkip`` command shows on the console: findings, progress, result tables.

Results go to stdout, diagnostics and progress to stderr. Tables take the terminal's width
(rich measures it; ``COLUMNS`` when set; 80 columns when the output is not a terminal) and
long lines of findings are printed whole, one per line, so a log or a redirected file never
holds a table cut at a fixed width.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .messages import render, severity_label, text
from .model import Finding, Severity

if TYPE_CHECKING:
    from rich.table import Table

    from .batch import BatchStatus, FileResult
    from .verify import Verification

__all__ = [
    "err",
    "out",
    "show_findings",
    "progress",
    "batch_summary",
    "batch_findings",
    "check_tables",
    "verification",
    "status_label",
]


def err(message: str) -> None:
    print(message, file=sys.stderr)


def out(message: str) -> None:
    print(message)


def finding_line(finding: Finding, lang: str) -> str:
    """``[kesalahan] Realisasi!F5: '…' pada kolom 'Target' bukan angka. …``"""
    return f"[{severity_label(finding.severity, lang)}] {render(finding, lang)}"


def show_findings(findings: Sequence[Finding], lang: str) -> int:
    """The findings above 'info' on stderr; how many were shown."""
    shown = [f for f in findings if f.severity > Severity.INFO]
    for f in shown:
        err(finding_line(f, lang))
    return len(shown)


def status_label(status: BatchStatus, lang: str) -> str:
    return text(f"status_{status.value}", lang)


@contextmanager
def progress(total: int, lang: str, quiet: bool) -> Iterator[Callable[[FileResult], None]]:
    """A callback for each finished file: a progress bar on a terminal, plain numbered lines
    otherwise (a log, the double-click scripts), nothing when ``quiet``."""
    done: list[FileResult] = []
    if quiet:
        yield done.append
    elif sys.stderr.isatty():
        with _bar(total, lang, done) as tick:
            yield tick
    else:

        def plain(result: FileResult) -> None:
            done.append(result)
            status = status_label(result.status, lang)
            err(f"[{len(done)}/{total}] {status}: {result.source}")

        yield plain


@contextmanager
def _bar(total: int, lang: str, done: list[FileResult]) -> Iterator[Callable[[FileResult], None]]:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True)) as bar:
        task = bar.add_task(text("progress", lang), total=total, failed="")

        def tick(result: FileResult) -> None:
            done.append(result)
            failed = sum(1 for r in done if r.output is None)
            bar.update(task, advance=1, failed=text("progress_failed", lang, count=str(failed)))

        yield tick


def _table(heads: Sequence[str]) -> Table:
    """A table whose long cells (paths, messages) wrap and fold, never cut with '…'."""
    from rich.table import Column, Table

    return Table(*(Column(h, overflow="fold") for h in heads))


def batch_summary(results: Sequence[FileResult], lang: str) -> None:
    """One row per file, then the counts."""
    from rich.console import Console

    heads = text("batch_heads", lang).split("|")
    table = _table(heads)
    for r in results:
        table.add_row(
            str(r.source),
            status_label(r.status, lang),
            str(len(r.findings)),
            str(r.output) if r.output else r.message,
        )
    console = Console()
    console.print(table)
    out(summary_line(results, lang))


def summary_line(results: Sequence[FileResult], lang: str) -> str:
    """How many files were done, had findings, were not written, or failed."""
    from .batch import BatchStatus

    counts = {s: sum(1 for r in results if r.status is s) for s in BatchStatus}
    return text(
        "batch_summary",
        lang,
        total=str(len(results)),
        done=str(counts[BatchStatus.DONE]),
        findings=str(counts[BatchStatus.FINDINGS]),
        skipped=str(counts[BatchStatus.NOT_WRITTEN]),
        failed=str(counts[BatchStatus.FAILED]),
    )


def batch_findings(results: Sequence[FileResult], lang: str) -> list[str]:
    """Each file's findings, after the summary: the file, then one line per finding with its
    sheet!cell and message. The lines are returned too (the scripts keep them in a file)."""
    lines: list[str] = []
    for r in results:
        if not r.findings and not r.message:
            continue
        lines += ["", text("findings_of", lang, path=str(r.source))]
        lines += [f"  {finding_line(f, lang)}" for f in r.findings]
        if r.message and not r.findings:
            lines.append(f"  {r.message}")
    for line in lines:
        out(line)
    return lines


def check_tables(entries: Sequence[tuple[str, Sequence[dict[str, object]]]], lang: str) -> None:
    """For each file, its findings as a table with a severity column."""
    from rich.console import Console

    console = Console(soft_wrap=False)
    keys = ("severity_label", "sheet", "cell", "column", "value", "message")
    for path, findings in entries:
        console.print(path, style="bold", highlight=False, markup=False)
        if not findings:
            console.print(text("check_clean", lang), highlight=False)
            continue
        if all(not f["label"] for f in findings):  # the file itself could not be read
            for f in findings:
                out(str(f["message"]))
            continue
        table = _table(text("check_heads", lang).split("|"))
        for f in findings:
            table.add_row(*(str(f[k]) for k in keys))
        console.print(table)
        notes = sum(1 for f in findings if f["severity"] == "info")
        counts = {"notes": str(notes), "findings": str(len(findings) - notes)}
        key = "check_only_notes" if notes == len(findings) else "check_counts"
        console.print(text(key, lang, **counts), highlight=False, markup=False)


def verification(result: Verification, lang: str) -> None:
    for f in result.findings:
        out(finding_line(f, lang))
    shown = [f for f in result.findings if f.severity > Severity.INFO]
    key = "verify_findings" if shown else "verify_clean"
    counts = {"count": str(len(shown)), "cells": str(result.cells)}
    out(text(key, lang, formulas=str(result.formulas), **counts))
