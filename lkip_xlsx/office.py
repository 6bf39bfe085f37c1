"""LibreOffice headless: PDF copies of the outputs, and recalculation for the tests.

Every run gets a profile of its own, so parallel runs never collide, and that profile tells
LibreOffice to recalculate every formula on load (``OOXMLRecalcMode`` = 0): otherwise it
would show the values stored in the file. It also sets the locale to Indonesian (``id-ID``),
so that a PDF prints ``1.000`` and ``85,71`` whatever the machine's own locale.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from .errors import FileWriteError
from .files import atomic_write

__all__ = ["soffice", "run_soffice", "run_soffice_many", "to_pdf"]

_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
           xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
  <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop>
</item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
  <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop>
</item>
<item oor:path="/org.openoffice.Setup/L10N">
  <prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>{locale}</value></prop>
</item>
</oor:items>
"""


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def run_soffice(
    source: Path, out_dir: Path, convert_to: str, workdir: Path, locale: str = "id-ID"
) -> Path:
    """Open ``source`` (recalculating everything), save it as ``convert_to`` in ``out_dir``."""
    return run_soffice_many([source], out_dir, convert_to, workdir, locale)[0]


def run_soffice_many(
    sources: Sequence[Path], out_dir: Path, convert_to: str, workdir: Path, locale: str = "id-ID"
) -> list[Path]:
    """:func:`run_soffice` for several files in one LibreOffice process (it starts once: most
    of the time of one file). Their names must differ."""
    exe = soffice()
    if exe is None:
        raise FileWriteError("pdf_no_libreoffice", path=str(sources[0]))
    profile = workdir / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(
        _PROFILE.replace("{locale}", locale), encoding="utf-8"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(workdir))
    try:
        subprocess.run(
            [
                exe,
                "--headless",
                "--norestore",
                "--nolockcheck",
                f"-env:UserInstallation={profile.as_uri()}",
                "--convert-to",
                convert_to,
                "--outdir",
                str(out_dir),
                *(str(source) for source in sources),
            ],
            check=True,
            capture_output=True,
            timeout=300,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise FileWriteError("pdf_timeout", path=str(sources[0])) from exc
    except (subprocess.CalledProcessError, OSError) as exc:
        raise FileWriteError("pdf_failed", path=str(sources[0])) from exc
    results = [out_dir / (source.stem + "." + convert_to.split(":")[0]) for source in sources]
    for source, result in zip(sources, results, strict=True):
        if not result.exists():
            raise FileWriteError("pdf_failed", path=str(source))
    return results


def to_pdf(xlsx: Path) -> Path:
    """``<output>.pdf`` beside the output, written through a private folder then moved."""
    with tempfile.TemporaryDirectory(prefix="lkip-pdf-") as tmp:
        made = run_soffice(xlsx, Path(tmp) / "out", "pdf", Path(tmp))
        target = xlsx.with_suffix(".pdf")
        atomic_write(target, made.read_bytes())
        return target
