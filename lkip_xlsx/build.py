"""Raw tables -> the typed :class:`~lkip_xlsx.model.Report`, with findings.

Validation runs here, sheet by sheet (pandera, :mod:`lkip_xlsx.schemas`); values are parsed
once (:mod:`lkip_xlsx.numbers`); sasaran, indicators and the budget tree are assembled, and
the link from budget to sasaran is taken from ``RKT`` or from ``Anggaran``'s ``Sasaran``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from . import budget as budget_mod
from . import renja
from . import support as support_mod
from .contract import normalize
from .forms import Measure, Problem, Reading, described, understand, written
from .lookup import address, fill_down, match_name, measured, parsed, resolve
from .model import (
    BudgetLine,
    Finding,
    Identity,
    Indicator,
    Kind,
    Options,
    Report,
    Sasaran,
    Severity,
    Source,
)
from .numbers import Blank, NotANumber, Number, Parsed, format_id, parse_number
from .plans import link_inputs, link_pk_programmes, read_plans
from .reader import RawRow, RawTable, RawWorkbook
from .rules import Polarity, RuleSet, Status, parse_polarity
from .schemas import validate_table

__all__ = ["build_report", "match_name"]

_MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
).split()


def _identity(raw: RawWorkbook, findings: list[Finding], options: Options) -> Identity:
    def field(key: str) -> str:
        v = raw.identity.get(key, (None, ""))[0]
        if isinstance(v, dt.datetime | dt.date):
            return f"{v.day} {_MONTHS[v.month - 1]} {v.year}"
        return " ".join(str(v).split()) if v is not None else ""

    tahun = options.tahun or 0
    if not tahun and "tahun" in raw.identity:
        value, cell = raw.identity["tahun"]
        parsed = parse_number(value)
        if isinstance(parsed, Number) and 1990 <= parsed.value <= 2100:
            tahun = int(parsed.value)
        else:
            findings.append(
                Finding(Kind.YEAR_INVALID, raw.identity_sheet, cell, "Tahun", str(value))
            )
    if not tahun and "realisasi" in raw.tables:
        # "Target 2023" names the reporting year; "Realisasi 2021" may be a past year
        tahun = max(raw.tables["realisasi"].years.get("target", {}), default=0)
    return Identity(
        instansi=field("instansi"),
        pemerintah=field("pemerintah"),
        tahun=tahun,
        kepala=field("kepala"),
        nip=field("nip"),
        pangkat=field("pangkat"),
        kota=field("kota"),
        tanggal=field("tanggal"),
        atasan=field("atasan"),
        jabatan_atasan=field("jabatan_atasan"),
        tanggal_pk=field("tanggal_pk"),
        misi=field("misi"),
        tujuan_rpjmd=field("tujuan_rpjmd"),
        indikator_tujuan_rpjmd=field("indikator_tujuan_rpjmd"),
        sasaran_rpjmd=field("sasaran_rpjmd"),
        indikator_sasaran_rpjmd=field("indikator_sasaran_rpjmd"),
    )


def _unit(satuan: str, *values: Measure) -> str | None:
    if satuan:
        return satuan
    for v in values:
        if isinstance(v, Number) and v.unit:
            return v.unit
    return None


def _indicators(
    table: RawTable, tahun: int, rules: RuleSet, findings: list[Finding]
) -> tuple[Sasaran, ...]:
    target_key = resolve(table, "target", tahun)
    real_key = resolve(table, "realisasi", tahun)
    capaian_key = resolve(table, "capaian", tahun)
    past = sorted(y for y in table.years.get("realisasi", {}) if y < tahun)
    groups: dict[str, tuple[str, Source, list[Indicator]]] = {}
    declared: dict[str, dict[str, tuple[Parsed, Source]]] = {}
    for row in table.rows:
        target = measured(row, target_key, rules.grades)
        real = measured(row, real_key, rules.grades)
        reading, status, problems = understand(
            target, real, row.value("polaritas"), row.text("satuan"), rules.grades
        )
        src_real = Source(table.title, address(table, real_key, row.row))
        src_target = Source(table.title, address(table, target_key, row.row))
        src_polarity = (
            Source(table.title, table.address("polaritas", row.row))
            if "polaritas" in table.columns
            else src_target
        )
        where = {"target": src_target, "real": src_real, "polarity": src_polarity}
        findings += [_problem(p, where, target, real, reading) for p in problems]
        _status_finding(status, real, src_real, src_target, findings)
        declared_src = (
            Source(table.title, address(table, capaian_key, row.row)) if capaian_key else None
        )
        polarity = reading.polarity if reading else parse_polarity(row.value("polaritas"))
        indicator = Indicator(
            name=row.text("indikator"),
            unit=_unit(row.text("satuan"), target, real),
            polarity=polarity or Polarity.POSITIF,
            target=target,
            real=real,
            status=status,
            name_src=Source(table.title, table.address("indikator", row.row)),
            target_src=src_target,
            real_src=src_real,
            reading=reading,
            past=tuple((y, parsed(row, f"realisasi@{y}")) for y in past),
            national=parsed(row, "nasional") if "nasional" in table.columns else None,
            responsible=row.text("penanggung_jawab"),
            declared_capaian=parsed(row, capaian_key) if capaian_key else None,
            declared_capaian_src=declared_src,
            note=row.text("keterangan"),
        )
        name = row.text("sasaran")
        key = normalize(name)
        if key not in groups:
            groups[key] = (name, Source(table.title, table.address("sasaran", row.row)), [])
            declared[key] = {
                k: (parsed(row, k), Source(table.title, table.address(k, row.row)))
                for k in ("capaian_sasaran", "serapan_sasaran")
                if k in table.columns
            }
        groups[key][2].append(indicator)
    out = []
    for i, (key, (name, src, inds)) in enumerate(groups.items(), start=1):
        cap = declared[key].get("capaian_sasaran")
        ser = declared[key].get("serapan_sasaran")
        out.append(
            Sasaran(
                i,
                name,
                src,
                tuple(inds),
                declared_capaian=cap[0] if cap else None,
                declared_capaian_src=cap[1] if cap else None,
                declared_serapan=ser[0] if ser else None,
                declared_serapan_src=ser[1] if ser else None,
            )
        )
    return tuple(out)


_COLUMN = {"target": "Target", "real": "Realisasi", "polarity": "Polaritas"}


def _problem(
    problem: Problem,
    where: dict[str, Source],
    target: Measure,
    real: Measure,
    reading: Reading | None,
) -> Finding:
    """A finding about how a target and its realisation were read (docs/aturan.md §1a); its kind
    is the problem's code (``target_read`` becomes ``target_read_upper`` and so on)."""
    src = where[problem.on]
    value = written(real) if problem.on == "real" else written(target)
    code, params = problem.code, dict(problem.params)
    params["target_cell"] = where["target"].address
    if code == "target_read" and reading is not None:
        code, figures = described(reading, target)
        params.update(figures)
    if code == "polarity_conflict":
        value = written(target)
    return Finding(
        Kind(code),
        src.sheet,
        src.cell,
        _COLUMN[problem.on],
        value or (format_id(real.value) if isinstance(real, Number) else ""),
        params=tuple(sorted(params.items())),
    )


# status -> (kind, on the realisation cell or the target cell)
_STATUS_FINDINGS = {
    Status.NO_DATA: (Kind.NO_DATA, "real"),
    Status.TARGET_ZERO: (Kind.TARGET_ZERO, "target"),
    Status.ZERO_TOLERANCE: (Kind.ZERO_TOLERANCE, "target"),
}


def _status_finding(
    status: Status, real: Measure, src_real: Source, src_target: Source, findings: list[Finding]
) -> None:
    if status not in _STATUS_FINDINGS:
        return
    kind, where = _STATUS_FINDINGS[status]
    if where == "real":
        text = real.text if isinstance(real, Blank | NotANumber) else ""
        findings.append(Finding(kind, src_real.sheet, src_real.cell, "Realisasi", text))
    else:
        findings.append(Finding(kind, src_target.sheet, src_target.cell, "Target", "0"))


def _realisasi(
    real: RawTable, tahun: int, rules: RuleSet, findings: list[Finding]
) -> tuple[Sasaran, ...]:
    """``Realisasi`` validated, then read into sasaran and indicators (none on an error)."""
    resolved = {k: k for k in real.columns}
    for base in ("target", "realisasi", "capaian"):
        resolved[base] = resolve(real, base, tahun)
        if not resolved[base] and base != "capaian":
            findings.append(
                Finding(
                    Kind.COLUMN_MISSING,
                    real.title,
                    params=(("column", f"{base.capitalize()} {tahun}"),),
                )
            )
    fill_down(real.rows, "sasaran")
    findings += validate_table(real, real.rows, resolved)
    if any(f.severity is Severity.ERROR for f in findings):
        return ()
    return _indicators(real, tahun, rules, findings)


def _anggaran(
    ang: RawTable, findings: list[Finding]
) -> tuple[tuple[BudgetLine, ...], RawRow | None]:
    """``Anggaran`` levelled, validated and built into the budget tree; and its total row."""
    rows, total_row, level_findings = budget_mod.prepare(ang)
    findings += level_findings
    findings += renja.quarters(ang, rows)  # the year's realisation against its quarters
    checked, leaves = budget_mod.validation_rows(rows)
    findings += validate_table(ang, checked, {k: k for k in ang.columns}, leaves)
    if any(f.severity is Severity.ERROR and f.sheet == ang.title for f in findings):
        return (), total_row
    programmes, tree_findings = budget_mod.build_tree(ang, rows)
    findings += tree_findings
    return programmes, total_row


def _validate_plans(raw: RawWorkbook, tahun: int, findings: list[Finding]) -> None:
    for key in ("pk", "program_kegiatan"):
        table = raw.tables.get(key)
        if table is not None:
            if key == "program_kegiatan":
                # output and outcome rows under a sub kegiatan leave its name blank
                fill_down(table.rows, "uraian")
                fill_down(table.rows, "level")
            resolved = {k: k for k in table.columns}
            resolved["target"] = resolve(table, "target", tahun) or ""
            findings += validate_table(table, table.rows, resolved)


def _support(
    raw: RawWorkbook,
    sasaran: Sequence[Sasaran],
    programmes: Sequence[BudgetLine],
    findings: list[Finding],
) -> tuple[support_mod.Support, str]:
    """Which lines support which sasaran, per line (docs/aturan.md §6), and the sheet that said so;
    lines that support none are noted."""
    rkt = raw.tables.get("rkt")
    if rkt is not None:
        found, source = support_mod.from_rkt(rkt, sasaran, programmes, findings), "RKT"
    else:
        found = support_mod.from_budget(sasaran, programmes, findings)
        source = "Anggaran" if any(found.lines) else ""
    findings += support_mod.unlinked_notes(found, programmes, source)
    return found, source


def _responsible(sasaran: Sequence[Sasaran]) -> str:
    """Every ``Penanggung Jawab`` once, in order: the source line under Tabel 3.1."""
    names: list[str] = []
    for s in sasaran:
        for ind in s.indicators:
            if ind.responsible and ind.responsible not in names:
                names.append(ind.responsible)
    return ", ".join(names)


def build_report(raw: RawWorkbook, options: Options) -> tuple[Report | None, list[Finding]]:
    findings = list(raw.findings)
    identity = _identity(raw, findings, options)
    tahun = identity.tahun
    if not tahun and not any(f.severity is Severity.ERROR for f in findings):
        findings.append(Finding(Kind.YEAR_UNKNOWN, raw.identity_sheet or "Identitas"))
    real = raw.tables.get("realisasi")
    ang = raw.tables.get("anggaran")
    sasaran = _realisasi(real, tahun, options.rules, findings) if real is not None and tahun else ()
    programmes, total_row = _anggaran(ang, findings) if ang is not None else ((), None)
    findings += renja.outputs(raw)  # Program Kegiatan read from the Renja evaluation form
    _validate_plans(raw, tahun, findings)
    if any(f.severity is Severity.ERROR for f in findings):
        return None, findings
    support, support_source = _support(raw, sasaran, programmes, findings)
    plans = read_plans(raw, tahun, sasaran, findings, options.rules.grades)
    report = Report(
        identity=identity,
        sasaran=sasaran,
        programmes=programmes,
        declared_total=budget_mod.declared_total(ang, total_row) if ang is not None else None,
        support=support.programmes,
        support_lines=support.lines,
        support_source=support_source,
        source_note=_responsible(sasaran),
        past_years=tuple(sorted(y for y in real.years.get("realisasi", {}) if y < tahun))
        if real is not None
        else (),
        has_national=real is not None and "nasional" in real.columns,
        pk=plans.pk,
        renstra=plans.renstra,
        renstra_years=plans.renstra_years,
        rkt=plans.rkt,
        pk_title=plans.pk_title,
        renstra_title=plans.renstra_title,
        pk_programmes=plans.pk_programmes,
    )
    lines = report.budget_lines()
    return replace(
        report,
        outputs=link_inputs(plans.outputs, lines, findings),
        pk_programmes=link_pk_programmes(plans.pk_programmes, programmes, findings),
    ), findings
