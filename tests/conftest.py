from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from lkip_xlsx.model import Options, Result
from lkip_xlsx.pipeline import convert
from tests.recalc import soffice

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
JEMBER = SAMPLES / "jember-disnaker-2023.xlsx"
DINKES = SAMPLES / "contoh-dinkes-2023.xlsx"


@pytest.fixture(scope="session")
def jember_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("jember") / "jember.xlsx"
    result = convert(JEMBER, out)
    assert result.output == out
    return out


@pytest.fixture(scope="session")
def dinkes_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result]:
    out = tmp_path_factory.mktemp("dinkes") / "dinkes.xlsx"
    result = convert(DINKES, out)
    assert result.output == out
    return out, result


@pytest.fixture
def convert_to(tmp_path: Path) -> Callable[..., Result]:
    def run(src: Path, options: Options | None = None) -> Result:
        return convert(src, tmp_path / "out.xlsx", options)

    return run


@pytest.fixture(scope="session")
def libreoffice() -> str:
    """LibreOffice headless: skipped locally when absent, a failure in CI."""
    exe = soffice()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required in CI (apt-get install libreoffice-calc)")
        pytest.skip("LibreOffice (soffice) is not installed")
    return exe
