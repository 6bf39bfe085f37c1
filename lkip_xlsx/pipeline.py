"""convert() and check(): read -> validate -> compute -> write. The library never prints or
exits; it returns findings and raises only when a file cannot be read or written."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from . import __version__
from .assemble import build_sheets, build_workbook
from .build import build_report
from .errors import UsageError
from .files import without_lkip_year
from .layout import Grid
from .model import Finding, Kind, Options, Report, Result
from .reader import read_workbook
from .summary import Summary
from .writer import PAPER_A4, PAPER_F4, write_workbook

__all__ = ["convert", "check", "default_output"]


def default_output(
    src: Path, tahun: int, out_dir: Path | None = None, name: str | None = None
) -> Path:
    """``<input name> - LKIP <tahun>.xlsx`` next to the input, or in ``out_dir``.

    A name that already ends in ``LKIP <tahun>`` (staff often call their workbook so) does not
    get it twice; when that would give the input's own name, `` (hasil)`` tells them apart.
    """
    folder = out_dir if out_dir is not None else src.parent
    stem = name or src.stem
    base = without_lkip_year(stem, tahun)
    title = f"{base} - LKIP {tahun}" if base else f"LKIP {tahun}"
    out = folder / f"{title}.xlsx"
    if out.name.casefold() == src.name.casefold() and _same_folder(out.parent, src.parent):
        out = folder / f"{title} (hasil).xlsx"
    return out


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """A conversion allocates hundreds of thousands of small objects (cells, styles, formula
    trees) that form no reference cycles. Python's cyclic collector would traverse all of them
    again and again as they accumulate, which makes a large budget cost more than linear
    time (measured: 10.000 lines took 12x the time of 1.000 with it, 10x without). It is
    paused for one conversion and resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _prepare(src: Path, options: Options) -> tuple[Report | None, list[Finding]]:
    raw = read_workbook(src, options.mapping)
    report, findings = build_report(raw, options)
    if raw.unknown_sheets:
        findings.append(
            Finding(Kind.UNKNOWN_SHEETS, params=(("sheets", ", ".join(raw.unknown_sheets)),))
        )
    return report, findings


def _compute(
    report: Report, findings: list[Finding], options: Options
) -> tuple[list[Grid], list[Finding]]:
    return build_sheets(report, options.rules, findings, options.lang)


def check(src: Path, options: Options | None = None) -> Result:
    """Validate one workbook and cross-check what it declares; write nothing."""
    options = options or Options()
    with _collector_paused():
        report, findings = _prepare(src, options)
        if report is None:
            return Result(tuple(findings), None)
        _, every = _compute(report, findings, options)
        return Result(tuple(every), None)


def convert(
    src: Path,
    dst: Path | None = None,
    options: Options | None = None,
    *,
    out_dir: Path | None = None,
    name: str | None = None,
) -> Result:
    """Convert one workbook to ``dst``, or to ``<name> - LKIP <tahun>.xlsx`` in ``out_dir``
    (beside the input by default). Findings that make computation impossible leave no
    output."""
    options = options or Options()
    with _collector_paused():
        report, findings = _prepare(src, options)
        if report is None:
            return Result(tuple(findings), None)
        target = dst or default_output(src, report.identity.tahun, out_dir, name)
        if target.resolve() == src.resolve():
            raise UsageError("output_is_input", path=str(src))
        grids, every, summary = build_workbook(report, options.rules, findings, options.lang)
        title = f"LKIP {report.identity.tahun} {report.identity.agency}".strip()
        del report  # the sheets hold what is written: the model goes before the writer's peak
        stamp = write_workbook(
            grids,
            target,
            title=title,
            properties={"lkip_xlsx_version": __version__},
            paper=PAPER_F4 if options.paper == "f4" else PAPER_A4,
            created=options.created,
        )
        document = _docx(grids, target, title, options) if options.docx else None
        return Result(tuple(every), target, _stamped(summary, stamp), document)


def _stamped(summary: Summary, fingerprint: str) -> Summary:
    return replace(summary, fingerprint=fingerprint)


def _docx(grids: list[Grid], workbook: Path, title: str, options: Options) -> Path:
    """``<output name>.docx`` beside the workbook, from the same laid-out sheets."""
    from .tables.narasi import paragraphs
    from .word import write_docx

    target = workbook.with_suffix(".docx")
    write_docx(
        grids,
        target,
        title=title,
        paper=options.paper,
        lang=options.lang,
        paragraphs=paragraphs(grids),
        created=options.created,
    )
    return target
