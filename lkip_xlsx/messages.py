"""Every sentence a user can meet, in Bahasa Indonesia and English.

A message says what is wrong, where, and what to do. The sentences of findings live with
their kinds in :mod:`lkip_xlsx.kinds`; this module holds the rest (files, the command line)
and renders both. A template missing a parameter is a bug: it raises, never prints "-".
"""

from __future__ import annotations

from .kinds import FIELDS, Severity
from .model import Finding

__all__ = ["MESSAGES", "render", "text", "severity_label", "as_dict", "error_dict"]

MESSAGES: dict[str, dict[str, str]] = {
    # -- files -----------------------------------------------------------------------------
    "file_missing": {
        "id": "Berkas {path} tidak ditemukan. Periksa nama dan foldernya.",
        "en": "File {path} was not found. Check its name and folder.",
    },
    "file_unreadable": {
        "id": "Berkas {path} tidak dapat dibuka (tidak ada izin baca, atau itu sebuah folder).",
        "en": "File {path} cannot be opened (no read permission, or it is a folder).",
    },
    "file_xls": {
        "id": "{path} berformat .xls (Excel 97-2003). Buka di Excel, lalu Simpan Sebagai "
        "'Buku Kerja Excel (*.xlsx)', dan jalankan lagi dengan berkas .xlsx itu.",
        "en": "{path} is an .xls (Excel 97-2003) file. Open it in Excel, Save As "
        "'Excel Workbook (*.xlsx)', and run again with the .xlsx file.",
    },
    "file_other_format": {
        "id": "{path} berformat {suffix}, bukan buku kerja Excel. Simpan sebagai .xlsx lalu "
        "jalankan lagi.",
        "en": "{path} is a {suffix} file, not an Excel workbook. Save it as .xlsx and run again.",
    },
    "file_empty": {
        "id": "{path} kosong (0 byte). Simpan ulang buku kerjanya dari Excel lalu jalankan lagi.",
        "en": "{path} is empty (0 bytes). Save the workbook again from Excel and run again.",
    },
    "file_encrypted": {
        "id": "{path} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File > Info > "
        "Lindungi Buku Kerja), simpan, lalu jalankan lagi.",
        "en": "{path} is password-protected. Open it in Excel, remove the password (File > "
        "Info > Protect Workbook), save, and run again.",
    },
    "file_text": {
        "id": "{path} adalah berkas teks (misalnya CSV) yang diberi nama .xlsx, bukan buku "
        "kerja Excel. Buka di Excel dan Simpan Sebagai 'Buku Kerja Excel (*.xlsx)'.",
        "en": "{path} is a text file (a CSV, say) named .xlsx, not an Excel workbook. Open it "
        "in Excel and Save As 'Excel Workbook (*.xlsx)'.",
    },
    "file_not_excel_zip": {
        "id": "{path} adalah arsip ZIP atau dokumen lain (misalnya Word), bukan buku kerja "
        "Excel. Pilih berkas .xlsx yang benar.",
        "en": "{path} is a ZIP archive or another document (Word, say), not an Excel workbook. "
        "Choose the right .xlsx file.",
    },
    "file_corrupt": {
        "id": "{path} rusak dan tidak dapat dibaca. Buka di Excel (Excel dapat menawarkan "
        "perbaikan), simpan ulang sebagai .xlsx, lalu jalankan lagi.",
        "en": "{path} is damaged and cannot be read. Open it in Excel (Excel may offer to "
        "repair it), save it again as .xlsx, and run again.",
    },
    "file_too_large": {
        "id": "{path} terlalu besar: isinya melebihi {limit} MB setelah dibuka. Bila berkas ini "
        "memang sebesar itu, jalankan dengan LKIP_MAX_MB yang lebih besar.",
        "en": "{path} is too large: it holds more than {limit} MB once unpacked. If it really is "
        "that large, run with a larger LKIP_MAX_MB.",
    },
    "file_zip_bomb": {
        "id": "{path} ditolak: bagian {member} dimampatkan secara tidak wajar (bom zip). Simpan "
        "ulang berkasnya dari Excel.",
        "en": "{path} is refused: part {member} is compressed beyond reason (a zip bomb). Save "
        "the file again from Excel.",
    },
    "file_unsafe_xml": {
        "id": "{path} ditolak: bagian {member} memuat deklarasi DTD/entitas, yang tidak pernah "
        "ditulis Excel. Simpan ulang berkasnya dari Excel.",
        "en": "{path} is refused: part {member} holds a DTD or entity declaration, which Excel "
        "never writes. Save the file again from Excel.",
    },
    "too_many_cells": {
        "id": "{path} ditolak: lembar '{sheet}' memuat lebih dari {limit} sel. Hapus baris dan "
        "kolom kosong yang terformat, atau pisahkan datanya.",
        "en": "{path} is refused: sheet '{sheet}' holds more than {limit} cells. Delete "
        "formatted empty rows and columns, or split the data.",
    },
    "file_locked": {
        "id": "Hasil tidak dapat ditulis ke {path}: berkas itu sedang dibuka atau dikunci "
        "program lain (misalnya Excel). Tutup berkas itu lalu jalankan lagi; berkas lama tidak "
        "diubah.",
        "en": "The output cannot be written to {path}: the file is open or locked by another "
        "program (Excel, say). Close it and run again; the previous file is untouched.",
    },
    "workbook_empty": {
        "id": "{path} tidak berisi data apa pun. Isi lembar Realisasi dan Anggaran (lihat "
        "'lkip template').",
        "en": "{path} holds no data at all. Fill in the Realisasi and Anggaran sheets (see "
        "'lkip template').",
    },
    "file_not_workbook": {
        "id": "{path} bukan buku kerja Excel (.xlsx): isinya berkas jenis lain (gambar, PDF, "
        "program …) yang diberi nama .xlsx. Pilih berkas .xlsx yang benar.",
        "en": "{path} is not an Excel workbook (.xlsx): it is another kind of file (an image, "
        "a PDF, a program …) named .xlsx. Choose the right .xlsx file.",
    },
    "text_too_long": {
        "id": "Hasil tidak dapat ditulis: teks untuk sel {cell} ({length} karakter) lebih "
        "panjang daripada yang dapat dimuat satu sel Excel (32.767). Teks itu diawali "
        '"{start}". Perpendek teks itu di buku kerja masukan, lalu jalankan lagi.',
        "en": "The output cannot be written: the text for cell {cell} ({length} characters) is "
        'longer than one Excel cell holds (32,767). It begins "{start}". Shorten that text '
        "in the input workbook and run again.",
    },
    "output_unwritable": {
        "id": "Hasil tidak dapat ditulis ke {path}: {reason}. Jika berkas itu sedang terbuka "
        "di Excel, tutup dulu lalu jalankan lagi; atau pilih folder lain dengan -o.",
        "en": "The output cannot be written to {path}: {reason}. If the file is open in "
        "Excel, close it and run again; or choose another folder with -o.",
    },
    "output_is_input": {
        "id": "Berkas hasil tidak boleh sama dengan berkas masukan ({path}).",
        "en": "The output file must not be the input file ({path}).",
    },
    "lang_unknown": {
        "id": "Bahasa '{name}' tidak dikenal; pilih id atau en.",
        "en": "Unknown language '{name}'; choose id or en.",
    },
    "scale_unknown": {
        "id": "Skala predikat '{scale}' tidak dikenal; pilih salah satu: {choices}.",
        "en": "Unknown predicate scale '{scale}'; choose one of: {choices}.",
    },
    "config_invalid": {
        "id": "Berkas konfigurasi {path} tidak sah: {reason}. Lihat contoh di README.",
        "en": "Configuration file {path} is invalid: {reason}. See the example in the README.",
    },
    "config_unreadable": {
        "id": "Berkas konfigurasi {path} tidak dapat dibaca.",
        "en": "Configuration file {path} cannot be read.",
    },
    "mapping_invalid": {
        "id": "Berkas peta {path} tidak sah: {reason}. Lihat contoh di README.",
        "en": "Mapping file {path} is invalid: {reason}. See the example in the README.",
    },
    "paper_unknown": {
        "id": "Ukuran kertas '{paper}' tidak dikenal; pilih a4 atau f4.",
        "en": "Unknown paper size '{paper}'; choose a4 or f4.",
    },
    # -- verify ---------------------------------------------------------------------------
    "not_lkip_output": {
        "id": "{path} bukan buku kerja hasil lkip-xlsx (tidak ada tanda lkip di dalamnya); "
        "tidak dapat diverifikasi.",
        "en": "{path} is not a workbook written by lkip-xlsx (it carries no lkip mark); it "
        "cannot be verified.",
    },
    "verify_clean": {
        "id": "Tidak ada perubahan: {cells} sel sesuai dengan yang ditulis lkip, {formulas} "
        "rumus sesuai dengan nilainya.",
        "en": "No changes: {cells} cells as lkip wrote them, {formulas} formulas agree with "
        "their values.",
    },
    "verify_findings": {
        "id": "{count} perubahan ditemukan ({cells} sel dan {formulas} rumus diperiksa).",
        "en": "{count} changes found ({cells} cells and {formulas} formulas checked).",
    },
    # -- CLI --------------------------------------------------------------------------------
    "done": {
        "id": "Selesai: {output}",
        "en": "Done: {output}",
    },
    "done_findings": {
        "id": "Selesai dengan {count} catatan (lihat lembar Pemeriksaan): {output}",
        "en": "Done with {count} findings (see the Pemeriksaan sheet): {output}",
    },
    "not_written": {
        "id": "Tidak ada hasil yang ditulis: perbaiki {count} kesalahan di atas lalu jalankan "
        "lagi.",
        "en": "No output written: fix the {count} errors above and run again.",
    },
    "no_inputs": {
        "id": "Tidak ada buku kerja (.xlsx/.xlsm) pada masukan yang diberikan.",
        "en": "No workbooks (.xlsx/.xlsm) among the inputs given.",
    },
    "output_one_input": {
        "id": "-o hanya untuk satu berkas masukan; untuk banyak berkas pakai --out-dir FOLDER.",
        "en": "-o takes one input file only; for many files use --out-dir FOLDER.",
    },
    "more_errors": {
        "id": "(dan {count} kesalahan lain; lihat 'lkip check'.)",
        "en": "(and {count} more errors; see 'lkip check'.)",
    },
    "progress": {
        "id": "Mengonversi",
        "en": "Converting",
    },
    "progress_failed": {
        "id": "{count} gagal",
        "en": "{count} failed",
    },
    "batch_summary": {
        "id": "{total} berkas: {done} selesai, {findings} selesai dengan temuan, {skipped} tidak "
        "ditulis, {failed} gagal.",
        "en": "{total} files: {done} done, {findings} done with findings, {skipped} not "
        "written, {failed} failed.",
    },
    "pdf_written": {
        "id": "PDF ditulis: {path}",
        "en": "PDF written: {path}",
    },
    "pdf_no_libreoffice": {
        "id": "PDF tidak dapat dibuat untuk {path}: LibreOffice tidak terpasang. Pasang "
        "LibreOffice (libreoffice.org), lalu jalankan lagi dengan --pdf.",
        "en": "No PDF for {path}: LibreOffice is not installed. Install LibreOffice "
        "(libreoffice.org) and run again with --pdf.",
    },
    "pdf_failed": {
        "id": "PDF tidak dapat dibuat untuk {path} ({reason}). Buka hasilnya di Excel atau "
        "LibreOffice dan simpan sebagai PDF.",
        "en": "No PDF for {path} ({reason}). Open the output in Excel or LibreOffice and save "
        "it as PDF.",
    },
    "report_one_input": {
        "id": "--report hanya dapat dipakai dengan satu berkas masukan.",
        "en": "--report works with one input file only.",
    },
    "report_written": {
        "id": "Salinan bertanda ditulis: {path} (sel bermasalah berwarna dan berkomentar).",
        "en": "Marked copy written: {path} (faulty cells coloured and commented).",
    },
    "check_clean": {
        "id": "Tidak ada temuan.",
        "en": "No findings.",
    },
    "template_written": {
        "id": "Templat ditulis: {path}",
        "en": "Template written: {path}",
    },
    "unexpected": {
        "id": "Terjadi kesalahan tak terduga saat memproses {path}. Jalankan lagi dengan "
        "--debug dan kirimkan pesan lengkapnya kepada pengelola alat ini.",
        "en": "An unexpected error occurred while processing {path}. Run again with --debug "
        "and send the full message to the tool's maintainers.",
    },
}

_SEVERITY = {
    "id": {
        Severity.INFO: "info",
        Severity.DISCREPANCY: "selisih",
        Severity.WARNING: "peringatan",
        Severity.ERROR: "kesalahan",
    },
    "en": {
        Severity.INFO: "info",
        Severity.DISCREPANCY: "discrepancy",
        Severity.WARNING: "warning",
        Severity.ERROR: "error",
    },
}


def severity_label(severity: Severity, lang: str = "id") -> str:
    return _SEVERITY[lang][severity]


def text(code: str, lang: str = "id", **params: str) -> str:
    return MESSAGES[code][lang].format(**params)


def _fields(finding: Finding) -> dict[str, str]:
    return {name: str(getattr(finding, name)) for name in FIELDS}


def render(finding: Finding, lang: str = "id") -> str:
    return finding.kind.template(lang).format_map({**_fields(finding), **dict(finding.params)})


def as_dict(finding: Finding, lang: str = "id") -> dict[str, object]:
    """A finding as every ``--json`` output shows it."""
    return {
        "code": finding.code,
        "label": finding.kind.label(lang),
        "severity": finding.severity.name.lower(),
        "severity_label": severity_label(finding.severity, lang),
        **_fields(finding),
        "params": dict(finding.params),
        "message": render(finding, lang),
    }


def error_dict(code: str, message: str, lang: str = "id") -> dict[str, object]:
    """A file that could not be read, shaped like a finding for ``--json``."""
    return {
        "code": code,
        "label": "",
        "severity": Severity.ERROR.name.lower(),
        "severity_label": severity_label(Severity.ERROR, lang),
        **dict.fromkeys(FIELDS, ""),
        "params": {},
        "message": message,
    }
