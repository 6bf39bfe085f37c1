"""Operating-system errors said in the user's language, with advice that fits each one
(issue 14): never English spliced into an Indonesian sentence, never "close it in Excel" for
a read-only folder, never "-o" where the command has none."""

from __future__ import annotations

import errno
import subprocess
from pathlib import Path

import pytest

from lkip_xlsx.errors import FileReadError, FileWriteError
from lkip_xlsx.files import read_bytes, write_error
from lkip_xlsx.messages import text


def _said(exc: FileWriteError | FileReadError) -> str:
    return text(exc.code, "id", **exc.params)


def test_disk_full(tmp_path: Path) -> None:
    exc = write_error(tmp_path / "o.xlsx", OSError(errno.ENOSPC, "No space left on device"))
    assert exc.code == "output_disk_full"
    assert "disk penuh" in _said(exc) and "No space" not in _said(exc)


def test_read_only_folder_is_not_a_locked_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "o.xlsx").write_bytes(b"lama")
    monkeypatch.setattr("lkip_xlsx.files.os.access", lambda path, mode: False)
    exc = write_error(tmp_path / "o.xlsx", PermissionError(errno.EACCES, "Permission denied"))
    assert exc.code == "output_permission"
    assert "tidak ada izin menulis di folder" in _said(exc)
    assert "Excel" not in _said(exc) and " -o" not in _said(exc)


def test_locked_file_in_a_writable_folder(tmp_path: Path) -> None:
    (tmp_path / "o.xlsx").write_bytes(b"lama")
    exc = write_error(tmp_path / "o.xlsx", PermissionError(errno.EACCES, "Permission denied"))
    assert exc.code == "file_locked"
    assert "Tutup berkas itu" in _said(exc)


def test_read_only_file_system(tmp_path: Path) -> None:
    exc = write_error(tmp_path / "o.xlsx", OSError(errno.EROFS, "Read-only file system"))
    assert exc.code == "output_permission"


def test_missing_folder_and_folder_as_target(tmp_path: Path) -> None:
    gone = write_error(tmp_path / "x" / "o.xlsx", FileNotFoundError(errno.ENOENT, "nope"))
    assert gone.code == "output_folder_missing"
    folder = write_error(tmp_path, IsADirectoryError(errno.EISDIR, "Is a directory"))
    assert folder.code == "output_is_folder"
    assert "Is a directory" not in _said(folder)


def test_other_errors_name_the_code_not_an_english_reason(tmp_path: Path) -> None:
    exc = write_error(tmp_path / "o.xlsx", OSError(errno.EIO, "Input/output error"))
    assert exc.code == "output_unwritable"
    assert f"galat sistem {errno.EIO}" in _said(exc) and "Input/output" not in _said(exc)


def test_reading_a_folder_or_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileReadError) as folder:
        read_bytes(tmp_path)
    assert folder.value.code == "input_is_folder"
    with pytest.raises(FileReadError) as missing:
        read_bytes(tmp_path / "tidak-ada.xlsx")
    assert missing.value.code == "file_missing"


@pytest.mark.parametrize(
    ("raised", "code", "said"),
    [
        (subprocess.TimeoutExpired("soffice", 300), "pdf_timeout", "tidak selesai dalam 5 menit"),
        (subprocess.CalledProcessError(1, "soffice"), "pdf_failed", "LibreOffice gagal"),
    ],
)
def test_pdf_failures_in_indonesian(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, raised: Exception, code: str, said: str
) -> None:
    """No English exception name (``TimeoutExpired``) spliced into the sentence."""
    import lkip_xlsx.office as office

    def fail(*args: object, **kwargs: object) -> None:
        raise raised

    monkeypatch.setattr(office, "soffice", lambda: "/usr/bin/soffice")
    monkeypatch.setattr("lkip_xlsx.office.subprocess.run", fail)
    with pytest.raises(FileWriteError) as err:
        office.to_pdf(tmp_path / "hasil.xlsx")
    assert err.value.code == code
    assert said in _said(err.value) and "Expired" not in _said(err.value)
