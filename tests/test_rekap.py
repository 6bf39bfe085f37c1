"""The Rekap of a batch (issue 15): its figures are each agency's own, its formulas recalculate,
failures, other years and duplicates are visible, links resolve, and it is reproducible."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

from lkip_xlsx.cli import app
from lkip_xlsx.verify import verify
from tests.conftest import DINKES, JEMBER, ROOT
from tests.helpers import values

sys.path.insert(0, str(ROOT / "benchmarks"))
from generate import generate  # noqa: E402

runner = CliRunner()
BERANTAKAN = ROOT / "tests" / "data" / "jember-berantakan.xlsx"
FIRST = 8  # the Rekap's first data row (1-based): 3 title rows, a gap, 3 header rows
# columns of the Rekap (1-based)
NO, PD, PEMDA, SAS, IND, NODATA, CAP, PRED, LOW, PAGU, REAL, SERAP, EFF, SEL, WARN, NOTE, KET = (
    range(1, 18)
)


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three different agencies of one kabupaten-year, and a file that is not a workbook."""
    folder = tmp_path_factory.mktemp("masukan")
    shutil.copy(JEMBER, folder / "a disnaker.xlsx")
    shutil.copy(DINKES, folder / "b dinkes.xlsx")
    generate(60, 12, folder / "c dinas uji.xlsx", "Dinas Uji", "Kabupaten Uji", 2023, seed=3)
    (folder / "d palsu.xlsx").write_text("bukan buku kerja")
    return folder


def _run(*args: str) -> Any:
    return runner.invoke(app, ["convert", *args, "--quiet"], env={"SOURCE_DATE_EPOCH": "0"})


@pytest.fixture(scope="module")
def converted(three: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hasil")
    result = _run(str(three), "--out-dir", str(out), "--jobs", "2", "--lang", "en")
    assert result.exit_code == 3, result.output  # the worst file's: d palsu.xlsx is unreadable
    return out


def _v(ws: Any, row: int, col: int) -> Any:
    return ws.cell(row, col).value


def _agency(path: Path) -> dict[Any, Any]:
    """What the agency's own workbook says, read from its Ringkasan, 3.5, 3.7 and 3.8."""
    wb = values(path)
    ring = wb["Ringkasan"]
    rows: list[tuple[Any, ...]] = list(ring.iter_rows(values_only=True))
    sasaran = [r for r in rows if isinstance(r[0], str) and r[0].isdigit()]
    overall = next(r for r in rows if str(r[0]).startswith("Capaian kinerja instansi"))
    money = {r[1]: r[2] for r in rows if r[1] in ("Total anggaran (Rp)", "Total realisasi (Rp)")}
    counts = next(r[0] for r in rows if str(r[0]).startswith("Lembar Pemeriksaan memuat"))
    sel, warn, note = (int(n) for n in re.findall(r"\d+", counts))
    t38: tuple[Any, ...] = next(r for r in wb["3.8"].iter_rows(values_only=True) if r[0] == "Total")
    indicators = [
        r for r in wb["3.5"].iter_rows(values_only=True) if str(r[0]).startswith("Indikator ")
    ]
    return {
        SAS: len(sasaran),
        IND: len(indicators),
        NODATA: sum(1 for r in indicators if isinstance(r[1], str)),
        CAP: overall[2],
        PRED: overall[3],
        LOW: min(r[2] for r in sasaran if isinstance(r[2], int | float)),
        PAGU: money["Total anggaran (Rp)"],
        REAL: money["Total realisasi (Rp)"],
        SERAP: t38[4],
        EFF: sum(1 for r in wb["3.7"].iter_rows(values_only=True) if r[3] == "Efisien"),
        SEL: sel,
        WARN: warn,
        NOTE: note,
        "pagu_38": t38[2],
        "real_38": t38[3],
        "ident": (wb["Ringkasan"]["A3"].value,),
    }


def test_the_rekaps_figures_are_each_agencys_own(converted: Path) -> None:
    wb = values(converted / "Rekap LKIP 2023.xlsx")
    ws = wb["Rekap"]
    names = ("a disnaker", "b dinkes", "c dinas uji")
    for i, name in enumerate(names):
        own = _agency(converted / f"{name} - LKIP 2023.xlsx")
        row = FIRST + i
        assert _v(ws, row, NO) == i + 1
        for col in (SAS, IND, NODATA, CAP, PRED, LOW, PAGU, REAL, SERAP, EFF, SEL, WARN, NOTE):
            assert _v(ws, row, col) == own[col], (name, col)
        assert (own["pagu_38"], own["real_38"]) == (own[PAGU], own[REAL])
        agency = f"{_v(ws, row, PD)} {_v(ws, row, PEMDA)}"
        assert own["ident"] == (agency,)
    # the seed's figures, so that the comparison is not of two empty cells: Disnaker Jember
    # 2023, capaian 98,15 % (AA), serapan 13.359.116.248 / 15.308.539.115 = 87,27 %
    assert [_v(ws, FIRST, c) for c in (CAP, PRED, PAGU, REAL, SERAP)] == [
        98.15,
        "AA",
        15308539115,
        13359116248,
        87.27,
    ]


def test_a_failed_file_has_its_row_with_the_reason_in_indonesian(converted: Path) -> None:
    ws = values(converted / "Rekap LKIP 2023.xlsx")["Rekap"]
    row = FIRST + 3
    assert _v(ws, row, NO) == 4
    assert _v(ws, row, PD) == "d palsu.xlsx"
    assert _v(ws, row, PAGU) == "-"
    reason = _v(ws, row, KET)
    assert reason.startswith("gagal: ") and "berkas teks" in reason  # --lang en on the terminal


def test_the_summary_counts_and_totals(converted: Path) -> None:
    wb = values(converted / "Rekap LKIP 2023.xlsx")
    got: dict[Any, Any] = {r[0]: r[3] for r in wb["Ikhtisar"].iter_rows(values_only=True) if r[0]}
    rekap = wb["Rekap"]
    pagu = [_v(rekap, FIRST + i, PAGU) for i in range(3)]
    real = [_v(rekap, FIRST + i, REAL) for i in range(3)]
    caps = [_v(rekap, FIRST + i, CAP) for i in range(3)]
    assert got["Jumlah buku kerja masukan"] == 4
    assert got["Dengan hasil yang ditulis"] == 3
    assert got["Tanpa hasil (gagal atau tidak ditulis)"] == 1
    assert got["Total pagu anggaran (Rp)"] == sum(pagu)
    assert got["Total realisasi anggaran (Rp)"] == sum(real)
    # money-weighted, not the mean of the three percentages
    weighted = got["Serapan anggaran tertimbang: Σ realisasi ÷ Σ pagu × 100 (%)"]
    assert weighted == round(sum(real) / sum(pagu) * 100 + 1e-9, 2)
    assert got["Rata-rata capaian kinerja perangkat daerah (%)"] == round(sum(caps) / 3 + 1e-9, 2)
    # Disnaker 98,15 is AA, Dinkes 68,36 is B (above 60, not above 70)
    assert got["AA"] >= 1 and got["B"] >= 1
    preds = [_v(rekap, FIRST + i, PRED) for i in range(3)]
    for code in ("AA", "A", "BB", "B", "CC", "C", "D"):
        assert got[code] == preds.count(code)
    assert got["Tanpa predikat (tanpa hasil atau tanpa data capaian)"] == 1


def test_the_ranking_is_by_capaian_and_references_the_rekap(converted: Path) -> None:
    path = converted / "Rekap LKIP 2023.xlsx"
    wb = values(path)
    ranked: list[Any] = [r for r in wb["Peringkat"].iter_rows(min_row=7, values_only=True) if r[0]]
    ranked = [r for r in ranked if isinstance(r[0], int)]
    caps = [r[3] for r in ranked]
    assert caps == sorted(caps, reverse=True) and len(ranked) == 3
    from tests.helpers import formulas

    assert formulas(path)["Peringkat"]["D7"].value.startswith("=Rekap!G")


def test_verify_accepts_the_rekap_and_finds_an_edit(converted: Path, tmp_path: Path) -> None:
    import openpyxl

    path = converted / "Rekap LKIP 2023.xlsx"
    result = verify(path)
    assert result.exit_code == 0 and result.findings == (), result.findings  # COUNTIF parsed
    assert result.formulas > 30
    edited = tmp_path / "edited.xlsx"
    wb = openpyxl.load_workbook(path)
    wb["Rekap"].cell(FIRST, CAP).value = 99
    wb.save(edited)
    codes = {f.code for f in verify(edited).findings}
    assert "value_changed" in codes


def test_the_fingerprints_are_the_outputs(converted: Path) -> None:
    ws = values(converted / "Rekap LKIP 2023.xlsx")["Berkas"]
    listed = {r[2]: r[4] for r in ws.iter_rows(min_row=7, values_only=True) if r[2]}
    out = values(converted / "a disnaker - LKIP 2023.xlsx")
    custom: Any = getattr(out, "custom_doc_props")  # noqa: B009 (not in the type stubs)
    props = {p.name: p.value for p in custom.props}
    assert listed["a disnaker.xlsx"] == props["lkip_xlsx_fingerprint"]
    assert listed["d palsu.xlsx"] == "-"


def _targets(path: Path) -> list[str]:
    import openpyxl

    ws = openpyxl.load_workbook(path)["Rekap"]
    return [c.hyperlink.target for c in ws[_letter(KET)] if c.hyperlink is not None]


def _letter(col: int) -> str:
    return chr(64 + col)


def test_links_are_relative_and_resolve(converted: Path, tmp_path: Path) -> None:
    targets = _targets(converted / "Rekap LKIP 2023.xlsx")
    assert targets == [
        f"{n}%20-%20LKIP%202023.xlsx" for n in ("a%20disnaker", "b%20dinkes", "c%20dinas%20uji")
    ]
    moved = tmp_path / "dipindah"
    shutil.copytree(converted, moved)  # the folder moved (or zipped and unpacked) elsewhere
    for target in targets:
        assert (moved / unquote(target).replace("\\", "/")).is_file()


def test_outputs_beside_their_inputs_link_into_subfolders(tmp_path: Path) -> None:
    folder = tmp_path / "kabupaten"
    (folder / "bidang").mkdir(parents=True)
    shutil.copy(JEMBER, folder / "disnaker.xlsx")
    shutil.copy(DINKES, folder / "bidang" / "dinkes.xlsx")
    assert _run(str(folder), "--jobs", "1").exit_code == 1  # the Dinkes sample has findings
    targets = _targets(folder / "Rekap LKIP 2023.xlsx")
    assert len(targets) == 2
    for target in targets:
        assert (folder / unquote(target).replace("\\", "/")).is_file()


def test_other_years_get_their_own_rekap_and_are_flagged(tmp_path: Path) -> None:
    folder = tmp_path / "masukan"
    folder.mkdir()
    shutil.copy(JEMBER, folder / "disnaker.xlsx")
    generate(30, 6, folder / "lama.xlsx", "Dinas Lama", "Kabupaten Jember", 2022, seed=1)
    (folder / "rusak.xlsx").write_text("bukan")
    out = tmp_path / "hasil"
    result = _run(str(folder), "--out-dir", str(out), "--jobs", "1")
    assert result.exit_code == 3
    assert "(2022, 2023)" in result.stderr
    for tahun, other, rows in ((2023, "2022", 2), (2022, "2023", 1)):
        wb = values(out / f"Rekap LKIP {tahun}.xlsx")
        alerts = [r[0] for r in wb["Ikhtisar"].iter_rows(values_only=True) if r[0]]
        assert any(str(a).startswith("Perhatian") and other in str(a) for a in alerts)
        numbers = [r[0] for r in wb["Rekap"].iter_rows(min_row=FIRST, values_only=True)]
        assert numbers == list(range(1, rows + 1))
    # the failed file (year unknown) is in the main year's Rekap: 2023 (a tie goes to the later)
    assert values(out / "Rekap LKIP 2023.xlsx")["Rekap"].cell(FIRST + 1, PD).value == "rusak.xlsx"


def test_the_same_agency_twice_is_flagged(tmp_path: Path) -> None:
    folder = tmp_path / "masukan"
    folder.mkdir()
    shutil.copy(JEMBER, folder / "disnaker.xlsx")
    shutil.copy(BERANTAKAN, folder / "disnaker lagi.xlsx")  # the same agency, another layout
    out = tmp_path / "hasil"
    result = _run(str(folder), "--out-dir", str(out), "--jobs", "1")
    assert result.exit_code == 1  # both converted cleanly: the duplicate is the finding
    assert "nomor 1, 2 adalah instansi yang sama" in result.stderr
    wb = values(out / "Rekap LKIP 2023.xlsx")
    notes = [r[3] for r in wb["Berkas"].iter_rows(min_row=7, max_row=8, values_only=True)]
    assert all("ganda" in str(n) for n in notes)


def test_jobs_1_and_2_give_identical_rekaps(three: Path, tmp_path: Path) -> None:
    made = []
    for jobs in ("1", "2"):
        out = tmp_path / jobs
        assert _run(str(three), "--out-dir", str(out), "--jobs", jobs).exit_code == 3
        made.append((out / "Rekap LKIP 2023.xlsx").read_bytes())
    assert made[0] == made[1]


def test_rekap_name_and_no_rekap(three: Path, tmp_path: Path) -> None:
    named = tmp_path / "kab.xlsx"
    _run(
        str(three / "a disnaker.xlsx"),
        str(three / "b dinkes.xlsx"),
        "--out-dir",
        str(tmp_path / "o"),
        "--rekap",
        str(named),
    )
    assert named.is_file() and not (tmp_path / "o" / "Rekap LKIP 2023.xlsx").exists()
    _run(
        str(three / "a disnaker.xlsx"),
        str(three / "b dinkes.xlsx"),
        "--out-dir",
        str(tmp_path / "n"),
        "--no-rekap",
    )
    assert not (tmp_path / "n" / "Rekap LKIP 2023.xlsx").exists()


def test_a_file_the_tool_did_not_write_is_not_overwritten(three: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    out.mkdir()
    mine = out / "Rekap LKIP 2023.xlsx"
    shutil.copy(JEMBER, mine)  # the user's own workbook, by chance of that name
    result = _run(
        str(three / "a disnaker.xlsx"), str(three / "b dinkes.xlsx"), "--out-dir", str(out)
    )
    assert result.exit_code == 3
    assert "bukan Rekap yang ditulis lkip" in result.stderr
    assert mine.read_bytes() == JEMBER.read_bytes()


@pytest.mark.libreoffice
def test_the_rekap_recalculates_in_libreoffice(
    converted: Path, tmp_path: Path, libreoffice: str
) -> None:
    from tests.recalc import formula_mismatches, recalculate

    path = converted / "Rekap LKIP 2023.xlsx"
    count, bad = formula_mismatches(path, recalculate(path, tmp_path))
    assert count > 30 and bad == []


def test_a_single_conversion_does_not_import_the_batch_machinery(tmp_path: Path) -> None:
    import subprocess

    code = (
        "import sys\n"
        "from lkip_xlsx.cli import app\n"
        "try:\n"
        f"    app(['convert', {str(JEMBER)!r}, '-o', {str(tmp_path / 'o.xlsx')!r}])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "heavy = ('lkip_xlsx.batch', 'lkip_xlsx.rekap', 'lkip_xlsx.tables.rekap',\n"
        "         'multiprocessing', 'concurrent.futures.process')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "o.xlsx").is_file()


def _printed_points(path: Path, sheet: str) -> float:
    """The body text's size on paper once the sheet is fitted to the page width (10 pt
    cells; a column of width w takes 7w + 5 pixels, 0,75 pt each; landscape A4 is 841,9 pt
    wide, less 2 × 36 pt of margins)."""
    import openpyxl

    ws = openpyxl.load_workbook(path)[sheet]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    fit = ws.sheet_properties.pageSetUpPr
    assert fit is not None and fit.fitToPage and ws.page_setup.fitToWidth in (None, 1)
    assert ws.print_title_rows
    last = openpyxl.utils.column_index_from_string(str(ws.print_area).split("$")[-2])
    widths: dict[int, float] = {}
    for dim in ws.column_dimensions.values():
        for col in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
            widths[col] = 0.0 if dim.hidden else float(dim.width or 8.43)
    points = sum(
        (7 * widths.get(c, 8.43) + 5) * 0.75 for c in range(1, last + 1) if widths.get(c, 1)
    )
    return 10 * min(1.0, (841.9 - 72) / points)


def test_the_rekap_prints_legibly(converted: Path, tmp_path: Path) -> None:
    several = converted / "Rekap LKIP 2023.xlsx"  # three pemerintah: the column is printed
    assert _printed_points(several, "Rekap") >= 8
    assert _printed_points(several, "Berkas") >= 8
    assert _printed_points(several, "Peringkat") >= 8


@pytest.mark.parametrize(
    ("criterion", "expected"),
    [
        ("AA", 2),  # "AA" and "aa": Excel compares text case-insensitively
        ("A*", 3),  # AA, aa, Ax
        ("A?", 3),
        ("<>AA", 4),  # B, 5, the blank and Ax
        (">4", 1),  # the number 5 only; text is never greater than a number here
        ("", 1),  # the blank cell
    ],
)
def test_countif_criteria(criterion: str, expected: int) -> None:
    from decimal import Decimal

    from lkip_xlsx.formula import RangeRef, count, countif

    cells = RangeRef("S", 0, 0, 5, 0, ("AA", "aa", "B", Decimal(5), None, "Ax"))
    assert countif(cells, criterion).value() == Decimal(expected)
    assert countif(cells, criterion).formula("S") == f'COUNTIF(A1:A6,"{criterion}")'
    assert count(cells).value() == Decimal(1)


def test_verify_checks_the_outputs_the_rekap_links_to(converted: Path, tmp_path: Path) -> None:
    moved = tmp_path / "salinan"
    shutil.copytree(converted, moved)
    rekap = moved / "Rekap LKIP 2023.xlsx"
    assert verify(rekap).findings == ()
    (moved / "a disnaker - LKIP 2023.xlsx").unlink()  # gone
    shutil.copy(moved / "b dinkes - LKIP 2023.xlsx", moved / "c dinas uji - LKIP 2023.xlsx")
    found = {(f.code, f.where) for f in verify(rekap).findings}
    # rows 1 and 3 of the Rekap (sheet rows 8 and 10), their link in column Q
    assert found == {("rekap_output_missing", "Rekap!Q8"), ("rekap_output_changed", "Rekap!Q10")}
    assert verify(rekap).exit_code == 1
