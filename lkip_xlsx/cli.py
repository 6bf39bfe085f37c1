"""The ``lkip`` command. Thin: parse options, call the library, render, pick the exit code.

Exit codes: 0 done, 1 done with findings in the input, 2 usage error, 3 a file could not be
read or written. Results go to stdout, diagnostics to stderr; no traceback without --debug.
What the console shows lives in :mod:`lkip_xlsx.console`; usage errors and help screens in
the user's language in :mod:`lkip_xlsx.usage`. Heavy imports (openpyxl, xlsxwriter, pandera)
happen inside the commands.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from .choices import Lang, Paper, ScaleName
from .usage import LkipCommand, LkipGroup, chosen_lang

if TYPE_CHECKING:
    from .batch import FileResult
    from .model import Options, Result

__all__ = ["app", "main"]

T = TypeVar("T")

app = typer.Typer(
    name="lkip",
    cls=LkipGroup,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

# Shared options, declared once. Their help lives in messages (usage.py shows it).
LangOpt = Annotated[Lang | None, typer.Option("--lang", case_sensitive=False)]
Debug = Annotated[bool, typer.Option("--debug")]
Tahun = Annotated[int | None, typer.Option("--tahun")]
MappingFile = Annotated[Path | None, typer.Option("--mapping")]
Scale = Annotated[ScaleName | None, typer.Option("--scale", case_sensitive=False)]
ConfigFile = Annotated[Path | None, typer.Option("--config")]
AsJson = Annotated[bool, typer.Option("--json")]
Inputs = Annotated[list[Path], typer.Argument()]


def _guard(lang: str, debug: bool, path: str, action: Callable[[], T]) -> T:
    """Run ``action``; a known failure becomes its message and exit code, anything else a
    plain sentence (exit 3) unless --debug asks for the traceback."""
    from .console import err
    from .errors import LkipError
    from .messages import text

    try:
        return action()
    except LkipError as exc:
        err(text(exc.code, lang, **exc.params))
        raise typer.Exit(exc.exit_code) from None
    except (typer.Exit, KeyboardInterrupt):
        raise
    except Exception:
        if debug:
            raise
        err(text("unexpected", lang, path=path))
        raise typer.Exit(3) from None


def _options(
    lang: Lang,
    tahun: int | None = None,
    scale: ScaleName | None = None,
    config: Path | None = None,
    mapping: Path | None = None,
    paper: Paper = Paper.A4,
) -> Options:
    from dataclasses import replace

    from .config import load_mapping, load_rules
    from .model import Options
    from .rules import SCALES, RuleSet

    rules = load_rules(config) if config else RuleSet()
    if scale is not None:  # the command line wins over the file
        rules = replace(rules, scale=SCALES[scale])
    created = None
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():  # reproducible outputs: the document date is fixed
        created = dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    maps = load_mapping(mapping) if mapping else Options().mapping
    return Options(rules=rules, tahun=tahun, lang=lang, paper=paper, created=created, mapping=maps)


def _usage_error(code: str, lang: str, **params: str) -> typer.Exit:
    from .console import err
    from .messages import text

    err(text(code, lang, **params))
    return typer.Exit(2)


@app.callback()
def _root(ctx: typer.Context, lang: LangOpt = None) -> None:
    """lkip-xlsx."""
    ctx.obj = lang


def _lang(ctx: typer.Context, lang: Lang | None) -> Lang:
    """``--lang`` after the command, else before it, else Indonesian."""
    return lang or ctx.obj or chosen_lang()


@app.command(cls=LkipCommand)
def convert(
    ctx: typer.Context,
    inputs: Inputs,
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
    out_dir: Annotated[Path | None, typer.Option("--out-dir")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", min=1)] = None,
    quiet: Annotated[bool, typer.Option("--quiet")] = False,
    as_json: AsJson = False,
    pdf: Annotated[bool, typer.Option("--pdf")] = False,
    docx: Annotated[bool, typer.Option("--docx")] = False,
    notes: Annotated[Path | None, typer.Option("--notes")] = None,
    rekap: Annotated[Path | None, typer.Option("--rekap")] = None,
    no_rekap: Annotated[bool, typer.Option("--no-rekap")] = False,
    tahun: Tahun = None,
    scale: Scale = None,
    config: ConfigFile = None,
    mapping: MappingFile = None,
    paper: Annotated[Paper, typer.Option("--paper", case_sensitive=False)] = Paper.A4,
    lang: LangOpt = None,
    debug: Debug = False,
) -> None:
    from .files import make_folder

    language = _lang(ctx, lang)
    opts = _guard(
        language, debug, "", lambda: _options(language, tahun, scale, config, mapping, paper)
    )
    if docx:  # the Word document beside each output (pipeline.convert writes it)
        from dataclasses import replace

        opts = replace(opts, docx=True)
    single = len(inputs) == 1 and not inputs[0].is_dir() and not as_json
    single = single and notes is None and rekap is None
    if output is not None and (not single or out_dir is not None):
        raise _usage_error("output_one_input", language)
    if out_dir is not None:
        _guard(language, debug, str(out_dir), lambda: make_folder(out_dir))
    if single:  # one file: the batch machinery is not even imported
        raise typer.Exit(_convert_single(inputs[0], output, out_dir, opts, pdf, debug))
    from .batch import collect, default_jobs

    files = _guard(language, debug, "", lambda: collect(inputs))
    if not files:
        raise _usage_error("no_inputs", language)
    batch = _Batch(opts, out_dir, jobs or default_jobs(), quiet, pdf, debug)
    code = batch.run(files, as_json, notes)
    if not no_rekap:
        code = max(code, _write_rekap(batch.results, inputs, out_dir, rekap, opts, debug, quiet))
    raise typer.Exit(code)


def _write_rekap(
    results: Sequence[FileResult],
    inputs: Sequence[Path],
    out_dir: Path | None,
    chosen: Path | None,
    options: Options,
    debug: bool,
    quiet: bool,
) -> int:
    """The batch's Rekap (exit 1 when two inputs are the same agency and year); its warnings
    are printed even with --quiet."""
    from .console import err
    from .messages import text
    from .rekap import default_folder, entries, write_rekaps

    lang = options.lang
    folder = default_folder(inputs, out_dir)
    written = _guard(
        lang,
        debug,
        str(chosen or folder),
        lambda: write_rekaps(entries(results), folder, chosen, options),
    )
    for line in written.warnings:
        err(line)
    for path in written.paths if not quiet else ():
        err(text("rekap_written", lang, path=str(path)))
    return 1 if written.duplicates else 0


def _convert_single(
    src: Path, output: Path | None, out_dir: Path | None, options: Options, pdf: bool, debug: bool
) -> int:
    from .console import err, out, show_findings
    from .messages import text
    from .model import Severity
    from .pipeline import convert as run_convert

    lang = options.lang
    result: Result = _guard(
        lang, debug, str(src), lambda: run_convert(src, output, options, out_dir=out_dir)
    )
    shown = show_findings(result.findings, lang)
    written = result.output
    if written is None:
        errors = sum(1 for f in result.findings if f.severity is Severity.ERROR)
        err(text("not_written", lang, count=str(errors)))
        return 1
    out(text("done_findings" if shown else "done", lang, output=str(written), count=str(shown)))
    if result.docx is not None:
        out(text("docx_written", lang, path=str(result.docx)))
    if pdf:
        from .office import to_pdf

        made = _guard(lang, debug, str(written), lambda: to_pdf(written))
        out(text("pdf_written", lang, path=str(made)))
    return result.exit_code


class _Batch:
    """Many files: progress while they run, then the summary, each file's findings, and
    (``--notes``) the same words in a text file the user can open after the window closes."""

    def __init__(
        self, options: Options, out_dir: Path | None, jobs: int, quiet: bool, pdf: bool, debug: bool
    ) -> None:
        self.options, self.out_dir, self.jobs = options, out_dir, jobs
        self.quiet, self.pdf, self.debug = quiet, pdf, debug
        self.results: list[FileResult] = []

    def run(self, files: list[Path], as_json: bool, notes: Path | None) -> int:
        from .batch import run_batch, worst
        from .console import progress

        lang = self.options.lang
        with progress(len(files), lang, self.quiet or as_json) as tick:
            results = run_batch(files, self.options, self.out_dir, self.jobs, tick, self.pdf)
        self.results = results
        if as_json:
            print(json.dumps([self._json(r) for r in results], ensure_ascii=False, indent=2))
        else:
            self._report(results, notes)
        return worst(r.exit_code for r in results)

    def _json(self, r: FileResult) -> dict[str, object]:
        from .messages import as_dict

        return {
            "file": str(r.source),
            "status": r.status.value,
            "exit_code": r.exit_code,
            "count": len(r.findings),
            "findings": [as_dict(f, self.options.lang) for f in r.findings],
            "output": str(r.output) if r.output else None,
            "pdf": str(r.pdf) if r.pdf else None,
            "message": r.message,
        }

    def _report(self, results: list[FileResult], notes: Path | None) -> None:
        from .console import batch_findings, batch_summary, err
        from .messages import text
        from .notes import write_notes

        lang = self.options.lang
        batch_summary(results, lang)
        lines = batch_findings(results, lang)
        if notes is not None:
            _guard(lang, self.debug, str(notes), lambda: write_notes(notes, results, lines, lang))
            err(text("notes_written", lang, path=str(notes)))


@app.command(cls=LkipCommand)
def check(
    ctx: typer.Context,
    inputs: Inputs,
    as_json: AsJson = False,
    report: Annotated[Path | None, typer.Option("--report")] = None,
    tahun: Tahun = None,
    scale: Scale = None,
    config: ConfigFile = None,
    mapping: MappingFile = None,
    lang: LangOpt = None,
    debug: Debug = False,
) -> None:
    from .batch import collect
    from .console import check_tables

    language = _lang(ctx, lang)
    options = _guard(language, debug, "", lambda: _options(language, tahun, scale, config, mapping))
    files = _guard(language, debug, "", lambda: collect(inputs))
    if not files:
        raise _usage_error("no_inputs", language)
    if report is not None and len(files) != 1:
        raise _usage_error("report_one_input", language)
    checked = [(path, *_check_one(path, options, debug)) for path in files]
    payload = [{"file": str(p), "exit_code": c, "findings": f} for p, c, f in checked]
    if as_json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        check_tables([(str(p), f) for p, _, f in checked], language)
    worst = max(c for _, c, _ in checked)
    if report is not None and worst < 3:
        _mark_copy(files[0], report, options, debug)
    raise typer.Exit(worst)


def _check_one(path: Path, options: Options, debug: bool) -> tuple[int, list[dict[str, object]]]:
    from .errors import LkipError
    from .messages import as_dict, error_dict, text
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
    # every finding and every note on how the input was read (sheet chosen, heading path, row
    # joined, level assumed, target read…): what Pemeriksaan lists, nothing less
    return result.exit_code, [as_dict(f, lang) for f in result.findings]


def _mark_copy(src: Path, report: Path, options: Options, debug: bool) -> None:
    from .console import err
    from .messages import text
    from .pipeline import check as run_check
    from .report import write_report

    lang = options.lang
    result = _guard(lang, debug, str(src), lambda: run_check(src, options))
    _guard(lang, debug, str(report), lambda: write_report(src, report, result.findings, lang))
    err(text("report_written", lang, path=str(report)))


@app.command(cls=LkipCommand)
def verify(
    ctx: typer.Context,
    workbook: Annotated[Path, typer.Argument()],
    as_json: AsJson = False,
    lang: LangOpt = None,
    debug: Debug = False,
) -> None:
    from .console import verification
    from .messages import as_dict
    from .verify import verify as run_verify

    language = _lang(ctx, lang)
    result = _guard(language, debug, str(workbook), lambda: run_verify(workbook))
    if as_json:
        findings = [as_dict(f, language) for f in result.findings]
        data = {"file": str(workbook), "exit_code": result.exit_code, "findings": findings}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        verification(result, language)
    raise typer.Exit(result.exit_code)


@app.command(cls=LkipCommand)
def template(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("-o", "--output")] = Path("lkip-template.xlsx"),
    force: Annotated[bool, typer.Option("--force")] = False,
    lang: LangOpt = None,
    debug: Debug = False,
) -> None:
    from .console import out
    from .messages import text
    from .template import write_template

    language = _lang(ctx, lang)
    _guard(language, debug, str(output), lambda: write_template(output, force))
    out(text("template_written", language, path=str(output)))


def main() -> None:
    app()
