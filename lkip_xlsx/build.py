"""Raw tables -> the typed :class:`~lkip_xlsx.model.Report`, with findings.

Each sheet is read once into typed columns (:mod:`lkip_xlsx.frames`) and validated against the
contract's pandera schema (:mod:`lkip_xlsx.schemas`); sasaran, indicators and the budget tree
are assembled from the typed values, and
the link from budget to sasaran is taken from ``RKT`` or from ``Anggaran``'s ``Sasaran``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from . import budget as budget_mod
from . import renja
from . import support as support_mod
from .contract import Holds, normalize
from .forms import Form, Measure, Problem, Reading, described, understand, written
from .frames import SheetFrame, contract_columns, typed_frame
from .hints import lower_is_better
from .lookup import address, fill_down, match_name, measured, resolve
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
from .schemas import validate_frame

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
    if not tahun:
        tahun = _year_from_titles(raw, findings)
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


def _year_from_titles(raw: RawWorkbook, findings: list[Finding]) -> int:
    """The one year the tables' title lines and year headings name, noted with its cell;
    none or two different years: 0 (the year is then asked for)."""
    marks = [
        (year, table.title, cell, text)
        for key in ("realisasi", "anggaran")
        if (table := raw.tables.get(key)) is not None
        for year, cell, text in table.year_marks
    ]
    if len({m[0] for m in marks}) != 1:
        return 0
    year, sheet, cell, text = marks[0]
    findings.append(
        Finding(Kind.YEAR_FROM_TITLE, sheet, cell, value=text, params=(("year", str(year)),))
    )
    return year


def _unit(satuan: str, *values: Measure) -> str | None:
    if satuan:
        return satuan
    for v in values:
        if isinstance(v, Number) and v.unit:
            return v.unit
    return None


@dataclass
class _Group:
    """One sasaran while its indicators are gathered."""

    name: str
    src: Source
    declared: dict[str, tuple[Parsed, Source]]
    indicators: list[Indicator] = field(default_factory=list)

    def sasaran(self, number: int) -> Sasaran:
        cap = self.declared.get("capaian_sasaran")
        ser = self.declared.get("serapan_sasaran")
        return Sasaran(
            number,
            self.name,
            self.src,
            tuple(self.indicators),
            declared_capaian=cap[0] if cap else None,
            declared_capaian_src=cap[1] if cap else None,
            declared_serapan=ser[0] if ser else None,
            declared_serapan_src=ser[1] if ser else None,
        )


def _group(frame: SheetFrame, row: RawRow) -> _Group:
    table = frame.table
    return _Group(
        row.text("sasaran"),
        Source(table.title, table.address("sasaran", row.row)),
        {
            k: (frame.figure(k, row.row), Source(table.title, table.address(k, row.row)))
            for k in ("capaian_sasaran", "serapan_sasaran")
            if k in table.columns
        },
    )


def _indicators(
    frame: SheetFrame, keys: dict[str, str], rules: RuleSet, findings: list[Finding]
) -> tuple[Sasaran, ...]:
    """The typed ``Realisasi`` read into sasaran and their indicators; ``keys`` names the
    reporting year's target, realisation and capaian columns."""
    groups: dict[str, _Group] = {}
    for row in frame.table.rows:
        indicator = _indicator(frame, row, keys, rules, findings)
        key = normalize(row.text("sasaran"))
        if key not in groups:
            groups[key] = _group(frame, row)
        groups[key].indicators.append(indicator)
    return tuple(g.sasaran(i) for i, g in enumerate(groups.values(), start=1))


def _indicator(
    frame: SheetFrame, row: RawRow, keys: dict[str, str], rules: RuleSet, findings: list[Finding]
) -> Indicator:
    table, at = frame.table, row.row
    target = measured(row, keys["target"], rules.grades)
    real = measured(row, keys["realisasi"], rules.grades)
    reading, status, problems = understand(
        target, real, row.value("polaritas"), row.text("satuan"), rules.grades
    )
    src_real = Source(table.title, address(table, keys["realisasi"], at))
    src_target = Source(table.title, address(table, keys["target"], at))
    src_polarity = (
        Source(table.title, table.address("polaritas", at))
        if "polaritas" in table.columns
        else src_target
    )
    where = {"target": src_target, "real": src_real, "polarity": src_polarity}
    findings += [_problem(p, where, target, real, reading) for p in problems]
    _status_finding(status, real, src_real, src_target, findings)
    capaian = keys["capaian"]
    past = [int(k.split("@")[1]) for k in frame.readings if k.startswith("realisasi@")]
    polarity = reading.polarity if reading else parse_polarity(row.value("polaritas"))
    _polarity_hint(frame, row, reading, polarity, findings)
    return Indicator(
        name=row.text("indikator"),
        unit=_unit(row.text("satuan"), target, real),
        polarity=polarity or Polarity.POSITIF,
        target=target,
        real=real,
        status=status,
        name_src=Source(table.title, table.address("indikator", at)),
        target_src=src_target,
        real_src=src_real,
        reading=reading,
        past=tuple((y, frame.figure(f"realisasi@{y}", at)) for y in sorted(past)),
        national=frame.figure("nasional", at) if "nasional" in table.columns else None,
        responsible=row.text("penanggung_jawab"),
        declared_capaian=frame.figure(capaian, at) if capaian else None,
        declared_capaian_src=Source(table.title, address(table, capaian, at)) if capaian else None,
        note=row.text("keterangan"),
    )


def _polarity_hint(
    frame: SheetFrame,
    row: RawRow,
    reading: Reading | None,
    polarity: Polarity | None,
    findings: list[Finding],
) -> None:
    """A warning where ``positif`` is only the default (no polarity written, none implied by
    the target's form) and the indicator's name suggests lower is better."""
    table = frame.table
    stated = "polaritas" in table.columns and row.text("polaritas") != ""
    implied = reading is not None and reading.form in (Form.BOUND, Form.RANGE, Form.GRADE)
    if stated or implied or polarity is Polarity.NEGATIF:
        return
    word = lower_is_better(row.text("indikator"))
    if word is None:
        return
    where = "polaritas" if "polaritas" in table.columns else "indikator"
    findings.append(
        Finding(
            Kind.POLARITY_ASSUMED,
            table.title,
            table.address(where, row.row),
            "Polaritas",
            row.text("indikator"),
            (("word", word),),
        )
    )


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
    """``Realisasi`` typed and validated, then read into sasaran and indicators (none on an
    error)."""
    keys = {base: resolve(real, base, tahun) for base in ("target", "realisasi", "capaian")}
    for base in ("target", "realisasi"):
        if not keys[base]:
            findings.append(
                Finding(
                    Kind.COLUMN_MISSING,
                    real.title,
                    params=(("column", f"{base.capitalize()} {tahun}"),),
                )
            )
    fill_down(real.rows, "sasaran")
    if "polaritas" not in real.columns and real.rows:
        findings.append(Finding(Kind.POLARITY_COLUMN_MISSING, real.title))
    past = {f"realisasi@{y}": Holds.FIGURE for y in real.years.get("realisasi", {}) if y < tahun}
    frame = typed_frame(real, real.rows, contract_columns(real, keys, past))
    findings += validate_frame(frame)
    if any(f.severity is Severity.ERROR for f in findings):
        return ()
    return _indicators(frame, keys, rules, findings)


def _anggaran(
    ang: RawTable, findings: list[Finding]
) -> tuple[tuple[BudgetLine, ...], RawRow | None, SheetFrame | None]:
    """``Anggaran`` levelled, typed, validated and built into the budget tree; its total row
    and its typed frame."""
    rows, total_row, level_findings = budget_mod.prepare(ang)
    findings += level_findings
    findings += renja.quarters(ang, rows)  # the year's realisation against its quarters
    checked, leaves = budget_mod.validation_rows(rows)
    # the declared sums are typed too (compared, never validated as lines)
    sums = [r for r in budget_mod.sum_rows(ang) if total_row is None or r.row != total_row.row]
    every = [*checked, *sums, *([total_row] if total_row is not None else [])]
    frame = typed_frame(ang, every, contract_columns(ang))
    findings += validate_frame(frame, [r.row for r in checked], leaves)
    if any(f.severity is Severity.ERROR and f.sheet == ang.title for f in findings):
        return (), total_row, frame
    programmes, tree_findings = budget_mod.build_tree(frame, rows)
    findings += tree_findings
    findings += budget_mod.sum_findings(frame, rows, total_row)  # compared, never summed
    return programmes, total_row, frame


def _validate_plans(raw: RawWorkbook, tahun: int, findings: list[Finding]) -> dict[str, SheetFrame]:
    """``PK`` and ``Program Kegiatan`` typed and validated; their frames, by sheet key."""
    frames: dict[str, SheetFrame] = {}
    for key in ("pk", "program_kegiatan"):
        table = raw.tables.get(key)
        if table is not None:
            if key == "program_kegiatan":
                # output and outcome rows under a sub kegiatan leave its name blank
                fill_down(table.rows, "uraian")
                fill_down(table.rows, "level")
            # the reporting year's target column (``Target 2023``) when there is no plain one
            resolved = {"target": resolve(table, "target", tahun)}
            frames[key] = typed_frame(table, table.rows, contract_columns(table, resolved))
            findings += validate_frame(frames[key])
    return frames


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
    programmes, total_row, ang_frame = (
        _anggaran(ang, findings) if ang is not None else ((), None, None)
    )
    findings += renja.outputs(raw)  # Program Kegiatan read from the Renja evaluation form
    frames = _validate_plans(raw, tahun, findings)
    if any(f.severity is Severity.ERROR for f in findings):
        return None, findings
    support, support_source = _support(raw, sasaran, programmes, findings)
    plans = read_plans(raw, tahun, sasaran, findings, options.rules.grades, frames)
    report = Report(
        identity=identity,
        sasaran=sasaran,
        programmes=programmes,
        declared_total=budget_mod.declared_total(ang_frame, total_row)
        if ang_frame is not None
        else None,
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
