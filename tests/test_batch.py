"""A whole kabupaten at once (issue 6)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lkip_xlsx.batch import collect, plan_outputs, safe_name
from lkip_xlsx.cli import app
from lkip_xlsx.pipeline import convert
from tests.conftest import DINKES, JEMBER, ROOT

runner = CliRunner()
BROKEN = ROOT / "tests" / "data" / "corpus" / "anggaran-pagu-teks.xlsx"


@pytest.fixture
def kabupaten(tmp_path: Path) -> Path:
    folder = tmp_path / "masukan kabupaten"
    (folder / "bidang").mkdir(parents=True)
    shutil.copy(JEMBER, folder / "disnaker.xlsx")
    shutil.copy(DINKES, folder / "bidang" / "dinkes 2023.xlsx")
    shutil.copy(BROKEN, folder / "rusak.xlsx")
    (folder / "palsu.xlsx").write_text("bukan buku kerja")
    (folder / "catatan.txt").write_text("bukan masukan")
    convert(JEMBER, folder / "hasil lama.xlsx")  # an earlier output, whatever its name
    (folder / "~$disnaker.xlsx").write_bytes(b"lock")  # Excel's lock file
    return folder


def test_folders_give_their_workbooks_not_outputs_or_lock_files(kabupaten: Path) -> None:
    names = [p.relative_to(kabupaten).as_posix() for p in collect([kabupaten])]
    assert names == ["bidang/dinkes 2023.xlsx", "disnaker.xlsx", "palsu.xlsx", "rusak.xlsx"]


def test_outputs_are_recognised_by_content_never_by_name(tmp_path: Path) -> None:
    """A staff file may well be called '… - LKIP 2023.xlsx' (issue 14): it is converted."""
    folder = tmp_path / "masukan"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(JEMBER, folder / "Disnaker Jember - LKIP 2023.xlsx")
    shutil.copy(JEMBER, folder / "sub" / "DATA LKIP.XLSX")
    convert(JEMBER, folder / "Disnaker Jember - LKIP 2023 - LKIP 2023.xlsx")  # ours
    names = [p.relative_to(folder).as_posix() for p in collect([folder])]
    assert names == ["Disnaker Jember - LKIP 2023.xlsx", "sub/DATA LKIP.XLSX"]
    # two copies of one agency: without --no-rekap the Rekap would flag them (exit 1)
    args = ["convert", str(folder), "--out-dir", str(tmp_path / "hasil"), "--no-rekap"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "hasil").iterdir()) == [
        "DATA LKIP - LKIP 2023.xlsx",
        "Disnaker Jember - LKIP 2023.xlsx",  # the year is not repeated
    ]


def test_batch_converts_the_good_and_reports_the_rest(kabupaten: Path, tmp_path: Path) -> None:
    out = tmp_path / "hasil"
    result = runner.invoke(
        app, ["convert", str(kabupaten), "--out-dir", str(out), "--jobs", "2", "--json"]
    )
    assert result.exit_code == 3  # the worst of the files': a file that could not be read
    summary = {Path(r["file"]).name: r for r in json.loads(result.stdout)}
    assert {k: (v["status"], v["exit_code"], v["count"]) for k, v in summary.items()} == {
        "dinkes 2023.xlsx": ("findings", 1, 3),
        "disnaker.xlsx": ("done", 0, 0),
        "palsu.xlsx": ("failed", 3, 0),
        "rusak.xlsx": ("not_written", 1, 1),
    }
    # each finding in the one shape every --json output uses
    first = summary["rusak.xlsx"]["findings"][0]
    assert (first["code"], first["where"], first["severity"]) == (
        "amount_invalid",
        "Anggaran!C7",
        "error",
    )
    assert first["message"] == summary["rusak.xlsx"]["message"]
    assert summary["rusak.xlsx"]["message"].startswith("Anggaran!C7: 'tiga puluh juta'")
    assert "berkas teks" in summary["palsu.xlsx"]["message"]
    assert sorted(p.name for p in out.iterdir()) == [
        "Rekap LKIP 2023.xlsx",
        "dinkes 2023 - LKIP 2023.xlsx",
        "disnaker - LKIP 2023.xlsx",
    ]


def test_plain_lines_without_a_terminal_and_a_summary_table(
    kabupaten: Path, tmp_path: Path
) -> None:
    result = runner.invoke(
        app,
        [
            "convert",
            str(kabupaten / "disnaker.xlsx"),
            str(kabupaten / "rusak.xlsx"),
            "--out-dir",
            str(tmp_path / "o"),
            "--jobs",
            "1",
        ],
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"[1/2] selesai: {kabupaten / 'disnaker.xlsx'}",
        f"[2/2] tidak ditulis: {kabupaten / 'rusak.xlsx'}",
        f"Rekap ditulis: {tmp_path / 'o' / 'Rekap LKIP 2023.xlsx'}",
    ]
    assert (
        "2 berkas: 1 selesai, 0 selesai dengan temuan, 1 tidak ditulis, 0 gagal." in result.stdout
    )
    quiet = runner.invoke(
        app,
        [
            "convert",
            str(kabupaten / "disnaker.xlsx"),
            str(kabupaten / "rusak.xlsx"),
            "--out-dir",
            str(tmp_path / "q"),
            "--quiet",
        ],
    )
    assert quiet.stderr == ""


def test_jobs_2_and_jobs_1_give_identical_bytes(
    kabupaten: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1704067200")  # fixed document dates
    for jobs in ("1", "2"):
        runner.invoke(
            app,
            [
                "convert",
                str(kabupaten),
                "--out-dir",
                str(tmp_path / jobs),
                "--jobs",
                jobs,
                "--quiet",
            ],
        )
    one = {p.name: p.read_bytes() for p in (tmp_path / "1").iterdir()}
    two = {p.name: p.read_bytes() for p in (tmp_path / "2").iterdir()}
    assert len(one) == 3 and one == two  # two outputs and the Rekap


def test_output_names_stay_inside_the_folder() -> None:
    files = [
        Path("a/laporan.xlsx"),
        Path("b/laporan.xlsx"),
        Path("CON.xlsx"),
        Path("..xlsx"),
        Path("x" * 300 + ".xlsx"),
        Path("dinas: kes?.xlsx"),
    ]
    names = list(plan_outputs(files).values())
    assert names[:2] == ["laporan", "laporan (2)"]
    assert names[2] == "_CON" and names[3] == "_"
    assert len(names[4]) == 120 and names[5] == "dinas_ kes_"
    assert all("/" not in n and "\\" not in n and ".." not in n for n in names)
    assert safe_name("Dinas Pendidikan & Kebudayaan") == "Dinas Pendidikan & Kebudayaan"


def test_o_with_many_inputs_is_a_usage_error(kabupaten: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["convert", str(kabupaten), "-o", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 2
    empty = tmp_path / "kosong"
    empty.mkdir()
    assert runner.invoke(app, ["convert", str(empty)]).exit_code == 2


def test_pdf_without_libreoffice_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    result = runner.invoke(app, ["convert", str(JEMBER), "-o", str(tmp_path / "o.xlsx"), "--pdf"])
    assert result.exit_code == 3
    assert "LibreOffice tidak terpasang" in result.stderr
    assert (tmp_path / "o.xlsx").exists()


@pytest.mark.libreoffice
def test_pdf_beside_each_output(libreoffice: str, kabupaten: Path, tmp_path: Path) -> None:
    out = tmp_path / "hasil"
    result = runner.invoke(
        app,
        [
            "convert",
            str(kabupaten / "disnaker.xlsx"),
            str(kabupaten / "bidang"),
            "--out-dir",
            str(out),
            "--jobs",
            "2",
            "--pdf",
            "--quiet",
        ],
    )
    assert result.exit_code == 1
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert pdfs == ["dinkes 2023 - LKIP 2023.pdf", "disnaker - LKIP 2023.pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in out.glob("*.pdf"))


@pytest.mark.skipif(shutil.which("script") is None, reason="needs util-linux 'script' for a tty")
def test_progress_bar_on_a_terminal(kabupaten: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    log = tmp_path / "terminal.log"
    command = (
        f'"{sys.executable}" -m lkip_xlsx convert "{kabupaten}" --out-dir '
        f'"{tmp_path / "hasil"}" --jobs 2'
    )
    subprocess.run(
        ["script", "-qec", command, str(log)], capture_output=True, timeout=300, check=False
    )
    screen = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", log.read_text(errors="replace"))
    frames = [line for line in screen.replace("\r", "\n").splitlines() if "Mengonversi" in line]
    assert frames, screen[-2000:]
    assert re.search(r"Mengonversi .*4/4 2 gagal \d:\d\d:\d\d", frames[-1])  # done, failed, time
    assert "4 berkas: 1 selesai, 1 selesai dengan temuan, 1 tidak ditulis, 1 gagal." in screen


def test_batch_prints_each_file_s_findings_after_the_summary(
    kabupaten: Path, tmp_path: Path
) -> None:
    """Issue 14: the summary said 'ada temuan │ 3' and nothing told which: now every finding
    follows, with its sheet!cell, and --notes keeps the same words for Notepad."""
    notes = tmp_path / "hasil" / "catatan.txt"
    result = runner.invoke(
        app,
        ["convert", str(kabupaten), "--out-dir", str(tmp_path / "hasil"), "--notes", str(notes)],
    )
    assert result.exit_code == 3
    after = result.stdout.split("4 berkas: 1 selesai, 1 selesai dengan temuan")[1]
    dinkes = kabupaten / "bidang" / "dinkes 2023.xlsx"
    assert f"Temuan pada {dinkes}:" in after
    assert "  [selisih] Belanja!D12 (hasil 3.8!D15): jumlah Realisasi yang dicantumkan" in after
    assert f"Temuan pada {kabupaten / 'rusak.xlsx'}:" in after
    assert "  [kesalahan] Anggaran!C7: 'tiga puluh juta' pada kolom 'Anggaran' bukan" in after
    assert "berkas teks" in after  # why palsu.xlsx failed
    raw = notes.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Notepad shows Indonesian right
    body = raw.decode("utf-8-sig")
    assert "\r\n" in body
    assert body.splitlines()[0] == (
        "4 berkas: 1 selesai, 1 selesai dengan temuan, 1 tidak ditulis, 1 gagal."
    )
    assert "Belanja!D12" in body and "Anggaran!C7" in body
    assert f"Catatan ditulis: {notes}" in result.stderr


def test_summary_table_fits_the_terminal(kabupaten: Path, tmp_path: Path) -> None:
    for width in (80, 120):
        result = runner.invoke(
            app,
            ["convert", str(kabupaten), "--out-dir", str(tmp_path / str(width)), "--quiet"],
            env={"COLUMNS": str(width)},
        )
        table = [line for line in result.stdout.splitlines() if line.startswith(("┃", "│"))]
        assert table and max(len(line) for line in table) <= width
        assert "…" not in result.stdout  # long paths wrap, never cut
