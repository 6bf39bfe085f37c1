"""Every kind of finding: its severity, a short label, its sentence in Bahasa Indonesia and
English, and the parameters the sentence needs.

A finding names its kind (:class:`Kind`); everything a reader sees about it comes from here.
Besides the parameters a kind declares, a sentence may use the finding's own fields
(:data:`FIELDS`: ``where``, ``sheet``, ``cell``, ``value``, ``column``, ``declared``, ``computed``,
``output_cell``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["Severity", "Kind", "FIELDS"]

FIELDS = ("where", "sheet", "cell", "value", "column", "declared", "computed", "output_cell")


class Severity(enum.IntEnum):
    """Ordered: the worst finding decides whether an output is written and the exit code."""

    INFO = 0  # a rule that was applied, an assumption: exit 0
    DISCREPANCY = 1  # the input declared a figure the rules do not give: exit 1
    WARNING = 2  # a value that could not be computed (no data): output written, exit 1
    ERROR = 3  # computation impossible: no output, exit 1


@dataclass(frozen=True)
class _Spec:
    severity: Severity
    label: dict[str, str]
    template: dict[str, str]
    params: tuple[str, ...]
    pattern: bool


def _spec(
    severity: Severity,
    label_id: str,
    label_en: str,
    id_: str,
    en: str,
    params: tuple[str, ...] = (),
    pattern: bool = False,
) -> _Spec:
    return _Spec(severity, {"id": label_id, "en": label_en}, {"id": id_, "en": en}, params, pattern)


class Kind(enum.StrEnum):
    """What was found. The value is the stable code shown by ``--json``."""

    SHEET_MISSING = "sheet_missing"
    HEADER_NOT_FOUND = "header_not_found"
    COLUMN_MISSING = "column_missing"
    YEAR_UNKNOWN = "year_unknown"
    YEAR_INVALID = "year_invalid"
    FORMULA_NO_CACHE = "formula_no_cache"
    REQUIRED_BLANK = "required_blank"
    NOT_A_NUMBER = "not_a_number"
    AMOUNT_INVALID = "amount_invalid"
    POLARITY_UNKNOWN = "polarity_unknown"
    LEVEL_UNKNOWN = "level_unknown"
    LEVEL_MISSING = "level_missing"
    ORPHAN_LINE = "orphan_line"
    NO_DATA = "no_data"
    TARGET_BLANK = "target_blank"
    TARGET_UNREADABLE = "target_unreadable"
    TARGET_RANGE_REVERSED = "target_range_reversed"
    REALISASI_UNREADABLE = "realisasi_unreadable"
    REALISASI_GRADE_FOR_NUMBER = "realisasi_grade_for_number"
    REALISASI_NUMBER_FOR_GRADE = "realisasi_number_for_grade"
    REALISASI_OFF_SCALE = "realisasi_off_scale"
    TARGET_READ_UPPER = "target_read_upper"
    TARGET_READ_LOWER = "target_read_lower"
    TARGET_READ_RANGE = "target_read_range"
    TARGET_READ_GRADE = "target_read_grade"
    TARGET_READ_ZERO = "target_read_zero"
    POLARITY_CONFLICT = "polarity_conflict"
    GRADE_SCALE_AMBIGUOUS = "grade_scale_ambiguous"
    TARGET_ZERO = "target_zero"
    ZERO_TOLERANCE = "zero_tolerance"
    NO_SUPPORT = "no_support"
    NO_SUPPORT_SOURCE = "no_support_source"
    RKT_SASARAN_UNKNOWN = "rkt_sasaran_unknown"
    RKT_PROGRAM_UNKNOWN = "rkt_program_unknown"
    BUDGET_SASARAN_UNKNOWN = "budget_sasaran_unknown"
    PK_INDICATOR_UNKNOWN = "pk_indicator_unknown"
    RENSTRA_INDICATOR_UNKNOWN = "renstra_indicator_unknown"
    INPUT_LINE_UNKNOWN = "input_line_unknown"
    SPENT_OVER_BUDGET = "spent_over_budget"
    BUDGET_ZERO = "budget_zero"
    DECLARED_CAPAIAN = "declared_capaian"
    DECLARED_SERAPAN = "declared_serapan"
    DECLARED_AMOUNT = "declared_amount"
    DECLARED_TOTAL = "declared_total"
    PATTERN_TRUNCATION = "pattern_truncation"
    DECLARED_TRUNCATED = "declared_truncated"
    PATTERN_UNCAPPED = "pattern_uncapped"
    PATTERN_MEAN_OF_PERCENTAGES = "pattern_mean_of_percentages"
    DECLARED_SASARAN_CAPAIAN = "declared_sasaran_capaian"
    DECLARED_SASARAN_SERAPAN = "declared_sasaran_serapan"
    PK_TARGET_DIFFERS = "pk_target_differs"
    RENSTRA_TARGET_DIFFERS = "renstra_target_differs"
    PK_BUDGET_DIFFERS = "pk_budget_differs"
    SUMMARY_ROW = "summary_row"
    POLARITY_COLUMN_MISSING = "polarity_column_missing"
    POLARITY_ASSUMED = "polarity_assumed"
    PK_PROGRAMME_UNKNOWN = "pk_programme_unknown"
    UNKNOWN_SHEETS = "unknown_sheets"
    MANIFEST_ALTERED = "manifest_altered"
    SHEET_REMOVED = "sheet_removed"
    FORMULA_REPLACED = "formula_replaced"
    FORMULA_CHANGED = "formula_changed"
    VALUE_CHANGED = "value_changed"
    RULE_CHANGED = "rule_changed"
    VALUE_STALE = "value_stale"
    VALUES_MISSING = "values_missing"
    FORMULA_UNREADABLE = "formula_unreadable"
    REKAP_OUTPUT_MISSING = "rekap_output_missing"
    REKAP_OUTPUT_CHANGED = "rekap_output_changed"
    # how the input's layout was read (issue 11)
    SHEET_AMBIGUOUS = "sheet_ambiguous"
    SHEET_CHOSEN = "sheet_chosen"
    SHEET_GUESSED = "sheet_guessed"
    HEADER_QUARTERS_ONLY = "header_quarters_only"
    REALISASI_CUMULATIVE = "realisasi_cumulative"
    YEAR_FROM_TITLE = "year_from_title"
    ROW_JOINED = "row_joined"
    LABEL_LINE = "label_line"
    LABEL_DROPPED = "label_dropped"
    ROW_HEADING = "row_heading"
    ROW_SKIPPED = "row_skipped"
    ACCOUNTS_FOLDED = "accounts_folded"
    LEVEL_ASSUMED = "level_assumed"
    ACCOUNT_SUM_DIFFERS = "account_sum_differs"
    LINE_UNLINKED = "line_unlinked"
    RKT_LINE_UNKNOWN = "rkt_line_unknown"
    # headers over several rows and the Renja evaluation form (issue 11)
    HEADER_PATHS = "header_paths"
    REALISASI_FROM_QUARTERS = "realisasi_from_quarters"
    REALISASI_QUARTERS_DIFFER = "realisasi_quarters_differ"
    RENJA_FORM = "renja_form"
    # (v2) levels not tagged, read from the staff's subtotal formulas or the names' format
    LEVEL_FROM_FORMULA = "level_from_formula"
    TOTAL_FROM_FORMULA = "total_from_formula"
    FORMULA_NOT_SUBTOTAL = "formula_not_subtotal"
    FORMULA_RANGES_DIFFER = "formula_ranges_differ"
    LEVEL_FROM_INDENT = "level_from_indent"
    LEVEL_FROM_BOLD = "level_from_bold"
    FORMULA_PAST_TABLE = "formula_past_table"
    RENJA_QUARTER = "renja_quarter"
    # rows that declare a sum (Jumlah Program, Sub Total, JUMLAH BELANJA): never a line
    SUM_ROW_TOTAL = "sum_row_total"
    SUM_ROW_COMPARED = "sum_row_compared"
    SUM_ROW_DIFFERS = "sum_row_differs"
    SUM_ROW_UNMATCHED = "sum_row_unmatched"

    @property
    def severity(self) -> Severity:
        return _SPECS[self].severity

    @property
    def params(self) -> tuple[str, ...]:
        """The parameters (beyond :data:`FIELDS`) every finding of this kind must carry."""
        return _SPECS[self].params

    @property
    def is_pattern(self) -> bool:
        """A systematic difference, said once at the top of the audit with a count."""
        return _SPECS[self].pattern

    def label(self, lang: str = "id") -> str:
        """A few words for the JENIS column: ``Persentase dipotong``."""
        return _SPECS[self].label[lang]

    def template(self, lang: str = "id") -> str:
        return _SPECS[self].template[lang]


_SPECS: dict[Kind, _Spec] = {
    Kind.SHEET_MISSING: _spec(
        Severity.ERROR,
        "Lembar tidak ada",
        "Missing sheet",
        "Lembar '{sheet}' tidak ditemukan, baik menurut nama (nama lain yang diterima: "
        "{synonyms}) maupun menurut judul kolomnya. Lembar yang ada: {found}. Beri nama lembar "
        "itu, petakan lembar Anda dengan --mapping, atau lihat susunannya dengan 'lkip template'.",
        "Sheet '{sheet}' was not found, by name (other accepted names: {synonyms}) or by its "
        "column headers. Sheets found: {found}. Name the sheet, map your sheet with --mapping, "
        "or see the layout with 'lkip template'.",
        params=("synonyms", "found"),
    ),
    Kind.HEADER_NOT_FOUND: _spec(
        Severity.ERROR,
        "Judul kolom tidak ditemukan",
        "Header row not found",
        "Baris judul kolom lembar '{sheet}' tidak ditemukan dalam {rows} baris pertama. Kolom"
        " yang diharapkan: {expected}; judul yang ada: {found}. Beri kolom itu judul yang "
        "diterima (lihat 'lkip template'), atau petakan judul Anda dengan --mapping.",
        "The column header row of sheet '{sheet}' was not found in the first {rows} rows. "
        "Expected columns: {expected}; headings found: {found}. Give those columns an "
        "accepted heading (see 'lkip template'), or map your headings with --mapping.",
        params=("rows", "expected", "found"),
    ),
    Kind.COLUMN_MISSING: _spec(
        Severity.ERROR,
        "Kolom tidak ada",
        "Missing column",
        "Lembar '{sheet}' tidak memiliki kolom '{column}'. Tambahkan kolom itu, atau periksa "
        "tahun laporan (--tahun).",
        "Sheet '{sheet}' has no column '{column}'. Add it, or check the reporting year (--tahun).",
    ),
    Kind.YEAR_UNKNOWN: _spec(
        Severity.ERROR,
        "Tahun tidak diketahui",
        "Unknown year",
        "Tahun laporan tidak diketahui. Isi 'Tahun' di lembar Identitas, beri judul kolom "
        "'Target 2023', atau jalankan dengan --tahun 2023.",
        "The reporting year is unknown. Fill in 'Tahun' on the Identitas sheet, head a column"
        " 'Target 2023', or run with --tahun 2023.",
    ),
    Kind.YEAR_INVALID: _spec(
        Severity.ERROR,
        "Tahun tidak terbaca",
        "Unreadable year",
        "{where}: tahun '{value}' tidak terbaca. Tulis tahun empat angka, misalnya 2023.",
        "{where}: year '{value}' cannot be read. Write a four-digit year, e.g. 2023.",
    ),
    Kind.FORMULA_NO_CACHE: _spec(
        Severity.ERROR,
        "Rumus tanpa nilai",
        "Formula without a value",
        "{where}: rumus tanpa nilai tersimpan (berkas dibuat program lain dan belum pernah "
        "dibuka di Excel). Buka berkas di Excel atau LibreOffice, simpan, lalu jalankan lagi.",
        "{where}: a formula with no stored value (the file was written by a program and never"
        " opened in Excel). Open it in Excel or LibreOffice, save, and run again.",
    ),
    Kind.REQUIRED_BLANK: _spec(
        Severity.ERROR,
        "Sel wajib kosong",
        "Required cell empty",
        "{where}: kolom '{column}' kosong. Isi sel ini.",
        "{where}: column '{column}' is empty. Fill in this cell.",
    ),
    Kind.NOT_A_NUMBER: _spec(
        Severity.ERROR,
        "Bukan angka",
        "Not a number",
        "{where}: '{value}' pada kolom '{column}' bukan angka. Tulis angka, misalnya 1.000, "
        "85,71 atau 85,71%.",
        "{where}: '{value}' in column '{column}' is not a number. Write a number such as "
        "1.000, 85,71 or 85,71%.",
    ),
    Kind.AMOUNT_INVALID: _spec(
        Severity.ERROR,
        "Jumlah rupiah tidak sah",
        "Invalid rupiah amount",
        "{where}: '{value}' pada kolom '{column}' bukan jumlah rupiah yang sah. Tulis angka "
        "rupiah tidak negatif, misalnya 37.984.500.",
        "{where}: '{value}' in column '{column}' is not a valid rupiah amount. Write a non-"
        "negative amount such as 37.984.500.",
    ),
    Kind.POLARITY_UNKNOWN: _spec(
        Severity.ERROR,
        "Polaritas tak dikenal",
        "Unknown polarity",
        "{where}: polaritas '{value}' tidak dikenal. Tulis 'positif' (makin tinggi makin "
        "baik) atau 'negatif' (makin rendah makin baik).",
        "{where}: polarity '{value}' is unknown. Write 'positif' (higher is better) or "
        "'negatif' (lower is better).",
    ),
    Kind.LEVEL_UNKNOWN: _spec(
        Severity.ERROR,
        "Level tak dikenal",
        "Unknown level",
        "{where}: level '{value}' tidak dikenal. Tulis Program, Kegiatan atau Sub Kegiatan.",
        "{where}: level '{value}' is unknown. Write Program, Kegiatan or Sub Kegiatan.",
    ),
    Kind.LEVEL_MISSING: _spec(
        Severity.ERROR,
        "Level tidak jelas",
        "Level unclear",
        "{where}: tidak jelas apakah '{value}' sebuah Program, Kegiatan atau Sub Kegiatan. "
        "Isi kolom Level atau Kode, atau awali uraiannya dengan 'Program:'.",
        "{where}: cannot tell whether '{value}' is a Program, Kegiatan or Sub Kegiatan. Fill "
        "in the Level or Kode column, or start the name with 'Program:'.",
    ),
    Kind.ORPHAN_LINE: _spec(
        Severity.ERROR,
        "Baris sebelum Program",
        "Line before any Program",
        "{where}: '{value}' ({count} baris) muncul sebelum Program pertama. Tambahkan baris "
        "Program di atasnya, atau letakkan di bawah programnya.",
        "{where}: '{value}' ({count} lines) comes before the first Program. Add a Program row"
        " above it, or move it under its programme.",
        params=("count",),
    ),
    Kind.NO_DATA: _spec(
        Severity.WARNING,
        "Realisasi kosong",
        "No realisation",
        "{where}: realisasi tidak tersedia; capaian dan predikat indikator ini tidak dihitung"
        " dan tidak masuk rata-rata. Isi realisasinya bila datanya ada.",
        "{where}: no realisation; this indicator gets no capaian or predicate and is left out"
        " of every average. Fill in the realisation when the data exists.",
    ),
    # -- targets and realisations in every form (docs/aturan.md §1a) ---------------------------
    Kind.TARGET_BLANK: _spec(
        Severity.WARNING,
        "Target kosong",
        "Blank target",
        "{where}: target kosong; capaian indikator ini tidak dapat dihitung. Isi targetnya "
        "(angka, batas seperti '< 49', rentang seperti '80 – 90 %', atau peringkat seperti "
        "'WTP').",
        "{where}: the target is blank; this indicator's capaian cannot be computed. Fill in "
        "the target (a number, a bound such as '< 49', a range such as '80 – 90 %', or a "
        "grade such as 'WTP').",
    ),
    Kind.TARGET_UNREADABLE: _spec(
        Severity.WARNING,
        "Target tak terbaca",
        "Unreadable target",
        "{where}: target '{value}' bukan angka, batas ('< 49', 'minimal 80'), rentang "
        "('80 – 90 %') atau peringkat yang dikenal ('WTP', 'BB', 'Level 3'); capaian indikator"
        " ini tidak dapat dihitung, indikator lain tetap dihitung. Tulis target dalam salah "
        "satu bentuk itu, atau tambahkan skalanya di berkas konfigurasi.",
        "{where}: target '{value}' is not a number, a bound ('< 49', 'minimal 80'), a range "
        "('80 – 90 %') or a known grade ('WTP', 'BB', 'Level 3'); this indicator's capaian "
        "cannot be computed, the others are. Write the target in one of these forms, or add "
        "its scale to the configuration file.",
    ),
    Kind.TARGET_RANGE_REVERSED: _spec(
        Severity.WARNING,
        "Rentang terbalik",
        "Reversed range",
        "{where}: rentang target '{value}' tidak naik (batas bawah harus lebih kecil dari "
        "batas atas); capaian tidak dapat dihitung. Tulis dari kecil ke besar, misalnya 80-90.",
        "{where}: target range '{value}' does not rise (the lower bound must be below the "
        "upper); capaian cannot be computed. Write it from low to high, e.g. 80-90.",
    ),
    Kind.REALISASI_UNREADABLE: _spec(
        Severity.WARNING,
        "Realisasi bukan angka",
        "Realisation not a number",
        "{where}: realisasi '{value}' bukan angka; capaian tidak dapat dihitung (target "
        "{target_cell} berupa angka, batas atau rentang). Tulis realisasinya sebagai angka.",
        "{where}: realisation '{value}' is not a number; capaian cannot be computed (the "
        "target {target_cell} is a number, bound or range). Write the realisation as a number.",
        params=("target_cell",),
    ),
    Kind.REALISASI_GRADE_FOR_NUMBER: _spec(
        Severity.WARNING,
        "Realisasi peringkat, target bukan",
        "Grade realisation, non-grade target",
        "{where}: realisasi '{value}' berupa peringkat, tetapi target {target_cell} bukan "
        "peringkat; capaian tidak dapat dihitung. Samakan bentuk target dan realisasinya.",
        "{where}: realisation '{value}' is a grade but the target {target_cell} is not; "
        "capaian cannot be computed. Write target and realisation in the same form.",
        params=("target_cell",),
    ),
    Kind.REALISASI_NUMBER_FOR_GRADE: _spec(
        Severity.WARNING,
        "Target peringkat, realisasi bukan",
        "Grade target, non-grade realisation",
        "{where}: target {target_cell} berupa peringkat '{target}', tetapi realisasinya "
        "'{value}' bukan peringkat; capaian tidak dapat dihitung. Tulis realisasinya sebagai "
        "peringkat pada skala yang sama (misalnya WDP).",
        "{where}: the target {target_cell} is the grade '{target}' but the realisation "
        "'{value}' is not a grade; capaian cannot be computed. Write the realisation as a "
        "grade on the same scale (e.g. WDP).",
        params=("target_cell", "target"),
    ),
    Kind.REALISASI_OFF_SCALE: _spec(
        Severity.WARNING,
        "Realisasi di luar skala",
        "Realisation off the scale",
        "{where}: realisasi '{value}' tidak ada pada skala peringkat mana pun yang memuat "
        "target '{target}' ({target_cell}); capaian tidak dapat dihitung. Periksa ejaannya "
        "(skala ada di lembar Parameter) atau tambahkan skalanya di berkas konfigurasi.",
        "{where}: realisation '{value}' is on no grade scale that holds the target "
        "'{target}' ({target_cell}); capaian cannot be computed. Check its spelling (the "
        "scales are on the Parameter sheet) or add the scale to the configuration file.",
        params=("target_cell", "target"),
    ),
    Kind.TARGET_READ_UPPER: _spec(
        Severity.INFO,
        "Target batas atas",
        "Upper-bound target",
        "{where}: target '{value}' dibaca sebagai batas atas {bound}, polaritas {polarity}.",
        "{where}: target '{value}' read as an upper bound of {bound}, polarity {polarity}.",
        params=("bound", "polarity"),
    ),
    Kind.TARGET_READ_LOWER: _spec(
        Severity.INFO,
        "Target batas bawah",
        "Lower-bound target",
        "{where}: target '{value}' dibaca sebagai batas bawah {bound}, polaritas {polarity}.",
        "{where}: target '{value}' read as a lower bound of {bound}, polarity {polarity}.",
        params=("bound", "polarity"),
    ),
    Kind.TARGET_READ_RANGE: _spec(
        Severity.INFO,
        "Target rentang",
        "Range target",
        "{where}: target '{value}' dibaca sebagai rentang {low} sampai {high}, polaritas "
        "{polarity}: di dalam rentang 100, di luar dihitung terhadap batas terdekat "
        "(PermenPANRB 8/2021).",
        "{where}: target '{value}' read as the range {low} to {high}, polarity {polarity}: "
        "100 inside it, outside it against the nearer bound (PermenPANRB 8/2021).",
        params=("low", "high", "polarity"),
    ),
    Kind.TARGET_READ_GRADE: _spec(
        Severity.INFO,
        "Target peringkat",
        "Grade target",
        "{where}: target '{value}' dibaca sebagai peringkat {rank} dari {count} pada skala "
        "'{scale}'; capaian dari peringkat realisasi (lembar Parameter).",
        "{where}: target '{value}' read as rank {rank} of {count} on the scale '{scale}'; "
        "capaian from the realisation's rank (Parameter sheet).",
        params=("scale", "rank", "count"),
    ),
    Kind.TARGET_READ_ZERO: _spec(
        Severity.INFO,
        "Target nihil",
        "Zero target in words",
        "{where}: target '{value}' dibaca sebagai 0 (nol toleransi), polaritas {polarity}.",
        "{where}: target '{value}' read as 0 (zero tolerance), polarity {polarity}.",
        params=("polarity",),
    ),
    Kind.POLARITY_CONFLICT: _spec(
        Severity.WARNING,
        "Polaritas bertentangan",
        "Conflicting polarity",
        "{where}: target '{value}' ({target_cell}) menyiratkan polaritas {implied}, tetapi "
        "kolom Polaritas berisi {stated}; kolom Polaritas yang dipakai. Periksa mana yang "
        "benar.",
        "{where}: target '{value}' ({target_cell}) implies polarity {implied}, but the "
        "Polaritas column says {stated}; the column is applied. Check which is right.",
        params=("target_cell", "implied", "stated"),
    ),
    Kind.GRADE_SCALE_AMBIGUOUS: _spec(
        Severity.INFO,
        "Skala peringkat dipilih",
        "Grade scale chosen",
        "{where}: peringkat '{value}' ada pada beberapa skala ({scales}); skala pertama yang "
        "dipakai. Tulis nama skala di kolom Satuan (misalnya 'nilai' atau 'mutu') bila yang "
        "dimaksud lain.",
        "{where}: grade '{value}' is on several scales ({scales}); the first is applied. Name"
        " the scale in the Satuan column ('nilai' or 'mutu', say) if another is meant.",
        params=("scales",),
    ),
    Kind.TARGET_ZERO: _spec(
        Severity.WARNING,
        "Target nol",
        "Zero target",
        "{where}: target 0 pada indikator positif; capaian tidak dapat dihitung. Periksa "
        "targetnya, atau tandai indikator sebagai negatif bila makin rendah makin baik.",
        "{where}: target 0 on a positive indicator; capaian cannot be computed. Check the "
        "target, or mark the indicator negatif if lower is better.",
    ),
    Kind.ZERO_TOLERANCE: _spec(
        Severity.INFO,
        "Nol toleransi",
        "Zero tolerance",
        "{where}: indikator negatif dengan target 0 (nol toleransi): realisasi 0 → 100, "
        "selainnya 0.",
        "{where}: negative indicator with target 0 (zero tolerance): realisation 0 → 100, "
        "otherwise 0.",
    ),
    Kind.NO_SUPPORT: _spec(
        Severity.WARNING,
        "Sasaran tanpa program",
        "Sasaran without programme",
        "Sasaran '{value}' tidak didukung program mana pun menurut lembar {source}; "
        "efisiensinya tidak dihitung.",
        "Sasaran '{value}' is supported by no programme according to sheet {source}; its "
        "efficiency is not computed.",
        params=("source",),
    ),
    Kind.NO_SUPPORT_SOURCE: _spec(
        Severity.WARNING,
        "Dukungan program tidak diketahui",
        "Programme support unknown",
        "Sasaran '{value}': buku kerja ini tidak punya lembar RKT dan kolom Sasaran di lembar "
        "Anggaran tidak diisi, sehingga tidak diketahui program mana yang mendukungnya; "
        "efisiensinya tidak dihitung. Tulis sasaran tiap program di kolom Sasaran lembar "
        "Anggaran, atau tambahkan lembar RKT.",
        "Sasaran '{value}': this workbook has no RKT sheet and the Sasaran column of the "
        "Anggaran sheet is not filled in, so which programmes support it is not known; its "
        "efficiency is not computed. Write each programme's sasaran in the Anggaran sheet's "
        "Sasaran column, or add an RKT sheet.",
    ),
    Kind.RKT_SASARAN_UNKNOWN: _spec(
        Severity.WARNING,
        "Sasaran RKT tak dikenal",
        "Unknown RKT sasaran",
        "{where}: sasaran '{value}' tidak ada di lembar Realisasi; baris RKT ini diabaikan. "
        "Samakan namanya.",
        "{where}: sasaran '{value}' is not on the Realisasi sheet; this RKT row is ignored. "
        "Make the names match.",
    ),
    Kind.RKT_PROGRAM_UNKNOWN: _spec(
        Severity.WARNING,
        "Program RKT tak dikenal",
        "Unknown RKT programme",
        "{where}: program '{value}' tidak ada di lembar Anggaran; baris RKT ini diabaikan. "
        "Samakan namanya.",
        "{where}: programme '{value}' is not on the Anggaran sheet; this RKT row is ignored. "
        "Make the names match.",
    ),
    Kind.BUDGET_SASARAN_UNKNOWN: _spec(
        Severity.WARNING,
        "Sasaran anggaran tak dikenal",
        "Unknown budget sasaran",
        "{where}: sasaran '{value}' tidak ada di lembar Realisasi. Tulis nama sasaran atau "
        "nomornya (1, 2, …).",
        "{where}: sasaran '{value}' is not on the Realisasi sheet. Write the sasaran's name "
        "or number (1, 2, …).",
    ),
    Kind.PK_INDICATOR_UNKNOWN: _spec(
        Severity.WARNING,
        "Indikator PK tak dikenal",
        "Unknown PK indicator",
        "{where}: indikator PK '{value}' tidak ada di lembar Realisasi; targetnya tidak dapat"
        " dibandingkan. Samakan namanya.",
        "{where}: PK indicator '{value}' is not on the Realisasi sheet; its target cannot be "
        "compared. Make the names match.",
    ),
    Kind.RENSTRA_INDICATOR_UNKNOWN: _spec(
        Severity.WARNING,
        "Indikator Renstra tak dikenal",
        "Unknown Renstra indicator",
        "{where}: indikator Renstra '{value}' tidak ada di lembar Realisasi; tidak masuk "
        "Tabel 3.2 dan 3.3. Samakan namanya.",
        "{where}: Renstra indicator '{value}' is not on the Realisasi sheet; it is left out "
        "of Tabel 3.2 and 3.3. Make the names match.",
    ),
    Kind.INPUT_LINE_UNKNOWN: _spec(
        Severity.WARNING,
        "Baris Input tak dikenal",
        "Unknown Input row",
        "{where}: baris Input untuk '{value}' tidak ditemukan di lembar Anggaran; angka "
        "anggarannya diambil dari baris ini, bukan dari Tabel 3.8. Samakan namanya.",
        "{where}: the Input row for '{value}' matches no line of the Anggaran sheet; its "
        "budget figures come from this row, not from Tabel 3.8. Make the names match.",
    ),
    Kind.SPENT_OVER_BUDGET: _spec(
        Severity.WARNING,
        "Realisasi melebihi pagu",
        "Spending over budget",
        "{where}: realisasi melebihi anggaran (belanja di atas pagu tidak diperbolehkan).",
        "{where}: spending exceeds the budget ceiling (not allowed).",
    ),
    Kind.BUDGET_ZERO: _spec(
        Severity.WARNING,
        "Anggaran nol",
        "Zero budget",
        "{where}: anggaran 0; serapan tidak dapat dihitung.",
        "{where}: budget 0; absorption cannot be computed.",
    ),
    Kind.DECLARED_CAPAIAN: _spec(
        Severity.DISCREPANCY,
        "Capaian berbeda",
        "Capaian differs",
        "{where} (hasil {output_cell}): capaian yang dicantumkan {declared} berbeda dari "
        "hasil aturan {computed} ({rule}).",
        "{where} (output {output_cell}): the declared capaian {declared} differs from the "
        "rules' {computed} ({rule}).",
        params=("rule",),
    ),
    Kind.DECLARED_SERAPAN: _spec(
        Severity.DISCREPANCY,
        "Serapan berbeda",
        "Absorption differs",
        "{where} (hasil {output_cell}): persentase serapan yang dicantumkan {declared} "
        "berbeda dari hasil aturan {computed} ({rule}).",
        "{where} (output {output_cell}): the declared absorption {declared} differs from the "
        "rules' {computed} ({rule}).",
        params=("rule",),
    ),
    Kind.DECLARED_AMOUNT: _spec(
        Severity.DISCREPANCY,
        "Jumlah berbeda",
        "Sum differs",
        "{where} (hasil {output_cell}): jumlah {column} yang dicantumkan {declared} berbeda "
        "dari jumlah rinciannya {computed}.",
        "{where} (output {output_cell}): the declared {column} {declared} differs from the "
        "sum of its lines {computed}.",
    ),
    Kind.DECLARED_TOTAL: _spec(
        Severity.DISCREPANCY,
        "Total berbeda",
        "Total differs",
        "{where} (hasil {output_cell}): total {column} yang dicantumkan {declared} berbeda "
        "dari jumlah seluruh program {computed}.",
        "{where} (output {output_cell}): the declared total {column} {declared} differs from "
        "the sum of all programmes {computed}.",
    ),
    Kind.PATTERN_TRUNCATION: _spec(
        Severity.INFO,
        "Pola: persentase dipotong",
        "Pattern: truncated percentages",
        "{count} persentase yang dicantumkan dipotong, tidak dibulatkan setengah menjauhi nol"
        " seperti fungsi ROUND; misalnya {example} ({example_cell}), padahal angka tepatnya "
        "{exact} → {rounded}. Selisihnya paling banyak 0,01, masih dalam toleransi; "
        "rinciannya di bawah.",
        "{count} declared percentages are truncated, not rounded half away from zero as ROUND"
        " does; for example {example} ({example_cell}), where the exact figure is {exact} → "
        "{rounded}. Each differs by 0,01 at most, within tolerance; the rows follow below.",
        params=("count", "example", "example_cell", "exact", "rounded"),
        pattern=True,
    ),
    Kind.DECLARED_TRUNCATED: _spec(
        Severity.INFO,
        "Persentase dipotong",
        "Truncated percentage",
        "{where} (hasil {output_cell}): {declared} adalah {exact} yang dipotong; dibulatkan "
        "menjadi {computed}.",
        "{where} (output {output_cell}): {declared} is {exact} truncated; rounded it is "
        "{computed}.",
        params=("exact",),
    ),
    Kind.PATTERN_UNCAPPED: _spec(
        Severity.DISCREPANCY,
        "Pola: rata-rata tanpa batas",
        "Pattern: uncapped averages",
        "{count} rata-rata capaian sasaran yang dicantumkan adalah rata-rata capaian mentah "
        "tanpa batas atas ({example}); aturan merata-ratakan skor yang dibatasi (capaian di "
        "atas 100 % dihitung 100 %, Bab III A butir 2).",
        "{count} declared sasaran averages are means of uncapped capaian ({example}); the "
        "rule averages scores capped at the bound (capaian above 100 % counts as 100 %).",
        params=("count", "example"),
        pattern=True,
    ),
    Kind.PATTERN_MEAN_OF_PERCENTAGES: _spec(
        Severity.DISCREPANCY,
        "Pola: rata-rata persentase",
        "Pattern: mean of percentages",
        "{count} serapan sasaran yang dicantumkan adalah rata-rata persentase program "
        "({example}); aturan memakai Σ realisasi ÷ Σ anggaran (tertimbang rupiah).",
        "{count} declared sasaran absorptions are means of programme percentages ({example});"
        " the rule uses Σ spent ÷ Σ budget (weighted by money).",
        params=("count", "example"),
        pattern=True,
    ),
    Kind.DECLARED_SASARAN_CAPAIAN: _spec(
        Severity.DISCREPANCY,
        "Capaian sasaran berbeda",
        "Sasaran capaian differs",
        "{where} (hasil {output_cell}): capaian sasaran yang dicantumkan {declared} berbeda "
        "dari rata-rata skor indikatornya {computed} ({rule}).",
        "{where} (output {output_cell}): the declared sasaran capaian {declared} differs from"
        " the mean of its indicators' scores {computed} ({rule}).",
        params=("rule",),
    ),
    Kind.DECLARED_SASARAN_SERAPAN: _spec(
        Severity.DISCREPANCY,
        "Serapan sasaran berbeda",
        "Sasaran absorption differs",
        "{where} (hasil {output_cell}): serapan sasaran yang dicantumkan {declared} berbeda "
        "dari Σ realisasi ÷ Σ anggaran program pendukungnya {computed} ({rule}).",
        "{where} (output {output_cell}): the declared sasaran absorption {declared} differs "
        "from Σ spent ÷ Σ budget of its programmes {computed} ({rule}).",
        params=("rule",),
    ),
    Kind.PK_TARGET_DIFFERS: _spec(
        Severity.DISCREPANCY,
        "Target PK berbeda",
        "PK target differs",
        "{where}: target PK {declared} berbeda dari target tahun {year} di lembar Realisasi "
        "({target_cell}) {computed}; capaian dihitung dari target Realisasi.",
        "{where}: the PK target {declared} differs from the {year} target on the Realisasi "
        "sheet ({target_cell}) {computed}; capaian uses the Realisasi target.",
        params=("year", "target_cell"),
    ),
    Kind.POLARITY_COLUMN_MISSING: _spec(
        Severity.INFO,
        "Tanpa kolom Polaritas",
        "No Polaritas column",
        "{where}: lembar ini tidak punya kolom Polaritas, jadi setiap indikator dihitung positif "
        "(makin tinggi makin baik), kecuali bentuk targetnya menyatakan lain (misalnya "
        "'maks. 5%'). Bila ada indikator yang makin rendah makin baik, tambahkan kolom "
        "Polaritas dan tulis 'negatif' pada barisnya.",
        "{where}: this sheet has no Polaritas column, so every indicator is computed as "
        "positive (higher is better) unless its target's form says otherwise (such as "
        "'maks. 5%'). If some indicator is better when lower, add a Polaritas column and write "
        "'negatif' on its row.",
    ),
    Kind.POLARITY_ASSUMED: _spec(
        Severity.WARNING,
        "Polaritas mungkin negatif",
        "Polarity may be negative",
        "{where}: indikator '{value}' terdengar makin rendah makin baik (kata '{word}'), "
        "tetapi polaritasnya tidak ditulis, sehingga dihitung positif. Bila memang makin "
        "rendah makin baik, tulis 'negatif' di kolom Polaritas; bila positif, tulis 'positif' "
        "agar peringatan ini hilang.",
        "{where}: the indicator '{value}' sounds better when lower (the word '{word}'), but "
        "no polarity is written, so it is computed as positive. If lower is indeed better, "
        "write 'negatif' in the Polaritas column; if it is positive, write 'positif' to clear "
        "this warning.",
        params=("word",),
    ),
    Kind.SUMMARY_ROW: _spec(
        Severity.INFO,
        "Baris ringkasan",
        "Summary row",
        "{where}: '{value}' dibaca sebagai baris ringkasan, bukan indikator; angka yang "
        "tertulis di baris ini tidak dipakai, karena rata-rata sasaran dan rata-rata "
        "keseluruhan dihitung ulang menurut Aturan §4 (lihat Tabel 3.1 dan Ringkasan).",
        "{where}: '{value}' is read as a summary row, not an indicator; the figures written on "
        "it are not used, since the sasaran and overall averages are computed anew by rule §4 "
        "(see Tabel 3.1 and Ringkasan).",
    ),
    Kind.PK_BUDGET_DIFFERS: _spec(
        Severity.DISCREPANCY,
        "Anggaran PK berbeda",
        "PK budget differs",
        "{where} (hasil {output_cell}): anggaran program dalam PK {declared} berbeda dari pagu "
        "program itu di lembar Anggaran {computed}; Tabel 3.8 memakai lembar Anggaran.",
        "{where} (output {output_cell}): the programme's budget in the PK {declared} differs "
        "from its pagu on the Anggaran sheet {computed}; Tabel 3.8 uses the Anggaran sheet.",
    ),
    Kind.PK_PROGRAMME_UNKNOWN: _spec(
        Severity.WARNING,
        "Program PK tak dikenal",
        "Unknown PK programme",
        "{where}: program '{value}' di blok program PK tidak ditemukan di lembar Anggaran, "
        "sehingga anggarannya tidak dapat dibandingkan dengan Tabel 3.8 dan keterangannya tidak "
        "dicetak. Tulis nama program seperti di lembar Anggaran.",
        "{where}: the programme '{value}' in the PK's programme block is not on the Anggaran "
        "sheet, so its budget cannot be compared with Tabel 3.8 and its note is not printed. "
        "Write the programme's name as the Anggaran sheet does.",
    ),
    Kind.RENSTRA_TARGET_DIFFERS: _spec(
        Severity.DISCREPANCY,
        "Target Renstra berbeda",
        "Renstra target differs",
        "{where}: target Renstra tahun {year} {declared} berbeda dari target di lembar "
        "Realisasi ({target_cell}) {computed}.",
        "{where}: the Renstra target for {year} {declared} differs from the target on the "
        "Realisasi sheet ({target_cell}) {computed}.",
        params=("year", "target_cell"),
    ),
    Kind.UNKNOWN_SHEETS: _spec(
        Severity.INFO,
        "Lembar diabaikan",
        "Sheets ignored",
        "Lembar yang tidak dikenal dan diabaikan: {sheets}.",
        "Unknown sheets, ignored: {sheets}.",
        params=("sheets",),
    ),
    Kind.MANIFEST_ALTERED: _spec(
        Severity.ERROR,
        "Daftar sel lkip diubah",
        "lkip's cell list changed",
        "Daftar sel yang ditulis lkip (lembar tersembunyi _lkip) telah diubah: sidik jarinya "
        "tidak cocok lagi. Hasil pemeriksaan di bawah tidak dapat dipercaya sepenuhnya.",
        "The list of cells lkip wrote (hidden sheet _lkip) has been changed: its fingerprint "
        "no longer matches. The checks below cannot be fully trusted.",
    ),
    Kind.SHEET_REMOVED: _spec(
        Severity.ERROR,
        "Lembar dihapus",
        "Sheet removed",
        "Lembar '{sheet}' yang ditulis lkip telah dihapus.",
        "Sheet '{sheet}' that lkip wrote has been removed.",
    ),
    Kind.FORMULA_REPLACED: _spec(
        Severity.ERROR,
        "Rumus diganti ketikan",
        "Formula typed over",
        "{where}: rumus {declared} diganti dengan nilai ketikan {value}.",
        "{where}: the formula {declared} was replaced by a typed value {value}.",
    ),
    Kind.FORMULA_CHANGED: _spec(
        Severity.ERROR,
        "Rumus diubah",
        "Formula changed",
        "{where}: rumus diubah dari {declared} menjadi {value}.",
        "{where}: the formula was changed from {declared} to {value}.",
    ),
    Kind.VALUE_CHANGED: _spec(
        Severity.ERROR,
        "Nilai diubah",
        "Value changed",
        "{where}: nilai diubah dari {declared} menjadi {value} setelah lkip menulisnya.",
        "{where}: the value was changed from {declared} to {value} after lkip wrote it.",
    ),
    Kind.RULE_CHANGED: _spec(
        Severity.WARNING,
        "Aturan diubah",
        "Rule changed",
        "{where}: aturan di lembar Parameter diubah dari {declared} menjadi {value}; predikat"
        " dan batas dihitung dengan aturan yang baru.",
        "{where}: a rule on the Parameter sheet was changed from {declared} to {value}; "
        "predicates and bounds follow the new rule.",
    ),
    Kind.VALUE_STALE: _spec(
        Severity.ERROR,
        "Nilai belum dihitung ulang",
        "Stale value",
        "{where}: nilai tersimpan {value} tidak sama dengan hasil rumus {declared} atas sel-"
        "sel buku kerja ini ({computed}); ada yang diubah tanpa menghitung ulang.",
        "{where}: the stored value {value} differs from what the formula {declared} gives on "
        "this workbook's cells ({computed}); something was changed without recalculating.",
    ),
    Kind.VALUES_MISSING: _spec(
        Severity.WARNING,
        "Rumus tanpa nilai tersimpan",
        "Formulas without stored values",
        "{count} rumus tidak memiliki nilai tersimpan (berkas disimpan oleh program yang "
        "tidak menghitung); buka dan simpan di Excel atau LibreOffice untuk memeriksa "
        "nilainya.",
        "{count} formulas have no stored value (the file was saved by a program that does not"
        " calculate); open and save it in Excel or LibreOffice to check their values.",
        params=("count",),
    ),
    Kind.FORMULA_UNREADABLE: _spec(
        Severity.INFO,
        "Rumus tak dapat dihitung ulang",
        "Formula not recomputable",
        "{where}: rumus {value} tidak dapat dihitung ulang oleh verify (fungsi di luar yang "
        "dipakai lkip).",
        "{where}: the formula {value} cannot be recomputed by verify (a function lkip does "
        "not use).",
    ),
    Kind.REKAP_OUTPUT_MISSING: _spec(
        Severity.WARNING,
        "Hasil tertaut tidak ada",
        "Linked output missing",
        "{where}: berkas hasil {value} yang ditautkan Rekap tidak ditemukan (dipindah atau "
        "dihapus?). Letakkan kembali di sebelah Rekap, atau buat Rekap ulang.",
        "{where}: the output {value} the Rekap links to was not found (moved or deleted?). "
        "Put it back beside the Rekap, or make the Rekap again.",
    ),
    Kind.REKAP_OUTPUT_CHANGED: _spec(
        Severity.ERROR,
        "Hasil tertaut berbeda",
        "Linked output differs",
        "{where}: berkas hasil {value} bukan lagi yang direkap: sidik jarinya berbeda dari yang "
        "tercantum di lembar Berkas (ditulis ulang atau diganti). Buat Rekap ulang.",
        "{where}: the output {value} is no longer the one summarised: its fingerprint differs "
        "from the one the Berkas sheet lists (written again or replaced). Make the Rekap again.",
    ),
    Kind.SHEET_AMBIGUOUS: _spec(
        Severity.ERROR,
        "Lembar ganda",
        "Ambiguous sheets",
        "Lembar {sheets} sama-sama cocok sebagai '{sheet}'. Hapus atau ganti nama salah "
        "satunya, atau tentukan pilihannya dengan --mapping.",
        "Sheets {sheets} fit '{sheet}' equally well. Delete or rename one of them, or choose "
        "with --mapping.",
        params=("sheets",),
    ),
    Kind.SHEET_CHOSEN: _spec(
        Severity.INFO,
        "Lembar dikenali",
        "Sheet recognised",
        "Lembar '{sheet}' dibaca sebagai {table}.",
        "Sheet '{sheet}' is read as {table}.",
        params=("table",),
    ),
    Kind.SHEET_GUESSED: _spec(
        Severity.WARNING,
        "Lembar ditebak",
        "Sheet guessed",
        "Lembar '{sheet}' dibaca sebagai {table} hanya karena judul kolomnya mirip: namanya "
        "tidak menyebut {table}, jadi ini tebakan. Bila memang {table}, beri lembar itu nama "
        "'{table}'; bila bukan, ganti namanya (misalnya 'Rekap lama') atau tentukan lembar "
        "{table} dengan --mapping.",
        "Sheet '{sheet}' is read as {table} only because its column headings look like it: "
        "its name does not say {table}, so this is a guess. If it is the {table}, name the "
        "sheet '{table}'; if not, rename it (say 'Rekap lama') or choose the {table} sheet "
        "with --mapping.",
        params=("table",),
    ),
    Kind.HEADER_QUARTERS_ONLY: _spec(
        Severity.ERROR,
        "Hanya realisasi triwulan",
        "Quarterly realisation only",
        "Lembar '{sheet}' hanya memuat realisasi per triwulan ({found}), tanpa kolom realisasi "
        "setahun. Tambahkan kolom 'Realisasi' berisi realisasi setahun, atau beri kolom "
        "kumulatifnya judul 'Realisasi s.d. TW IV', atau petakan judul Anda dengan --mapping.",
        "Sheet '{sheet}' holds only the realisation by quarter ({found}), with no column for "
        "the year's realisation. Add a 'Realisasi' column with the year's realisation, head "
        "the cumulative column 'Realisasi s.d. TW IV', or map your headings with --mapping.",
        params=("found",),
    ),
    Kind.REALISASI_CUMULATIVE: _spec(
        Severity.INFO,
        "Realisasi kumulatif",
        "Cumulative realisation",
        "{sheet}!{cell}: kolom '{value}' (realisasi kumulatif sampai triwulan IV) dibaca "
        "sebagai realisasi setahun; kolom realisasi per triwulan tidak dipakai.",
        "{sheet}!{cell}: the column '{value}' (realisation cumulative to the fourth quarter) "
        "is read as the year's realisation; the quarterly columns are not used.",
    ),
    Kind.YEAR_FROM_TITLE: _spec(
        Severity.INFO,
        "Tahun dari judul",
        "Year from a title",
        "{sheet}!{cell}: tahun laporan {year} dibaca dari '{value}' (lembar Identitas tidak "
        "menyebut tahun). Bila salah, isi 'Tahun' di lembar Identitas atau jalankan dengan "
        "--tahun.",
        "{sheet}!{cell}: the reporting year {year} is read from '{value}' (the Identitas "
        "sheet gives no year). If that is wrong, fill in 'Tahun' on the Identitas sheet or run "
        "with --tahun.",
        params=("year",),
    ),
    Kind.ROW_JOINED: _spec(
        Severity.INFO,
        "Baris digabung",
        "Rows joined",
        "{where}: baris label dan nama di bawahnya ({rows}) digabung menjadi satu baris '{value}'.",
        "{where}: a label row and the name under it ({rows}) are read as one line '{value}'.",
        params=("rows",),
    ),
    Kind.LABEL_LINE: _spec(
        Severity.INFO,
        "Label tanpa jumlah",
        "Label without amounts",
        "{where}: '{value}' dibaca sebagai {level} tersendiri tanpa jumlah sendiri, karena "
        "baris berikutnya menyatakan levelnya sendiri ({next}) dan tidak digabung dengannya.",
        "{where}: '{value}' is read as a {level} of its own with no amounts, because the next"
        " row states its own level ({next}) and is not joined to it.",
        params=("level", "next"),
    ),
    Kind.LABEL_DROPPED: _spec(
        Severity.INFO,
        "Label kosong dilewati",
        "Empty label skipped",
        "{where}: label '{value}' tanpa nama dilewati; baris berikutnya menyatakan levelnya "
        "sendiri ({next}).",
        "{where}: the label '{value}' has no name and is skipped; the next row states its own"
        " level ({next}).",
        params=("next",),
    ),
    Kind.ROW_HEADING: _spec(
        Severity.INFO,
        "Baris judul",
        "Heading row",
        "{where}: '{value}' dibaca sebagai judul ({kind}), bukan program; jumlahnya tidak "
        "dihitung.",
        "{where}: '{value}' is read as a heading ({kind}), not a programme; its amounts are "
        "not counted.",
        params=("kind",),
    ),
    Kind.ROW_SKIPPED: _spec(
        Severity.INFO,
        "Baris dilewati",
        "Row skipped",
        "{where}: baris rekening '{value}' sebelum program pertama dilewati.",
        "{where}: the account row '{value}' before the first programme is skipped.",
    ),
    Kind.ACCOUNTS_FOLDED: _spec(
        Severity.INFO,
        "Rekening dijumlahkan",
        "Accounts folded",
        "{where}: {count} baris rekening ({rows}) adalah rincian {level} '{value}'; {leaves} "
        "rincian terdalamnya dijumlahkan ke baris itu, tidak dihitung sebagai sub kegiatan.",
        "{where}: {count} account rows ({rows}) are the detail of the {level} '{value}'; "
        "their {leaves} deepest lines are summed into it, never counted as sub kegiatan.",
        params=("count", "rows", "level", "leaves"),
    ),
    Kind.LEVEL_ASSUMED: _spec(
        Severity.INFO,
        "Level dianggap",
        "Level assumed",
        "{where}: '{value}' tidak bertanda level (Level, Kode atau awalan); dianggap {level} "
        "dari kegiatan di atasnya.",
        "{where}: '{value}' carries no level (Level, Kode or prefix); assumed to be a {level}"
        " of the kegiatan above.",
        params=("level",),
    ),
    Kind.ACCOUNT_SUM_DIFFERS: _spec(
        Severity.DISCREPANCY,
        "Jumlah rekening berbeda",
        "Account sum differs",
        "{where}: {column} yang dicantumkan {declared} berbeda dari jumlah {count} baris "
        "rekening rinciannya {computed}; yang dipakai jumlah rinciannya.",
        "{where}: the declared {column} {declared} differs from the sum of its {count} "
        "account rows {computed}; the sum is used.",
        params=("count",),
    ),
    Kind.LINE_UNLINKED: _spec(
        Severity.INFO,
        "Baris tanpa sasaran",
        "Line without sasaran",
        "{where}: {level} '{value}' tidak mendukung sasaran mana pun menurut lembar {source}; "
        "anggarannya tidak masuk serapan sasaran mana pun di Tabel 3.7.",
        "{where}: {level} '{value}' supports no sasaran according to sheet {source}; its "
        "budget is in no sasaran's serapan in Tabel 3.7.",
        params=("level", "source"),
    ),
    Kind.RKT_LINE_UNKNOWN: _spec(
        Severity.INFO,
        "Baris RKT tak dikenal",
        "Unknown RKT line",
        "{where}: {column} '{value}' tidak ada di lembar Anggaran di bawah programnya; "
        "dukungannya mengikuti programnya. Samakan namanya bila ia mendukung sasaran lain.",
        "{where}: {column} '{value}' is not on the Anggaran sheet under its programme; it "
        "supports what its programme supports. Make the names match if it serves another "
        "sasaran.",
    ),
    Kind.HEADER_PATHS: _spec(
        Severity.INFO,
        "Judul kolom bertingkat",
        "Multi-row header",
        "Lembar '{sheet}' (baris {rows}) dibaca sebagai {table} menurut jalur judul kolomnya: "
        "{columns}.",
        "Sheet '{sheet}' (rows {rows}) is read as {table} by its columns' heading paths: "
        "{columns}.",
        params=("rows", "columns", "table"),
    ),
    Kind.REALISASI_FROM_QUARTERS: _spec(
        Severity.INFO,
        "Realisasi dari triwulan",
        "Realisation from quarters",
        "{where}: realisasi tahun berjalan '{value}' kosong; yang dipakai jumlah realisasi "
        "triwulan I–IV ({cells}) = {computed}.",
        "{where}: the year's realisation of '{value}' is blank; the sum of the quarters' "
        "realisations I–IV ({cells}) = {computed} is used.",
        params=("cells",),
    ),
    Kind.REALISASI_QUARTERS_DIFFER: _spec(
        Severity.DISCREPANCY,
        "Realisasi beda dari triwulan",
        "Realisation differs from quarters",
        "{where}: realisasi tahun berjalan '{value}' {declared} berbeda dari jumlah "
        "realisasi triwulan I–IV ({cells}) {computed}; yang dipakai realisasi tahun berjalan. "
        "Periksa salah satunya.",
        "{where}: the year's realisation of '{value}' {declared} differs from the sum of the "
        "quarters' realisations I–IV ({cells}) {computed}; the year's figure is used. Check "
        "one of them.",
        params=("cells",),
    ),
    Kind.RENJA_FORM: _spec(
        Severity.INFO,
        "Formulir Evaluasi Renja",
        "Renja evaluation form",
        "Lembar '{sheet}' dikenali sebagai formulir Evaluasi Hasil Renja (Permendagri "
        "86/2017) dan dibaca untuk Tabel 3.6: indikator program sebagai Outcome, indikator "
        "kegiatan dan sub kegiatan sebagai Output ({count} indikator), dengan K target dan "
        "realisasi tahun berjalan; setiap baris terbawah mendapat baris Input : Anggaran dari "
        "Tabel 3.8.",
        "Sheet '{sheet}' is recognised as the Renja evaluation form (Permendagri 86/2017) "
        "and read for Tabel 3.6: programme indicators as Outcome, kegiatan and sub kegiatan "
        "indicators as Output ({count} indicators), with the year's target and realisation "
        "K; each lowest line gets an Input : Anggaran row from Tabel 3.8.",
        params=("count",),
    ),
    Kind.LEVEL_FROM_FORMULA: _spec(
        Severity.INFO,
        "Level dari rumus",
        "Level from formula",
        "{where}: '{value}' dibaca sebagai {level} dengan {children} di baris {rows}, menurut "
        "rumus subtotalnya {source} {formula}.",
        "{where}: '{value}' is read as a {level} whose {children} are rows {rows}, by its "
        "subtotal formula {source} {formula}.",
        params=("level", "formula", "source", "rows", "children"),
    ),
    Kind.TOTAL_FROM_FORMULA: _spec(
        Severity.INFO,
        "Total dari rumus",
        "Total from formula",
        "{where}: '{value}' dibaca sebagai total anggaran karena rumusnya {source} {formula} "
        "menjumlahkan program-program (baris {rows}); total itu dibandingkan dengan jumlah "
        "program, tidak ikut dijumlahkan.",
        "{where}: '{value}' is read as the budget total because its formula {source} "
        "{formula} adds up the programmes (rows {rows}); it is compared with their sum, "
        "never added in.",
        params=("formula", "source", "rows"),
    ),
    Kind.FORMULA_NOT_SUBTOTAL: _spec(
        Severity.INFO,
        "Rumus tidak diikuti",
        "Formula not followed",
        "{where}: rumus {formula} merujuk baris {rows}, sedangkan subtotal hanya menjumlahkan "
        "baris di bawahnya dalam tabel ini, di lembar yang sama (baris {below}); sel itu dibaca "
        "sebagai nilainya saja dan tidak menentukan level.",
        "{where}: the formula {formula} refers to rows {rows}, while a subtotal adds up only "
        "rows below it in this table, on the same sheet (rows {below}); the cell is read as "
        "its value only and sets no level.",
        params=("formula", "rows", "below"),
    ),
    Kind.FORMULA_PAST_TABLE: _spec(
        Severity.INFO,
        "Rumus melewati tabel",
        "Formula past the table",
        "{where}: rumus subtotal {formula} menjumlahkan sampai baris {end}, melewati baris "
        "terakhir tabel (baris {last}); dibaca sampai baris {last}.",
        "{where}: the subtotal formula {formula} adds up to row {end}, past the table's last "
        "row (row {last}); it is read up to row {last}.",
        params=("formula", "end", "last"),
    ),
    Kind.FORMULA_RANGES_DIFFER: _spec(
        Severity.DISCREPANCY,
        "Rumus subtotal tidak sama",
        "Subtotal formulas differ",
        "{where}: rumus realisasi {formula} menjumlahkan baris {rows}, tetapi rumus pagu di "
        "baris yang sama, {other} {other_formula}, menjumlahkan baris {other_rows}. Level "
        "dibaca dari rumus pagu; samakan kedua rumus.",
        "{where}: the realisation formula {formula} adds up rows {rows}, but the budget "
        "formula on the same row, {other} {other_formula}, adds up rows {other_rows}. Levels "
        "are read from the budget formula; make the two formulas agree.",
        params=("formula", "rows", "other", "other_formula", "other_rows"),
    ),
    Kind.LEVEL_FROM_INDENT: _spec(
        Severity.INFO,
        "Level ditebak dari inden",
        "Level guessed from indent",
        "{where}: '{value}' tidak bertanda level dan lembar ini tidak punya rumus subtotal; "
        "ditebak {level} dari inden namanya ({indent}): di antara baris tanpa tanda, inden "
        "{upper} dibaca Kegiatan dan inden {lower} Sub Kegiatan. Ini tebakan dari format: "
        "periksa, atau isi kolom Level.",
        "{where}: '{value}' carries no level tag and the sheet has no subtotal formulas; "
        "guessed to be a {level} from the indent of its name ({indent}): among the untagged "
        "rows, indent {upper} is read as Kegiatan and indent {lower} as Sub Kegiatan. This is "
        "a guess from formatting: check it, or fill in the Level column.",
        params=("level", "indent", "upper", "lower"),
    ),
    Kind.LEVEL_FROM_BOLD: _spec(
        Severity.INFO,
        "Level ditebak dari huruf tebal",
        "Level guessed from bold",
        "{where}: '{value}' tidak bertanda level dan lembar ini tidak punya rumus subtotal; "
        "ditebak {level} dari huruf namanya: di antara baris tanpa tanda, nama bercetak tebal "
        "dibaca Kegiatan dan yang tidak tebal Sub Kegiatan. Ini tebakan dari format: periksa, "
        "atau isi kolom Level.",
        "{where}: '{value}' carries no level tag and the sheet has no subtotal formulas; "
        "guessed to be a {level} from the type of its name: among the untagged rows, bold "
        "names are read as Kegiatan and plain ones as Sub Kegiatan. This is a guess from "
        "formatting: check it, or fill in the Level column.",
        params=("level",),
    ),
    Kind.RENJA_QUARTER: _spec(
        Severity.INFO,
        "Formulir triwulan IV dipakai",
        "Fourth quarter's form used",
        "Lembar '{sheet}' (triwulan IV, setahun penuh) dibaca sebagai {table}; formulir "
        "Evaluasi Renja triwulan lain ({others}) tidak dibaca.",
        "Sheet '{sheet}' (fourth quarter, the whole year) is read as {table}; the Renja "
        "evaluation forms of other quarters ({others}) are not read.",
        params=("table", "others"),
    ),
    Kind.SUM_ROW_TOTAL: _spec(
        Severity.INFO,
        "Baris total",
        "Total row",
        "{where}: '{value}' dibaca sebagai total anggaran yang dicantumkan: dibandingkan "
        "dengan total Tabel 3.8, tidak ikut dijumlahkan.",
        "{where}: '{value}' is read as the declared budget total: compared with Tabel 3.8's "
        "total, never summed.",
    ),
    Kind.SUM_ROW_COMPARED: _spec(
        Severity.INFO,
        "Baris jumlah dibandingkan",
        "Sum row compared",
        "{where}: '{value}' dibaca sebagai jumlah yang dicantumkan untuk {line} di atasnya "
        "dan sama dengan jumlah rinciannya ({computed}); dibandingkan, tidak ikut "
        "dijumlahkan.",
        "{where}: '{value}' is read as the declared sum of {line} above it and equals the "
        "sum of its lines ({computed}); compared, never summed.",
        params=("line",),
    ),
    Kind.SUM_ROW_DIFFERS: _spec(
        Severity.DISCREPANCY,
        "Baris jumlah berbeda",
        "Sum row differs",
        "{where}: '{value}' adalah jumlah {column} yang dicantumkan untuk {line}: {declared} "
        "berbeda dari jumlah rinciannya {computed} (selisih {difference}). Baris ini tidak "
        "ikut dijumlahkan; periksa angkanya.",
        "{where}: '{value}' is the declared {column} of {line}: {declared} differs from the "
        "sum of its lines {computed} (difference {difference}). The row is never summed; "
        "check its figures.",
        params=("line", "difference"),
    ),
    Kind.SUM_ROW_UNMATCHED: _spec(
        Severity.WARNING,
        "Baris jumlah tanpa pasangan",
        "Sum row matches nothing",
        "{where}: '{value}' adalah baris jumlah ({declared}) yang tidak sama dengan jumlah "
        "baris mana pun di atasnya ({lines}); tidak ikut dijumlahkan. Periksa angkanya atau "
        "hapus baris ini.",
        "{where}: '{value}' is a sum row ({declared}) equal to the sum of no line above it "
        "({lines}); it is never summed. Check its figures or delete the row.",
        params=("lines",),
    ),
}
