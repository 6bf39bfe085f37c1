"""The ``lkip`` command. Thin: parse options, call the pipeline, render, pick the exit code.

Exit codes: 0 done, 1 done with findings in the input, 2 usage error, 3 a file could not be
read or written. Results go to stdout, diagnostics to stderr; no traceback without --debug.
Heavy imports (openpyxl, xlsxwriter, pandera) happen inside the commands.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

if TYPE_CHECKING:
    from .batch import FileResult
    from .model import Options, Result

__all__ = ["app", "main"]

T = TypeVar("T")

app = typer.Typer(
    name="lkip",
    help="Ubah buku kerja Excel LKIP/LKjIP menjadi tabel resmi (Tabel 3.1–3.8) dengan rumus "
    "Excel yang hidup. / Convert LKIP workbooks into the official tables with live formulas.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

Lang = Annotated[
    str, typer.Option("--lang", help="Bahasa pesan: id (bawaan) atau en. / Message language.")
]
Debug = Annotated[
    bool, typer.Option("--debug", help="Tampilkan traceback bila terjadi galat tak terduga.")
]
Tahun = Annotated[
    int | None, typer.Option("--tahun", help="Tahun laporan, bila tidak ada di Identitas.")
]
MappingFile = Annotated[
    Path | None,
    typer.Option(
        "--mapping",
        help="Berkas TOML yang memetakan nama lembar/kolom Anda ke nama baku (lihat README).",
    ),
]
Scale = Annotated[
    str | None,
    typer.Option("--scale", help="Skala predikat: sakip (bawaan) atau permendagri86."),
]
ConfigFile = Annotated[
    Path | None,
    typer.Option("--config", help="Berkas TOML dengan skala predikat dan aturan sendiri."),
]


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _guard(lang: str, debug: bool, path: str, action: Callable[[], T]) -> T:
    """Run ``action``; a known failure becomes its message and exit code, anything else a
    plain sentence (exit 3) unless --debug asks for the traceback."""
    from .errors import LkipError
    from .messages import text

    try:
        return action()
    except LkipError as exc:
        _err(text(exc.code, lang, **exc.params))
        raise typer.Exit(exc.exit_code) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception:
        if debug:
            raise
        _err(text("unexpected", lang, path=path))
        raise typer.Exit(3) from None


def _options(
    lang: str,
    tahun: int | None,
    scale: str | None,
    config: Path | None,
    mapping: Path | None,
    paper: str = "a4",
) -> Options:
    from dataclasses import replace

    from .config import load_mapping, load_rules
    from .messages import text
    from .model import Lang, Options, Paper
    from .rules import SCALES, RuleSet

    if lang not in ("id", "en"):
        _err(text("lang_unknown", "id", name=lang))
        raise typer.Exit(2)
    if scale is not None and scale not in SCALES:
        _err(text("scale_unknown", lang, scale=scale, choices=", ".join(SCALES)))
        raise typer.Exit(2)
    if paper not in ("a4", "f4"):
        _err(text("paper_unknown", lang, paper=paper))
        raise typer.Exit(2)
    rules = load_rules(config) if config else RuleSet()
    if scale is not None:  # the command line wins over the file
        rules = replace(rules, scale=SCALES[scale])
    created = None
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():  # reproducible outputs: the document date is fixed
        created = dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return Options(
        rules=rules,
        tahun=tahun,
        lang=Lang(lang),
        paper=Paper(paper),
        created=created,
        mapping=load_mapping(mapping) if mapping else Options().mapping,
    )


def _show(result: Result, lang: str) -> list[str]:
    from .messages import render, severity_label
    from .model import Severity

    lines = [
        f"[{severity_label(f.severity, lang)}] {render(f, lang)}"
        for f in result.findings
        if f.severity > Severity.INFO
    ]
    for line in lines:
        _err(line)
    return lines


@app.callback()
def _root() -> None:
    """lkip-xlsx."""


@app.command()
def convert(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help="Buku kerja (.xlsx/.xlsm) atau folder; boleh banyak. / Workbooks or folders."
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Berkas hasil (satu masukan saja); bawaan: '<nama> - LKIP <tahun>.xlsx' di "
            "samping masukan.",
        ),
    ] = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out-dir", help="Folder untuk semua hasil.")
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", min=1, help="Proses paralel (bawaan: jumlah inti prosesor)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="Tanpa baris kemajuan.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Ringkasan sebagai JSON.")] = False,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Tulis juga PDF setiap hasil (perlu LibreOffice).")
    ] = False,
    tahun: Tahun = None,
    scale: Scale = None,
    config: ConfigFile = None,
    mapping: MappingFile = None,
    paper: Annotated[
        str, typer.Option("--paper", help="Ukuran kertas cetak: a4 (bawaan) atau f4 (folio).")
    ] = "a4",
    lang: Lang = "id",
    debug: Debug = False,
) -> None:
    """Baca, periksa, hitung, tulis: buku kerja masukan menjadi buku kerja LKIP.

    Read, validate, compute and write input workbooks (files or whole folders) as LKIP
    workbooks."""
    from .batch import collect, default_jobs
    from .messages import text

    options = _guard(lang, debug, "", lambda: _options(lang, tahun, scale, config, mapping, paper))
    files = collect(inputs)
    if not files:
        _err(text("no_inputs", lang))
        raise typer.Exit(2)
    if output is not None and (len(files) != 1 or out_dir is not None):
        _err(text("output_one_input", lang))
        raise typer.Exit(2)
    if out_dir is not None:
        _guard(lang, debug, str(out_dir), lambda: _make_dir(out_dir))
    if len(inputs) == 1 and not inputs[0].is_dir() and not as_json:
        raise typer.Exit(_convert_single(files[0], output, out_dir, options, pdf, debug))
    code = _convert_batch(files, out_dir, options, jobs or default_jobs(), quiet, as_json, pdf)
    raise typer.Exit(code)


def _make_dir(folder: Path) -> None:
    from .errors import FileWriteError

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(
            "output_unwritable", path=str(folder), reason=exc.strerror or str(exc)
        ) from exc


def _convert_single(
    src: Path,
    output: Path | None,
    out_dir: Path | None,
    options: Options,
    pdf: bool,
    debug: bool,
) -> int:
    from .messages import text
    from .model import Severity

    lang = options.lang

    def run() -> Result:
        from .pipeline import convert as run_convert

        return run_convert(src, output, options, out_dir=out_dir)

    result = _guard(lang, debug, str(src), run)
    shown = _show(result, lang)
    if result.output is None:
        errors = sum(1 for f in result.findings if f.severity is Severity.ERROR)
        _err(text("not_written", lang, count=str(errors)))
        return 1
    key = "done_findings" if shown else "done"
    print(text(key, lang, output=str(result.output), count=str(len(shown))))
    written = result.output
    if pdf:
        from .office import to_pdf

        made = _guard(lang, debug, str(written), lambda: to_pdf(written))
        print(text("pdf_written", lang, path=str(made)))
    return result.exit_code


def _convert_batch(
    files: list[Path],
    out_dir: Path | None,
    options: Options,
    jobs: int,
    quiet: bool,
    as_json: bool,
    pdf: bool,
) -> int:
    from .batch import run_batch, worst
    from .messages import text

    lang = options.lang
    done: list[FileResult] = []

    def plain(result: FileResult) -> None:
        done.append(result)
        if not quiet and not as_json:
            _err(f"[{len(done)}/{len(files)}] {_status(result.status, lang)}: {result.source}")

    if sys.stderr.isatty() and not quiet and not as_json:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[failed]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        ) as progress:
            task = progress.add_task(text("progress", lang), total=len(files), failed="")

            def tick(result: FileResult) -> None:
                done.append(result)
                failed = sum(1 for r in done if r.output is None)
                progress.update(
                    task, advance=1, failed=text("progress_failed", lang, count=str(failed))
                )

            results = run_batch(files, options, out_dir, jobs, tick, pdf)
    else:
        results = run_batch(files, options, out_dir, jobs, plain, pdf)
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "file": str(r.source),
                        "status": r.status,
                        "exit_code": r.exit_code,
                        "findings": r.findings,
                        "output": str(r.output) if r.output else None,
                        "pdf": str(r.pdf) if r.pdf else None,
                        "message": r.message,
                    }
                    for r in results
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        _summary(results, lang)
    return worst(r.exit_code for r in results)


def _status(status: str, lang: str) -> str:
    english = {
        "selesai": "done",
        "ada temuan": "findings",
        "tidak ditulis": "not written",
        "gagal": "failed",
    }
    return status if lang == "id" else english[status]


def _summary(results: Sequence[FileResult], lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from .messages import text

    heads = (
        ["Berkas", "Status", "Temuan", "Hasil / pesan"]
        if lang == "id"
        else ["File", "Status", "Findings", "Output / message"]
    )
    table = Table(*heads)
    for r in results:
        table.add_row(
            str(r.source),
            _status(r.status, lang),
            str(r.findings),
            str(r.output) if r.output else r.message,
        )
    console = Console(width=160)
    console.print(table)
    counts = {
        s: sum(1 for r in results if r.status == s)
        for s in ("selesai", "ada temuan", "tidak ditulis", "gagal")
    }
    console.print(
        text(
            "batch_summary",
            lang,
            total=str(len(results)),
            done=str(counts["selesai"]),
            findings=str(counts["ada temuan"]),
            skipped=str(counts["tidak ditulis"]),
            failed=str(counts["gagal"]),
        ),
        highlight=False,
    )


@app.command()
def check(
    inputs: Annotated[list[Path], typer.Argument(help="Satu atau lebih buku kerja masukan.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Cetak temuan sebagai JSON. / Print findings as JSON.")
    ] = False,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report",
            help="Tulis salinan masukan dengan sel bermasalah berwarna merah "
            "dan berkomentar (satu masukan saja).",
        ),
    ] = None,
    tahun: Tahun = None,
    scale: Scale = None,
    config: ConfigFile = None,
    mapping: MappingFile = None,
    lang: Lang = "id",
    debug: Debug = False,
) -> None:
    """Periksa saja, tanpa menulis hasil: temuan per sel, dalam tabel atau JSON.

    Validate only: findings per cell, as a table or JSON; --report marks them in a copy."""
    from .messages import text

    if report is not None and len(inputs) != 1:
        _err(text("report_one_input", lang))
        raise typer.Exit(2)
    options = _guard(lang, debug, "", lambda: _options(lang, tahun, scale, config, mapping))
    worst = 0
    payload = []
    for path in inputs:
        code, findings = _check_one(path, options, debug)
        worst = max(worst, code)
        payload.append({"file": str(path), "exit_code": code, "findings": findings})
    if as_json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        _print_tables(payload, lang)
    if report is not None and worst < 3:
        from .pipeline import check as run_check
        from .report import write_report

        result = _guard(lang, debug, str(inputs[0]), lambda: run_check(inputs[0], options))
        _guard(
            lang, debug, str(report), lambda: write_report(inputs[0], report, result.findings, lang)
        )
        _err(text("report_written", lang, path=str(report)))
    raise typer.Exit(worst)


def _check_one(path: Path, options: Options, debug: bool) -> tuple[int, list[dict[str, object]]]:
    from .errors import LkipError
    from .messages import as_dict, error_dict, text
    from .model import Severity
    from .pipeline import check as run_check

    lang = options.lang
    try:
        result = run_check(path, options)
    except LkipError as exc:
        return exc.exit_code, [error_dict(exc.code, text(exc.code, lang, **exc.params), lang)]
    except Exception:
        if debug:
            raise
        return 3, [error_dict("unexpected", text("unexpected", lang, path=str(path)), lang)]
    rows = [as_dict(f, lang) for f in result.findings if f.severity > Severity.INFO]
    return result.exit_code, rows


def _print_tables(payload: list[dict[str, object]], lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from .messages import text

    console = Console(width=160, soft_wrap=False)
    heads = (
        ["Lembar", "Sel", "Kolom", "Nilai", "Pesan"]
        if lang == "id"
        else ["Sheet", "Cell", "Column", "Value", "Message"]
    )
    for entry in payload:
        findings = entry["findings"]
        assert isinstance(findings, list)
        console.print(f"[bold]{entry['file']}[/bold]", highlight=False)
        if not findings:
            console.print(text("check_clean", lang), highlight=False)
            continue
        table = Table(*heads, show_lines=False)
        for f in findings:
            table.add_row(*(str(f[k]) for k in ("sheet", "cell", "column", "value", "message")))
        console.print(table)


@app.command()
def verify(
    workbook: Annotated[Path, typer.Argument(help="Buku kerja hasil lkip yang diperiksa.")],
    as_json: Annotated[bool, typer.Option("--json", help="Cetak temuan sebagai JSON.")] = False,
    lang: Lang = "id",
    debug: Debug = False,
) -> None:
    """Periksa apakah buku kerja hasil lkip diubah dengan tangan sesudah ditulis.

    Check whether a workbook lkip wrote was edited by hand afterwards."""
    from .messages import as_dict, render, severity_label, text
    from .model import Severity

    def run() -> object:
        from .verify import verify as run_verify

        return run_verify(workbook)

    _options(lang, None, None, None, None)
    result = _guard(lang, debug, str(workbook), run)
    from .verify import Verification

    assert isinstance(result, Verification)
    shown = [f for f in result.findings if f.severity > Severity.INFO]
    if as_json:
        print(
            json.dumps(
                {
                    "file": str(workbook),
                    "exit_code": result.exit_code,
                    "findings": [as_dict(f, lang) for f in result.findings],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for f in result.findings:
            print(f"[{severity_label(f.severity, lang)}] {render(f, lang)}")
        key = "verify_findings" if shown else "verify_clean"
        print(
            text(
                key,
                lang,
                count=str(len(shown)),
                cells=str(result.cells),
                formulas=str(result.formulas),
            )
        )
    raise typer.Exit(result.exit_code)


@app.command()
def template(
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Berkas templat yang ditulis.")
    ] = Path("lkip-template.xlsx"),
    lang: Lang = "id",
    debug: Debug = False,
) -> None:
    """Tulis buku kerja masukan kosong: setiap lembar dan kolom, petunjuk, daftar pilihan.

    Write a blank input workbook with every sheet and header, instructions and drop-downs."""
    from .messages import text

    def run() -> None:
        from .template import write_template

        write_template(output)

    _guard(lang, debug, str(output), run)
    print(text("template_written", lang, path=str(output)))


def main() -> None:
    app()
