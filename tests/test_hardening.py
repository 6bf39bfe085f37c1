"""Nothing lost, nothing injected: the guarantees of issue 7, each with a test that fails when
it is broken."""

from __future__ import annotations

import hashlib
import io
import os
import re
import signal
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from lkip_xlsx import manifest
from lkip_xlsx.cli import app
from lkip_xlsx.errors import FileReadError, FileWriteError
from lkip_xlsx.files import atomic_write
from lkip_xlsx.pipeline import check, convert
from lkip_xlsx.verify import verify
from tests.conftest import JEMBER, ROOT

runner = CliRunner()
# moments at which a conversion is killed, in each of the two runs of the kill test: a few by
# default, more in a long run (LKIP_KILL_POINTS=12; README, Development)
KILL_POINTS = int(os.environ.get("LKIP_KILL_POINTS", "4"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- 1. the input is never modified ------------------------------------------------------------


def every_test_workbook() -> list[Path]:
    return sorted(
        p
        for folder in ("samples", "tests/data", "templates")
        for p in (ROOT / folder).rglob("*.xlsx")
    )


def test_no_input_is_ever_modified(tmp_path: Path) -> None:
    workbooks = every_test_workbook()
    assert len(workbooks) >= 40
    before = {p: _digest(p) for p in workbooks}
    for i, path in enumerate(workbooks):
        convert(path, tmp_path / f"{i}.xlsx")
        check(path)
        try:
            verify(path)
        except FileReadError:
            pass  # an input is not an lkip output: refused, and only read
    assert {p: _digest(p) for p in workbooks} == before
    # verify reads an output through to the end without writing it either (once is enough:
    # the path is the same for every output, and it costs a second per workbook)
    output = tmp_path / f"{workbooks.index(JEMBER)}.xlsx"
    written = _digest(output)
    assert verify(output).exit_code == 0
    assert _digest(output) == written


# -- 2. the output appears complete or not at all ----------------------------------------------


@pytest.fixture(scope="module")
def large_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    path = tmp_path_factory.mktemp("besar") / "besar.xlsx"
    generate(1500, 100, path)  # long enough to be killed in any phase, the final write too
    return path


def _run_and_kill(src: Path, out: Path, after: float) -> int:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1704067200")  # the same run, the same bytes
    proc = subprocess.Popen(
        [sys.executable, "-m", "lkip_xlsx", "convert", str(src), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        proc.wait(timeout=after)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return -9
    return proc.returncode


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_at_any_moment_leaves_the_previous_output_or_nothing(
    large_input: Path, tmp_path: Path
) -> None:
    out = tmp_path / "hasil.xlsx"
    start = time.monotonic()
    assert _run_and_kill(large_input, out, 120) in (0, 1) and out.exists()
    duration = time.monotonic() - start
    previous = _digest(out)
    killed = 0
    for k in range(KILL_POINTS):  # spread over the whole run, the final write included
        after = duration * (0.15 + 1.0 * k / max(KILL_POINTS - 1, 1))
        code = _run_and_kill(large_input, out, after)
        killed += code == -9
        assert _digest(out) == previous  # the same figures: intact, or replaced whole
        assert _leftovers(tmp_path) == [] or all(".lkip-" in n for n in _leftovers(tmp_path))
    assert killed >= KILL_POINTS // 2
    # no output yet: a killed run leaves none, or a complete one
    fresh = tmp_path / "baru.xlsx"
    for k in range(KILL_POINTS):
        _run_and_kill(large_input, fresh, duration * (0.15 + 1.0 * k / KILL_POINTS))
        if fresh.exists():
            assert verify(fresh).exit_code == 0  # complete, untouched
            fresh.unlink()
    # whatever a killed run left is removed by the next run into the folder
    convert(JEMBER, tmp_path / "lagi.xlsx")
    assert _leftovers(tmp_path) == []


def test_a_stale_temporary_file_of_a_dead_run_is_removed(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".hasil.xlsx.lkip-{dead.pid}-abcd1234.tmp"
    stale.write_bytes(b"partial")
    atomic_write(tmp_path / "hasil.xlsx", b"whole")
    assert not stale.exists() and (tmp_path / "hasil.xlsx").read_bytes() == b"whole"


# -- 3. a locked output, a read-only or missing folder ------------------------------------------


def test_an_output_locked_by_excel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "hasil.xlsx"
    out.write_bytes(b"the previous output")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    result = runner.invoke(app, ["convert", str(JEMBER), "-o", str(out)])
    assert result.exit_code == 3
    assert (
        "sedang dibuka atau dikunci program lain (misalnya Excel). Tutup berkas itu"
        in result.stderr
    )
    assert out.read_bytes() == b"the previous output"
    assert _leftovers(tmp_path) == []
    english = runner.invoke(app, ["convert", str(JEMBER), "-o", str(out), "--lang", "en"])
    assert "open or locked by another program (Excel, say)" in english.stderr


def test_a_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if flags & os.O_WRONLY:
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(FileWriteError) as err:
        atomic_write(tmp_path / "x.xlsx", b"data")
    assert err.value.code == "output_permission"  # not "close it in Excel": nothing is open
    assert not (tmp_path / "x.xlsx").exists() and _leftovers(tmp_path) == []


def test_a_missing_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["convert", str(JEMBER), "-o", str(tmp_path / "tak ada" / "o")])
    assert result.exit_code == 3 and "Hasil tidak dapat ditulis" in result.stderr


# -- 4. no formula from input text, ever --------------------------------------------------------

HOSTILE = [
    "=1+1",
    "+62 812 3456",
    "-2+3",
    "@SUM(A1)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://contoh.invalid","klik")',
    '=WEBSERVICE("http://contoh.invalid")',
    "=IMPORTXML(A1)",
    "'=1",
    "=SUM(1)*cmd",
]
TEXT_COLUMNS = {
    "Identitas": ["B3", "B4", "B6", "B7", "B8", "B9", "B10"],
    "Realisasi": ["B5", "C5", "C6", "C7", "D5", "L5", "L7"],
    "Anggaran": ["B5", "B6", "B7", "B27", "B28", "B29"],
    "PK": ["B5", "C5", "C7"],
    "Renstra": ["A5", "B5", "C5", "B7"],
    "RKT": ["A4", "B4", "D4", "E4", "G4", "H4", "J4", "K4", "L4"],
    "Program Kegiatan": ["C4", "C5", "E6", "E7"],
}


def _formulas(path: Path) -> list[str]:
    out: list[str] = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                out += re.findall(r"<f>([^<]*)</f>", z.read(name).decode())
    return out


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_stays_text_in_every_text_column(tmp_path: Path, payload: str) -> None:
    wb = openpyxl.load_workbook(JEMBER)
    for sheet, cells in TEXT_COLUMNS.items():
        for ref in cells:
            wb[sheet][ref].value = payload
            wb[sheet][ref].data_type = "s"  # typed as text, as a user would
    src = tmp_path / "jahat.xlsx"
    wb.save(src)
    out = tmp_path / "o.xlsx"
    result = convert(src, out)
    assert result.output == out
    written = manifest.unpack(
        (str(r[0]), "".join(str(v) for v in r[1:] if v is not None))
        for r in openpyxl.load_workbook(out)["_lkip"].iter_rows(values_only=True)
    )
    ours = sorted(content for _, _, kind, content in written if kind == "f")
    found = sorted(
        f.replace("&amp;", "&").replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
        for f in _formulas(out)
    )
    assert found == ours  # every <f> in the file is one of the tool's own
    assert not any(
        word in f
        for f in found
        for word in ("cmd", "HYPERLINK", "WEBSERVICE", "IMPORTXML", "calc", "@")
    )
    texts = [
        c.value
        for ws in openpyxl.load_workbook(out).worksheets
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "s"
    ]
    assert any(isinstance(t, str) and payload.strip() in t for t in texts)


# -- 5. size limits before parsing, 6. malformed and hostile XML --------------------------------


def _package(members: dict[str, bytes], level: int = 9) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _bomb(path: Path, megabytes: int) -> None:
    """A workbook whose sheet unpacks to ``megabytes`` of zeros from a few hundred KB.

    Deflating a gigabyte takes a minute on a busy machine, so one megabyte is deflated and its
    blocks repeated: after a full flush a deflate block refers to nothing before it, so the
    copies chain into one valid stream (the CRC is computed over the real gigabyte). The zip
    is written by hand around it, the sample's other parts stored as they are."""
    zeros = b"\0" * (1 << 20)
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflater.compress(zeros) + deflater.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty last block
    src = zipfile.ZipFile(JEMBER)
    members = [(i.filename, src.read(i)) for i in src.infolist()]
    sheet = "xl/worksheets/sheet2.xml"
    entries: list[tuple[bytes, int, int, int, int, int]] = []  # name, method, crc, sizes, offset
    with path.open("wb") as fh:
        for name, data in members:
            if name == sheet:
                continue
            entries.append((name.encode(), 0, zlib.crc32(data), len(data), len(data), fh.tell()))
            fh.write(_local_header(*entries[-1][:5]) + data)
        size = (1 << 20) * megabytes
        compressed = len(block) * megabytes + len(final)
        entries.append((sheet.encode(), 8, crc, compressed, size, fh.tell()))
        fh.write(_local_header(*entries[-1][:5]))
        for _ in range(megabytes):
            fh.write(block)
        fh.write(final)
        start = fh.tell()
        for name_b, method, crc_, csize, usize, offset in entries:
            fh.write(
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0,
                    method,
                    0,
                    0x21,
                    crc_,
                    csize,
                    usize,
                    len(name_b),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )  # fmt: skip
                + name_b
            )
        end = fh.tell()
        fh.write(
            struct.pack(
                "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), end - start, start, 0
            )
        )


def _local_header(name: bytes, method: int, crc: int, csize: int, usize: int) -> bytes:
    return (
        struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, crc, csize, usize, len(name), 0
        )
        + name
    )


def test_a_zip_bomb_is_refused_fast_and_small(tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    _bomb(bomb, 1024)
    assert bomb.stat().st_size < 3_000_000
    code = (
        "import resource, sys, time\n"
        "from pathlib import Path\n"
        "from lkip_xlsx.errors import FileReadError\n"
        "from lkip_xlsx.pipeline import convert\n"
        "t = time.perf_counter()\n"
        "try:\n    convert(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "except FileReadError as e:\n    print(e.code)\n"
        "print(time.perf_counter() - t)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(bomb), str(tmp_path / "o.xlsx")],
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.split()
    assert out[0] == "file_too_large"
    assert float(out[1]) < 2.0 and float(out[2]) < 200
    assert not (tmp_path / "o.xlsx").exists()


def test_the_size_limit_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lkip_xlsx import files

    monkeypatch.setattr(files, "MAX_UNCOMPRESSED_MB", 0)
    with pytest.raises(FileReadError) as err:
        convert(JEMBER, tmp_path / "o.xlsx")
    assert err.value.code == "file_too_large"


def test_a_member_compressed_beyond_reason(tmp_path: Path) -> None:
    bomb = tmp_path / "rasio.xlsx"
    _bomb(bomb, 50)  # 50 MB of zeros: under the size limit, over the ratio
    with pytest.raises(FileReadError) as err:
        convert(bomb, tmp_path / "o.xlsx")
    assert err.value.code == "file_zip_bomb"


def test_a_sheet_of_more_than_a_million_cells(tmp_path: Path) -> None:
    cells = b"<c><v>1</v></c>" * 1_100_000
    sheet = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><sheetData><row r="1">'
        + cells
        + b"</row></sheetData></worksheet>"
    )
    src = zipfile.ZipFile(JEMBER)
    members = {i.filename: src.read(i) for i in src.infolist()}
    members["xl/worksheets/sheet2.xml"] = sheet
    path = tmp_path / "besar.xlsx"
    path.write_bytes(_package(members, level=1))
    start = time.perf_counter()
    with pytest.raises(FileReadError) as err:
        convert(path, tmp_path / "o.xlsx")
    assert err.value.code == "too_many_cells"
    assert time.perf_counter() - start < 5


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>'
    b"<sst><si><t>&lol2;</t></si></sst>"
)
EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY ext SYSTEM "http://contoh.invalid/x">]>'
    b"<sst><si><t>&ext;</t></si></sst>"
)


@pytest.mark.parametrize(
    ("member", "payload", "code"),
    [
        ("xl/sharedStrings.xml", BILLION_LAUGHS, "file_unsafe_xml"),
        ("xl/sharedStrings.xml", EXTERNAL, "file_unsafe_xml"),
        ("xl/worksheets/sheet2.xml", b"<worksheet><sheetData><row r='1'><c r='A1'", "file_corrupt"),
        ("xl/workbook.xml", b"<workbook", "file_corrupt"),
        ("xl/styles.xml", b"\xff\xfe garbage", "file_corrupt"),
    ],
)
def test_malformed_or_hostile_xml_is_refused(
    tmp_path: Path, member: str, payload: bytes, code: str
) -> None:
    src = zipfile.ZipFile(JEMBER)
    members = {i.filename: src.read(i) for i in src.infolist()}
    members[member] = payload
    path = tmp_path / "x.xlsx"
    path.write_bytes(_package(members))
    result = runner.invoke(app, ["convert", str(path)])
    assert result.exit_code == 3, result.output
    with pytest.raises(FileReadError) as err:
        convert(path, tmp_path / "o.xlsx")
    assert err.value.code == code
    assert "Traceback" not in result.output


# -- 7. batch output names never escape the output folder ---------------------------------------


def test_batch_names_stay_in_the_output_folder(tmp_path: Path) -> None:
    odd = tmp_path / "masukan"
    odd.mkdir()
    names = [
        "CON.xlsx",
        "laporan..akhir.xlsx",
        "aux.lkip.xlsx",
        "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan "
        "Keluarga Berencana Kabupaten Jember Tahun Anggaran 2023 (perubahan kedua).xlsx",
    ]
    for name in names:
        (odd / name).write_bytes(JEMBER.read_bytes())
    out = tmp_path / "hasil"
    result = runner.invoke(
        app,
        [
            "convert",
            str(odd),
            str(JEMBER.resolve()),
            "--out-dir",
            str(out),
            "--jobs",
            "1",
            "--quiet",
            "--json",
            "--no-rekap",  # five copies of one agency: the Rekap would flag them (exit 1)
        ],
    )
    assert result.exit_code == 0, result.output
    made = sorted(out.iterdir())
    assert len(made) == 5, [p.name for p in made]
    assert all(p.parent == out and p.suffix == ".xlsx" and len(p.name) <= 140 for p in made)
    stems = [p.name.split(" - LKIP")[0] for p in made]
    assert "_CON" in stems and "_aux.lkip" in stems and "laporan.akhir" in stems


# -- 8. no traceback unless --debug ---------------------------------------------------------------


def test_an_unexpected_error_shows_no_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr("lkip_xlsx.pipeline.build_report", broken)
    plain = runner.invoke(app, ["convert", str(JEMBER), "-o", str(tmp_path / "o.xlsx")])
    assert plain.exit_code == 3
    assert "Terjadi kesalahan tak terduga" in plain.stderr and "Traceback" not in plain.output
    debug = runner.invoke(app, ["convert", str(JEMBER), "-o", str(tmp_path / "o.xlsx"), "--debug"])
    assert isinstance(debug.exception, RuntimeError)
