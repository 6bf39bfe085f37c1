"""``Narasi``: the standard sentences of Bab III as live formulas, and the Word document's
paragraphs as their stored values.

Each sentence is a template of :mod:`lkip_xlsx.messages` whose fields are expressions over
the tables: texts are references to their cells, figures go through ``FIXED`` (which prints
with the viewer's own separators, unlike ``TEXT`` whose format codes differ between an
Indonesian and an English Excel), and the pieces are joined with ``&``. An auditor who
changes a figure sees the sentence follow. The value stored with each formula is the
sentence as an Indonesian Excel or LibreOffice shows it (``15.308.539.115``, ``85,71``);
the Word document prints exactly that value.

Helper columns beyond the print area hold what a sentence needs and no table has in one
place: each indicator's interpretation and the count of indicators per predicate
(``COUNTIF`` over the indicators' predicates).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from string import Formatter

from ..formula import Call, Expr, Num, Ref, Text, if_, join, sum_
from ..layout import Grid
from ..messages import MESSAGES
from ..model import Level, Report
from ..rules import grade
from .parameter import ParamRefs
from .t31 import Table31
from .t35 import Table35
from .t37 import Table37
from .t38 import Table38

__all__ = ["build_narasi", "paragraphs", "SHEET", "ANCHOR_COL"]

SHEET = "Narasi"
ANCHOR_COL = 4  # helper: the sheet after whose table the paragraph goes in the report
H = 6  # first helper column of the figures
MAX_LITERAL = 255  # Excel refuses a longer text constant inside a formula
_WHERE = {
    "Ringkasan": "Ikhtisar Eksekutif",
    "3.1": "Setelah Tabel 3.1",
    "3.5": "Setelah Tabel 3.5",
    "3.7": "Setelah Tabel 3.7",
    "3.8": "Setelah Tabel 3.8",
}


def sentence(code: str, lang: str, **fields: Expr | str) -> Expr:
    """The template ``code`` with its fields as expressions: one ``&`` chain."""
    pieces: list[Expr | str] = []
    for literal, name, _, _ in Formatter().parse(MESSAGES[code][lang]):
        for piece in (literal, fields[name] if name is not None else ""):
            if isinstance(piece, str) and pieces and isinstance(pieces[-1], str):
                if len(pieces[-1]) + len(piece) <= MAX_LITERAL:
                    pieces[-1] += piece
                    continue
            if piece != "":
                pieces.append(piece)
    return join(*(Text(p) if isinstance(p, str) else p for p in pieces))


def figure(ref: Expr | None, places: int = 2, suffix: str = "%", grouped: bool = False) -> Expr:
    """A figure as text: ``FIXED`` when the cell holds a number, else what it shows (``-``,
    a status) — so a sentence never turns into ``#VALUE!`` when a figure is missing."""
    if ref is None:
        return Text("-")
    text = fixed(ref, places, grouped)
    shown = join(text, suffix) if suffix else text
    return if_(Call("ISNUMBER", (ref,)), shown, ref)


def fixed(ref: Expr, places: int, grouped: bool = False) -> Expr:
    """``FIXED(ref;places;1)``: no thousands separator, as the ``0.00`` format prints a
    percentage; ``grouped`` for rupiah (``FIXED(ref;0;0)``, as ``#,##0``)."""
    return Call("FIXED", (ref, Num(Decimal(places)), Num(Decimal(0 if grouped else 1))))


def money(ref: Expr) -> Expr:
    return figure(ref, 0, "", grouped=True)


@dataclass
class _Sheet:
    grid: Grid
    lang: str
    row: int
    number: int = 0

    def put(self, anchor: str, expr: Expr) -> Ref:
        self.number += 1
        self.grid.text(self.row, 0, str(self.number), "center")
        self.grid.text(self.row, 1, _WHERE[anchor])
        got = self.grid.formula(self.row, 2, expr, "text")
        self.grid.text(self.row, ANCHOR_COL, anchor, "helper")
        self.row += 1
        return got


def build_narasi(
    report: Report,
    t31: Table31,
    t35: Table35,
    t37: Table37,
    t38: Table38,
    params: ParamRefs,
    lang: str,
) -> Grid:
    ident = report.identity
    g = Grid(SHEET, print_cols=3, footer=ident.agency)
    row = g.title_block(["Narasi Bab III", f"Tahun {ident.tahun}", ident.agency], 2)
    # the agency's name from its title cell: input text is referenced, never put in a formula
    agency = g.ref(2, 0)
    header = row
    row = g.header(row, ["NO", "LETAK", "KALIMAT"])
    g.text(header, ANCHOR_COL, "Lembar (bantu)", "helper_header")
    helpers = _helpers(g, report, t35, params, header)
    out = _Sheet(g, lang, row)
    out.put("Ringkasan", _summary(report, agency, t35, t38, helpers, lang))
    for s_idx in range(len(report.sasaran)):
        out.put("3.1", _after_31(report, t31, t35, helpers, s_idx, lang, params))
    for s_idx in range(len(report.sasaran)):
        out.put("3.5", _after_35(report, t35, helpers, s_idx, lang))
    out.put("3.5", _overall(report, agency, t35, helpers, lang))
    out.put("3.7", sentence("narasi_37_pembuka", lang, ambang=figure(params.efficiency, 2, "")))
    for s_idx in range(len(report.sasaran)):
        out.put("3.7", _after_37(report, t35, t37, s_idx, lang))
    out.put("3.8", _budget(report, agency, t38, lang))
    if t38.programmes:
        parts: list[Expr] = []
        for i, prog in enumerate(t38.programmes):
            if i:
                parts.append(Text("; "))
            label = t38.grid.ref(prog.budget.row, 1)
            parts.append(
                sentence(
                    "narasi_38_program",
                    lang,
                    program=label,
                    realisasi=money(prog.spent),
                    pagu=money(prog.budget),
                    serapan=figure(prog.pct),
                )
            )
        out.put("3.8", sentence("narasi_38_rincian", lang, rincian=join(*parts)))
    g.repeat_rows = (header, header + 1)
    g.freeze = (header + 2, 0)
    for col, width in ((0, 5), (1, 20), (2, 110), (3, 2), (4, 12), (5, 2)):
        g.width(col, width)
    for col, width in ((H, 14), (H + 1, 12), (H + 2, 12), (H + 3, 22)):
        g.width(col, width)
    return g


@dataclass(frozen=True)
class _Helpers:
    label: dict[tuple[int, int], Ref]  # per indicator: the interpretation of its score
    sasaran_label: dict[int, Ref]
    overall_label: Ref
    counts: tuple[tuple[Ref, Ref, Ref], ...]  # per band: code, interpretation, indicators
    measured: Ref  # indicators with a predicate


def _helpers(g: Grid, report: Report, t35: Table35, params: ParamRefs, row: int) -> _Helpers:
    """Beyond the print area: per indicator its predicate and interpretation, per sasaran
    its interpretation, and the number of indicators in each predicate."""
    for c, label in enumerate(("Indikator", "Skor", "Predikat", "Interpretasi")):
        g.text(row, H + c, label, "helper_header")
    row += 1
    first = row
    labels: dict[tuple[int, int], Ref] = {}
    for s_idx, sasaran in enumerate(report.sasaran):
        for i_idx in range(len(sasaran.indicators)):
            g.text(row, H, f"{sasaran.number}.{i_idx + 1}", "helper")
            sc = t35.indicator_score[(s_idx, i_idx)]
            score = g.formula(row, H + 1, sc, "helper_pct")
            g.formula(row, H + 2, t35.indicator_predicate[(s_idx, i_idx)], "helper")
            labels[(s_idx, i_idx)] = g.formula(row, H + 3, grade(score, params.labels), "helper")
            row += 1
    codes = g.column_range(H + 2, first, max(row - 1, first))
    sasaran_label: dict[int, Ref] = {}
    row += 1
    for s_idx, sasaran in enumerate(report.sasaran):
        g.text(row, H, f"Sasaran {sasaran.number}", "helper")
        got = g.formula(row, H + 1, t35.sasaran_capaian[s_idx], "helper_pct")
        sasaran_label[s_idx] = g.formula(row, H + 3, grade(got, params.labels), "helper")
        row += 1
    g.text(row, H, "Seluruh sasaran", "helper")
    got = g.formula(row, H + 1, t35.overall, "helper_pct")
    overall_label = g.formula(row, H + 3, grade(got, params.labels), "helper")
    row += 2
    for c, heading in enumerate(("Predikat", "Interpretasi", "Indikator")):
        g.text(row, H + c, heading, "helper_header")
    row += 1
    counts = []
    first_count = row
    for (_, band_code), (_, band_label) in zip(params.bands, params.labels, strict=True):
        c_ref = g.formula(row, H, band_code, "helper")
        l_ref = g.formula(row, H + 1, band_label, "helper")
        n_ref = g.formula(row, H + 2, Call("COUNTIF", (codes, band_code)), "helper")
        counts.append((c_ref, l_ref, n_ref))
        row += 1
    measured = g.formula(row, H + 2, sum_(g.column_range(H + 2, first_count, row - 1)), "helper")
    g.text(row, H + 1, "Jumlah", "helper")
    return _Helpers(labels, sasaran_label, overall_label, tuple(counts), measured)


def _summary(
    report: Report, agency: Expr, t35: Table35, t38: Table38, h: _Helpers, lang: str
) -> Expr:
    ident = report.identity
    pieces = [
        if_(
            n.gt(0),
            sentence("narasi_sebaran_kategori", lang, jumlah=n, interpretasi=label, predikat=code),
            "",
        )
        for code, label, n in h.counts
    ]
    rincian = Call("MID", (join(*pieces), Num(Decimal(3)), Num(Decimal(32767))))
    return sentence(
        "narasi_ikhtisar",
        lang,
        tahun=str(ident.tahun),
        instansi=agency,
        sasaran=str(len(report.sasaran)),
        indikator=str(sum(len(s.indicators) for s in report.sasaran)),
        terukur=h.measured,
        rincian=rincian,
        capaian=figure(t35.overall),
        predikat=t35.overall_predicate or Text("-"),
        interpretasi=h.overall_label or Text("-"),
        pagu=money(t38.total_budget),
        realisasi=money(t38.total_spent),
        serapan=figure(t38.total_pct),
    )


def _sasaran_name(t31: Table31, s_idx: int) -> Ref:
    first = t31.target[(s_idx, 0)]
    return t31.grid.ref(first.row, 1)


def _after_31(
    report: Report,
    t31: Table31,
    t35: Table35,
    h: _Helpers,
    s_idx: int,
    lang: str,
    params: ParamRefs,
) -> Expr:
    sasaran = report.sasaran[s_idx]
    parts: list[Expr] = []
    for i_idx in range(len(sasaran.indicators)):
        if i_idx:
            parts.append(Text("; "))
        key = (s_idx, i_idx)
        row = t31.target[key].row
        capaian = t31.capaian[key]
        name = t31.grid.ref(row, 3)
        measured = sentence(
            "narasi_31_indikator", lang, indikator=name, capaian=join(fixed(capaian, 2), "%")
        )
        missing = sentence("narasi_31_indikator_status", lang, indikator=name, status=capaian)
        parts.append(if_(Call("ISNUMBER", (capaian,)), measured, missing))
    code = "narasi_31_sasaran" if params.cap is not None else "narasi_31_sasaran_tanpa_batas"
    return sentence(
        code,
        lang,
        nomor=str(sasaran.number),
        sasaran=_sasaran_name(t31, s_idx),
        jumlah=str(len(sasaran.indicators)),
        rincian=join(*parts),
        batas=figure(params.cap),
        rata=figure(t35.sasaran_capaian[s_idx]),
        predikat=t35.sasaran_predicate[s_idx] or Text("-"),
        interpretasi=h.sasaran_label.get(s_idx) or Text("-"),
    )


def _after_35(report: Report, t35: Table35, h: _Helpers, s_idx: int, lang: str) -> Expr:
    sasaran = report.sasaran[s_idx]
    parts: list[Expr] = []
    for i_idx in range(len(sasaran.indicators)):
        if parts:
            parts.append(Text("; "))
        key = (s_idx, i_idx)
        number = f"{sasaran.number}.{i_idx + 1}"
        score = t35.indicator_score[key]
        rated = sentence(
            "narasi_35_indikator",
            lang,
            nomor=number,
            skor=figure(score, 2, ""),
            interpretasi=h.label[key],
        )
        # live: the sentence turns as soon as the missing figure is typed in
        empty = sentence("narasi_35_indikator_kosong", lang, nomor=number)
        parts.append(if_(Call("ISNUMBER", (score,)), rated, empty))
    return sentence(
        "narasi_35_sasaran",
        lang,
        nomor=str(sasaran.number),
        rincian=join(*parts),
        rata=figure(t35.sasaran_capaian[s_idx]),
        predikat=t35.sasaran_predicate[s_idx] or Text("-"),
        interpretasi=h.sasaran_label.get(s_idx) or Text("-"),
    )


def _overall(report: Report, agency: Expr, t35: Table35, h: _Helpers, lang: str) -> Expr:
    return sentence(
        "narasi_35_umum",
        lang,
        capaian=figure(t35.overall),
        instansi=agency,
        tahun=str(report.identity.tahun),
        predikat=t35.overall_predicate or Text("-"),
        interpretasi=h.overall_label or Text("-"),
    )


def _after_37(report: Report, t35: Table35, t37: Table37, s_idx: int, lang: str) -> Expr:
    number = str(report.sasaran[s_idx].number)
    absorbed = t37.serapan[s_idx] if s_idx < len(t37.serapan) else None
    index = t37.index[s_idx] if s_idx < len(t37.index) else None
    verdict = t37.verdict[s_idx] if s_idx < len(t37.verdict) else None
    if absorbed is None or index is None or verdict is None:
        return sentence("narasi_37_tanpa_program", lang, nomor=number)
    return sentence(
        "narasi_37_sasaran",
        lang,
        nomor=number,
        capaian=figure(t35.sasaran_capaian[s_idx]),
        serapan=figure(absorbed),
        indeks=figure(index, 2, ""),
        tingkat=verdict,
    )


def _budget(report: Report, agency: Expr, t38: Table38, lang: str) -> Expr:
    lines = [ln.line for ln in t38.lines]
    return sentence(
        "narasi_38",
        lang,
        instansi=agency,
        tahun=str(report.identity.tahun),
        realisasi=money(t38.total_spent),
        pagu=money(t38.total_budget),
        serapan=figure(t38.total_pct),
        program=str(sum(1 for ln in lines if ln.level is Level.PROGRAM)),
        kegiatan=str(sum(1 for ln in lines if ln.level is Level.KEGIATAN)),
        sub=str(sum(1 for ln in lines if ln.level is Level.SUB_KEGIATAN)),
    )


def paragraphs(grids: list[Grid]) -> dict[str, list[str]]:
    """The Word document's paragraphs: the stored value of every sentence on ``Narasi``, by
    the sheet whose table it follows."""
    out: dict[str, list[str]] = {}
    for grid in grids:
        if grid.name != SHEET:
            continue
        for (row, col), (content, _) in sorted(grid.cells.items()):
            if col != 2 or content.kind != "formula":
                continue
            anchor = grid.value_at(row, ANCHOR_COL)
            if isinstance(anchor, str) and isinstance(content.value, str):
                out.setdefault(anchor, []).append(content.value)
    return out
