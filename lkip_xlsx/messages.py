"""Every sentence a user can meet, in Bahasa Indonesia and English.

A message says what is wrong, where, and what to do. The sentences of findings live with
their kinds in :mod:`lkip_xlsx.kinds`; this module holds the rest (files, the command line)
and renders both. A template missing a parameter is a bug: it raises, never prints "-".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kinds import FIELDS, Severity

if TYPE_CHECKING:
    from .model import Finding

__all__ = ["MESSAGES", "render", "text", "severity_label", "as_dict", "error_dict", "cite"]

MESSAGES: dict[str, dict[str, str]] = {
    # -- files -----------------------------------------------------------------------------
    "file_missing": {
        "id": "Berkas {path} tidak ditemukan. Periksa nama dan foldernya.",
        "en": "File {path} was not found. Check its name and folder.",
    },
    "file_unreadable": {
        "id": "Berkas {path} tidak dapat dibuka: tidak ada izin untuk membacanya. Salin berkas "
        "itu ke folder Anda sendiri (misalnya Dokumen) lalu jalankan lagi dengan salinannya.",
        "en": "File {path} cannot be opened: there is no permission to read it. Copy it into "
        "a folder of your own (Documents, say) and run again with the copy.",
    },
    "input_is_folder": {
        "id": "{path} adalah sebuah folder, bukan berkas. Berikan nama berkas .xlsx di dalamnya.",
        "en": "{path} is a folder, not a file. Give the name of an .xlsx file inside it.",
    },
    "file_read_failed": {
        "id": "Berkas {path} tidak dapat dibaca (galat sistem {errno}). Bila berkas itu ada di "
        "flashdisk atau folder jaringan, salin ke komputer ini lalu jalankan lagi.",
        "en": "File {path} cannot be read (system error {errno}). If it is on a USB stick or "
        "a network folder, copy it to this computer and run again.",
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
        "id": "Hasil tidak dapat ditulis ke {path} (galat sistem {errno}). Bila folder itu ada "
        "di flashdisk atau jaringan, tulis ke folder di komputer ini.",
        "en": "The output cannot be written to {path} (system error {errno}). If that folder "
        "is on a USB stick or a network, write to a folder on this computer.",
    },
    "output_folder_missing": {
        "id": "Hasil tidak dapat ditulis ke {path}: folder {folder} tidak ada. Periksa nama "
        "foldernya, atau buat folder itu lebih dulu.",
        "en": "The output cannot be written to {path}: folder {folder} does not exist. Check "
        "the folder's name, or create it first.",
    },
    "output_is_folder": {
        "id": "Hasil tidak dapat ditulis ke {path}: itu sebuah folder. Tulis nama berkasnya, "
        "misalnya {path}/hasil.xlsx.",
        "en": "The output cannot be written to {path}: it is a folder. Give a file name, "
        "e.g. {path}/hasil.xlsx.",
    },
    "output_folder_is_file": {
        "id": "Folder hasil {path} tidak dapat dibuat: sudah ada berkas dengan nama itu. Pilih "
        "nama folder lain.",
        "en": "Output folder {path} cannot be created: a file has that name. Choose another "
        "folder name.",
    },
    "output_permission": {
        "id": "Hasil tidak dapat ditulis ke {path}: tidak ada izin menulis di folder {folder}. "
        "Pilih folder milik Anda sendiri (misalnya Dokumen atau Desktop).",
        "en": "The output cannot be written to {path}: there is no permission to write in "
        "folder {folder}. Choose a folder of your own (Documents or Desktop, say).",
    },
    "output_disk_full": {
        "id": "Hasil tidak dapat ditulis ke {path}: disk penuh. Kosongkan sebagian ruang disk "
        "(atau pilih disk lain) lalu jalankan lagi; berkas lama tidak diubah.",
        "en": "The output cannot be written to {path}: the disk is full. Free some space (or "
        "choose another disk) and run again; the previous file is untouched.",
    },
    "template_exists": {
        "id": "{path} sudah ada dan tidak ditimpa (mungkin sudah Anda isi). Pilih nama lain "
        "dengan -o, atau tambahkan --force untuk menimpanya.",
        "en": "{path} already exists and is not overwritten (you may have filled it in). "
        "Choose another name with -o, or add --force to overwrite it.",
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
    "config_syntax": {
        "id": "Berkas konfigurasi {path} tidak dapat dibaca sebagai TOML: periksa penulisannya "
        "di sekitar baris {line}, kolom {column} (tanda petik, tanda =, kurung siku). Lihat "
        "contoh di README.",
        "en": "Configuration file {path} is not valid TOML: check the writing near line "
        "{line}, column {column} (quotes, =, square brackets). See the example in the README.",
    },
    "mapping_syntax": {
        "id": "Berkas peta {path} tidak dapat dibaca sebagai TOML: periksa penulisannya di "
        "sekitar baris {line}, kolom {column} (tanda petik, tanda =, kurung siku). Lihat "
        "contoh di README.",
        "en": "Mapping file {path} is not valid TOML: check the writing near line {line}, "
        "column {column} (quotes, =, square brackets). See the example in the README.",
    },
    "config_too_few_categories": {
        "id": "Berkas konfigurasi {path} tidak sah: predikat.kategori memerlukan minimal dua "
        "kategori.",
        "en": "Configuration file {path} is invalid: predikat.kategori needs at least two "
        "categories.",
    },
    "config_last_bound": {
        "id": "Berkas konfigurasi {path} tidak sah: {key}: kategori terakhir tidak memakai "
        "batas bawah; hapus baris itu.",
        "en": "Configuration file {path} is invalid: {key}: the last category has no lower "
        "bound; remove that line.",
    },
    "config_bounds_order": {
        "id": "Berkas konfigurasi {path} tidak sah: {key}: batas setiap kategori harus lebih "
        "kecil dari batas kategori di atasnya.",
        "en": "Configuration file {path} is invalid: {key}: each category's bound must be "
        "below the bound of the category above it.",
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
    "status_done": {"id": "selesai", "en": "done"},
    "status_findings": {"id": "ada temuan", "en": "findings"},
    "status_not_written": {"id": "tidak ditulis", "en": "not written"},
    "status_failed": {"id": "gagal", "en": "failed"},
    "batch_heads": {
        "id": "Berkas|Status|Temuan|Hasil / pesan",
        "en": "File|Status|Findings|Output / message",
    },
    "check_heads": {
        "id": "Tingkat|Lembar|Sel|Kolom|Nilai|Pesan",
        "en": "Severity|Sheet|Cell|Column|Value|Message",
    },
    "report_heads": {"id": "No|Tingkat|Sel|Pesan", "en": "No|Severity|Cell|Message"},
    "findings_of": {
        "id": "Temuan pada {path}:",
        "en": "Findings in {path}:",
    },
    "notes_written": {
        "id": "Catatan ditulis: {path}",
        "en": "Notes written: {path}",
    },
    "progress": {
        "id": "Mengonversi",
        "en": "Converting",
    },
    "progress_failed": {
        "id": "{count} gagal",
        "en": "{count} failed",
    },
    "rekap_written": {
        "id": "Rekap ditulis: {path}",
        "en": "Rekap written: {path}",
    },
    "rekap_years": {
        "id": "Buku kerja dari beberapa tahun ({years}): satu Rekap per tahun; berkas yang gagal "
        "dicantumkan pada Rekap tahun {main}.",
        "en": "Workbooks of several years ({years}): one Rekap per year; files that failed are "
        "listed in the {main} Rekap.",
    },
    "rekap_other_years": {
        "id": "Perhatian: batch ini juga memuat buku kerja tahun {years}; tahun itu direkap "
        "pada berkas Rekap tersendiri.",
        "en": "Note: this batch also held workbooks of {years}; those years have a Rekap of "
        "their own.",
    },
    "rekap_duplicate": {
        "id": "Perhatian: nomor {numbers} adalah instansi yang sama ({agency}, tahun {tahun}). "
        "Jumlah dan rata-rata menghitungnya lebih dari sekali: periksa dan sisakan satu berkas.",
        "en": "Note: rows {numbers} are the same agency ({agency}, year {tahun}). Totals and "
        "means count it more than once: check and keep one file.",
    },
    "rekap_duplicate_row": {
        "id": "ganda: instansi dan tahun yang sama dengan nomor {numbers}",
        "en": "duplicate: the same agency and year as rows {numbers}",
    },
    "rekap_not_ours": {
        "id": "{path} sudah ada dan bukan Rekap yang ditulis lkip; berkas itu tidak ditimpa. "
        "Pindahkan berkasnya, atau pilih nama lain dengan --rekap BERKAS.",
        "en": "{path} exists and is not a Rekap lkip wrote; it is not overwritten. Move it, or "
        "choose another name with --rekap FILE.",
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
        "id": "PDF tidak dapat dibuat untuk {path}: LibreOffice gagal mengubahnya. Buka "
        "hasilnya di Excel atau LibreOffice dan simpan sebagai PDF.",
        "en": "No PDF for {path}: LibreOffice failed to convert it. Open the output in Excel "
        "or LibreOffice and save it as PDF.",
    },
    "pdf_timeout": {
        "id": "PDF tidak dapat dibuat untuk {path}: LibreOffice tidak selesai dalam 5 menit. "
        "Tutup LibreOffice yang masih terbuka lalu jalankan lagi, atau buka hasilnya dan "
        "simpan sebagai PDF.",
        "en": "No PDF for {path}: LibreOffice did not finish within 5 minutes. Close any "
        "LibreOffice window still open and run again, or open the output and save it as PDF.",
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
    "check_only_notes": {
        "id": "Tidak ada temuan; {notes} catatan 'info' di atas hanya menjelaskan cara masukan "
        "dibaca (tidak perlu tindakan, tetapi periksalah bahwa bacaannya benar).",
        "en": "No findings; the {notes} 'info' notes above only say how the input was read (no "
        "action needed, but check that the reading is right).",
    },
    "check_counts": {
        "id": "{findings} temuan yang perlu diperiksa dan {notes} catatan 'info' tentang cara "
        "masukan dibaca.",
        "en": "{findings} findings to look at and {notes} 'info' notes on how the input was read.",
    },
    "template_written": {
        "id": "Templat ditulis: {path}",
        "en": "Template written: {path}",
    },
    "docx_written": {
        "id": "Dokumen Word ditulis: {path}",
        "en": "Word document written: {path}",
    },
    "docx_intro": {
        "id": "Tabel dan kalimat Bab III ini dibuat dari buku kerja LKIP yang sama: setiap "
        "angka sama dengan sel di buku kerja. Salin ke dokumen LKIP Anda.",
        "en": "These tables and the sentences of Bab III come from the same LKIP workbook: "
        "every figure equals its cell in the workbook. Copy them into your LKIP document.",
    },
    "docx_bab3": {
        "id": "BAB III AKUNTABILITAS KINERJA",
        "en": "BAB III PERFORMANCE ACCOUNTABILITY",
    },
    "docx_lampiran_renstra": {
        "id": "Lampiran {n}. Matriks Rencana Strategis",
        "en": "Appendix {n}. Strategic Plan Matrix",
    },
    "docx_lampiran_rkt": {
        "id": "Lampiran {n}. Rencana Kinerja Tahunan",
        "en": "Appendix {n}. Annual Performance Plan",
    },
    "docx_lampiran_pk": {
        "id": "Lampiran {n}. Perjanjian Kinerja",
        "en": "Appendix {n}. Performance Agreement",
    },
    # -- the sentences of Bab III (Narasi sheet and Word); fields are live figures ----------
    "narasi_ikhtisar": {
        "id": "Pada tahun {tahun}, kinerja {instansi} diukur melalui {sasaran} sasaran strategis "
        "dengan {indikator} indikator kinerja. Dari {terukur} indikator yang capaiannya dapat "
        "diukur, {rincian}. Rata-rata capaian kinerja seluruh sasaran sebesar {capaian} dengan "
        "predikat {predikat} ({interpretasi}). Pagu anggaran sebesar Rp {pagu} terealisasi "
        "sebesar Rp {realisasi} atau {serapan} dari pagu.",
        "en": "In {tahun}, the performance of {instansi} was measured through {sasaran} "
        "strategic objectives (sasaran) with {indikator} performance indicators. Of the "
        "{terukur} indicators whose achievement could be measured, {rincian}. The average "
        "achievement of all objectives is {capaian}, predicate {predikat} ({interpretasi}). Of "
        "a budget ceiling (pagu) of Rp {pagu}, Rp {realisasi} was spent, or {serapan} of the "
        "ceiling.",
    },
    "narasi_sebaran_kategori": {
        "id": ", {jumlah} indikator tergolong {interpretasi} ({predikat})",
        "en": ", {jumlah} indicators are rated {interpretasi} ({predikat})",
    },
    "narasi_31_indikator": {
        "id": "\u201c{indikator}\u201d dengan capaian {capaian}",
        "en": "\u201c{indikator}\u201d with an achievement of {capaian}",
    },
    "narasi_31_indikator_status": {
        "id": "\u201c{indikator}\u201d belum memiliki capaian ({status})",
        "en": "\u201c{indikator}\u201d has no achievement yet ({status})",
    },
    "narasi_31_sasaran": {
        "id": "Sasaran {nomor} \u201c{sasaran}\u201d diukur dengan {jumlah} indikator: {rincian}. "
        "Dengan capaian setiap indikator dihitung paling rendah 0 dan paling tinggi {batas}, "
        "rata-rata capaian sasaran ini {rata} dengan predikat {predikat} ({interpretasi}).",
        "en": "Objective {nomor} \u201c{sasaran}\u201d is measured by {jumlah} indicators: "
        "{rincian}. Counting each indicator's achievement at no less than 0 and no more than "
        "{batas}, the objective's average achievement is {rata}, predicate {predikat} "
        "({interpretasi}).",
    },
    "narasi_31_sasaran_tanpa_batas": {
        "id": "Sasaran {nomor} \u201c{sasaran}\u201d diukur dengan {jumlah} indikator: {rincian}. "
        "Dengan capaian di bawah 0 dihitung 0, rata-rata capaian sasaran ini {rata} dengan "
        "predikat {predikat} ({interpretasi}).",
        "en": "Objective {nomor} \u201c{sasaran}\u201d is measured by {jumlah} indicators: "
        "{rincian}. Counting an achievement below 0 as 0, the objective's average achievement "
        "is {rata}, predicate {predikat} ({interpretasi}).",
    },
    "narasi_35_indikator": {
        "id": "indikator {nomor} dengan skor {skor} tergolong {interpretasi}",
        "en": "indicator {nomor} with a score of {skor} is rated {interpretasi}",
    },
    "narasi_35_indikator_kosong": {
        "id": "indikator {nomor} belum dapat dinilai (data tidak tersedia)",
        "en": "indicator {nomor} cannot be rated yet (no data)",
    },
    "narasi_35_sasaran": {
        "id": "Sasaran {nomor}: {rincian}; rata-rata capaian sasaran ini {rata} sehingga "
        "tergolong {interpretasi} ({predikat}).",
        "en": "Objective {nomor}: {rincian}; its average achievement of {rata} is rated "
        "{interpretasi} ({predikat}).",
    },
    "narasi_35_umum": {
        "id": "Secara umum, rata-rata capaian seluruh sasaran sebesar {capaian} sehingga kinerja "
        "{instansi} tahun {tahun} tergolong {interpretasi} ({predikat}).",
        "en": "Overall, the average achievement of all objectives is {capaian}, so the "
        "performance of {instansi} in {tahun} is rated {interpretasi} ({predikat}).",
    },
    "narasi_37_pembuka": {
        "id": "Efisiensi penggunaan sumber daya dinilai dengan membandingkan capaian kinerja "
        "setiap sasaran dengan serapan anggaran program pendukungnya: indeks efisiensi = "
        "capaian \u00f7 serapan, efisien bila indeks paling sedikit {ambang}.",
        "en": "The efficiency of resource use compares each objective's achievement with the "
        "budget absorption of the programmes supporting it: efficiency index = achievement "
        "\u00f7 absorption, efficient when the index is at least {ambang}.",
    },
    "narasi_37_sasaran": {
        "id": "Sasaran {nomor} mencapai capaian kinerja {capaian} dengan serapan anggaran "
        "{serapan}; indeks efisiensinya {indeks}, sehingga tergolong {tingkat}.",
        "en": "Objective {nomor} achieved {capaian} with a budget absorption of {serapan}; its "
        "efficiency index is {indeks}: {tingkat}.",
    },
    "narasi_37_tanpa_program": {
        "id": "Efisiensi sasaran {nomor} tidak dapat dinilai karena tidak ada program pendukung "
        "yang tercatat untuknya.",
        "en": "The efficiency of objective {nomor} cannot be assessed: no supporting programme "
        "is recorded for it.",
    },
    "narasi_38": {
        "id": "Realisasi anggaran {instansi} tahun {tahun} sebesar Rp {realisasi} dari total "
        "anggaran Rp {pagu}, atau serapan {serapan}. Anggaran tersebut mendanai {program} "
        "program, {kegiatan} kegiatan dan {sub} sub kegiatan.",
        "en": "The budget realisation of {instansi} in {tahun} is Rp {realisasi} of a total "
        "budget of Rp {pagu}, an absorption of {serapan}. The budget funds {program} "
        "programmes, {kegiatan} activities (kegiatan) and {sub} sub-activities (sub kegiatan).",
    },
    "narasi_38_program": {
        "id": "{program} menyerap Rp {realisasi} dari Rp {pagu} ({serapan})",
        "en": "{program} spent Rp {realisasi} of Rp {pagu} ({serapan})",
    },
    "narasi_38_rincian": {
        "id": "Per program: {rincian}.",
        "en": "Per programme: {rincian}.",
    },
    "unexpected": {
        "id": "Terjadi kesalahan tak terduga saat memproses {path}. Jalankan lagi dengan "
        "--debug dan kirimkan pesan lengkapnya kepada pengelola alat ini.",
        "en": "An unexpected error occurred while processing {path}. Run again with --debug "
        "and send the full message to the tool's maintainers.",
    },
}

MESSAGES.update(
    {
        # -- usage errors (Click's own words never reach the user) --------------------------
        "usage_missing_argument": {
            "id": "{name} belum diberikan: sebutkan berkas atau folder yang diproses.",
            "en": "{name} is missing: name the file or folder to process.",
        },
        "usage_missing_value": {
            "id": "Pilihan {name} memerlukan nilai, misalnya {name} NILAI.",
            "en": "Option {name} needs a value, e.g. {name} VALUE.",
        },
        "usage_takes_no_value": {
            "id": "Pilihan {name} tidak memakai nilai; tulis {name} saja.",
            "en": "Option {name} takes no value; write {name} alone.",
        },
        "usage_no_such_option": {
            "id": "Pilihan {option} tidak dikenal.",
            "en": "Unknown option {option}.",
        },
        "usage_did_you_mean": {
            "id": "Mungkin maksud Anda: {options}.",
            "en": "Did you mean: {options}?",
        },
        "usage_bad_choice": {
            "id": "Nilai untuk {name} tidak dikenal; pilih salah satu: {choices}.",
            "en": "Unknown value for {name}; choose one of: {choices}.",
        },
        "usage_bad_number": {
            "id": "Nilai untuk {name} harus bilangan bulat, misalnya {name} {example}.",
            "en": "The value of {name} must be a whole number, e.g. {name} {example}.",
        },
        "usage_bad_value": {
            "id": "Nilai untuk {name} tidak sah.",
            "en": "Invalid value for {name}.",
        },
        "usage_no_such_command": {
            "id": "Perintah '{name}' tidak dikenal. Perintah yang ada: convert, check, verify, "
            "template.",
            "en": "Unknown command '{name}'. The commands are: convert, check, verify, template.",
        },
        "usage_missing_command": {
            "id": "Perintah belum diberikan: convert, check, verify atau template.",
            "en": "No command given: convert, check, verify or template.",
        },
        "usage_extra_arguments": {
            "id": "Masukan berlebih yang tidak dipahami: {args}. Nama berkas yang memuat spasi "
            "harus diapit tanda petik.",
            "en": "Extra arguments not understood: {args}. File names with spaces need quotes.",
        },
        "usage_other": {
            "id": "Perintah ini tidak dapat dijalankan seperti itu.",
            "en": "The command cannot be run like that.",
        },
        "usage_see_help": {
            "id": "Lihat '{command} --help' untuk petunjuk dan contoh.",
            "en": "See '{command} --help' for instructions and examples.",
        },
        # -- help screens -----------------------------------------------------------------
        "help_usage": {"id": "Pemakaian", "en": "Usage"},
        "help_options_piece": {"id": "[PILIHAN]", "en": "[OPTIONS]"},
        "help_command_piece": {"id": "PERINTAH [MASUKAN]...", "en": "COMMAND [ARGS]..."},
        "help_examples": {"id": "Contoh", "en": "Examples"},
        "help_commands": {"id": "Perintah", "en": "Commands"},
        "help_arguments": {"id": "Masukan", "en": "Arguments"},
        "help_options": {"id": "Pilihan", "en": "Options"},
        "cmd_lkip": {
            "id": "Ubah buku kerja Excel LKIP/LKjIP menjadi tabel resmi (Tabel 3.1–3.8) dengan "
            "rumus Excel yang hidup, dan periksa angka-angkanya.",
            "en": "Convert LKIP/LKjIP Excel workbooks into the official tables (Tabel 3.1–3.8) "
            "with live Excel formulas, and check their figures.",
        },
        "example_lkip": {
            "id": 'lkip convert "Disnaker Jember 2023.xlsx"\nlkip check masukan',
            "en": 'lkip convert "Disnaker Jember 2023.xlsx"\nlkip --lang en check masukan',
        },
        "short_convert": {
            "id": "Buat buku kerja LKIP dari buku kerja masukan (berkas atau folder).",
            "en": "Write LKIP workbooks from input workbooks (files or folders).",
        },
        "short_check": {
            "id": "Periksa saja, tanpa menulis hasil.",
            "en": "Check only; write nothing.",
        },
        "short_verify": {
            "id": "Periksa apakah hasil lkip diubah dengan tangan.",
            "en": "Check whether an lkip output was edited by hand.",
        },
        "short_template": {
            "id": "Tulis buku kerja masukan kosong untuk diisi.",
            "en": "Write a blank input workbook to fill in.",
        },
        "cmd_convert": {
            "id": "Baca, periksa, hitung, tulis: setiap buku kerja masukan menjadi buku kerja "
            "LKIP '<nama> - LKIP <tahun>.xlsx' di samping masukan (atau di --out-dir). Folder "
            "dicari beserta subfoldernya; hasil lkip sendiri dilewati.",
            "en": "Read, check, compute, write: each input workbook becomes an LKIP workbook "
            "'<name> - LKIP <year>.xlsx' beside it (or in --out-dir). Folders are searched "
            "with their subfolders; lkip's own outputs are skipped.",
        },
        "example_convert": {
            "id": 'lkip convert "Disnaker Jember 2023.xlsx"\n'
            'lkip convert "Disnaker Jember 2023.xlsx" -o "LKIP 2023.xlsx"\n'
            "lkip convert masukan --out-dir hasil --notes hasil/catatan.txt",
            "en": 'lkip convert "Disnaker Jember 2023.xlsx" --lang en\n'
            'lkip convert "Disnaker Jember 2023.xlsx" -o "LKIP 2023.xlsx"\n'
            "lkip convert masukan --out-dir hasil --notes hasil/catatan.txt",
        },
        "cmd_check": {
            "id": "Periksa saja, tanpa menulis hasil: setiap temuan dengan tingkat, lembar, sel "
            "dan pesannya, dalam tabel atau JSON. Menerima berkas dan folder.",
            "en": "Check only, writing no output: every finding with its severity, sheet, cell "
            "and message, as a table or JSON. Takes files and folders.",
        },
        "example_check": {
            "id": 'lkip check "Disnaker Jember 2023.xlsx"\nlkip check masukan --json\n'
            'lkip check "Disnaker Jember 2023.xlsx" --report ditandai.xlsx',
            "en": 'lkip check "Disnaker Jember 2023.xlsx" --lang en\nlkip check masukan --json\n'
            'lkip check "Disnaker Jember 2023.xlsx" --report marked.xlsx',
        },
        "cmd_verify": {
            "id": "Periksa apakah buku kerja hasil lkip diubah dengan tangan sesudah ditulis: "
            "rumus yang diganti ketikan, angka yang diubah, nilai yang belum dihitung ulang.",
            "en": "Check whether a workbook lkip wrote was edited by hand afterwards: formulas "
            "typed over, figures changed, values not recalculated.",
        },
        "example_verify": {
            "id": 'lkip verify "Disnaker Jember 2023 - LKIP 2023.xlsx"',
            "en": 'lkip verify "Disnaker Jember 2023 - LKIP 2023.xlsx" --lang en',
        },
        "cmd_template": {
            "id": "Tulis buku kerja masukan kosong: setiap lembar dan kolom, petunjuk pengisian, "
            "daftar pilihan. Berkas yang sudah ada tidak ditimpa tanpa --force.",
            "en": "Write a blank input workbook: every sheet and column, instructions, "
            "drop-down lists. An existing file is not overwritten without --force.",
        },
        "example_template": {
            "id": 'lkip template\nlkip template -o "Data LKIP 2024.xlsx"',
            "en": 'lkip template --lang en\nlkip template -o "Data LKIP 2024.xlsx"',
        },
        "opt_inputs": {
            "id": "Buku kerja (.xlsx/.xlsm) atau folder; boleh lebih dari satu.",
            "en": "Workbooks (.xlsx/.xlsm) or folders; more than one is fine.",
        },
        "opt_workbook": {
            "id": "Buku kerja hasil lkip yang diperiksa.",
            "en": "The workbook lkip wrote, to check.",
        },
        "opt_convert_output": {
            "id": "Berkas hasil (untuk satu masukan saja).",
            "en": "The output file (one input only).",
        },
        "opt_template_output": {
            "id": "Berkas templat yang ditulis (bawaan: lkip-template.xlsx).",
            "en": "The template file to write (default: lkip-template.xlsx).",
        },
        "opt_out_dir": {
            "id": "Folder untuk semua hasil (dibuat bila belum ada).",
            "en": "Folder for every output (created when missing).",
        },
        "opt_jobs": {
            "id": "Jumlah proses paralel (bawaan: jumlah inti prosesor).",
            "en": "Parallel processes (default: the number of processor cores).",
        },
        "opt_quiet": {"id": "Tanpa baris kemajuan.", "en": "No progress lines."},
        "opt_convert_as_json": {
            "id": "Ringkasan dan temuan sebagai JSON.",
            "en": "Summary and findings as JSON.",
        },
        "opt_as_json": {"id": "Temuan sebagai JSON.", "en": "Findings as JSON."},
        "opt_pdf": {
            "id": "Tulis juga PDF setiap hasil (perlu LibreOffice).",
            "en": "Also write a PDF of each output (needs LibreOffice).",
        },
        "opt_docx": {
            "id": "Tulis juga dokumen Word (.docx) berisi tabel dan kalimat Bab III di samping "
            "setiap hasil.",
            "en": "Also write the tables and sentences of Bab III as a Word document (.docx) "
            "beside each output.",
        },
        "opt_notes": {
            "id": "Tulis ringkasan dan semua temuan ke berkas teks ini (UTF-8, terbaca di "
            "Notepad).",
            "en": "Write the summary and every finding to this text file (UTF-8, readable in "
            "Notepad).",
        },
        "opt_rekap": {
            "id": "Nama berkas Rekap (bawaan: 'Rekap LKIP <tahun>.xlsx' di folder hasil).",
            "en": "The Rekap's file name (default: 'Rekap LKIP <year>.xlsx' in the output folder).",
        },
        "opt_no_rekap": {
            "id": "Tanpa Rekap untuk banyak berkas.",
            "en": "No Rekap for many files.",
        },
        "opt_tahun": {
            "id": "Tahun laporan, bila tidak ada di lembar Identitas.",
            "en": "The reporting year, when the Identitas sheet has none.",
        },
        "opt_scale": {
            "id": "Skala predikat (bawaan: sakip).",
            "en": "Predicate scale (default: sakip).",
        },
        "opt_config": {
            "id": "Berkas TOML dengan skala predikat dan aturan sendiri (lihat README).",
            "en": "A TOML file with your own predicate scale and rules (see the README).",
        },
        "opt_mapping": {
            "id": "Berkas TOML yang memetakan nama lembar/kolom Anda ke nama baku (lihat README).",
            "en": "A TOML file mapping your sheet/column names to the standard ones (README).",
        },
        "opt_paper": {
            "id": "Ukuran kertas cetak (bawaan: a4; f4 = folio).",
            "en": "Print paper size (default: a4; f4 = folio).",
        },
        "opt_report": {
            "id": "Tulis salinan masukan dengan sel bermasalah berwarna dan berkomentar (satu "
            "masukan saja).",
            "en": "Write a copy of the input with faulty cells coloured and commented (one "
            "input only).",
        },
        "opt_force": {
            "id": "Timpa berkas yang sudah ada.",
            "en": "Overwrite an existing file.",
        },
        "opt_lang": {
            "id": "Bahasa pesan: id (bawaan) atau en; boleh sebelum atau sesudah perintah.",
            "en": "Message language: id (default) or en; before or after the command.",
        },
        "opt_debug": {
            "id": "Tampilkan traceback bila terjadi galat tak terduga.",
            "en": "Show the traceback of an unexpected error.",
        },
        "opt_help": {
            "id": "Tampilkan bantuan ini lalu keluar.",
            "en": "Show this help and exit.",
        },
        "metavar_output": {"id": "BERKAS", "en": "FILE"},
        "metavar_out_dir": {"id": "FOLDER", "en": "DIR"},
        "metavar_notes": {"id": "BERKAS", "en": "FILE"},
        "metavar_report": {"id": "BERKAS", "en": "FILE"},
        "metavar_tahun": {"id": "TAHUN", "en": "YEAR"},
        "metavar_config": {"id": "BERKAS", "en": "FILE"},
        "metavar_mapping": {"id": "BERKAS", "en": "FILE"},
        "metavar_jobs": {"id": "JUMLAH", "en": "N"},
        "metavar_inputs": {"id": "MASUKAN", "en": "INPUTS"},
        "metavar_workbook": {"id": "HASIL", "en": "OUTPUT"},
    }
)

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


_RULES_DOC = {"id": ("Aturan", "docs/aturan.md"), "en": ("Rules", "docs/en/rules.md")}


def cite(sections: str, lang: str = "id", with_file: bool = False) -> str:
    """``§5`` -> ``Aturan §5``: a rule cited by its section in the project's documentation
    (the numbering ``Parameter`` shows too); ``with_file`` adds the document's path."""
    if not sections:
        return ""
    word, path = _RULES_DOC[lang]
    return f"{word} {sections} ({path})" if with_file else f"{word} {sections}"


def render(finding: Finding, lang: str = "id") -> str:
    params = dict(finding.params)
    if params.get("rule"):
        params["rule"] = cite(params["rule"], lang)
    return finding.kind.template(lang).format_map({**_fields(finding), **params})


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
