"""One module per official table; :func:`build_sheets` lays them all out in order."""

from __future__ import annotations

from collections.abc import Sequence

from ..checks import cross_check
from ..model import Finding, Report
from ..rules import RuleSet
from .appendix import build_pk, build_renstra, build_rkt
from .grafik import build_grafik
from .grid import Grid
from .parameter import build_parameter
from .pemeriksaan import build_pemeriksaan
from .ringkasan import build_ringkasan
from .t31 import build_31
from .t32 import build_32
from .t33 import build_33
from .t34 import build_34
from .t35 import build_35
from .t36 import build_36
from .t37 import build_37
from .t38 import build_38

__all__ = ["build_sheets"]


def build_sheets(
    report: Report, rules: RuleSet, findings: Sequence[Finding], lang: str
) -> tuple[list[Grid], list[Finding]]:
    """The output sheets in the report's order, and every finding (the input's and the
    cross-checks'). A table whose input is absent is left out."""
    agency, tahun = report.identity.agency, report.identity.tahun
    parameter, params = build_parameter(rules, tahun, agency)
    t31 = build_31(report)
    t35 = build_35(report, t31, rules, params)
    t38 = build_38(report)
    t37 = build_37(report, t35, t38, params)
    every = [*findings, *t37.findings]
    front: list[Grid] = []
    if report.pk:
        front.append(build_pk(report, t38))
    if report.rkt:
        front.append(build_rkt(report))
    if report.renstra and report.renstra_years:
        front.append(build_renstra(report))
    tables = [t31.grid, build_32(report, t31)]
    if report.renstra_years:
        tables.append(build_33(report, t31))
    if report.has_national:
        tables.append(build_34(report, t31))
    tables.append(t35.grid)
    if report.outputs:
        t36, t36_findings = build_36(report, t38, params)
        tables.append(t36)
        every += t36_findings
    tables += [t37.grid, t38.grid, build_grafik(report, t31, t38)]
    every = [*cross_check(report, t31, t35, t37, t38), *every]
    ringkasan = build_ringkasan(report, t35, t38, params, every)
    pemeriksaan = build_pemeriksaan(every, agency, tahun, lang)
    return [ringkasan, *front, *tables, parameter, pemeriksaan], every
