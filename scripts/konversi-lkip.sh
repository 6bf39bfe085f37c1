#!/usr/bin/env bash
# Konversi LKIP (Linux; macOS lewat konversi-lkip.command). Seret berkas .xlsx ke skrip ini,
# atau jalankan tanpa berkas untuk mengonversi semua buku kerja di folder "masukan" ke folder
# "hasil" di samping skrip ini. Pertama kali dijalankan, skrip menyiapkan Python pribadi
# (.lkip-venv) dan memasang alatnya dengan versi yang tercantum di constraints.txt.
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
VENV="$HERE/.lkip-venv"
VPY="$VENV/bin/python"
MINIMUM="3.11"
UNDUH="https://www.python.org/downloads/"

tunggu() {
  # the window stays open until a key is pressed (not when run by a program)
  if [ -t 0 ] && [ -z "${LKIP_TANPA_JEDA:-}" ]; then
    read -r -n 1 -s -p "Tekan tombol apa saja untuk menutup jendela ini..."
    echo
  fi
}

cocok() {
  # a Python that runs and is new enough (3.11 or later)
  "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

cari_python() {
  local nama jalur
  for nama in python3.13 python3.12 python3.11 python3 python; do
    jalur="$(command -v "$nama" 2>/dev/null)" || continue
    if cocok "$jalur"; then
      echo "$jalur"
      return 0
    fi
  done
  return 1
}

python_lama() {
  # the newest Python found, too old: "Python 3.9.6 (/usr/bin/python3)"
  local nama jalur versi
  for nama in python3 python; do
    jalur="$(command -v "$nama" 2>/dev/null)" || continue
    versi="$("$jalur" -c 'import platform; print(platform.python_version())' 2>/dev/null)" || continue
    echo "Python $versi ($jalur)"
    return 0
  done
  return 1
}

siap_pakai() {
  # the private environment works here: it was made in this folder and imports the tool
  [ -x "$VPY" ] && [ "$(cat "$VENV/.lkip-folder" 2>/dev/null)" = "$VENV" ] \
    && "$VPY" -c 'import lkip_xlsx.cli' >/dev/null 2>&1
}

pasang() {
  local PY lama
  if ! PY="$(cari_python)"; then
    if lama="$(python_lama)"; then
      echo "$lama terlalu lama: lkip-xlsx memerlukan Python $MINIMUM atau lebih baru."
    else
      echo "Python belum terpasang: lkip-xlsx memerlukan Python $MINIMUM atau lebih baru."
    fi
    echo "Pasang Python $MINIMUM atau lebih baru dari $UNDUH"
    echo "(di Linux juga bisa lewat pengelola paket, misalnya: sudo apt install python3.11 python3.11-venv),"
    echo "lalu jalankan skrip ini lagi."
    return 1
  fi
  if [ -e "$VENV" ]; then
    echo "Lingkungan Python pribadi di $VENV rusak atau dibuat di folder lain (folder ini dipindah?); memasang ulang..."
    rm -rf "$VENV"
  fi
  echo "Menyiapkan lkip-xlsx untuk pertama kali; ini hanya sekali dan butuh beberapa menit."
  echo "Yang diunduh: sekitar 35 MB (pandas, numpy, pandera, openpyxl, XlsxWriter, typer)."
  if ! "$PY" -m venv "$VENV"; then
    echo "Gagal membuat lingkungan Python di $VENV. Di Debian/Ubuntu pasang dulu paket python3-venv"
    echo "(sudo apt install python3-venv), lalu jalankan lagi."
    rm -rf "$VENV"
    return 1
  fi
  if ! "$VPY" -m pip install --disable-pip-version-check --progress-bar on \
      --constraint "$HERE/constraints.txt" "$ROOT"; then
    echo "Gagal memasang lkip-xlsx (lihat pesan pip di atas). Bila pesannya tentang jaringan,"
    echo "periksa sambungan internet; lalu jalankan skrip ini lagi."
    rm -rf "$VENV"
    return 1
  fi
  echo "$VENV" > "$VENV/.lkip-folder"
  echo "Siap."
}

lkip() {
  "$VPY" -m lkip_xlsx "$@"
}

if ! siap_pakai; then
  if ! pasang; then
    tunggu; exit 3
  fi
fi

mkdir -p "$HERE/hasil"
CATATAN="$HERE/hasil/catatan.txt"
if [ "$#" -gt 0 ]; then
  lkip convert "$@" --notes "$CATATAN"
  code=$?
else
  mkdir -p "$HERE/masukan"
  if [ ! -f "$HERE/masukan/BACA SAYA.txt" ]; then
    cp "$HERE/BACA SAYA.txt" "$HERE/masukan/BACA SAYA.txt" 2>/dev/null || true
  fi
  # the same search as 'lkip convert FOLDER': .xlsx/.xlsm in any case, in subfolders, not
  # the tool's own outputs
  if ! "$VPY" -c 'import sys; from pathlib import Path; from lkip_xlsx.batch import collect; sys.exit(0 if collect([Path(sys.argv[1])]) else 1)' "$HERE/masukan"; then
    echo "Folder 'masukan' masih kosong. Taruh buku kerja .xlsx di:"
    echo "  $HERE/masukan"
    echo "lalu jalankan skrip ini lagi. Hasilnya akan ada di folder 'hasil'."
    tunggu; exit 0
  fi
  lkip convert "$HERE/masukan" --out-dir "$HERE/hasil" --notes "$CATATAN"
  code=$?
  echo "Hasil ada di: $HERE/hasil"
fi

case "$code" in
  0) echo "Selesai tanpa catatan." ;;
  1) echo "Selesai, dengan catatan: bacalah daftar temuan di atas (juga tersimpan di $CATATAN)"
     echo "dan lembar 'Pemeriksaan' pada hasilnya." ;;
  2) echo "Perintah tidak dapat dijalankan: bacalah pesan di atas." ;;
  *) echo "Ada berkas yang tidak dapat dibaca atau ditulis: bacalah pesan di atas (juga tersimpan di $CATATAN)." ;;
esac
tunggu
exit "$code"
