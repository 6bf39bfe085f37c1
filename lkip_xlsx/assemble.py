"""Compute -> tables -> cross-checks: the output sheets of one report, in order.

The orchestration of the layout stage: the rules' parameters first, then every official
table (each module of :mod:`lkip_xlsx.tables` lays out one), then the cross-checks of
:mod:`lkip_xlsx.checks` over the laid-out tables, then the summary and the audit sheet that
report them. Imports point down from here to the stages; no stage imports this module.
"""

from __future__ import annotations

from collections.abc import Sequence

from .checks import cross_check
from .layout import Grid
from .model import Finding, Report
from .rules import RuleSet
from .tables.appendix import build_pk, build_renstra, build_rkt
from .tables.grafik import build_grafik
from .tables.parameter import build_parameter
from .tables.pemeriksaan import build_pemeriksaan
from .tables.ringkasan import build_ringkasan
from .tables.t31 import build_31
from .tables.t32 import build_32
from .tables.t33 import build_33
from .tables.t34 import build_34
from .tables.t35 import build_35
from .tables.t36 import build_36
from .tables.t37 import build_37
from .tables.t38 import build_38

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
        tables.append(build_36(report, t38, params))
    tables += [t37.grid, t38.grid, build_grafik(report, t31, t38)]
    every = [*cross_check(report, t31, t35, t37, t38), *every]
    ringkasan = build_ringkasan(report, t35, t38, params, every)
    pemeriksaan = build_pemeriksaan(every, agency, tahun, lang)
    return [ringkasan, *front, *tables, parameter, pemeriksaan], every
