from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from lkip_xlsx.model import Options, Result
from lkip_xlsx.pipeline import convert
from tests.recalc import CASES, recalculate_many, soffice

# Hypothesis: in CI the same examples every run (derandomised: a red build is the code's fault,
# never the draw's), locally fresh ones; HYPOTHESIS_PROFILE picks either by hand. The number
# of examples of the fuzz tests is LKIP_FUZZ_EXAMPLES (README, Development).
settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

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


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """In CI a LibreOffice test never skips, whatever skipped it: the recalculation by a real
    spreadsheet engine is the proof that the stored values are right."""
    report = yield
    if os.environ.get("CI") and report.skipped and item.get_closest_marker("libreoffice"):
        report.outcome = "failed"
        report.longrepr = f"a LibreOffice test skipped in CI: {report.longrepr}"
    return report


@pytest.fixture(scope="session")
def libreoffice() -> str:
    """LibreOffice headless: skipped locally when absent, a failure in CI."""
    exe = soffice()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required in CI (.ci/run installs libreoffice-calc)")
        pytest.skip("LibreOffice (soffice) is not installed")
    return exe


@pytest.fixture(scope="session")
def recalculated(
    libreoffice: str, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[Path, Path]]:
    """Every case registered with :func:`tests.recalc.recalc_case` by the collected test
    modules, built and recalculated in one LibreOffice run: name -> (original, recalculated)."""
    folder = tmp_path_factory.mktemp("recalc")
    originals = {name: folder / f"{name}.xlsx" for name in CASES}
    for name, path in originals.items():
        CASES[name](path)
    fresh = recalculate_many(list(originals.values()), folder / "lo")
    return {name: (path, new) for (name, path), new in zip(originals.items(), fresh, strict=True)}


@pytest.fixture(scope="session")
def jember_pdf(libreoffice: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sample converted and printed as ``--pdf`` prints it, on a machine whose locale is
    American English."""
    from lkip_xlsx.office import to_pdf

    out = tmp_path_factory.mktemp("print") / "jember.xlsx"
    assert convert(JEMBER, out).output == out
    with pytest.MonkeyPatch.context() as mp:
        for name in ("LANG", "LC_ALL", "LC_NUMERIC", "LANGUAGE"):
            mp.setenv(name, "en_US.UTF-8")
        yield to_pdf(out)
