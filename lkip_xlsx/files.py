"""What kind of file was dropped on the tool, decided from its bytes, not its name.

Staff rename files, save in old formats, protect them with passwords. Each kind that cannot
be read gets its own message saying what to do; the file itself is only read.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .errors import FileReadError

__all__ = ["read_bytes", "sniff"]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: .xls, or an encrypted .xlsx
_ZIP = b"PK\x03\x04"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise FileReadError("file_missing", path=str(path)) from exc
    except (PermissionError, IsADirectoryError) as exc:
        raise FileReadError("file_unreadable", path=str(path)) from exc
    except OSError as exc:
        raise FileReadError("file_unreadable", path=str(path)) from exc


def _looks_like_text(head: bytes) -> bool:
    if not head or b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            head.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return True


def sniff(path: Path, data: bytes) -> None:
    """Raise a :class:`FileReadError` unless ``data`` is an .xlsx/.xlsm workbook package."""
    p = str(path)
    if not data:
        raise FileReadError("file_empty", path=p)
    if data.startswith(_OLE):
        if _ENCRYPTED in data[:1_000_000]:
            raise FileReadError("file_encrypted", path=p)
        raise FileReadError("file_xls", path=p)
    if data.startswith(_ZIP):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist())
                if "mimetype" in names and b"opendocument" in z.read("mimetype"):
                    raise FileReadError("file_other_format", path=p, suffix=".ods")
                if "xl/workbook.xml" not in names:
                    raise FileReadError("file_not_excel_zip", path=p)
        except zipfile.BadZipFile as exc:
            raise FileReadError("file_corrupt", path=p) from exc
        return
    if _looks_like_text(data[:4096]):
        raise FileReadError("file_text", path=p)
    raise FileReadError("file_not_workbook", path=p)
