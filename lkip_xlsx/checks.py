"""Cross-checks (rules.md section 7): every figure the input declared that the tool also
computes is compared with the computed one; each difference becomes a finding that names
both cells. Percentages differ when they differ by more than 0,01; rupiah when at all."""

from __future__ import annotations

from decimal import Decimal

from .formula import Ref
from .model import Finding, Report, Severity, Source
from .numbers import Number, Parsed, format_id
from .tables.t31 import Table31
from .tables.t38 import Table38

__all__ = ["cross_check", "PCT_TOLERANCE"]

PCT_TOLERANCE = Decimal("0.01")


def _out(ref: Ref) -> str:
    return ref.address


def _pct_finding(
    code: str, declared: Parsed | None, src: Source | None, computed: Ref, rule: str
) -> Finding | None:
    if not isinstance(declared, Number) or src is None or not isinstance(computed.held, Decimal):
        return None
    if abs(declared.value - computed.held) <= PCT_TOLERANCE:
        return None
    return Finding(
        code,
        Severity.DISCREPANCY,
        src.sheet,
        src.cell,
        "Capaian",
        format_id(declared.value),
        params=(("rule", rule),),
        output_cell=_out(computed),
        declared=format_id(declared.value),
        computed=format_id(computed.held, 2),
    )


def _amount_finding(
    code: str, column: str, declared: Decimal | None, src: Source | None, computed: Ref
) -> Finding | None:
    if declared is None or src is None or not isinstance(computed.held, Decimal):
        return None
    if declared == computed.held:
        return None
    return Finding(
        code,
        Severity.DISCREPANCY,
        src.sheet,
        src.cell,
        column,
        format_id(declared),
        output_cell=_out(computed),
        declared=format_id(declared),
        computed=format_id(computed.held),
        params=(("difference", format_id(declared - computed.held)),),
    )


def cross_check(report: Report, t31: Table31, t38: Table38) -> list[Finding]:
    found: list[Finding | None] = []
    for s_idx, sasaran in enumerate(report.sasaran):
        for i_idx, ind in enumerate(sasaran.indicators):
            ref = t31.capaian.get((s_idx, i_idx))
            if ref is not None:
                found.append(
                    _pct_finding(
                        "declared_capaian",
                        ind.declared_capaian,
                        ind.declared_capaian_src,
                        ref,
                        "rules.md §1",
                    )
                )
    for refs in t38.lines:
        line = refs.line
        found.append(
            _pct_finding(
                "declared_serapan",
                line.declared_pct,
                line.declared_pct_src,
                refs.pct,
                "rules.md §5",
            )
        )
        if line.children:
            found.append(
                _amount_finding(
                    "declared_amount", "Anggaran", line.budget, line.budget_src, refs.budget
                )
            )
            found.append(
                _amount_finding(
                    "declared_amount", "Realisasi", line.spent, line.spent_src, refs.spent
                )
            )
        budget, spent = refs.budget.held, refs.spent.held
        if isinstance(budget, Decimal) and isinstance(spent, Decimal):
            if budget == 0:
                found.append(
                    Finding(
                        "budget_zero",
                        Severity.WARNING,
                        line.src.sheet,
                        line.budget_src.cell if line.budget_src else line.src.cell,
                        "Anggaran",
                        "0",
                        output_cell=_out(refs.budget),
                    )
                )
            elif spent > budget:
                found.append(
                    Finding(
                        "spent_over_budget",
                        Severity.WARNING,
                        line.src.sheet,
                        line.spent_src.cell if line.spent_src else line.src.cell,
                        "Realisasi",
                        format_id(spent),
                        output_cell=_out(refs.spent),
                    )
                )
    total = report.declared_total
    if total is not None:
        found.append(
            _amount_finding(
                "declared_total", "Anggaran", total.budget, total.budget_src, t38.total_budget
            )
        )
        found.append(
            _amount_finding(
                "declared_total", "Realisasi", total.spent, total.spent_src, t38.total_spent
            )
        )
        found.append(
            _pct_finding("declared_serapan", total.pct, total.pct_src, t38.total_pct, "rules.md §5")
        )
    return [f for f in found if f is not None]
