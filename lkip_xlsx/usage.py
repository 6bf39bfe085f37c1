"""The command line in the user's language: help screens and usage errors.

Typer (and the Click it carries) speaks English: ``Missing argument 'inputs'.``, ``No such
option``, ``Show this message and exit.``, ``<list[Path]>``. The command classes here draw
every help screen from :mod:`lkip_xlsx.messages` (with an example per command) and turn every
usage error into a sentence of ours, in Indonesian unless ``--lang en`` appears anywhere on
the command line (before or after the command, in any case). Exit code 2 for every usage error.
"""

from __future__ import annotations

import re
import shutil
import sys
import textwrap
from collections.abc import Sequence
from typing import Any

from typer import _click
from typer._click import exceptions as click_errors
from typer.core import TyperCommand, TyperGroup
from typer.exceptions import Abort

from .choices import Lang
from .messages import text

__all__ = ["LkipGroup", "LkipCommand", "chosen_lang", "usage_message"]

_chosen: list[Lang] = [Lang.ID]


def chosen_lang() -> Lang:
    """The language named by ``--lang`` on this command line (Indonesian by default)."""
    return _chosen[0]


def _scan_lang(args: Sequence[str]) -> Lang:
    for i, arg in enumerate(args):
        value = None
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None and value.lower() in set(Lang):
            return Lang(value.lower())
    return Lang.ID


# -- usage errors ---------------------------------------------------------------------------


def _param_name(param: Any, lang: str | None = None) -> str:
    if param is None:
        return ""
    opts = getattr(param, "opts", None) or []
    if getattr(param, "param_type_name", "") == "option" and opts:
        return str(max(opts, key=len))
    many = "..." if getattr(param, "nargs", 1) == -1 else ""
    return text(f"metavar_{param.name}", lang or chosen_lang()) + many


def _choices(param: Any) -> str:
    enum = getattr(getattr(param, "type_descriptor", None), "choices", None)
    if enum:
        return ", ".join(str(getattr(c, "value", c)) for c in enum)
    return ""


def usage_message(exc: click_errors.UsageError, lang: str) -> str:
    """One of our sentences for a Click usage error (English never reaches the user)."""
    message = exc.message
    if isinstance(exc, click_errors.MissingParameter):
        key = "usage_missing_argument"
        if getattr(exc.param, "param_type_name", "") == "option":
            key = "usage_missing_value"
        return text(key, lang, name=_param_name(exc.param))
    if isinstance(exc, click_errors.NoSuchOption):
        said = text("usage_no_such_option", lang, option=exc.option_name)
        if exc.possibilities:
            said += " " + text("usage_did_you_mean", lang, options=", ".join(exc.possibilities))
        return said
    if isinstance(exc, click_errors.BadOptionUsage):
        key = "usage_takes_no_value" if "does not take" in message else "usage_missing_value"
        return text(key, lang, name=exc.option_name)
    if isinstance(exc, click_errors.BadParameter):
        return _bad_value(exc, lang)
    command = re.match(r"No such command '(.*?)'", message)
    if command:
        said = text("usage_no_such_command", lang, name=command.group(1))
        maybe = re.search(r"Did you mean (.*)\?", message)
        if maybe:
            said += " " + text("usage_did_you_mean", lang, options=maybe.group(1))
        return said
    extra = re.match(r"Got unexpected extra argument\S* \((.*)\)", message)
    if extra:
        return text("usage_extra_arguments", lang, args=extra.group(1))
    if message.startswith("Missing command"):
        return text("usage_missing_command", lang)
    return text("usage_other", lang)


def _bad_value(exc: click_errors.BadParameter, lang: str) -> str:
    name = _param_name(exc.param)
    choices = _choices(exc.param)
    if choices:
        return text("usage_bad_choice", lang, name=name, choices=choices)
    if "integer" in exc.message or "number" in exc.message:
        example = "2023" if name == "--tahun" else "2"
        return text("usage_bad_number", lang, name=name, example=example)
    return text("usage_bad_value", lang, name=name)


# -- help screens ---------------------------------------------------------------------------


def _width() -> int:
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, 100))


def _metavar(param: Any, lang: str) -> str:
    if getattr(param, "is_flag", False):
        return ""
    choices = _choices(param)
    if choices:
        return "[" + choices.replace(", ", "|") + "]"
    return text(f"metavar_{param.name}", lang) if f"metavar_{param.name}" in _METAVARS else "N"


_METAVARS = {"metavar_output", "metavar_out_dir", "metavar_notes", "metavar_report"}
_METAVARS |= {"metavar_tahun", "metavar_config", "metavar_mapping", "metavar_jobs"}


def _param_help(command: str, param: Any, lang: str) -> str:
    from .messages import MESSAGES

    for key in (f"opt_{command}_{param.name}", f"opt_{param.name}"):
        if key in MESSAGES:
            return text(key, lang)
    return ""


def _rows(rows: list[tuple[str, str]], width: int) -> list[str]:
    left = min(max((len(a) for a, _ in rows), default=0) + 2, 30)
    out: list[str] = []
    for a, b in rows:
        wrapped = textwrap.wrap(b, max(20, width - left - 2)) or [""]
        if len(a) + 2 > left:
            out.append(f"  {a}")
            out += [" " * (left + 2) + line for line in wrapped]
        else:
            out.append(f"  {a.ljust(left)}{wrapped[0]}")
            out += [" " * (left + 2) + line for line in wrapped[1:]]
    return out


def _help_screen(command: Any, ctx: Any, lang: str) -> str:
    width = _width()
    name = command.name if ctx.parent is not None else "lkip"
    path = ctx.command_path or "lkip"
    arguments, options = [], []
    for p in command.get_params(ctx):
        if getattr(p, "hidden", False):
            continue
        if p.param_type_name == "argument":
            arguments.append((_param_name(p, lang), _param_help(name, p, lang)))
        else:
            label = ", ".join(p.opts)
            metavar = _metavar(p, lang)
            options.append((f"{label} {metavar}".strip(), _param_help(name, p, lang)))
    usage = text("help_usage", lang)
    pieces = " ".join(a for a, _ in arguments)
    if ctx.parent is None:
        pieces = text("help_command_piece", lang)
    lines = [f"{usage}: {path} {text('help_options_piece', lang)} {pieces}".rstrip(), ""]
    for paragraph in text(f"cmd_{name}", lang).split("\n"):
        lines += textwrap.wrap(paragraph, width) or [""]
    lines += ["", text("help_examples", lang) + ":"]
    lines += [f"  {line}" for line in text(f"example_{name}", lang).split("\n")]
    if ctx.parent is None:
        lines += ["", text("help_commands", lang) + ":"]
        rows = [(c, text(f"short_{c}", lang)) for c in command.list_commands(ctx)]
        lines += _rows(rows, width)
    if arguments:
        lines += ["", text("help_arguments", lang) + ":", *_rows(arguments, width)]
    lines += ["", text("help_options", lang) + ":", *_rows(options, width)]
    return "\n".join(lines) + "\n"


class _Ours:
    """Help in our words, for a group or a command."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        formatter.write(_help_screen(self, ctx, chosen_lang()))


class LkipCommand(_Ours, TyperCommand):
    pass


class LkipGroup(_Ours, TyperGroup):
    """The ``lkip`` group: reads ``--lang`` from the whole command line first, then runs the
    command with Click's own error printing turned off, saying usage errors itself."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        _chosen[0] = _scan_lang(argv)
        try:
            code = super().main(
                argv, prog_name or "lkip", complete_var, standalone_mode=False, **extra
            )
        except click_errors.NoArgsIsHelpError as exc:  # 'lkip' alone: the help, as Click does
            print(exc.ctx.get_help())
            code = 2
        except click_errors.UsageError as exc:
            lang = chosen_lang()
            print(usage_message(exc, lang), file=sys.stderr)
            path = exc.ctx.command_path if exc.ctx is not None else "lkip"
            print(text("usage_see_help", lang, command=path), file=sys.stderr)
            code = 2
        except _click.ClickException as exc:
            print(text("usage_other", chosen_lang()), file=sys.stderr)
            code = exc.exit_code
        except Abort:
            code = 1
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
