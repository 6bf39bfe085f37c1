"""``lkip verify``: has a workbook that lkip-xlsx wrote been edited by hand since?

It compares every cell with the list of what the tool wrote (:mod:`lkip_xlsx.manifest`):
a formula replaced by a typed number, a formula changed (a widened SUM range), a data cell
changed, a rule changed on ``Parameter``; and it recomputes every formula from the cells it
reads, as they are stored, to find stored values that disagree (a realisation changed without
recalculating). Edits saved by Excel or LibreOffice and edits made by a program are found
alike.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import manifest
from .errors import FileReadError
from .files import read_bytes, sniff
from .functions import ExcelError, Value
from .model import Finding, Kind, Severity
from .numbers import format_id
from .parse import FormulaSyntaxError, parse_formula

__all__ = ["verify", "Verification"]

RULE_SHEET = "Parameter"


@dataclass(frozen=True)
class Verification:
    findings: tuple[Finding, ...]
    formulas: int  # formula cells recomputed
    cells: int  # cells compared with what the tool wrote

    @property
    def exit_code(self) -> int:
        return 1 if any(f.severity > Severity.INFO for f in self.findings) else 0


def _norm(formula: str) -> str:
    return formula.lstrip("=").replace("$", "").replace(" ", "").upper()


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)


def _stored(value: Any) -> Value:
    number = _decimal(value)
    if number is not None:
        return number
    if isinstance(value, bool) or value is None:
        return value
    text = str(value)
    if text.startswith("#") and text.endswith(("!", "A")):
        return ExcelError(text)
    return text


def _same(stored: Value, computed: Value) -> bool:
    if stored in (None, "") and computed in (None, ""):
        return True
    if isinstance(stored, Decimal) and isinstance(computed, Decimal):
        # the same figure as a reader sees it: two decimals
        return abs(stored - computed) < Decimal("0.005") or abs(stored - computed) <= abs(
            computed
        ) * Decimal("1e-12")
    if isinstance(stored, ExcelError) and isinstance(computed, ExcelError):
        return stored.code == computed.code
    if isinstance(stored, bool) or isinstance(computed, bool):
        return stored == computed
    return str(stored) == str(computed)


def _show(value: Value) -> str:
    if isinstance(value, Decimal):
        return format_id(value, 2) if value != value.to_integral_value() else format_id(value)
    if isinstance(value, ExcelError):
        return value.code
    return "" if value is None else str(value)


def verify(path: Path) -> Verification:
    import openpyxl

    data = read_bytes(path)
    sniff(path, data)
    try:
        formulas = openpyxl.load_workbook(io.BytesIO(data))
    except Exception as exc:
        raise FileReadError("file_corrupt", path=str(path)) from exc
    custom = getattr(formulas, "custom_doc_props", None)  # not in the type stubs
    props = {p.name: str(p.value) for p in custom.props} if custom is not None else {}
    if manifest.VERSION_PROPERTY not in props or manifest.SHEET not in formulas.sheetnames:
        raise FileReadError("not_lkip_output", path=str(path))  # before reading it twice
    try:
        stored = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:
        raise FileReadError("file_corrupt", path=str(path)) from exc
    try:
        written = manifest.unpack(
            (str(r[0]), "".join(str(v) for v in r[1:] if v is not None))
            for r in formulas[manifest.SHEET].iter_rows(values_only=True)
            if len(r) >= 2 and r[0] is not None
        )
    except ValueError:
        written = []  # a list that no longer parses: its fingerprint cannot match either
    findings: list[Finding] = []
    if manifest.fingerprint(written) != props.get(manifest.FINGERPRINT_PROPERTY):
        findings.append(Finding(Kind.MANIFEST_ALTERED, manifest.SHEET))
    findings += _compare(formulas, written)
    recomputed, more = _recompute(formulas, stored)
    findings += more
    if props.get(manifest.KIND_PROPERTY) == "rekap":
        from .rekap_check import linked_outputs

        findings += linked_outputs(path, stored)
    return Verification(tuple(findings), recomputed, len(written))


def _compare(wb: Any, written: list[manifest.Entry]) -> list[Finding]:
    out: list[Finding] = []
    gone: set[str] = set()
    for sheet, cell, kind, content in written:
        if sheet not in wb.sheetnames:
            if sheet not in gone:
                gone.add(sheet)
                out.append(Finding(Kind.SHEET_REMOVED, sheet))
            continue
        current = wb[sheet][cell]
        now = current.value
        is_formula = current.data_type == "f" or (isinstance(now, str) and now.startswith("="))
        if kind == "f":
            if not is_formula:
                out.append(
                    Finding(
                        Kind.FORMULA_REPLACED,
                        sheet,
                        cell,
                        value=_show(_stored(now)),
                        declared="=" + content,
                    )
                )
            elif _norm(str(now)) != _norm(content):
                out.append(
                    Finding(
                        Kind.FORMULA_CHANGED,
                        sheet,
                        cell,
                        value=str(now),
                        declared="=" + content,
                    )
                )
            continue
        if kind == "n":
            same = (
                not is_formula and _decimal(now) is not None and _decimal(now) == Decimal(content)
            )
        else:
            same = not is_formula and ("" if now is None else str(now)) == content
        if not same:
            changed = Kind.RULE_CHANGED if sheet == RULE_SHEET else Kind.VALUE_CHANGED
            out.append(Finding(changed, sheet, cell, value=_show(_stored(now)), declared=content))
    return out


def _recompute(formulas: Any, stored: Any) -> tuple[int, list[Finding]]:
    """Every formula, recomputed from the stored values of the cells it reads."""

    def lookup(sheet: str, row: int, col: int) -> Value:
        if sheet not in stored.sheetnames:
            return ExcelError("#REF!")
        return _stored(stored[sheet].cell(row + 1, col + 1).value)

    out: list[Finding] = []
    missing = 0
    count = 0
    for ws in formulas.worksheets:
        if ws.title == manifest.SHEET:
            continue
        for row in ws.iter_rows():
            for cell in row:
                text = cell.value
                if not (cell.data_type == "f" or (isinstance(text, str) and text.startswith("="))):
                    continue
                count += 1
                try:
                    value = parse_formula(str(text), ws.title, lookup).value()
                except (FormulaSyntaxError, AssertionError, TypeError, KeyError):
                    out.append(
                        Finding(
                            Kind.FORMULA_UNREADABLE,
                            ws.title,
                            cell.coordinate,
                            value=str(text),
                        )
                    )
                    continue
                kept = _stored(stored[ws.title][cell.coordinate].value)
                if kept is None and value not in (None, ""):
                    missing += 1  # saved by a program that does not calculate
                elif not _same(kept, value):
                    out.append(
                        Finding(
                            Kind.VALUE_STALE,
                            ws.title,
                            cell.coordinate,
                            value=_show(kept),
                            computed=_show(value),
                            declared=str(text),
                        )
                    )
    if missing:
        out.append(Finding(Kind.VALUES_MISSING, params=(("count", str(missing)),)))
    return count, out
