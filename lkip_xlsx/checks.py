"""Cross-checks (Aturan §7, docs/aturan.md): every figure the input declared that the tool also
computes is compared with the computed one; each difference becomes a finding that names
both cells, both figures, the difference and the rule. Percentages differ when they differ by
more than 0,01; rupiah amounts when they differ at all.

Systematic differences are said once, at the top (a ``pattern_…`` finding with the count):
percentages truncated instead of rounded (the seed's Tabel 3.8: 98,53 where 37.428.500 /
37.984.500 = 98,536), sasaran averages of uncapped capaian where the rule caps (244,9 %), and
serapan as a mean of percentages where the rule weights by money.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from .forms import Form, Measure, same_measure, written
from .formula import Expr, Ref
from .model import Finding, Kind, Report, Source
from .numbers import Number, Parsed, format_id, round_half_away, truncate
from .rules import GRADE_SCALES, GradeScale, Status, capaian_exact, mean, serapan_exact
from .tables.t31 import Table31
from .tables.t35 import Table35
from .tables.t37 import Table37, supporting
from .tables.t38 import Table38

__all__ = ["cross_check", "PCT_TOLERANCE", "TRUNCATION_MIN"]

PCT_TOLERANCE = Decimal("0.01")
TRUNCATION_MIN = 2  # truncated percentages before the pattern is named


@dataclass(frozen=True)
class _Pct:
    """A declared percentage beside the computed one (and the exact, unrounded figure)."""

    kind: Kind
    declared: Decimal
    src: Source
    computed: Ref
    exact: Decimal | None
    rule: str


def _exact(expr: Expr) -> Decimal | None:
    """An unrounded rule's value, when it is a number."""
    value = expr.value()
    return value if isinstance(value, Decimal) else None


def _truncated(p: _Pct) -> bool:
    if p.exact is None:
        return False
    cut = truncate(p.exact)
    return p.declared == cut and cut != round_half_away(p.exact)


def _pct_finding(
    p: _Pct, kind: Kind | None = None, extra: tuple[tuple[str, str], ...] = ()
) -> Finding:
    computed = p.computed.held
    assert isinstance(computed, Decimal)
    return Finding(
        kind or p.kind,
        p.src.sheet,
        p.src.cell,
        "Capaian",
        format_id(p.declared),
        params=(
            ("rule", p.rule),
            ("difference", format_id(p.declared - computed, 2)),
            ("exact", format_id(p.exact, 4) if p.exact is not None else ""),
            *extra,
        ),
        output_cell=p.computed.address,
        declared=format_id(p.declared),
        computed=format_id(computed, 2),
    )


def _percentages(report: Report, t31: Table31, t38: Table38) -> Iterator[_Pct]:
    for s_idx, sasaran in enumerate(report.sasaran):
        for i_idx, ind in enumerate(sasaran.indicators):
            key = (s_idx, i_idx)
            ref = t31.capaian[key]
            if (
                isinstance(ref.held, Decimal)
                and isinstance(ind.declared_capaian, Number)
                and ind.declared_capaian_src is not None
            ):
                exact = capaian_exact(t31.target[key], t31.real[key], t31.polarity[key])
                plain = ind.reading is None or ind.reading.form is Form.NUMBER
                yield _Pct(
                    Kind.DECLARED_CAPAIAN,
                    ind.declared_capaian.value,
                    ind.declared_capaian_src,
                    ref,
                    _exact(exact) if ind.status is Status.OK and plain else None,
                    "§1" if plain else "§1a",
                )
    for refs in t38.lines:
        line = refs.line
        if isinstance(line.declared_pct, Number) and line.declared_pct_src is not None:
            yield _Pct(
                Kind.DECLARED_SERAPAN,
                line.declared_pct.value,
                line.declared_pct_src,
                refs.pct,
                _exact(serapan_exact(refs.budget, refs.spent)),
                "§5",
            )
    total = report.declared_total
    if total is not None and isinstance(total.pct, Number) and total.pct_src is not None:
        yield _Pct(
            Kind.DECLARED_SERAPAN,
            total.pct.value,
            total.pct_src,
            t38.total_pct,
            _exact(serapan_exact(t38.total_budget, t38.total_spent)),
            "§5",
        )


def _amount(
    kind: Kind,
    column: str,
    declared: Decimal | None,
    src: Source | None,
    computed: Ref,
    rule: str = "§5",
) -> Finding | None:
    if declared is None or src is None or not isinstance(computed.held, Decimal):
        return None
    if declared == computed.held:
        return None
    return Finding(
        kind,
        src.sheet,
        src.cell,
        column,
        format_id(declared),
        output_cell=computed.address,
        declared=format_id(declared),
        computed=format_id(computed.held),
        params=(("difference", format_id(declared - computed.held)), ("rule", rule)),
    )


def _budget(report: Report, t38: Table38) -> Iterator[Finding | None]:
    for refs in t38.lines:
        line = refs.line
        if line.children:
            yield _amount(
                Kind.DECLARED_AMOUNT, "Anggaran", line.budget, line.budget_src, refs.budget
            )
            yield _amount(Kind.DECLARED_AMOUNT, "Realisasi", line.spent, line.spent_src, refs.spent)
        budget, spent = refs.budget.held, refs.spent.held
        if isinstance(budget, Decimal) and isinstance(spent, Decimal):
            if budget == 0:
                cell = line.budget_src.cell if line.budget_src else line.src.cell
                yield Finding(
                    Kind.BUDGET_ZERO,
                    line.src.sheet,
                    cell,
                    "Anggaran",
                    "0",
                    output_cell=refs.budget.address,
                )
            elif spent > budget:
                cell = line.spent_src.cell if line.spent_src else line.src.cell
                yield Finding(
                    Kind.SPENT_OVER_BUDGET,
                    line.src.sheet,
                    cell,
                    "Realisasi",
                    format_id(spent),
                    output_cell=refs.spent.address,
                )
    total = report.declared_total
    if total is not None:
        yield _amount(
            Kind.DECLARED_TOTAL, "Anggaran", total.budget, total.budget_src, t38.total_budget
        )
        yield _amount(
            Kind.DECLARED_TOTAL, "Realisasi", total.spent, total.spent_src, t38.total_spent
        )


def _pk_budget(report: Report, t38: Table38) -> Iterator[Finding | None]:
    """The PK's programme block against Tabel 3.8's programme pagu (§7): rupiah differ if they
    differ at all."""
    for line in report.pk_programmes:
        if line.programme is None or not isinstance(line.anggaran, Number):
            continue
        where = line.anggaran_src or line.src
        yield _amount(
            Kind.PK_BUDGET_DIFFERS,
            "Anggaran",
            line.anggaran.value,
            where,
            t38.programmes[line.programme].budget,
            "§7",
        )


def _shown(m: Measure) -> str:
    """A target as the audit prints it: a figure in Indonesian style, or the text typed."""
    return format_id(m.value) if isinstance(m, Number) else written(m)


def _targets(report: Report, t31: Table31, scales: tuple[GradeScale, ...]) -> Iterator[Finding]:
    """PK targets and the Renstra target of the reporting year against ``Realisasi``."""
    tahun = report.identity.tahun
    for kind, plans in (
        (Kind.PK_TARGET_DIFFERS, report.pk),
        (Kind.RENSTRA_TARGET_DIFFERS, report.renstra),
    ):
        for plan in plans:
            if plan.indicator is None:
                continue
            planned = dict(plan.targets).get(tahun)
            s_idx, i_idx = plan.indicator
            ind = report.sasaran[s_idx].indicators[i_idx]
            if planned is None or same_measure(planned, ind.target, PCT_TOLERANCE, scales):
                continue
            cell = plan.src.cell
            difference = (
                format_id(planned.value - ind.target.value)
                if isinstance(planned, Number) and isinstance(ind.target, Number)
                else ""
            )
            yield Finding(
                kind,
                plan.src.sheet,
                cell,
                "Target",
                _shown(planned),
                output_cell=t31.target[plan.indicator].address,
                declared=_shown(planned),
                computed=_shown(ind.target),
                params=(
                    ("difference", difference),
                    ("rule", "§7"),
                    ("year", str(tahun)),
                    ("target_cell", ind.target_src.address),
                ),
            )


def _declared_sasaran(
    kind: Kind,
    declared: Parsed | None,
    src: Source | None,
    computed: Ref | None,
    naive: Decimal | None,
    pattern: str,
    rule: str,
) -> Finding | None:
    """A figure printed for a whole sasaran that differs from the rule's, marked with the
    ``pattern`` when it is the naive mean instead."""
    if (
        computed is None
        or src is None
        or not isinstance(declared, Number)
        or not isinstance(computed.held, Decimal)
        or abs(declared.value - computed.held) <= PCT_TOLERANCE
    ):
        return None
    is_naive = naive is not None and abs(declared.value - round_half_away(naive)) <= Decimal("0.05")
    p = _Pct(kind, declared.value, src, computed, None, rule)
    return _pct_finding(p, extra=(("pattern", pattern if is_naive else ""),))


def _sasaran(
    report: Report, t31: Table31, t35: Table35, t37: Table37, t38: Table38
) -> Iterator[Finding | None]:
    for s_idx, sasaran in enumerate(report.sasaran):
        raws = [t31.capaian[(s_idx, i)] for i in range(len(sasaran.indicators))]
        yield _declared_sasaran(
            Kind.DECLARED_SASARAN_CAPAIAN,
            sasaran.declared_capaian,
            sasaran.declared_capaian_src,
            t35.sasaran_capaian[s_idx],
            _exact(mean(raws)),
            "uncapped",
            "§2, §4",
        )
        yield _declared_sasaran(
            Kind.DECLARED_SASARAN_SERAPAN,
            sasaran.declared_serapan,
            sasaran.declared_serapan_src,
            t37.serapan[s_idx],
            _exact(mean([line.pct for line in supporting(report, t38, s_idx)])),
            "mean",
            "§6",
        )


def _patterns(findings: Sequence[Finding], truncated: Sequence[_Pct]) -> list[Finding]:
    """One line at the top for each systematic difference, with the count and an example."""
    out: list[Finding] = []
    if len(truncated) >= TRUNCATION_MIN:
        first = truncated[0]
        computed = first.computed.held
        assert isinstance(computed, Decimal) and first.exact is not None
        out.append(
            Finding(
                Kind.PATTERN_TRUNCATION,
                first.src.sheet,
                params=(
                    ("count", str(len(truncated))),
                    ("example", format_id(first.declared)),
                    ("example_cell", first.src.address),
                    ("exact", format_id(first.exact, 4)),
                    ("rounded", format_id(computed, 2)),
                    ("rule", "§1, §5"),
                ),
            )
        )
    for kind, pattern, rule in (
        (Kind.PATTERN_UNCAPPED, "uncapped", "§2, §4"),
        (Kind.PATTERN_MEAN_OF_PERCENTAGES, "mean", "§6"),
    ):
        hits = [f for f in findings if f.param("pattern") == pattern]
        if hits:
            example = f"{hits[0].declared} ({hits[0].where}) → {hits[0].computed}"
            out.append(
                Finding(
                    kind,
                    hits[0].sheet,
                    params=(("count", str(len(hits))), ("example", example), ("rule", rule)),
                )
            )
    return out


def cross_check(
    report: Report,
    t31: Table31,
    t35: Table35,
    t37: Table37,
    t38: Table38,
    scales: tuple[GradeScale, ...] = GRADE_SCALES,
) -> list[Finding]:
    details: list[Finding] = []
    truncated: list[_Pct] = []
    for p in _percentages(report, t31, t38):
        computed = p.computed.held
        if not isinstance(computed, Decimal):
            continue
        if _truncated(p):
            truncated.append(p)
        if abs(p.declared - computed) > PCT_TOLERANCE:
            details.append(_pct_finding(p))
    details += [f for f in _budget(report, t38) if f is not None]
    details += [f for f in _pk_budget(report, t38) if f is not None]
    details += list(_targets(report, t31, scales))
    details += [f for f in _sasaran(report, t31, t35, t37, t38) if f is not None]
    if len(truncated) >= TRUNCATION_MIN:
        reported = {(f.sheet, f.cell) for f in details}
        details += [
            _pct_finding(p, Kind.DECLARED_TRUNCATED)
            for p in truncated
            if (p.src.sheet, p.src.cell) not in reported
        ]
    return _patterns(details, truncated) + details
