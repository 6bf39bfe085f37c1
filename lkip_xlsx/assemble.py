"""Compute -> tables -> cross-checks: the output sheets of one report, in order.

The orchestration of the layout stage: the rules' parameters first, then every official
table (each module of :mod:`lkip_xlsx.tables` lays out one), then the cross-checks of
:mod:`lkip_xlsx.checks` over the laid-out tables, then the summary and the audit sheet that
report them. Imports point down from here to the stages; no stage imports this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .checks import cross_check
from .formula import Ref
from .layout import Grid
from .model import Finding, Report, Severity
from .rules import RuleSet
from .summary import Summary
from .tables.appendix import build_pk, build_renstra, build_rkt
from .tables.grafik import build_grafik
from .tables.narasi import build_narasi
from .tables.parameter import build_parameter
from .tables.pemeriksaan import build_pemeriksaan
from .tables.ringkasan import build_ringkasan, finding_counts
from .tables.t31 import Table31, build_31
from .tables.t32 import build_32
from .tables.t33 import build_33
from .tables.t34 import build_34
from .tables.t35 import Table35, build_35
from .tables.t36 import build_36
from .tables.t37 import Table37, build_37
from .tables.t38 import Table38, build_38

__all__ = ["build_sheets", "build_workbook"]


def build_sheets(
    report: Report, rules: RuleSet, findings: Sequence[Finding], lang: str
) -> tuple[list[Grid], list[Finding]]:
    """The output sheets in the report's order, and every finding (the input's and the
    cross-checks'). A table whose input is absent is left out."""
    grids, every, _ = build_workbook(report, rules, findings, lang)
    return grids, every


def build_workbook(
    report: Report, rules: RuleSet, findings: Sequence[Finding], lang: str
) -> tuple[list[Grid], list[Finding], Summary]:
    """:func:`build_sheets`, and the headline figures of the sheets for a batch's Rekap."""
    agency, tahun = report.identity.agency, report.identity.tahun
    parameter, params = build_parameter(rules, tahun, agency)
    t31 = build_31(report, params)
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
        tables.append(build_33(report, t31, rules, params))
    tables.append(build_34(report, t31))  # always: '-' where there is no national figure
    tables.append(t35.grid)
    if report.outputs:
        tables.append(build_36(report, t38, params))
    tables += [t37.grid, t38.grid, build_grafik(report, t31, t38, params)]
    every = [*cross_check(report, t31, t35, t37, t38, rules.grades), *every]
    ringkasan = build_ringkasan(report, t35, t38, params, every)
    pemeriksaan = build_pemeriksaan(every, agency, tahun, lang)
    summary = _summary(report, t31, t35, t37, t38, every)
    narasi = build_narasi(report, t31, t35, t37, t38, params, lang)
    return [ringkasan, *front, *tables, narasi, parameter, pemeriksaan], every, summary


def _decimal(ref: Ref | None) -> Decimal | None:
    return ref.held if ref is not None and isinstance(ref.held, Decimal) else None


def _summary(
    report: Report,
    t31: Table31,
    t35: Table35,
    t37: Table37,
    t38: Table38,
    every: Sequence[Finding],
) -> Summary:
    """The figures the cells hold (Ringkasan, 3.5, 3.7, 3.8), counted as Ringkasan does."""
    counts = finding_counts(every)
    lows = [v for v in (_decimal(r) for r in t35.sasaran_capaian) if v is not None]
    pagu, spent = _decimal(t38.total_budget), _decimal(t38.total_spent)
    predikat = t35.overall_predicate.held if _decimal(t35.overall) is not None else ""
    return Summary(
        instansi=report.identity.instansi,
        pemerintah=report.identity.pemerintah,
        tahun=report.identity.tahun,
        sasaran=len(report.sasaran),
        indicators=sum(len(s.indicators) for s in report.sasaran),
        no_data=sum(1 for ref in t31.capaian.values() if _decimal(ref) is None),
        capaian=_decimal(t35.overall),
        predikat=str(predikat or ""),
        lowest=min(lows, default=None),
        pagu=pagu if pagu is not None else Decimal(0),
        realisasi=spent if spent is not None else Decimal(0),
        serapan=_decimal(t38.total_pct),
        efisien=sum(1 for v in t37.verdicts if v.held == "Efisien"),
        discrepancies=counts[Severity.DISCREPANCY],
        warnings=counts[Severity.WARNING],
        notes=counts[Severity.INFO],
    )
