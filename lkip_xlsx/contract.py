"""Input contract v2 as data: sheets, their synonyms, their columns and synonyms, what each
column must hold and how the blank template prints it. Stated once: the reader's header search,
the pandera schemas (:mod:`lkip_xlsx.schemas`) and the template's headers
(:mod:`lkip_xlsx.template`) are all derived from :data:`SHEETS`.

Names are compared after :func:`normalize`: case-folded, punctuation and extra spaces
removed, and the spelling variants that real reports carry (``Presentase``,
``Prokdutivitas``) straightened out.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass, field

from .kinds import Severity

__all__ = [
    "Holds",
    "ColumnSpec",
    "SheetSpec",
    "SHEETS",
    "SHEET_BY_KEY",
    "Mapping",
    "normalize",
    "sheet_key",
    "YEAR_COLUMN",
]

_VARIANTS = (
    (re.compile(r"\bpr[eo]sentase\b"), "persentase"),
    (re.compile(r"\bprok?d?u?k?tivitas\b"), "produktivitas"),
    (re.compile(r"\bprokdutivitas\b"), "produktivitas"),
    (re.compile(r"\bth\b"), "tahun"),
    (re.compile(r"\bket\b"), "keterangan"),
    (re.compile(r"\bs d\b"), "sd"),  # "s.d.", "s/d": sampai dengan (up to)
)


def normalize(text: object) -> str:
    """``'Anggaran (Rp.)'`` -> ``'anggaran rp'``; ``'% Capaian'`` -> ``'% capaian'``."""
    s = str(text or "").casefold().replace("\u00a0", " ")
    s = re.sub(r"[^\w%]+", " ", s)
    s = " ".join(s.split())
    for pattern, repl in _VARIANTS:
        s = pattern.sub(repl, s)
    return s


def sheet_key(name: str) -> str:
    """Sheet names ignore case, spaces, dots, dashes and underscores."""
    return re.sub(r"[\s._\-]+", "", name.casefold())


# A header such as "Target 2023", "Realisasi Th. 2021", "Capaian 2023".
YEAR_COLUMN = re.compile(r"^(target|realisasi|capaian)(?: tahun)? ((?:19|20)\d\d)$")


class Holds(enum.Enum):
    """What a column's cells hold once read (:mod:`lkip_xlsx.frames` types them so)."""

    ANYTHING = "anything"  # text taken as written, or read elsewhere (a target's forms)
    TEXT = "text"  # text; checked: not blank
    POLARITY = "polarity"  # positif / negatif (blank = positif); checked: one of the two
    FIGURE = "figure"  # a figure or blank ("-", "data tidak tersedia"); checked: not other text
    AMOUNT = "amount"  # rupiah; checked: not negative, and present on the budget's leaves


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    synonyms: tuple[str, ...]
    required: bool = False
    label: str = ""  # the canonical header, as messages show it
    holds: Holds = Holds.ANYTHING
    # a cell that does not hold what it must is a finding of this severity (None: not checked)
    severity: Severity | None = None
    template: bool = True  # the blank template has this column
    header: str = ""  # the template's header, when not the label (RKT's repeated "Target")
    then: tuple[str, ...] = ()  # the template's example year columns right after this one

    def matches(self, normalized: str) -> bool:
        return normalized in self.names

    @functools.cached_property
    def names(self) -> frozenset[str]:
        return frozenset(normalize(s) for s in (self.label or self.key, *self.synonyms))


@dataclass(frozen=True)
class SheetSpec:
    key: str
    title: str
    synonyms: tuple[str, ...]
    required: bool
    columns: tuple[ColumnSpec, ...]
    key_value: bool = False  # Identitas: a list of key/value pairs, no header
    years: bool = False  # Renstra: one column per year
    positional: bool = False  # RKT: repeated "Target" / "Indikator" told apart by position

    def names(self) -> set[str]:
        return {sheet_key(s) for s in (self.title, *self.synonyms)}

    def column(self, key: str) -> ColumnSpec:
        return next(c for c in self.columns if c.key == key)


# a budget's realisation cumulative to the fourth quarter is the year's
CUMULATIVE = tuple(
    f"{head}{upto} {q}"
    for head in ("Realisasi ", "Realisasi Anggaran ", "")
    for upto in ("s.d.", "sampai dengan")
    for q in ("TW IV", "TW 4", "Triwulan IV", "Triwulan 4", "Trw IV")
)


def _c(
    key: str,
    label: str,
    *synonyms: str,
    required: bool = False,
    holds: Holds = Holds.ANYTHING,
    severity: Severity | None = None,
    template: bool = True,
    header: str = "",
    then: tuple[str, ...] = (),
) -> ColumnSpec:
    return ColumnSpec(key, synonyms, required, label, holds, severity, template, header, then)


_ERROR, _WARNING = Severity.ERROR, Severity.WARNING


SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        "identitas",
        "Identitas",
        ("Identitas Instansi", "Profil"),
        False,
        (),
        key_value=True,
    ),
    SheetSpec(
        "realisasi",
        "Realisasi",
        (
            "Capaian",
            "Capaian Kinerja",
            "Capaian IKU",
            "Realisasi Kinerja",
            "Pengukuran Kinerja",
            "Tabel 3.1",
        ),
        True,
        (
            _c("no", "No", "Nomor", template=False),
            _c(
                "sasaran",
                "Sasaran",
                "Sasaran Strategis",
                required=True,
                holds=Holds.TEXT,
                severity=_ERROR,
            ),
            _c(
                "indikator",
                "Indikator",
                "Indikator Sasaran",
                "Indikator Kinerja",
                "IKU",
                "Indikator Kinerja Utama",
                required=True,
                holds=Holds.TEXT,
                severity=_ERROR,
            ),
            _c("satuan", "Satuan", "Unit"),
            _c(
                "polaritas",
                "Polaritas",
                "Sifat",
                "Arah",
                "Polarisasi",
                "Polaritas Indikator",
                "Sifat Indikator",
                "Arah Indikator",
                "Arah Kinerja",
                holds=Holds.POLARITY,
                severity=_ERROR,
            ),
            # Target and Realisasi take every form of docs/aturan.md §1a (lkip_xlsx.forms); what
            # fits none is that indicator's status (tidak dapat dihitung), never an error
            _c("target", "Target", required=True),
            _c(
                "realisasi",
                "Realisasi",
                required=True,
                then=("Realisasi 2022", "Realisasi 2023"),
            ),
            _c(
                "nasional",
                "Realisasi Nasional",
                "Nasional",
                holds=Holds.FIGURE,
                severity=_WARNING,
            ),
            _c("penanggung_jawab", "Penanggung Jawab", "Sumber Data", "Bidang"),
            _c(
                "capaian",
                "Capaian",
                "% Capaian",
                "Capaian (%)",
                holds=Holds.FIGURE,
                severity=_WARNING,
            ),
            _c("keterangan", "Keterangan", "Ket."),
            # beyond contract v1, for the audit: what the report printed per sasaran
            _c(
                "capaian_sasaran",
                "Capaian Sasaran",
                "Rata-rata Capaian",
                "Rata rata capaian",
                "Capaian Rata-rata",
                holds=Holds.FIGURE,
                template=False,
            ),
            _c(
                "serapan_sasaran",
                "Serapan Sasaran",
                "% Serapan Anggaran",
                "Serapan Anggaran",
                holds=Holds.FIGURE,
                template=False,
            ),
        ),
    ),
    SheetSpec(
        "anggaran",
        "Anggaran",
        ("Realisasi Anggaran", "Realisasi Belanja", "Belanja", "LRA", "Tabel 3.8"),
        True,
        (
            _c("no", "No", "Nomor", template=False),
            _c("kode", "Kode", "Kode Rekening", "Kode Program"),
            _c("level", "Level", "Tingkat", "Jenis"),
            _c(
                "uraian",
                "Uraian",
                "Program/Kegiatan",
                "Program / Kegiatan / Sub Kegiatan",
                "Nama",
                required=True,
                holds=Holds.TEXT,
                severity=_ERROR,
            ),
            _c(
                "anggaran",
                "Anggaran",
                "Pagu",
                "Anggaran (Rp.)",
                "Pagu Anggaran",
                "Pagu (Rp)",
                "Pagu Anggaran (Rp)",
                "Jumlah Anggaran (Rp)",
                required=True,
                holds=Holds.AMOUNT,
                severity=_ERROR,
            ),
            _c(
                "realisasi",
                "Realisasi",
                "Realisasi (Rp)",
                "Realisasi Anggaran",
                "Realisasi Anggaran (Rp)",
                # cumulative to the fourth quarter: the year's realisation (noted)
                *CUMULATIVE,
                required=True,
                holds=Holds.AMOUNT,
                severity=_ERROR,
            ),
            _c(
                "capaian",
                "Capaian",
                "%",
                "Capaian (%)",
                "Serapan",
                holds=Holds.FIGURE,
                severity=_WARNING,
            ),
            _c("sasaran", "Sasaran"),
            # v2: the code split over columns, each holding its own segment
            _c("kode_urusan", "Urusan", "Kode Urusan", template=False),
            _c(
                "kode_bidang",
                "Bidang Urusan",
                "Bidang",
                "Kode Bidang",
                "Kode Bidang Urusan",
                template=False,
            ),
            _c("kode_program", "Program", template=False),
            _c("kode_kegiatan", "Kegiatan", template=False),
            _c("kode_sub", "Sub Kegiatan", template=False),
        ),
    ),
    SheetSpec(
        "pk",
        "PK",
        ("Perjanjian Kinerja", "PK Perubahan"),
        False,
        (
            _c("no", "No", template=False),
            _c("sasaran", "Sasaran Strategis", "Sasaran", required=True),
            # a PK target is printed as written and compared with the Realisasi target (audit)
            _c(
                "indikator",
                "Indikator Kinerja",
                "Indikator",
                "Indikator Sasaran",
                required=True,
                holds=Holds.TEXT,
                severity=_WARNING,
            ),
            _c("target", "Target", required=True),
        ),
    ),
    SheetSpec(
        "renstra",
        "Renstra",
        ("Rencana Strategis", "Matriks Renstra"),
        False,
        (
            _c("no", "No", template=False),
            _c("sasaran", "Sasaran", "Sasaran Strategis", required=True),
            _c("indikator", "Indikator", "Indikator Sasaran", required=True),
            # the target of each year follows, one column per year ("2021", "2022" …)
            _c("satuan", "Satuan", then=tuple(str(y) for y in range(2021, 2027))),
            _c("polaritas", "Polaritas", template=False),
            # (v2) the goal each sasaran serves, printed when present
            _c("tujuan", "Tujuan"),
            _c("indikator_tujuan", "Indikator Tujuan"),
        ),
        years=True,
    ),
    SheetSpec(
        "rkt",
        "RKT",
        ("Rencana Kinerja Tahunan",),
        False,
        (
            _c("sasaran", "Sasaran", "Sasaran Strategis", required=True),
            _c("indikator_sasaran", "Indikator Sasaran"),
            # each "Target" belongs to the level before it (positional)
            _c("target_sasaran", "Target Sasaran", header="Target"),
            _c("program", "Program", required=True),
            _c("indikator_program", "Indikator Program"),
            _c("target_program", "Target Program", header="Target"),
            _c("kegiatan", "Kegiatan"),
            _c("indikator_kegiatan", "Indikator Kegiatan"),
            _c("target_kegiatan", "Target Kegiatan", header="Target"),
            _c("sub_kegiatan", "Sub Kegiatan", "Nama Sub Kegiatan"),
            _c(
                "indikator_sub_kegiatan",
                "Indikator Sub Kegiatan",
                "Indikator Kegiatan (Output)",
            ),
            _c("target_sub_kegiatan", "Target Sub Kegiatan", header="Target"),
            _c(
                "anggaran",
                "Anggaran",
                "Anggaran (Rp.)",
                "Pagu",
                holds=Holds.FIGURE,  # read, not checked: plans.py prints it as written
            ),
            _c("tujuan", "Tujuan"),  # (v2) printed when present
            _c("indikator_tujuan", "Indikator Tujuan"),
        ),
        positional=True,
    ),
    SheetSpec(
        "program_kegiatan",
        "Program Kegiatan",
        ("Kegiatan", "Output"),
        False,
        (
            _c("sasaran", "Sasaran"),
            _c("level", "Level", "Tingkat"),
            _c(
                "uraian",
                "Uraian",
                "Program/Kegiatan",
                "Nama",
                required=True,
                holds=Holds.TEXT,
                severity=_WARNING,
            ),
            _c("jenis", "Jenis"),
            _c("indikator", "Indikator", required=True),
            _c("target", "Target", holds=Holds.FIGURE, severity=_WARNING),
            _c("realisasi", "Realisasi", holds=Holds.FIGURE, severity=_WARNING),
            _c("satuan", "Satuan"),
        ),
    ),
)

SHEET_BY_KEY = {s.key: s for s in SHEETS}


@dataclass(frozen=True)
class Mapping:
    """An agency's own words for sheets and columns (``--mapping peta.toml``).

    ``sheets``: sheet key of the workbook's name -> canonical sheet key; ``columns``:
    canonical sheet key -> normalised header -> canonical column key."""

    sheets: dict[str, str] = field(default_factory=dict)
    columns: dict[str, dict[str, str]] = field(default_factory=dict)
