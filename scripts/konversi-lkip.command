#!/usr/bin/env bash
# Konversi LKIP (macOS): klik dua kali, atau seret berkas .xlsx ke sini. Sama dengan
# konversi-lkip.sh di folder yang sama.
exec "$(cd "$(dirname "$0")" && pwd)/konversi-lkip.sh" "$@"
