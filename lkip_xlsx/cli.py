"""The ``lkip`` command. Thin: parse options, call the pipeline, render, pick the exit code.

Exit codes: 0 done, 1 done with findings in the input, 2 usage error, 3 a file could not be
read or written. Results go to stdout, diagnostics to stderr; no traceback without --debug.
Heavy imports (openpyxl, xlsxwriter, pandera) happen inside the commands.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["app", "main"]

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


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def _check_lang(lang: str) -> None:
    if lang not in ("id", "en"):
        from .messages import text

        _err(text("lang_unknown", "id", name=lang))
        raise typer.Exit(2)


@app.callback()
def _root() -> None:
    """lkip-xlsx."""


@app.command()
def convert(
    input: Annotated[
        Path, typer.Argument(help="Buku kerja masukan (.xlsx/.xlsm). / Input workbook.")
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Berkas hasil; bawaan: '<nama> - LKIP <tahun>.xlsx' "
            "di samping masukan. / Output file.",
        ),
    ] = None,
    tahun: Annotated[
        int | None, typer.Option("--tahun", help="Tahun laporan, bila tidak ada di Identitas.")
    ] = None,
    scale: Annotated[
        str | None,
        typer.Option("--scale", help="Skala predikat: sakip (bawaan) atau permendagri86."),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", help="Berkas TOML dengan skala predikat dan aturan sendiri."),
    ] = None,
    paper: Annotated[
        str, typer.Option("--paper", help="Ukuran kertas cetak: a4 (bawaan) atau f4 (folio).")
    ] = "a4",
    lang: Lang = "id",
    debug: Debug = False,
) -> None:
    """Baca, periksa, hitung, tulis: satu buku kerja masukan menjadi buku kerja LKIP.

    Read, validate, compute and write one input workbook as an LKIP workbook."""
    _check_lang(lang)
    from .errors import LkipError
    from .messages import render, severity_label, text
    from .model import Options, Severity
    from .rules import SCALES, RuleSet

    if scale is not None and scale not in SCALES:
        _err(text("scale_unknown", lang, scale=scale, choices=", ".join(SCALES)))
        raise typer.Exit(2)
    if paper not in ("a4", "f4"):
        _err(text("paper_unknown", lang, paper=paper))
        raise typer.Exit(2)
    try:
        from .config import load_rules
        from .pipeline import convert as run

        rules = load_rules(config) if config else RuleSet()
        if scale is not None:  # the command line wins over the file
            rules = replace(rules, scale=SCALES[scale])
        options = Options(rules=rules, tahun=tahun, lang=lang, paper=paper)

        result = run(input, output, options)
    except LkipError as exc:
        _err(text(exc.code, lang, **exc.params))
        raise typer.Exit(exc.exit_code) from None
    except Exception:
        if debug:
            raise
        _err(text("unexpected", lang, path=str(input)))
        raise typer.Exit(3) from None
    shown = [f for f in result.findings if f.severity > Severity.INFO]
    for f in shown:
        _err(f"[{severity_label(f.severity, lang)}] {render(f, lang)}")
    if result.output is None:
        errors = sum(1 for f in result.findings if f.severity is Severity.ERROR)
        _err(text("not_written", lang, count=str(errors)))
        raise typer.Exit(1)
    key = "done_findings" if shown else "done"
    print(text(key, lang, output=str(result.output), count=str(len(shown))))
    raise typer.Exit(result.exit_code)


def main() -> None:
    app()
