#!/usr/bin/env bash
# Konversi LKIP (Linux). Seret berkas .xlsx ke skrip ini, atau jalankan tanpa berkas untuk
# mengonversi semua buku kerja di folder "masukan" ke folder "hasil" di samping skrip ini.
# Pertama kali dijalankan, skrip menyiapkan Python pribadi (.lkip-venv) dan memasang alatnya.
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
VENV="$HERE/.lkip-venv"
LKIP="$VENV/bin/lkip"

tunggu() {
  # the window stays open until a key is pressed (not when run by a program)
  if [ -t 0 ] && [ -z "${LKIP_TANPA_JEDA:-}" ]; then
    read -r -n 1 -s -p "Tekan tombol apa saja untuk menutup jendela ini..."
    echo
  fi
}

PY="$(command -v python3 || command -v python || true)"
if [ ! -x "$LKIP" ]; then
  if [ -z "$PY" ]; then
    echo "Python belum terpasang. Pasang Python 3.11 atau lebih baru (python.org), lalu jalankan lagi."
    tunggu; exit 3
  fi
  echo "Menyiapkan lkip-xlsx untuk pertama kali; ini hanya sekali dan butuh beberapa menit..."
  if ! "$PY" -m venv "$VENV"; then
    echo "Gagal membuat lingkungan Python di $VENV."
    tunggu; exit 3
  fi
  if ! "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$ROOT"; then
    echo "Gagal memasang lkip-xlsx. Periksa sambungan internet, lalu jalankan lagi."
    rm -rf "$VENV"
    tunggu; exit 3
  fi
  echo "Siap."
fi

if [ "$#" -gt 0 ]; then
  "$LKIP" convert "$@"
  code=$?
else
  mkdir -p "$HERE/masukan" "$HERE/hasil"
  if [ ! -f "$HERE/masukan/BACA SAYA.txt" ]; then
    cp "$HERE/BACA SAYA.txt" "$HERE/masukan/BACA SAYA.txt" 2>/dev/null || true
  fi
  if ! ls "$HERE/masukan/"*.xls[xm] >/dev/null 2>&1; then
    echo "Folder 'masukan' masih kosong. Taruh buku kerja .xlsx di:"
    echo "  $HERE/masukan"
    echo "lalu jalankan skrip ini lagi. Hasilnya akan ada di folder 'hasil'."
    tunggu; exit 0
  fi
  "$LKIP" convert "$HERE/masukan" --out-dir "$HERE/hasil"
  code=$?
  echo "Hasil ada di: $HERE/hasil"
fi

case "$code" in
  0) echo "Selesai tanpa catatan." ;;
  1) echo "Selesai, dengan catatan: bacalah pesan di atas dan lembar 'Pemeriksaan' pada hasilnya." ;;
  *) echo "Ada berkas yang tidak dapat dibaca atau ditulis: bacalah pesan di atas." ;;
esac
tunggu
exit "$code"
