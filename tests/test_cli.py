"""The ``lkip`` command through CliRunner: exit codes and the lines staff read."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from lkip_xlsx.cli import app
from tests.conftest import JEMBER

runner = CliRunner()


def broken_copy(
    tmp_path: Path, sheet: str, cell: str, value: str | int | float | None, name: str = "b.xlsx"
) -> Path:
    wb = openpyxl.load_workbook(JEMBER)
    wb[sheet][cell] = value
    path = tmp_path / name
    wb.save(path)
    return path


def test_convert_sample_default_output_name(tmp_path: Path) -> None:
    src = tmp_path / "jember.xlsx"
    src.write_bytes(JEMBER.read_bytes())
    result = runner.invoke(app, ["convert", str(src)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "jember - LKIP 2023.xlsx"
    assert out.exists()
    assert result.stdout.strip() == f"Selesai: {out}"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_input_is_never_modified(tmp_path: Path) -> None:
    before = hashlib.sha256(JEMBER.read_bytes()).hexdigest()
    result = runner.invoke(app, ["convert", str(JEMBER), "-o", str(tmp_path / "o.xlsx")])
    assert result.exit_code == 0
    assert hashlib.sha256(JEMBER.read_bytes()).hexdigest() == before


def test_non_numeric_amount_names_the_cell_and_writes_nothing(tmp_path: Path) -> None:
    src = broken_copy(tmp_path, "Anggaran", "C7", "seratus")
    out = tmp_path / "o.xlsx"
    result = runner.invoke(app, ["convert", str(src), "-o", str(out)])
    assert result.exit_code == 1
    assert (
        "[kesalahan] Anggaran!C7: 'seratus' pada kolom 'Anggaran' bukan jumlah rupiah yang "
        "sah. Tulis angka rupiah tidak negatif, misalnya 37.984.500." in result.stderr
    )
    assert "Tidak ada hasil yang ditulis" in result.stderr
    assert not out.exists()


def test_a_target_that_fits_no_form_is_flagged_and_the_rest_is_written(tmp_path: Path) -> None:
    """docs/aturan.md §1a: text in Target never stops the output; that indicator is not computed."""
    src = broken_copy(tmp_path, "Realisasi", "F5", "seratus")
    out = tmp_path / "o.xlsx"
    result = runner.invoke(app, ["convert", str(src), "-o", str(out)])
    assert result.exit_code == 1
    assert "Realisasi!F5: target 'seratus' bukan angka, batas" in result.stderr
    assert out.exists()
    ws = openpyxl.load_workbook(out, data_only=True)["3.1"]
    assert ws["E7"].value == "seratus" and ws["G7"].value == "tidak dapat dihitung"


def test_english_messages(tmp_path: Path) -> None:
    src = broken_copy(tmp_path, "Realisasi", "F5", "seratus")
    result = runner.invoke(
        app, ["convert", str(src), "-o", str(tmp_path / "o.xlsx"), "--lang", "en"]
    )
    assert result.exit_code == 1
    assert "Realisasi!F5: target 'seratus' is not a number, a bound" in result.stderr


def test_missing_realisation_writes_output_and_exits_1(tmp_path: Path) -> None:
    src = broken_copy(tmp_path, "Realisasi", "I6", "data tidak tersedia")
    out = tmp_path / "o.xlsx"
    result = runner.invoke(app, ["convert", str(src), "-o", str(out)])
    assert result.exit_code == 1
    assert "Realisasi!I6: realisasi tidak tersedia" in result.stderr
    assert result.stdout.startswith("Selesai dengan 1 catatan")
    wb = openpyxl.load_workbook(out, data_only=True)
    rows = [[c.value for c in r] for r in wb["Pemeriksaan"].iter_rows(min_row=5)]
    no_data = [r[1:7] for r in rows if r[2] == "Realisasi kosong"]  # the kind no_data
    assert no_data == [
        ["peringatan", "Realisasi kosong", "Realisasi!I6", "Realisasi", "data tidak tersedia", ""]
    ]
    # the indicator without data leaves sasaran 1 with the other indicator's score
    assert wb["3.5"]["B11"].value == 100


def test_missing_sheet_names_the_sheets_found(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(JEMBER)
    del wb["Anggaran"]
    src = tmp_path / "noang.xlsx"
    wb.save(src)
    result = runner.invoke(app, ["convert", str(src), "-o", str(tmp_path / "o.xlsx")])
    assert result.exit_code == 1
    assert "Lembar 'Anggaran' tidak ditemukan" in result.stderr
    found = " ".join(result.stderr.split())
    # each sheet with what it looked like, in the workbook's order
    names = ["Identitas", "Realisasi", "PK", "Renstra", "RKT", "Program Kegiatan"]
    places = [found.find(f"'{n}' (A") for n in names]  # from the cell of its first label
    assert -1 not in places and places == sorted(places), found


def test_missing_file_exit_3(tmp_path: Path) -> None:
    result = runner.invoke(app, ["convert", str(tmp_path / "tidak-ada.xlsx")])
    assert result.exit_code == 3
    assert "tidak ditemukan" in result.stderr


def test_output_folder_missing_exit_3(tmp_path: Path) -> None:
    target = tmp_path / "no" / "o.xlsx"
    result = runner.invoke(app, ["convert", str(JEMBER), "-o", str(target)])
    assert result.exit_code == 3
    assert result.stderr.strip() == (
        f"Hasil tidak dapat ditulis ke {target}: folder {target.parent} tidak ada. Periksa "
        "nama foldernya, atau buat folder itu lebih dulu."
    )


def test_permendagri86_scale_from_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "o.xlsx"
    result = runner.invoke(
        app, ["convert", str(JEMBER), "-o", str(out), "--scale", "permendagri86"]
    )
    assert result.exit_code == 0
    wb = openpyxl.load_workbook(out, data_only=True)
    assert wb["Ringkasan"]["D7"].value == "Sangat Tinggi"
    assert wb["Parameter"]["A7"].value == "Sangat Tinggi"
    assert [wb["3.5"].cell(6, c).value for c in range(3, 8)] == [
        "Sangat Tinggi",
        "Tinggi",
        "Sedang",
        "Rendah",
        "Sangat Rendah",
    ]


COMMANDS = [[], ["convert"], ["check"], ["verify"], ["template"]]
CLICK_ENGLISH = ("Usage", "Options", "Show this message", "<list", "<bool>", "<path>", "[default")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_help_screen_is_indonesian_with_an_example(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    screen = result.stdout
    assert screen.startswith(f"Pemakaian: lkip {' '.join(command)}".rstrip())
    assert "\nContoh:\n  lkip " in screen and "Pilihan:" in screen
    assert "Tampilkan bantuan ini lalu keluar." in screen
    assert not [w for w in CLICK_ENGLISH if w in screen], screen
    for line in screen.split("Pilihan:")[1].splitlines():  # every option is explained
        if line.startswith("  -"):
            assert len(line.split("  ")) > 2 or "[" in line, line


@pytest.mark.parametrize("command", COMMANDS)
def test_help_in_english_with_lang_before_or_after(command: list[str]) -> None:
    for args in (["--lang", "EN", *command, "--help"], [*command, "--help", "--lang", "en"]):
        screen = runner.invoke(app, args).stdout
        assert screen.startswith("Usage: lkip"), args
        assert "Examples:" in screen and "Show this help and exit." in screen


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["convert"], "MASUKAN... belum diberikan: sebutkan berkas atau folder yang diproses."),
        (["--lang", "en", "convert"], "INPUTS... is missing: name the file or folder"),
        (["convert", "x.xlsx", "--lang", "fr"], "Nilai untuk --lang tidak dikenal; pilih salah"),
        (["convert", "x.xlsx", "--jobs", "dua"], "Nilai untuk --jobs harus bilangan bulat"),
        (["convert", "x.xlsx", "--scale", "bintang"], "pilih salah satu: sakip, permendagri86."),
        (["convert", "x.xlsx", "--bogus"], "Pilihan --bogus tidak dikenal."),
        (["konversi"], "Perintah 'konversi' tidak dikenal."),
        (["check", "x.xlsx", "--lang"], "Pilihan --lang memerlukan nilai"),
        (["convert", "x.xlsx", "--tahun", "abc"], "bulat, misalnya --tahun 2023."),
        (["verify", "a.xlsx", "b.xlsx"], "Masukan berlebih yang tidak dipahami: b.xlsx."),
    ],
)
def test_usage_errors_in_indonesian_exit_2(args: list[str], said: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert said in result.stderr
    assert "--help' untuk petunjuk dan contoh." in result.stderr or "--help' for" in result.stderr
    assert "Missing argument" not in result.stderr and "No such" not in result.stderr


def test_lang_in_any_case_before_or_after_the_command(tmp_path: Path) -> None:
    missing = str(tmp_path / "tidak-ada.xlsx")
    for args in (["--lang", "EN", "convert", missing], ["convert", missing, "--lang", "En"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 3
        assert "was not found" in result.stderr, args


def test_lkip_alone_shows_the_help() -> None:
    result = runner.invoke(app, [])
    assert result.exit_code == 2
    assert result.stdout.startswith("Pemakaian: lkip [PILIHAN] PERINTAH")
    assert "  convert   Buat buku kerja LKIP" in result.stdout


def test_output_name_does_not_repeat_lkip_year(tmp_path: Path) -> None:
    from lkip_xlsx.pipeline import default_output

    src = tmp_path / "Disnaker Jember - LKIP 2023.xlsx"
    # next to the input, the plain name would be the input itself: " (hasil)" tells them apart
    assert default_output(src, 2023).name == "Disnaker Jember - LKIP 2023 (hasil).xlsx"
    out_dir = tmp_path / "hasil"
    assert default_output(src, 2023, out_dir).name == "Disnaker Jember - LKIP 2023.xlsx"
    assert default_output(tmp_path / "Dinkes lkip2023.xlsx", 2023).name == "Dinkes - LKIP 2023.xlsx"
    # another year stays in the name
    assert default_output(tmp_path / "Dinkes LKIP 2022.xlsx", 2023).name == (
        "Dinkes LKIP 2022 - LKIP 2023.xlsx"
    )
    assert default_output(tmp_path / "LKIP 2023.xlsx", 2023).name == "LKIP 2023 (hasil).xlsx"


def test_batch_names_do_not_collide_after_the_year_is_dropped(tmp_path: Path) -> None:
    from lkip_xlsx.batch import plan_outputs

    files = [tmp_path / "a" / "Dinkes.xlsx", tmp_path / "b" / "Dinkes - LKIP 2023.xlsx"]
    plan = plan_outputs(files)
    assert plan[files[0]] == "Dinkes"
    assert plan[files[1]] == "Dinkes (2)"
