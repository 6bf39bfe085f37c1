"""Every official table of Bab III and the appendices, print-ready, with charts and a choice
of predicate scale."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from lkip_xlsx.config import load_rules
from lkip_xlsx.errors import UsageError
from lkip_xlsx.model import Options, Paper
from lkip_xlsx.pipeline import convert
from lkip_xlsx.rules import SCALES, RuleSet
from tests.conftest import JEMBER
from tests.helpers import at, rounded, row_of, values
from tests.recalc import formula_mismatches, recalc_case

TABLE_SHEETS = [
    "Ringkasan",
    "PK",
    "RKT",
    "Renstra",
    "3.1",
    "3.2",
    "3.3",
    "3.4",
    "3.5",
    "3.6",
    "3.7",
    "3.8",
    "Pemeriksaan",
]


def test_tabel_33_against_the_end_of_plan_target(jember_output: Path) -> None:
    wb = values(jember_output)
    assert at(wb, "3.3", 5, 4) == "TARGET JANGKA MENENGAH PADA RENSTRA (th. 2026)"
    assert [at(wb, "3.3", r, 4) for r in (7, 8, 9)] == [100, 1000, 95]
    assert [rounded(at(wb, "3.3", r, 6)) for r in (7, 8, 9)] == [100.00, 389.80, 90.22]


def test_tabel_32_targets_and_realisations_per_year(jember_output: Path) -> None:
    wb = values(jember_output)
    assert [at(wb, "3.2", 6, c) for c in range(3, 9)] == ["2021", "2022", "2023"] * 2
    assert [rounded(at(wb, "3.2", 9, c)) for c in (6, 7, 8)] == [704, 1951, 3898]
    assert [rounded(at(wb, "3.2", 10, c)) for c in (6, 7, 8)] == [87.50, 86.67, 85.71]
    # past targets from the Renstra matrix, the reporting year's from Tabel 3.1
    assert [rounded(at(wb, "3.2", 10, c)) for c in (3, 4, 5)] == [83, 86, 89]


def test_tabel_34_national_comparison(jember_output: Path) -> None:
    wb = values(jember_output)
    assert [at(wb, "3.4", r, 5) for r in (7, 8, 9)] == ["-", "-", "-"]
    assert at(wb, "3.4", 9, 7) == "Bidang Hubungan Industrial"


def test_tabel_36_input_rows_reference_tabel_38(jember_output: Path) -> None:
    f = openpyxl.load_workbook(jember_output)
    wb = values(jember_output)
    r = row_of(wb, "3.6", 2, "Input : Anggaran")
    assert str(f["3.6"].cell(r, 3).value).startswith("='3.8'!C")
    assert at(wb, "3.6", r, 3) == 7290242400 and at(wb, "3.6", r, 4) == 6477257300
    assert rounded(at(wb, "3.6", r, 5)) == 88.85
    outcome = row_of(wb, "3.6", 2, "Outcome : Presentase penyelesaian")
    assert rounded(at(wb, "3.6", outcome, 5)) == 96.30
    # output 3 of 2 applications: capped at 100, as the seed prints it
    apps = row_of(wb, "3.6", 2, "Output : Jumlah Aplikasi")
    assert rounded(at(wb, "3.6", apps, 5)) == 100.00


def test_pk_programme_block_references_tabel_38(jember_output: Path) -> None:
    f = openpyxl.load_workbook(jember_output)
    wb = values(jember_output)
    r = row_of(wb, "PK", 2, "Program Penunjang")
    assert f["PK"].cell(r, 3).value == "='3.8'!C7"
    total = row_of(wb, "PK", 2, "Jumlah")
    assert at(wb, "PK", total, 3) == 15308539115


@pytest.mark.parametrize("sheet", ["PK", "RKT", "Renstra"])
def test_signature_block_from_identitas(jember_output: Path, sheet: str) -> None:
    wb = values(jember_output)
    texts = [c.value for row in wb[sheet].iter_rows() for c in row if isinstance(c.value, str)]
    # the PK is dated as signed (Tanggal PK); the other appendices with the report's date
    date = "Jember, 21 November 2023" if sheet == "PK" else "Jember, Februari 2024"
    assert date in texts
    assert "KEPALA DINAS TENAGA KERJA KABUPATEN JEMBER" in texts
    assert "Drs. SUPRIHANDOKO, MM" in texts
    assert "NIP. 19651229 199403 1 003" in texts


def _sheet_parts(path: Path) -> dict[str, str]:
    names = openpyxl.load_workbook(path, read_only=True).sheetnames
    with zipfile.ZipFile(path) as z:
        # the hidden list of what was written is never printed
        return {
            n: z.read(f"xl/worksheets/sheet{i + 1}.xml").decode()
            for i, n in enumerate(names)
            if n != "_lkip"
        }


@pytest.mark.parametrize("paper", ["a4", "f4"])
def test_every_table_sheet_is_print_ready(tmp_path: Path, paper: str) -> None:
    out = tmp_path / "o.xlsx"
    convert(JEMBER, out, Options(paper=Paper(paper)))
    parts = _sheet_parts(out)
    with zipfile.ZipFile(out) as z:
        workbook = z.read("xl/workbook.xml").decode()
    for index, sheet in enumerate(parts):
        xml = parts[sheet]
        setup = re.search(r"<pageSetup [^>]*/>", xml)
        assert setup, sheet
        assert 'orientation="landscape"' in setup.group(0), sheet
        # the RKT's thirteen columns go on F4 (folio) rather than shrink under 8 pt on A4
        size = "14" if paper == "f4" or sheet == "RKT" else "9"
        assert f'paperSize="{size}"' in setup.group(0), sheet
        assert 'fitToHeight="0"' in setup.group(0), sheet
        assert '<pageSetUpPr fitToPage="1"/>' in xml, sheet
        assert "&amp;P / &amp;N" in xml and "Dinas Tenaga Kerja Kabupaten Jember" in xml, sheet
        if sheet in TABLE_SHEETS:
            assert f'name="_xlnm.Print_Titles" localSheetId="{index}"' in workbook, sheet
            assert "<pane " in xml, sheet  # frozen under the header


def test_charts_are_native_and_read_the_tables(jember_output: Path) -> None:
    with zipfile.ZipFile(jember_output) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        xml = [z.read(n).decode() for n in charts]
    assert len(charts) == 2
    assert "Capaian Kinerja per Indikator" in xml[0] and "<c:lineChart>" in xml[0]
    # the bars are the scores (bounded by the cap), the raw capaian labels each bar from
    # the second level of the categories, so 389,8 % does not flatten the others
    assert "<c:f>Grafik!$C$5:$C$7</c:f>" in xml[0]
    assert "<c:f>Grafik!$A$5:$B$7</c:f>" in xml[0]
    assert "dibatasi 100" in xml[0]
    assert "Serapan Anggaran per Program" in xml[1] and "Grafik!$B$34:$B$37" in xml[1]
    # every value axis starts at 0 (a bar chart's is its horizontal axis)
    assert all(x.count('<c:min val="0"/>') == 1 for x in xml)
    assert re.search(r'<c:valAx>.*?<c:min val="0"/>.*?<c:axPos val="b"/>', xml[1])
    f = openpyxl.load_workbook(jember_output)
    assert f["Grafik"]["B5"].value == "='3.1'!G7"
    assert f["Grafik"]["C6"].value == "=MIN(MAX(B6,0),Parameter!$B$16)"
    assert f["Grafik"]["B34"].value == "='3.8'!E7"


def _width(parts: dict[str, str], sheet: str, column: int) -> float:
    """Width of a 1-based column, from the sheet's ``<col min max width>`` ranges."""
    for lo, hi, width in re.findall(r'<col min="(\d+)" max="(\d+)" width="([\d.]+)"', parts[sheet]):
        if int(lo) <= column <= int(hi):
            return float(width)
    return 8.43


def test_column_widths_hold_the_longest_figures(jember_output: Path) -> None:
    parts = _sheet_parts(jember_output)
    for sheet, column in (
        ("3.8", 3),
        ("3.8", 4),
        ("3.7", 8),
        ("3.7", 9),
        ("PK", 3),
        ("Ringkasan", 3),
    ):
        assert _width(parts, sheet, column) >= len("15,308,539,115") + 2, (sheet, column)


CUSTOM = """
[predikat]
nama = "kab-contoh"
judul = "Skala Kabupaten Contoh"
kategori = [
  { kode = "Istimewa", lebih_dari = 99, arti = "Istimewa" },
  { kode = "Baik", lebih_dari = 96.3, arti = "Baik" },
  { kode = "Cukup", arti = "Cukup" },
]

[aturan]
batas_atas_skor = 120
ambang_efisiensi = 1.2
"""


@pytest.mark.parametrize(
    ("rules", "categories", "predicates", "verdicts"),
    [
        (
            RuleSet(),
            [
                "Sangat Memuaskan",
                "Memuaskan",
                "Sangat Baik",
                "Baik",
                "Cukup (Memadai)",
                "Kurang",
                "Sangat Kurang",
            ],
            ["AA", "AA", "AA"],
            ["Efisien", "Efisien"],
        ),
        (
            RuleSet(scale=SCALES["permendagri86"]),
            ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"],
            ["Sangat Tinggi", "Sangat Tinggi", "Sangat Tinggi"],
            ["Efisien", "Efisien"],
        ),
        (
            "custom",
            ["Istimewa", "Baik", "Cukup"],
            ["Istimewa", "Cukup", "Istimewa"],
            ["Efisien", "Tidak efisien"],
        ),
    ],
)
def test_scales_change_predicates_and_parameter_together(
    tmp_path: Path,
    rules: RuleSet | str,
    categories: list[str],
    predicates: list[str],
    verdicts: list[str],
) -> None:
    if rules == "custom":
        config = tmp_path / "lkip.toml"
        config.write_text(CUSTOM, encoding="utf-8")
        rules = load_rules(config)
        assert rules.cap == 120
    assert isinstance(rules, RuleSet)
    out = tmp_path / "o.xlsx"
    convert(JEMBER, out, Options(rules=rules))
    wb = values(out)
    n = len(categories)
    assert [at(wb, "3.5", 6, c) for c in range(3, 3 + n)] == categories
    assert [at(wb, "Parameter", 7 + i, 1) for i in range(n)] == [b.code for b in rules.scale.bands]
    assert [at(wb, "Ringkasan", r, 4) for r in (7, 8, 9)] == predicates
    assert [at(wb, "3.7", r, 4) for r in (7, 8)] == verdicts
    # the ✓ sits under exactly one category, the one of the predicate
    for r in range(9, 17):
        ticks = [c for c in range(3, 3 + n) if at(wb, "3.5", r, c) == "✓"]
        assert len(ticks) <= 1


def test_custom_cap_changes_sasaran_scores(tmp_path: Path) -> None:
    config = tmp_path / "lkip.toml"
    config.write_text(CUSTOM, encoding="utf-8")
    out = tmp_path / "o.xlsx"
    convert(JEMBER, out, Options(rules=load_rules(config)))
    wb = values(out)
    # indicator 1.2 (389,80) now scores 120: sasaran 1 = (100 + 120) / 2
    assert rounded(at(wb, "Ringkasan", 7, 3)) == 110.00


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[predikat]\nskala = 'bintang'", "predikat.skala"),
        (
            "[predikat]\nkategori = [{kode='A', lebih_dari=50}, {kode='B', lebih_dari=10}]",
            "predikat.kategori[2].lebih_dari: kategori terakhir tidak memakai batas bawah",
        ),
        (
            "[predikat]\nkategori = [{kode='A', lebih_dari=50}, {kode='B', lebih_dari=60},"
            "{kode='C'}]",
            "predikat.kategori[2].lebih_dari: batas setiap kategori harus lebih kecil",
        ),
        ("[predikat]\nkategori = [{kode='A'}]", "memerlukan minimal dua kategori"),
        ("[aturan]\nbatas_atas_skor = 'seratus'", "aturan.batas_atas_skor"),
        ("[aturan", "di sekitar baris 1, kolom 8"),
    ],
)
def test_bad_configuration_names_the_key(tmp_path: Path, text: str, reason: str) -> None:
    from lkip_xlsx.messages import text as say

    config = tmp_path / "lkip.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(UsageError) as err:
        load_rules(config)
    said = say(err.value.code, "id", **err.value.params)
    assert reason in said
    assert not any(w in said for w in ("must", "bound ", "Expected", "declaration")), said


@pytest.mark.libreoffice
def test_pdf_renders_every_sheet_with_charts(jember_pdf: Path) -> None:
    data = jember_pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 15  # one page or more per sheet


def _scale_case(scale: str) -> Callable[[Path], None]:
    def build(target: Path) -> None:
        if scale == "custom":
            config = target.with_suffix(".toml")
            config.write_text(CUSTOM, encoding="utf-8")
            rules = load_rules(config)
        else:
            rules = RuleSet(scale=SCALES[scale])
        assert convert(JEMBER, target, Options(rules=rules)).output == target

    return build


for _scale in ("permendagri86", "custom"):
    recalc_case(f"scale-{_scale}")(_scale_case(_scale))


@pytest.mark.libreoffice
@pytest.mark.parametrize("scale", ["permendagri86", "custom"])
def test_other_scales_recalculate(recalculated: dict[str, tuple[Path, Path]], scale: str) -> None:
    compared, bad = formula_mismatches(*recalculated[f"scale-{scale}"])
    assert bad == [] and compared > 150


def test_row_heights_are_capped_and_wide_text_columns_fit_the_page() -> None:
    """A 3 000-character name gives no row above Excel's 409 pt; a 70-character-wide text
    column is narrowed (the figures' column is not) so that the sheet prints at 85 % or
    more: 10 pt text stays at least 8,5 pt on A4 landscape."""
    from decimal import Decimal

    from lkip_xlsx.layout import MAX_HEIGHT, MIN_SCALE, Grid

    g = Grid("t", print_cols=4)
    g.text(0, 0, "kata " * 600)
    g.text(0, 1, "panjang " * 50)
    g.text(0, 2, "x")
    g.number(0, 3, Decimal("15308539115"))
    for col, width in enumerate((70, 70, 40, 20)):
        g.width(col, width)
    g.fit_columns()
    g.fit_page("a4")
    g.fit_rows()
    assert g.heights[0] == MAX_HEIGHT
    assert g.widths[3] == 20  # a figure's column keeps its width
    assert g.widths[0] < 70 and g.widths[0] == g.widths[1]  # narrowed in proportion
    # 767 px of A4 landscape at 100 %; 7 px a character and 5 a column
    printed = sum(g.widths[c] * 7 + 5 for c in range(4))
    assert printed <= 767 / MIN_SCALE
    assert g.scale("a4") >= MIN_SCALE


def test_pk_as_signed(jember_output: Path) -> None:
    """The seed's PK: its title as the input prints it, the funding note of each programme
    from the input's programme block, and the second party's signature (Bupati)."""
    wb = values(jember_output)
    assert at(wb, "PK", 1, 1) == "PERJANJIAN KINERJA – PERUBAHAN TAHUN 2023"
    notes = {
        at(wb, "PK", r, 2): at(wb, "PK", r, 4)
        for r in range(1, 30)
        if str(at(wb, "PK", r, 2) or "").startswith("Program ")
    }
    assert notes == {
        "Program Penunjang Urusan Pemerintah Daerah": "P – APBD",
        "Program Pelatihan Kerja dan Prokduktivitas Tenaga Kerja": "P – APBD & DBH CHT",
        "Program Penempatan Tenaga Kerja": "P – APBD",
        "Program Hubungan Industrial": "P – APBD & DBH CHT",
    }
    texts = [c.value for row in wb["PK"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "BUPATI JEMBER," in texts and "Ir. H. HENDY SISWANTO, ST, IPU." in texts


def test_renstra_and_rkt_carry_the_goal_and_the_rpjmd(jember_output: Path) -> None:
    wb = values(jember_output)
    renstra = [c.value for row in wb["Renstra"].iter_rows() for c in row if c.value]
    assert str(renstra[0]).endswith("(Sebelum Perubahan)")
    assert "Tujuan : Meningkatnya angkatan kerja yang berhasil ditempatkan" in renstra
    assert "Indikator Tujuan : Pencari Kerja Yang Ditempatkan" in renstra
    # the unit once, in the figure's format: no SATUAN column beside "1.000 Orang"
    assert "SATUAN" not in renstra and "Orang" not in renstra
    rkt = [c.value for row in wb["RKT"].iter_rows() for c in row if c.value]
    for text in ("RPJMD", "MISI", "Tingkat Pengangguran Terbuka (TPT)", "RENSTRA"):
        assert text in rkt
    assert "Tujuan : Meningkatnya angkatan kerja yang berhasil ditempatkan" in rkt


# English words that have no place in an Indonesian sheet (not words both languages use,
# such as Program, Target, Input, Output, Outcome, Total, Label or the column header NO)
ENGLISH = frozenset(
    """the of and is are was were where which with without from not this that these declared
    computed exact figure figures rule rules budget spent pattern truncated truncation support
    warning discrepancy error sheet cell value values row rows column columns missing found
    capped uncapped mean percentages absorption differs sum score line bar helper checks
    description severity kind difference rounded unknown""".split()
)


def test_no_english_in_an_indonesian_workbook(jember_output: Path) -> None:
    """Every string of every sheet the user sees (Pemeriksaan included): no English word."""
    wb = values(jember_output)
    found = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue  # the hidden list of what was written is for the verifier
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    words = {w.casefold() for w in re.findall(r"[A-Za-z]+", cell.value)}
                    found += [(ws.title, cell.coordinate, w) for w in sorted(words & ENGLISH)]
    assert found == []
