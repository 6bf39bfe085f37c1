"""Every sentence a user can meet, in Bahasa Indonesia and English.

A message says what is wrong, where, and what to do. Templates are filled from a finding's
fields (``where``, ``value``, ``column``) and its ``params``.
"""

from __future__ import annotations

from .model import Finding, Severity

__all__ = ["MESSAGES", "render", "text", "severity_label", "LANGS"]

LANGS = ("id", "en")

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
    # -- structure --------------------------------------------------------------------------
    "sheet_missing": {
        "id": "Lembar '{sheet}' tidak ditemukan (nama lain yang diterima: {synonyms}). "
        "Lembar yang ada: {found}. Tambahkan lembar itu atau ganti namanya.",
        "en": "Sheet '{sheet}' not found (other accepted names: {synonyms}). Sheets found: "
        "{found}. Add the sheet or rename it.",
    },
    "header_not_found": {
        "id": "Baris judul kolom lembar '{sheet}' tidak ditemukan dalam {rows} baris pertama. "
        "Kolom yang diharapkan: {expected}.",
        "en": "The column header row of sheet '{sheet}' was not found in the first {rows} "
        "rows. Expected columns: {expected}.",
    },
    "column_missing": {
        "id": "Lembar '{sheet}' tidak memiliki kolom '{column}'. Tambahkan kolom itu, atau "
        "periksa tahun laporan (--tahun).",
        "en": "Sheet '{sheet}' has no column '{column}'. Add it, or check the reporting year "
        "(--tahun).",
    },
    "year_unknown": {
        "id": "Tahun laporan tidak diketahui. Isi 'Tahun' di lembar Identitas, beri judul "
        "kolom 'Target 2023', atau jalankan dengan --tahun 2023.",
        "en": "The reporting year is unknown. Fill in 'Tahun' on the Identitas sheet, head a "
        "column 'Target 2023', or run with --tahun 2023.",
    },
    "year_invalid": {
        "id": "{where}: tahun '{value}' tidak terbaca. Tulis tahun empat angka, misalnya 2023.",
        "en": "{where}: year '{value}' cannot be read. Write a four-digit year, e.g. 2023.",
    },
    "formula_no_cache": {
        "id": "{where}: rumus tanpa nilai tersimpan (berkas dibuat program lain dan belum pernah "
        "dibuka di Excel). Buka berkas di Excel atau LibreOffice, simpan, lalu jalankan lagi.",
        "en": "{where}: a formula with no stored value (the file was written by a program and "
        "never opened in Excel). Open it in Excel or LibreOffice, save, and run again.",
    },
    # -- cells ------------------------------------------------------------------------------
    "required_blank": {
        "id": "{where}: kolom '{column}' kosong. Isi sel ini.",
        "en": "{where}: column '{column}' is empty. Fill in this cell.",
    },
    "not_a_number": {
        "id": "{where}: '{value}' pada kolom '{column}' bukan angka. Tulis angka, misalnya "
        "1.000, 85,71 atau 85,71%.",
        "en": "{where}: '{value}' in column '{column}' is not a number. Write a number such "
        "as 1.000, 85,71 or 85,71%.",
    },
    "amount_invalid": {
        "id": "{where}: '{value}' pada kolom '{column}' bukan jumlah rupiah yang sah. Tulis "
        "angka rupiah tidak negatif, misalnya 37.984.500.",
        "en": "{where}: '{value}' in column '{column}' is not a valid rupiah amount. Write a "
        "non-negative amount such as 37.984.500.",
    },
    "polarity_unknown": {
        "id": "{where}: polaritas '{value}' tidak dikenal. Tulis 'positif' (makin tinggi makin "
        "baik) atau 'negatif' (makin rendah makin baik).",
        "en": "{where}: polarity '{value}' is unknown. Write 'positif' (higher is better) or "
        "'negatif' (lower is better).",
    },
    "level_unknown": {
        "id": "{where}: level '{value}' tidak dikenal. Tulis Program, Kegiatan atau Sub Kegiatan.",
        "en": "{where}: level '{value}' is unknown. Write Program, Kegiatan or Sub Kegiatan.",
    },
    "level_missing": {
        "id": "{where}: tidak jelas apakah '{value}' sebuah Program, Kegiatan atau Sub Kegiatan. "
        "Isi kolom Level atau Kode, atau awali uraiannya dengan 'Program:'.",
        "en": "{where}: cannot tell whether '{value}' is a Program, Kegiatan or Sub Kegiatan. "
        "Fill in the Level or Kode column, or start the name with 'Program:'.",
    },
    "orphan_line": {
        "id": "{where}: '{value}' ({count} baris) muncul sebelum Program pertama. Tambahkan "
        "baris Program di atasnya, atau letakkan di bawah programnya.",
        "en": "{where}: '{value}' ({count} lines) comes before the first Program. Add a Program "
        "row above it, or move it under its programme.",
    },
    # -- statuses ---------------------------------------------------------------------------
    "no_data": {
        "id": "{where}: realisasi tidak tersedia; capaian dan predikat indikator ini tidak "
        "dihitung dan tidak masuk rata-rata. Isi realisasinya bila datanya ada.",
        "en": "{where}: no realisation; this indicator gets no capaian or predicate and is left "
        "out of every average. Fill in the realisation when the data exists.",
    },
    "realisasi_not_number": {
        "id": "{where}: realisasi '{value}' bukan angka; capaian tidak dihitung (v1 hanya "
        "menghitung angka).",
        "en": "{where}: realisation '{value}' is not a number; capaian not computed (v1 "
        "computes numbers only).",
    },
    "target_zero": {
        "id": "{where}: target 0 pada indikator positif; capaian tidak dapat dihitung. Periksa "
        "targetnya, atau tandai indikator sebagai negatif bila makin rendah makin baik.",
        "en": "{where}: target 0 on a positive indicator; capaian cannot be computed. Check the "
        "target, or mark the indicator negatif if lower is better.",
    },
    "zero_tolerance": {
        "id": "{where}: indikator negatif dengan target 0 (nol toleransi): realisasi 0 → 100, "
        "selainnya 0.",
        "en": "{where}: negative indicator with target 0 (zero tolerance): realisation 0 → "
        "100, otherwise 0.",
    },
    "no_support": {
        "id": "Sasaran '{value}' tidak didukung program mana pun menurut lembar {source}; "
        "efisiensinya tidak dihitung.",
        "en": "Sasaran '{value}' is supported by no programme according to sheet {source}; its "
        "efficiency is not computed.",
    },
    "rkt_sasaran_unknown": {
        "id": "{where}: sasaran '{value}' tidak ada di lembar Realisasi; baris RKT ini "
        "diabaikan. Samakan namanya.",
        "en": "{where}: sasaran '{value}' is not on the Realisasi sheet; this RKT row is "
        "ignored. Make the names match.",
    },
    "rkt_program_unknown": {
        "id": "{where}: program '{value}' tidak ada di lembar Anggaran; baris RKT ini diabaikan. "
        "Samakan namanya.",
        "en": "{where}: programme '{value}' is not on the Anggaran sheet; this RKT row is "
        "ignored. Make the names match.",
    },
    "budget_sasaran_unknown": {
        "id": "{where}: sasaran '{value}' tidak ada di lembar Realisasi. Tulis nama sasaran "
        "atau nomornya (1, 2, …).",
        "en": "{where}: sasaran '{value}' is not on the Realisasi sheet. Write the sasaran's "
        "name or number (1, 2, …).",
    },
    "pk_indicator_unknown": {
        "id": "{where}: indikator PK '{value}' tidak ada di lembar Realisasi; targetnya tidak "
        "dapat dibandingkan. Samakan namanya.",
        "en": "{where}: PK indicator '{value}' is not on the Realisasi sheet; its target cannot "
        "be compared. Make the names match.",
    },
    "renstra_indicator_unknown": {
        "id": "{where}: indikator Renstra '{value}' tidak ada di lembar Realisasi; tidak masuk "
        "Tabel 3.2 dan 3.3. Samakan namanya.",
        "en": "{where}: Renstra indicator '{value}' is not on the Realisasi sheet; it is left "
        "out of Tabel 3.2 and 3.3. Make the names match.",
    },
    "input_line_unknown": {
        "id": "{where}: baris Input untuk '{value}' tidak ditemukan di lembar Anggaran; angka "
        "anggarannya diambil dari baris ini, bukan dari Tabel 3.8. Samakan namanya.",
        "en": "{where}: the Input row for '{value}' matches no line of the Anggaran sheet; its "
        "budget figures come from this row, not from Tabel 3.8. Make the names match.",
    },
    "spent_over_budget": {
        "id": "{where}: realisasi melebihi anggaran (belanja di atas pagu tidak diperbolehkan).",
        "en": "{where}: spending exceeds the budget ceiling (not allowed).",
    },
    "budget_zero": {
        "id": "{where}: anggaran 0; serapan tidak dapat dihitung.",
        "en": "{where}: budget 0; absorption cannot be computed.",
    },
    # -- cross-checks -----------------------------------------------------------------------
    "declared_capaian": {
        "id": "{where} (hasil {output_cell}): "
        "capaian yang dicantumkan {declared} berbeda dari hasil aturan {computed} "
        "({rule}).",
        "en": "{where} (output {output_cell}): "
        "the declared capaian {declared} differs from the rules' {computed} ({rule}).",
    },
    "declared_serapan": {
        "id": "{where} (hasil {output_cell}): "
        "persentase serapan yang dicantumkan {declared} berbeda dari hasil aturan "
        "{computed} ({rule}).",
        "en": "{where} (output {output_cell}): "
        "the declared absorption {declared} differs from the rules' {computed} ({rule}).",
    },
    "declared_amount": {
        "id": "{where} (hasil {output_cell}): "
        "jumlah {column} yang dicantumkan {declared} berbeda dari jumlah rinciannya "
        "{computed}.",
        "en": "{where} (output {output_cell}): "
        "the declared {column} {declared} differs from the sum of its lines {computed}.",
    },
    "declared_total": {
        "id": "{where} (hasil {output_cell}): "
        "total {column} yang dicantumkan {declared} berbeda dari jumlah seluruh program "
        "{computed}.",
        "en": "{where} (output {output_cell}): "
        "the declared total {column} {declared} differs from the sum of all programmes "
        "{computed}.",
    },
    "pattern_truncation": {
        "id": "{count} persentase yang dicantumkan dipotong, tidak dibulatkan setengah menjauhi "
        "nol seperti fungsi ROUND; misalnya {example}. Selisihnya paling banyak 0,01, masih "
        "dalam toleransi; rinciannya di bawah.",
        "en": "{count} declared percentages are truncated, not rounded half away from zero as "
        "ROUND does; for example {example}. Each differs by 0,01 at most, within tolerance; "
        "the rows follow below.",
    },
    "declared_truncated": {
        "id": "{where} (hasil {output_cell}): {declared} adalah {exact} yang dipotong; "
        "dibulatkan menjadi {computed}.",
        "en": "{where} (output {output_cell}): {declared} is {exact} truncated; rounded it is "
        "{computed}.",
    },
    "pattern_uncapped": {
        "id": "{count} rata-rata capaian sasaran yang dicantumkan adalah rata-rata capaian mentah "
        "tanpa batas atas ({example}); aturan merata-ratakan skor yang dibatasi (capaian di atas "
        "100 % dihitung 100 %, Bab III A butir 2).",
        "en": "{count} declared sasaran averages are means of uncapped capaian ({example}); the "
        "rule averages scores capped at the bound (capaian above 100 % counts as 100 %).",
    },
    "pattern_mean_of_percentages": {
        "id": "{count} serapan sasaran yang dicantumkan adalah rata-rata persentase program "
        "({example}); aturan memakai Σ realisasi ÷ Σ anggaran (tertimbang rupiah).",
        "en": "{count} declared sasaran absorptions are means of programme percentages "
        "({example}); the rule uses Σ spent ÷ Σ budget (weighted by money).",
    },
    "declared_sasaran_capaian": {
        "id": "{where} (hasil {output_cell}): capaian sasaran yang dicantumkan {declared} berbeda "
        "dari rata-rata skor indikatornya {computed} ({rule}).",
        "en": "{where} (output {output_cell}): the declared sasaran capaian {declared} differs "
        "from the mean of its indicators' scores {computed} ({rule}).",
    },
    "declared_sasaran_serapan": {
        "id": "{where} (hasil {output_cell}): serapan sasaran yang dicantumkan {declared} berbeda "
        "dari Σ realisasi ÷ Σ anggaran program pendukungnya {computed} ({rule}).",
        "en": "{where} (output {output_cell}): the declared sasaran absorption {declared} "
        "differs from Σ spent ÷ Σ budget of its programmes {computed} ({rule}).",
    },
    "pk_target_differs": {
        "id": "{where}: target PK {declared} berbeda dari target tahun {year} di lembar "
        "Realisasi ({target_cell}) {computed}; capaian dihitung dari target Realisasi.",
        "en": "{where}: the PK target {declared} differs from the {year} target on the "
        "Realisasi sheet ({target_cell}) {computed}; capaian uses the Realisasi target.",
    },
    "renstra_target_differs": {
        "id": "{where}: target Renstra tahun {year} {declared} berbeda dari target di lembar "
        "Realisasi ({target_cell}) {computed}.",
        "en": "{where}: the Renstra target for {year} {declared} differs from the target on the "
        "Realisasi sheet ({target_cell}) {computed}.",
    },
    "unknown_sheets": {
        "id": "Lembar yang tidak dikenal dan diabaikan: {sheets}.",
        "en": "Unknown sheets, ignored: {sheets}.",
    },
    # -- verify ---------------------------------------------------------------------------
    "not_lkip_output": {
        "id": "{path} bukan buku kerja hasil lkip-xlsx (tidak ada tanda lkip di dalamnya); "
        "tidak dapat diverifikasi.",
        "en": "{path} is not a workbook written by lkip-xlsx (it carries no lkip mark); it "
        "cannot be verified.",
    },
    "manifest_altered": {
        "id": "Daftar sel yang ditulis lkip (lembar tersembunyi _lkip) telah diubah: sidik jarinya "
        "tidak cocok lagi. Hasil pemeriksaan di bawah tidak dapat dipercaya sepenuhnya.",
        "en": "The list of cells lkip wrote (hidden sheet _lkip) has been changed: its "
        "fingerprint no longer matches. The checks below cannot be fully trusted.",
    },
    "sheet_removed": {
        "id": "Lembar '{sheet}' yang ditulis lkip telah dihapus.",
        "en": "Sheet '{sheet}' that lkip wrote has been removed.",
    },
    "formula_replaced": {
        "id": "{where}: rumus {declared} diganti dengan nilai ketikan {value}.",
        "en": "{where}: the formula {declared} was replaced by a typed value {value}.",
    },
    "formula_changed": {
        "id": "{where}: rumus diubah dari {declared} menjadi {value}.",
        "en": "{where}: the formula was changed from {declared} to {value}.",
    },
    "value_changed": {
        "id": "{where}: nilai diubah dari {declared} menjadi {value} setelah lkip menulisnya.",
        "en": "{where}: the value was changed from {declared} to {value} after lkip wrote it.",
    },
    "rule_changed": {
        "id": "{where}: aturan di lembar Parameter diubah dari {declared} menjadi {value}; "
        "predikat dan batas dihitung dengan aturan yang baru.",
        "en": "{where}: a rule on the Parameter sheet was changed from {declared} to {value}; "
        "predicates and bounds follow the new rule.",
    },
    "value_stale": {
        "id": "{where}: nilai tersimpan {value} tidak sama dengan hasil rumus {declared} atas "
        "sel-sel buku kerja ini ({computed}); ada yang diubah tanpa menghitung ulang.",
        "en": "{where}: the stored value {value} differs from what the formula {declared} gives "
        "on this workbook's cells ({computed}); something was changed without recalculating.",
    },
    "values_missing": {
        "id": "{count} rumus tidak memiliki nilai tersimpan (berkas disimpan oleh program yang "
        "tidak menghitung); buka dan simpan di Excel atau LibreOffice untuk memeriksa nilainya.",
        "en": "{count} formulas have no stored value (the file was saved by a program that does "
        "not calculate); open and save it in Excel or LibreOffice to check their values.",
    },
    "formula_unreadable": {
        "id": "{where}: rumus {value} tidak dapat dihitung ulang oleh verify (fungsi di luar "
        "yang dipakai lkip).",
        "en": "{where}: the formula {value} cannot be recomputed by verify (a function lkip "
        "does not use).",
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
    template = MESSAGES[code][lang]
    return template.format_map(_Defaults(params))


class _Defaults(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "-"


def render(finding: Finding, lang: str = "id") -> str:
    params = dict(finding.params)
    params.setdefault("where", finding.where)
    params.setdefault("sheet", finding.sheet)
    params.setdefault("value", finding.value)
    params.setdefault("column", finding.column)
    params.setdefault("declared", finding.declared)
    params.setdefault("computed", finding.computed)
    params.setdefault("output_cell", finding.output_cell)
    return text(finding.code, lang, **params)
