"""Files that are not workbooks we can read: each its own message, exit 3, no output, no
traceback (issue 4)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from lkip_xlsx.cli import app
from tests.conftest import JEMBER

runner = CliRunner()


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _empty_workbook() -> bytes:
    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    return buf.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
CASES = {
    "xls": ("lama.xls", OLE + b"Workbook", "Simpan Sebagai"),
    "xls renamed": ("lama.xlsx", OLE + b"Workbook", "format .xls"),
    "password": (
        "rahasia.xlsx",
        OLE + "EncryptionInfo".encode("utf-16-le"),
        "dilindungi kata sandi",
    ),
    "ods": (
        "calc.ods",
        _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        "berformat .ods",
    ),
    "ods renamed": (
        "calc.xlsx",
        _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        "berformat .ods",
    ),
    "csv": ("data.csv", b"Sasaran;Indikator;Target\n1;a;100\n", "berkas teks"),
    "csv renamed": ("data.xlsx", b"Sasaran;Indikator;Target\n1;a;100\n", "berkas teks"),
    "docx renamed": ("surat.xlsx", _zip({"word/document.xml": b"<w/>"}), "dokumen lain"),
    "png renamed": ("gambar.xlsx", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "jenis lain"),
    "zero bytes": ("kosong.xlsx", b"", "kosong (0 byte)"),
    "corrupt zip": ("rusak.xlsx", JEMBER.read_bytes()[:3000], "rusak"),
    "broken xml": (
        "xml.xlsx",
        _zip({"[Content_Types].xml": b"<Types", "xl/workbook.xml": b"<"}),
        "rusak",
    ),
    "empty workbook": ("hampa.xlsx", _empty_workbook(), "tidak berisi data"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_unreadable_files_exit_3_with_their_own_message(tmp_path: Path, case: str) -> None:
    name, content, expected = CASES[case]
    src = tmp_path / name
    src.write_bytes(content)
    result = runner.invoke(app, ["convert", str(src)])
    assert result.exit_code == 3, result.output
    assert expected in result.stderr
    assert "Traceback" not in result.output
    assert sorted(tmp_path.iterdir()) == [src]  # no output, no temporary file


def test_english_too(tmp_path: Path) -> None:
    src = tmp_path / "kosong.xlsx"
    src.write_bytes(b"")
    result = runner.invoke(app, ["convert", str(src), "--lang", "en"])
    assert result.exit_code == 3
    assert "is empty (0 bytes)" in result.stderr


def test_formulas_without_cached_values_are_named(tmp_path: Path) -> None:
    # openpyxl writes formulas without cached values, as a program that never opened Excel
    wb = openpyxl.load_workbook(JEMBER)
    wb["Realisasi"]["I7"] = "=12/14*100"
    wb["Anggaran"]["C6"] = "=37984500"
    src = tmp_path / "rumus.xlsx"
    wb.save(src)
    result = runner.invoke(app, ["convert", str(src), "-o", str(tmp_path / "o.xlsx")])
    assert result.exit_code == 1
    assert "Realisasi!I7" in result.stderr and "Anggaran!C6" in result.stderr
    assert "simpan" in result.stderr.lower()
    assert not (tmp_path / "o.xlsx").exists()
