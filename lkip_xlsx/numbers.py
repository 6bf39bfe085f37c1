"""Indonesian numerals as staff type them -> exact Decimals.

Staff type numbers the way the printed report shows them: ``1.000``, ``3.898 Orang``,
``85,71%``, ``Rp. 15.308.539.115,00``, ``Rp 14. 513. 600`` (stray spaces), ``(1.500)``.
Excel may also hold a real number, or a fraction formatted as a percentage (0.8571 shown
as 85,71 %), which is the same figure as ``85,71``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

__all__ = [
    "Blank",
    "Number",
    "NotANumber",
    "Parsed",
    "parse_number",
    "round_half_away",
    "is_no_data_phrase",
    "format_id",
    "format_cell",
]


@dataclass(frozen=True)
class Number:
    """A figure read from a cell, with the unit that rode along in its text."""

    value: Decimal
    unit: str | None = None
    percent: bool = False


@dataclass(frozen=True)
class Blank:
    """An empty cell, or a dash standing for nothing."""

    text: str = ""


@dataclass(frozen=True)
class NotANumber:
    """Text (or a date, or an Excel error) where a number was expected."""

    text: str


Parsed = Number | Blank | NotANumber

_DASHES = {"-", "–", "—", "--", "―"}
_NO_DATA = (
    "data tidak tersedia",
    "tidak tersedia",
    "belum tersedia",
    "tidak ada data",
    "belum ada data",
    "n/a",
    "na",
    "tdk tersedia",
)
_RP = re.compile(r"^\s*rp\.?\s*", re.IGNORECASE)
# digits with dots, commas and spaces between them (the spaces are stray: "14. 513. 600")
_NUMERIC = re.compile(r"^(?P<num>\d[\d.,\s]*\d|\d)(?P<rest>.*)$")
_UNIT = re.compile(r"^[^\W\d_][\w\s./()-]*$")


def is_no_data_phrase(text: str) -> bool:
    """Blank, a dash, or a phrase such as ``data tidak tersedia``."""
    t = " ".join(text.lower().split()).strip(" .")
    return t == "" or t in _DASHES or t in _NO_DATA


# Excel keeps 15 significant digits: a figure of a quadrillion or more is a typo, not rupiah
LIMIT = Decimal(10) ** 15


def _digits(value: Decimal, places: int) -> int:
    """Enough precision to quantize ``value`` to ``places``, its integer part included: a
    serapan over a budget of 1e-268 rupiah is about 1e277 and must round, not raise
    InvalidOperation."""
    return max(60, value.adjusted() + places + 3)


def round_half_away(value: Decimal, places: int = 2) -> Decimal:
    """Round half away from zero, as Excel's ROUND does (Python's round() is half-even)."""
    with localcontext() as ctx:
        ctx.prec = _digits(value, places)
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def truncate(value: Decimal, places: int = 2) -> Decimal:
    """Cut toward zero, as a report that truncates instead of rounding prints."""
    with localcontext() as ctx:
        ctx.prec = _digits(value, places)
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def _tidy(d: Decimal) -> Decimal:
    """85.7100 -> 85.71 and 100.0 -> 100, without exponent notation."""
    with localcontext() as ctx:
        ctx.prec = _digits(d, 0)
        if d == d.to_integral_value():
            return d.quantize(Decimal(1))
        return d.normalize()


def _bounded(parsed: Number, raw: object) -> Parsed:
    return parsed if abs(parsed.value) < LIMIT else NotANumber(str(raw))


def _decimal_from_digits(num: str) -> Decimal | None:
    num = re.sub(r"\s+", "", num)
    dots, commas = num.count("."), num.count(",")
    if dots and commas:
        if num.rfind(",") > num.rfind("."):
            # Indonesian: 7.290.242.400,00
            if not re.fullmatch(r"\d{1,3}(\.\d{3})+,\d+", num):
                return None
            num = num.replace(".", "").replace(",", ".")
        else:
            # English style 1,234.56, seen in exports from other tools
            if not re.fullmatch(r"\d{1,3}(,\d{3})+\.\d+", num):
                return None
            num = num.replace(",", "")
    elif commas:
        # the comma is the decimal mark: 85,71
        if commas > 1:
            return None
        num = num.replace(",", ".")
    elif dots:
        # a dot followed by exactly three digits is a thousands separator (1.000, 3.898,
        # 15.308.539.115); a lone dot with 1, 2 or 4+ digits is a decimal point (85.71)
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", num):
            num = num.replace(".", "")
        elif dots > 1:
            return None
    try:
        return Decimal(num)
    except InvalidOperation:
        return None


def _parse_text(raw: str) -> Parsed:
    text = raw.replace("\u00a0", " ").strip()
    if is_no_data_phrase(text):
        return Blank(text)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    text = _RP.sub("", text)
    if text.startswith(("-", "−")):
        negative, text = True, text[1:].strip()
    text = _RP.sub("", text)
    m = _NUMERIC.match(text)
    if not m:
        return NotANumber(raw)
    value = _decimal_from_digits(m.group("num"))
    if value is None:
        return NotANumber(raw)
    rest = m.group("rest").strip()
    percent = False
    unit: str | None = None
    if rest.startswith("%"):
        percent, unit, rest = True, "%", rest[1:].strip()
    if rest.startswith(("-", ",-")) and rest.strip(",-") == "":
        rest = ""  # "15.308.539.115,-" as on a cheque
    if rest:
        if not _UNIT.match(rest):
            return NotANumber(raw)
        unit = " ".join(rest.split())
    return Number(-value if negative else value, unit, percent)


def parse_number(value: object, number_format: str | None = None) -> Parsed:
    """Read one cell value as a figure.

    ``number_format`` is the cell's Excel number format: a fraction formatted as a
    percentage (0.8571 with ``0.00%``) is returned as the percentage figure 85.71.
    """
    if value is None:
        return Blank()
    if isinstance(value, bool):
        return NotANumber(str(value))
    if isinstance(value, int | float | Decimal):
        if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            return NotANumber(str(value))
        d = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if abs(d) >= LIMIT:
            return NotANumber(str(value))
        if number_format and "%" in number_format.replace('"%"', "").replace("\\%", ""):
            return Number(_tidy(d * 100), "%", True)
        return Number(d)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return NotANumber(value.isoformat())
    parsed = _parse_text(str(value))
    return _bounded(parsed, value) if isinstance(parsed, Number) else parsed


def format_id(value: Decimal, places: int | None = None, grouped: bool = True) -> str:
    """Indonesian print style: ``15.308.539.115`` and ``98,53`` (``grouped=False``: no
    thousands separators, as the format ``0.00`` and ``FIXED(x;2;1)`` print)."""
    if places is not None:
        value = round_half_away(value, places)
    elif value == value.to_integral_value():
        value = round_half_away(value, 0)  # whole rupiah print without ",00"
    comma = "," if grouped else ""
    text = f"{value:{comma}f}" if places is None else f"{value:{comma}.{places}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


_QUOTED = re.compile(r'"([^"]*)"')


def format_cell(value: Decimal, num_format: str) -> str:
    """A number as the output workbook's number format shows it, the Indonesian way: the
    formats the project writes (``#,##0``, ``0.00``, ``#,##0.00" Orang"``, ``#,##0"%"``,
    General) turned into text, for the Word document and anything else that prints a
    figure as text. One place, so a table in Word never disagrees with its cell."""
    suffix = "".join(_QUOTED.findall(num_format))
    code = _QUOTED.sub("", num_format).strip()
    if code in ("", "General", "@"):
        if value == value.to_integral_value():
            return format_id(value, None, grouped=False) + suffix
        return format_id(_tidy(value), None, grouped=False) + suffix
    if code.endswith("%"):  # a real percentage format shows the fraction times 100
        value, code, suffix = value * 100, code[:-1], "%" + suffix
    places = len(code.split(".", 1)[1]) if "." in code else 0
    return format_id(value, places, grouped="," in code) + suffix
