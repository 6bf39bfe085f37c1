"""The double-click scripts for staff (issues 6 and 14).

The Linux script runs end to end in a temporary folder: the first run installs the tool from
the local checkout (with the pinned versions) into a private environment beside the script,
later runs reuse it; dropped files and the masukan/hasil folders both work, with spaces in
every path; findings are printed and kept in hasil/catatan.txt; a staff file named like an
output is converted; a moved folder reinstalls; an old Python is named as such. The Windows
script is read, not run: a static test of its quoting and of its version check.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import DINKES, JEMBER, ROOT

SCRIPTS = ROOT / "scripts"
BAT = SCRIPTS / "Konversi LKIP.bat"
sh_only = pytest.mark.skipif(os.name == "nt", reason="the .sh script is for Linux")


def run(script: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LKIP_TANPA_JEDA="1")
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        [shutil.which("bash") or "/bin/bash", str(script), *args],
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def _package(where: Path) -> Path:
    where.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, where / name)
    shutil.copytree(
        ROOT / "lkip_xlsx", where / "lkip_xlsx", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(
        SCRIPTS, where / "scripts", ignore=shutil.ignore_patterns(".lkip-venv", "masukan", "hasil")
    )
    return where / "scripts" / "konversi-lkip.sh"


@sh_only
def test_sh_script_end_to_end(tmp_path: Path) -> None:
    script = _package(tmp_path / "paket lkip")
    here = script.parent
    first = run(script)  # nothing to convert yet: installs, creates the folders, explains
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Menyiapkan lkip-xlsx untuk pertama kali" in first.stdout
    assert "Yang diunduh: sekitar" in first.stdout
    assert "Folder 'masukan' masih kosong" in first.stdout
    masukan, hasil = here / "masukan", here / "hasil"
    assert (masukan / "BACA SAYA.txt").exists() and hasil.is_dir()
    venv_python = here / ".lkip-venv" / "bin" / "python"
    installed = venv_python.stat().st_mtime
    freeze = subprocess.run(
        [str(venv_python), "-m", "pip", "freeze"], capture_output=True, text=True, check=True
    ).stdout
    assert "pandas==" + importlib.metadata.version("pandas") in freeze  # the pinned versions

    # the empty test agrees with lkip: a subfolder and an upper-case extension count
    (masukan / "bidang").mkdir()
    shutil.copy(JEMBER, masukan / "bidang" / "DATA LKIP.XLSX")
    # a staff file named like an output is converted (issue 14)
    shutil.copy(DINKES, masukan / "Dinas Kesehatan - LKIP 2023.xlsx")
    start = time.monotonic()
    second = run(script)
    assert second.returncode == 1, second.stdout + second.stderr
    assert "Menyiapkan" not in second.stdout  # the environment is reused
    assert time.monotonic() - start < 180
    assert venv_python.stat().st_mtime == installed
    assert sorted(p.name for p in hasil.glob("*.xlsx")) == [
        "DATA LKIP - LKIP 2023.xlsx",
        "Dinas Kesehatan - LKIP 2023.xlsx",
        "Rekap LKIP 2023.xlsx",
    ]
    # the findings are on the screen and in hasil/catatan.txt (UTF-8 with BOM)
    assert "Belanja!D12" in second.stdout and "Pengukuran Kinerja!G8" in second.stdout
    assert "bacalah daftar temuan di atas (juga tersimpan di" in second.stdout
    notes = (hasil / "catatan.txt").read_bytes()
    assert notes.startswith(b"\xef\xbb\xbf")
    assert "Belanja!D12" in notes.decode("utf-8-sig")

    dropped = tmp_path / "berkas lain" / "dinas tenaga kerja.xlsx"
    dropped.parent.mkdir()
    shutil.copy(JEMBER, dropped)
    third = run(script, str(dropped))
    assert third.returncode == 0, third.stdout + third.stderr
    assert (dropped.parent / "dinas tenaga kerja - LKIP 2023.xlsx").exists()
    assert "Selesai tanpa catatan." in third.stdout

    # a moved folder: the private environment is rebuilt, not left broken for good
    moved = tmp_path / "dipindah ke sini"
    shutil.move(tmp_path / "paket lkip", moved)
    fourth = run(moved / "scripts" / "konversi-lkip.sh")
    assert fourth.returncode == 1, fourth.stdout + fourth.stderr
    assert "dibuat di folder lain (folder ini dipindah?); memasang ulang" in fourth.stdout
    assert "Menyiapkan lkip-xlsx" in fourth.stdout


def _bin_with(tmp_path: Path, python: str) -> str:
    """A PATH holding only the tools the script uses and the given ``python3``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dirname", "cat", "rm", "mkdir", "cp"):
        found = shutil.which(tool)
        assert found is not None
        (bin_dir / tool).symlink_to(found)
    (bin_dir / "python3").write_text(python)
    (bin_dir / "python3").chmod(0o755)
    return str(bin_dir)


OLD_PYTHON = """#!/bin/sh
# a Python 3.9 (a Mac's /usr/bin/python3): too old for the tool
case "$2" in
  *platform*) echo 3.9.6 ;;
  *version_info*) exit 1 ;;
  *) echo "pip: requires a different Python" >&2; exit 1 ;;
esac
"""


@sh_only
@pytest.mark.parametrize("real", [False, True])
def test_sh_script_names_an_old_python_and_installs_nothing(tmp_path: Path, real: bool) -> None:
    python = OLD_PYTHON
    if real:  # a real Python 3.9 when this machine has one (pyenv, uv)
        found = sorted(Path.home().glob(".pyenv/versions/3.9.*/bin/python3.9"))
        if not found:
            pytest.skip("no Python 3.9 on this machine")
        old = found[-1]
        python = f'#!/bin/sh\nexec "{old}" "$@"\n'
    script = _package(tmp_path / "paket")
    result = run(script, path=_bin_with(tmp_path, python))
    assert result.returncode == 3
    lines = result.stdout.splitlines()
    assert re.fullmatch(
        r"Python 3\.9\.\d+ \(.*python3\) terlalu lama: lkip-xlsx memerlukan Python 3\.11 atau "
        r"lebih baru\.",
        lines[0],
    ), lines
    assert lines[1] == "Pasang Python 3.11 atau lebih baru dari https://www.python.org/downloads/"
    assert "internet" not in result.stdout and "different Python" not in result.stdout
    assert not (script.parent / ".lkip-venv").exists()


@sh_only
def test_sh_script_without_any_python(tmp_path: Path) -> None:
    script = _package(tmp_path / "paket")
    path = _bin_with(tmp_path, "")
    (Path(path) / "python3").unlink()
    result = run(script, path=path)
    assert result.returncode == 3
    assert result.stdout.startswith(
        "Python belum terpasang: lkip-xlsx memerlukan Python 3.11 atau lebih baru."
    )


def _runtime_closure() -> set[str]:
    """Every distribution lkip-xlsx needs at run time, as installed here."""
    from packaging.requirements import Requirement

    extras = {"pandera": {"pandas"}}
    seen: set[str] = set()
    todo = [Requirement(r) for r in importlib.metadata.requires("lkip-xlsx") or []]
    todo = [r for r in todo if r.marker is None]  # not the dev extra
    while todo:
        req = todo.pop()
        name = req.name.lower().replace("_", "-")
        if name in seen:
            continue
        seen.add(name)
        extras.setdefault(name, set()).update(req.extras)
        for raw in importlib.metadata.requires(name) or []:
            dep = Requirement(raw)
            wanted = dep.marker is None or any(
                dep.marker.evaluate({"extra": e}) for e in {"", *extras[name]}
            )
            if wanted:
                todo.append(dep)
    return seen


def test_constraints_are_the_versions_the_tests_run_with() -> None:
    pinned = {}
    for line in (SCRIPTS / "constraints.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pinned[name] = version
    assert {"pandas", "pandera", "typer", "openpyxl", "xlsxwriter", "numpy"} <= set(pinned)
    for name, version in pinned.items():
        assert importlib.metadata.version(name) == version, name
    assert sorted(_runtime_closure() - set(pinned)) == []  # every dependency is pinned
    for script in (SCRIPTS / "konversi-lkip.sh", BAT):
        text = script.read_text("utf-8")
        assert "constraints.txt" in text and "--quiet" not in text  # pip shows progress


# -- Windows: read, not run ------------------------------------------------------------------


def _bat() -> list[str]:
    return BAT.read_text("utf-8").splitlines()


def test_bat_checks_the_version_and_the_store_alias() -> None:
    text = BAT.read_text("utf-8")
    # every candidate is asked for its version before anything is installed
    assert "sys.version_info >= (3, 11)" in text
    assert text.index("sys.version_info") < text.index("-m venv")
    assert "for %%V in (3.13 3.12 3.11) do" in text and "py -%%V" in text
    assert "py -3 " not in text  # the newest Python, whatever its version: no
    assert "WindowsApps" in text  # the Microsoft Store alias is not a Python
    assert "https://www.python.org/downloads/" in text
    assert "Add python.exe to PATH" in text


def test_bat_quotes_every_path() -> None:
    """'&' in the folder's name or in a dropped path must not split a command: every
    expansion of a path is inside quotes, and %* is never used bare."""
    for line in _bat():
        code = line.strip()
        if code.lower().startswith("rem") or code.startswith("::"):
            continue
        assert "%*" not in code, line
        for var in ("HERE", "VENV", "VPY", "ROOT", "CATATAN", "PYEXE"):
            for m in re.finditer(rf"%{var}%|%~[a-z]*1", code):
                before = code[: m.start()]
                assert before.count('"') % 2 == 1, line  # inside a quoted string
