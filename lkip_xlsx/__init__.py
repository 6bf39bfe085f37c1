"""lkip-xlsx: LKIP / LKjIP workbooks in, official tables with live Excel formulas out."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "convert",
    "read_workbook",
    "Options",
    "Result",
    "Finding",
    "Kind",
    "Severity",
    "Lang",
]

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .choices import Lang
    from .kinds import Kind, Severity
    from .model import Finding, Options, Result
    from .pipeline import convert
    from .reader import read_workbook


def __getattr__(name: str) -> object:
    # heavy modules load on first use, so `lkip --help` stays fast
    if name == "convert":
        from .pipeline import convert

        return convert
    if name == "read_workbook":
        from .reader import read_workbook

        return read_workbook
    if name in ("Options", "Result", "Finding"):
        from . import model

        return getattr(model, name)
    if name in ("Kind", "Severity"):
        from . import kinds

        return getattr(kinds, name)
    if name == "Lang":
        from .choices import Lang

        return Lang
    raise AttributeError(name)
