"""Files in and out: what kind of file was dropped on the tool (decided from its bytes, not
its name, within size limits, before any XML is parsed), and writing a file so that it
appears complete or not at all.

Staff rename files, save in old formats, protect them with passwords. Each kind that cannot
be read gets its own message saying what to do; the input itself is only ever read.
"""

from __future__ import annotations

import errno
import io
import os
import re
import zipfile
import zlib
from pathlib import Path

from .errors import FileReadError, FileWriteError

__all__ = [
    "without_lkip_year",
    "read_bytes",
    "sniff",
    "atomic_write",
    "check_target",
    "make_folder",
    "write_error",
    "MAX_UNCOMPRESSED_MB",
]

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: .xls, or an encrypted .xlsx
_ZIP = b"PK\x03\x04"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise FileReadError("file_missing", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise FileReadError("input_is_folder", path=str(path)) from exc
    except PermissionError as exc:
        if path.is_dir():  # Windows says "permission denied" for a folder
            raise FileReadError("input_is_folder", path=str(path)) from exc
        raise FileReadError("file_unreadable", path=str(path)) from exc
    except OSError as exc:
        raise FileReadError("file_read_failed", path=str(path), errno=str(exc.errno)) from exc


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


# Limits, checked before any XML is parsed (a zip declares its members' sizes; zipfile never
# yields more than a member declares, so the declared sizes bound what parsing can meet).
MAX_UNCOMPRESSED_MB = int(os.environ.get("LKIP_MAX_MB", "200"))
MAX_CELLS = 1_000_000  # cells in one sheet; a real LKIP workbook holds a few thousand
MAX_RATIO = 200  # uncompressed / compressed, for a member of more than 10 MB: a zip bomb


def _dtd_pattern() -> re.Pattern[bytes]:
    """``<!DOCTYPE`` or ``<!ENTITY`` in UTF-8 (or any ASCII-compatible encoding) and in
    UTF-16 of either byte order, the encodings an XML parser detects without being told."""
    words = [b"<!DOCTYPE", b"<!ENTITY"]
    forms = [re.escape(w) for w in words]
    for w in words:
        forms.append(b"".join(re.escape(bytes([ch])) + b"\\x00" for ch in w))  # UTF-16-LE
        forms.append(b"".join(b"\\x00" + re.escape(bytes([ch])) for ch in w))  # UTF-16-BE
    return re.compile(b"|".join(forms), re.IGNORECASE)


_DTD = _dtd_pattern()
_OVERLAP = 32  # longer than any form of the pattern: a match cut by a chunk edge is still seen
_CHUNK = 1 << 20


def _check_package(path: Path, z: zipfile.ZipFile, limit_mb: int) -> None:
    p = str(path)
    total = 0
    for info in z.infolist():
        total += info.file_size
        if total > limit_mb * 1024 * 1024:
            raise FileReadError("file_too_large", path=p, limit=str(limit_mb))
        if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise FileReadError("file_zip_bomb", path=p, member=info.filename)
    for info in z.infolist():
        if not info.is_dir():
            _scan_member(path, z, info)


def _scan_member(path: Path, z: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """One pass over the whole member, streamed a megabyte at a time (the declared sizes,
    checked above, bound the work). A DTD has no place in an Office document: entity tricks
    (billion laughs, external entities) are refused, never expanded or fetched, wherever in
    any part they hide, whatever the part's name says it is. Every part is read, because a
    package's relationships can route a worksheet to any name."""
    cells = info.file_size > 4_000_000  # a sheet that large, whatever its name
    count = 0
    tail = b""
    with z.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            block = tail + chunk
            # "<!" (or its UTF-16 form) is rare in Office XML: the regular expression, slow
            # for being case-blind over six forms, runs only where it might match
            if (b"<!" in block or b"<\x00!" in block) and _DTD.search(block):
                raise FileReadError("file_unsafe_xml", path=str(path), member=info.filename)
            tail = chunk[-_OVERLAP:]
            if cells:
                # cells in a large sheet, counted before any parsing (a "<c " cut by a chunk
                # edge is missed: one per megabyte at most, nothing against the limit)
                count += chunk.count(b"<c ") + chunk.count(b"<c>")
                if count > MAX_CELLS:
                    raise FileReadError(
                        "too_many_cells",
                        path=str(path),
                        sheet=info.filename,
                        limit=f"{MAX_CELLS:,}".replace(",", "."),
                    )


def sniff(path: Path, data: bytes, limit_mb: int | None = None) -> None:
    """Raise a :class:`FileReadError` unless ``data`` is an .xlsx/.xlsm workbook package
    within the size limits and without DTDs."""
    limit = MAX_UNCOMPRESSED_MB if limit_mb is None else limit_mb
    if len(data) > limit * 1024 * 1024:
        raise FileReadError("file_too_large", path=str(path), limit=str(limit))
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
                _check_package(path, z, limit)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            NotImplementedError,
            EOFError,
            ValueError,
            zlib.error,
            OSError,
        ) as exc:
            raise FileReadError("file_corrupt", path=p) from exc
        return
    if _looks_like_text(data[:4096]):
        raise FileReadError("file_text", path=p)
    raise FileReadError("file_not_workbook", path=p)


_TEMP = re.compile(r"^\..+\.lkip-(\d+)-[0-9a-f]+\.tmp$")


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no safe liveness probe: leave it to the age rule
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale(folder: Path) -> None:
    """Temporary files left by a run that was killed: their process is gone (or, where that
    cannot be asked, they are more than a day old)."""
    import time

    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        m = _TEMP.match(name)
        if not m:
            continue
        path = folder / name
        try:
            old = time.time() - path.stat().st_mtime > 86_400
            if old or not _alive(int(m.group(1))):
                path.unlink()
        except OSError:
            continue


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def write_error(dst: Path, exc: OSError) -> FileWriteError:
    """An operating system's refusal, said in the user's language with advice that fits: a
    locked file is closed, a read-only folder is changed, a full disk is emptied."""
    folder = dst.parent
    if isinstance(exc, FileNotFoundError) or not folder.is_dir():
        return FileWriteError("output_folder_missing", path=str(dst), folder=str(folder))
    if isinstance(exc, IsADirectoryError) or dst.is_dir():
        return FileWriteError("output_is_folder", path=str(dst))
    if exc.errno == errno.ENOSPC or getattr(exc, "winerror", None) == 112:
        return FileWriteError("output_disk_full", path=str(dst))
    if exc.errno == errno.EROFS or (
        isinstance(exc, PermissionError) and not os.access(folder, os.W_OK)
    ):
        return FileWriteError("output_permission", path=str(dst), folder=str(folder))
    if isinstance(exc, PermissionError) and dst.exists():  # held open (Excel, on Windows)
        return FileWriteError("file_locked", path=str(dst))
    if isinstance(exc, PermissionError):
        return FileWriteError("output_permission", path=str(dst), folder=str(folder))
    return FileWriteError("output_unwritable", path=str(dst), errno=str(exc.errno))


def check_target(dst: Path) -> None:
    """Refuse early, with the right words, a target that is a folder or in no folder."""
    if dst.is_dir():
        raise FileWriteError("output_is_folder", path=str(dst))
    if not dst.parent.is_dir():
        raise FileWriteError("output_folder_missing", path=str(dst), folder=str(dst.parent))


def make_folder(folder: Path) -> None:
    """Create an output folder (and its parents)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise FileWriteError("output_folder_is_file", path=str(folder)) from exc
    except OSError as exc:
        raise write_error(folder / "x", exc) from exc


def atomic_write(dst: Path, data: bytes) -> None:
    """The file appears complete or not at all.

    The bytes go to a temporary file in the target folder, which gets a name only when it is
    complete (on Linux it has none while being written: ``O_TMPFILE``) and is then renamed
    over the target. A run killed at any moment leaves the previous file intact; a named
    temporary file it may leave is removed by the next run into that folder."""
    import secrets

    folder = dst.parent
    check_target(dst)
    _remove_stale(folder)
    tmp = folder / f".{dst.name}.lkip-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    fd = -1
    try:
        try:
            if not hasattr(os, "O_TMPFILE"):
                raise OSError("no O_TMPFILE")
            fd = os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o644)
            _write_all(fd, data)
            os.link(f"/proc/self/fd/{fd}", tmp)  # named only now that it is whole
        except OSError:
            if fd >= 0:
                os.close(fd)
            fd = os.open(
                tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o644
            )
            _write_all(fd, data)
        os.close(fd)
        fd = -1
        os.replace(tmp, dst)
    except OSError as exc:
        raise write_error(dst, exc) from exc
    finally:
        if fd >= 0:
            os.close(fd)
        try:
            tmp.unlink()
        except OSError:
            pass


def without_lkip_year(stem: str, tahun: int | None = None) -> str:
    """A file name's stem without a closing ``LKIP <tahun>`` (any year when ``tahun`` is None):
    staff often call their workbook ``Disnaker - LKIP 2023``, and its output takes that
    ending once, not twice."""
    year = str(tahun) if tahun is not None else r"(?:19|20)\d\d"
    return re.sub(rf"[\s_\-–]*LKIP\s*{year}$", "", stem, flags=re.IGNORECASE).rstrip(" -_")
