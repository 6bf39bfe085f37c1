"""One module per official table; :func:`build_sheets` lays them all out in order."""

from __future__ import annotations

from collections.abc import Sequence

from ..checks import cross_check
from ..model import Finding, Report
from ..rules import RuleSet
from .grid import Grid
from .parameter import build_parameter
from .pemeriksaan import build_pemeriksaan
from .ringkasan import build_ringkasan
from .t31 import build_31
from .t35 import build_35
from .t37 import build_37
from .t38 import build_38

__all__ = ["build_sheets"]


def build_sheets(
    report: Report, rules: RuleSet, findings: Sequence[Finding], lang: str
) -> tuple[list[Grid], list[Finding]]:
    """The output sheets in order, and every finding (input's and cross-checks')."""
    agency, tahun = report.identity.agency, report.identity.tahun
    parameter, params = build_parameter(rules, tahun, agency)
    t31 = build_31(report)
    t35 = build_35(report, t31, rules, params)
    t38 = build_38(report)
    t37 = build_37(report, t35, t38, params)
    every = [*findings, *t37.findings, *cross_check(report, t31, t38)]
    ringkasan = build_ringkasan(report, t35, t38, params, len(every))
    pemeriksaan = build_pemeriksaan(every, agency, tahun, lang)
    return [ringkasan, t31.grid, t35.grid, t37.grid, t38.grid, parameter, pemeriksaan], every
