"""Hardening that holds (issue 10, point 7): a DTD is refused wherever it hides in whatever
part; the hidden list of what the tool wrote never loses a character to Excel's cell limit,
which counts UTF-16 code units; and no text is ever cut short silently."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from lkip_xlsx import manifest
from lkip_xlsx.cli import app
from lkip_xlsx.errors import FileReadError, FileWriteError
from lkip_xlsx.pipeline import convert
from lkip_xlsx.verify import verify
from tests.conftest import JEMBER

runner = CliRunner()

DOCTYPE = '<!DOCTYPE x [<!ENTITY e SYSTEM "http://contoh.invalid/x">]>'
COMMENT = "<!--" + "x" * 6 * 1024 + "-->"  # more than the 4 KB that used to be scanned


def _with_member(tmp_path: Path, member: str, payload: bytes) -> Path:
    src = zipfile.ZipFile(JEMBER)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != member:
                z.writestr(info, src.read(info))
        z.writestr(member, payload)
    path = tmp_path / "x.xlsx"
    path.write_bytes(buf.getvalue())
    return path


SHEET = "xl/worksheets/sheet2.xml"  # Realisasi


def _sheet(prolog: str, encoding: str = "UTF-8") -> str:
    original = zipfile.ZipFile(JEMBER).read(SHEET).decode("utf-8")
    return f'<?xml version="1.0" encoding="{encoding}"?>' + prolog + original


@pytest.mark.parametrize(
    ("member", "payload"),
    [
        # a DOCTYPE after a 6 KB comment, where XML allows it
        (SHEET, _sheet(COMMENT + DOCTYPE).encode("utf-8")),
        # the same in UTF-16, which XML parsers detect from the byte order mark
        (SHEET, _sheet(COMMENT + DOCTYPE, "UTF-16").encode("utf-16")),
        # cut in two by the edge of the megabyte chunks the scan reads
        (SHEET, _sheet("<!--" + "y" * ((1 << 20) - 80) + "-->" + DOCTYPE).encode("utf-8")),
        # in a part whose name does not say XML (a package can route a sheet to any name)
        ("xl/media/lampiran.bin", ("<?xml version='1.0'?>" + COMMENT + DOCTYPE).encode()),
    ],
    ids=["after-6kb-comment", "utf-16", "across-chunks", "any-part-name"],
)
def test_a_dtd_is_refused_anywhere_in_any_part(tmp_path: Path, member: str, payload: bytes) -> None:
    path = _with_member(tmp_path, member, payload)
    with pytest.raises(FileReadError) as err:
        convert(path, tmp_path / "o.xlsx")
    assert err.value.code == "file_unsafe_xml" and err.value.params["member"] == member
    assert not (tmp_path / "o.xlsx").exists()
    result = runner.invoke(app, ["convert", str(path), "-o", str(tmp_path / "o.xlsx")])
    assert result.exit_code == 3 and f"bagian {member} memuat deklarasi DTD" in result.stderr


def test_a_comment_that_merely_mentions_doctype_words_is_read(tmp_path: Path) -> None:
    # a 6 KB comment alone, and "DOCTYPE" as cell text (stored escaped, "&lt;!DOCTYPE")
    payload = _sheet(COMMENT).replace("<t>", "<t>&lt;!DOCTYPE ", 1).encode("utf-8")
    path = _with_member(tmp_path, SHEET, payload)
    assert convert(path, tmp_path / "o.xlsx").output == tmp_path / "o.xlsx"


def test_openpyxl_parses_through_defusedxml() -> None:
    # the second line of defence, for whatever the scan could miss: openpyxl uses defusedxml
    # when it is installed, and it is a dependency
    assert openpyxl.DEFUSEDXML is True


# -- the hidden list and Excel's 32.767 UTF-16 code units a cell ------------------------------


def test_cells_of_the_list_are_counted_in_utf16_units() -> None:
    emoji = "\U0001f600"
    assert manifest.utf16_len("abc") == 3 and manifest.utf16_len(emoji * 3) == 6
    rows = [("3.1", f"B{i}", "s", emoji * 6000) for i in range(5)]
    chunks = manifest.pack(rows)
    # each line is 12.000 units and a few more: two lines fit a cell of 32.000, three do not
    assert [chunk.count("\n") + 1 for _, chunk in chunks] == [2, 2, 1]
    assert all(manifest.utf16_len(chunk) <= manifest.CHUNK for _, chunk in chunks)
    assert manifest.unpack(chunks) == rows


@pytest.mark.parametrize("offset", [0, 1])
def test_a_line_longer_than_a_cell_is_cut_between_characters(offset: int) -> None:
    emoji = "\U0001f600"
    line = "a" * offset + emoji * 40_000  # 80.000 units, the pair boundary odd or even
    pieces = manifest.cells(line)
    assert "".join(pieces) == line
    assert all(manifest.utf16_len(p) <= manifest.CHUNK for p in pieces)
    assert len(pieces) == 3
    assert all("\ud83d" not in p and "\ude00" not in p for p in pieces)  # no half characters


NAMES = (  # the sample's three indicators (Realisasi!C5:C7)
    "Persentase pencaker terlatih dan pekerja produktif bersertifikat kompetensi",
    "Pencari kerja yang ditempatkan",
    "Presentase Penyelesaian Kasus Perselisihan Hubungan Industrial, Mogok Kerja, dan "
    "Penutupan Perusahaan",
)


def _names_with_emoji(tmp_path: Path, count: int) -> Path:
    """The sample with ``count`` emoji appended to each of its three indicator names, wherever
    a name is written (so that the sheets still agree)."""
    wb = openpyxl.load_workbook(JEMBER)
    names = {name: name + " " + "\U0001f600" * count for name in NAMES}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip() in names:
                    cell.value = names[cell.value.strip()]
    path = tmp_path / "emoji.xlsx"
    wb.save(path)
    return path


def test_12000_emoji_in_three_indicator_names_verify_clean(tmp_path: Path) -> None:
    # 4.000 emoji a name would fit anyway; 12.000 (24.000 units, still under Excel's limit)
    # put two names in one packed line-set of 32.000 characters and 48.000 units, which
    # XlsxWriter used to cut short: lkip verify then reported an untouched output as edited
    src = _names_with_emoji(tmp_path, 12_000)
    out = tmp_path / "hasil.xlsx"
    assert convert(src, out).output == out
    result = verify(out)
    assert result.findings == () and result.exit_code == 0
    cli = runner.invoke(app, ["verify", str(out)])
    assert cli.exit_code == 0, cli.output


def test_a_text_longer_than_a_cell_is_refused_never_cut(tmp_path: Path) -> None:
    # 17.000 emoji: 34.000 units, more than any Excel cell holds; only a program writes that
    src = _names_with_emoji(tmp_path, 17_000)
    out = tmp_path / "hasil.xlsx"
    with pytest.raises(FileWriteError) as err:
        convert(src, out)
    assert err.value.code == "text_too_long"
    # the first such text written is one of the names: its letters, a space, 17.000 x 2 units
    start, length = err.value.params["start"], err.value.params["length"]
    name = next(n for n in NAMES if n.startswith(start) or start.startswith(n))
    assert length == f"{len(name) + 1 + 34_000:,}".replace(",", ".")
    assert not out.exists()
    result = runner.invoke(app, ["convert", str(src), "-o", str(out)])
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert "lebih panjang daripada yang dapat dimuat satu sel Excel (32.767)" in result.stderr
    assert "Perpendek teks itu di buku kerja masukan" in result.stderr


def test_a_very_long_agency_name_shortens_the_footer_never_drops_it(tmp_path: Path) -> None:
    # Excel holds 255 characters in a footer; XlsxWriter drops a longer one with a warning
    wb = openpyxl.load_workbook(JEMBER)
    ws = wb["Identitas"]
    row = next(r for r in range(1, 20) if ws.cell(r, 1).value == "Instansi")
    ws.cell(row, 2).value = "Dinas Tenaga Kerja & Transmigrasi " * 10  # 340 characters
    src = tmp_path / "panjang.xlsx"
    wb.save(src)
    out = tmp_path / "hasil.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning from XlsxWriter
        assert convert(src, out).output == out
    footer = openpyxl.load_workbook(out)["3.1"].oddFooter
    assert footer is not None
    left = footer.left.text or ""
    assert left.startswith("Dinas Tenaga Kerja && T")  # a footer writes & doubled
    assert left.endswith("…") and footer.right.text == "Halaman &P / &N"
