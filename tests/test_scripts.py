"""The double-click script for staff, end to end in a temporary folder (issue 6): the first
run installs the tool from the local checkout into a private environment beside the script,
later runs reuse it; dropped files and the masukan/hasil folders both work, with spaces in
every path."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import JEMBER, ROOT

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the .sh script is for Linux")


def run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LKIP_TANPA_JEDA="1")
    return subprocess.run(
        ["bash", str(script), *args],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_sh_script_first_run_installs_then_reuses(tmp_path: Path) -> None:
    package = tmp_path / "paket lkip"
    package.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, package / name)
    shutil.copytree(
        ROOT / "lkip_xlsx", package / "lkip_xlsx", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(
        ROOT / "scripts",
        package / "scripts",
        ignore=shutil.ignore_patterns(".lkip-venv", "masukan", "hasil"),
    )
    script = package / "scripts" / "konversi-lkip.sh"

    first = run(script)  # nothing to convert yet: installs, creates the folders, explains
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Menyiapkan lkip-xlsx untuk pertama kali" in first.stdout
    assert "Folder 'masukan' masih kosong" in first.stdout
    masukan, hasil = package / "scripts" / "masukan", package / "scripts" / "hasil"
    assert (masukan / "BACA SAYA.txt").exists() and hasil.is_dir()
    venv_python = package / "scripts" / ".lkip-venv" / "bin" / "python"
    installed = venv_python.stat().st_mtime

    shutil.copy(JEMBER, masukan / "dinas tenaga kerja.xlsx")
    start = time.monotonic()
    second = run(script)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Menyiapkan" not in second.stdout  # the environment is reused
    assert time.monotonic() - start < 120
    assert venv_python.stat().st_mtime == installed
    assert (hasil / "dinas tenaga kerja - LKIP 2023.xlsx").exists()
    assert "Selesai tanpa catatan." in second.stdout

    dropped = tmp_path / "berkas lain" / "dinas kesehatan 2023.xlsx"
    dropped.parent.mkdir()
    shutil.copy(ROOT / "samples" / "contoh-dinkes-2023.xlsx", dropped)
    third = run(script, str(dropped))
    assert third.returncode == 1  # the sample has findings
    assert (dropped.parent / "dinas kesehatan 2023 - LKIP 2023.xlsx").exists()
    assert "Selesai, dengan catatan" in third.stdout
