@echo off
rem Konversi LKIP (Windows). Seret berkas .xlsx ke skrip ini, atau klik dua kali untuk
rem mengonversi semua buku kerja di folder "masukan" ke folder "hasil" di samping skrip ini.
rem Pertama kali dijalankan, skrip menyiapkan Python pribadi (.lkip-venv) dan memasang alatnya
rem dengan versi yang tercantum di constraints.txt.
rem Setiap jalur selalu diapit tanda petik: tanda "&" pada nama folder atau berkas aman.
setlocal DisableDelayedExpansion
chcp 65001 >nul
set "HERE=%~dp0"
set "ROOT=%~dp0.."
set "VENV=%~dp0.lkip-venv"
set "VPY=%~dp0.lkip-venv\Scripts\python.exe"
set "CEK=import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)"
set "CATATAN=%~dp0hasil\catatan.txt"

rem -- the private environment works here (made in this folder, imports the tool) -----------
if not exist "%VPY%" goto :pasang
set "DIBUAT="
set /p DIBUAT=<"%VENV%\.lkip-folder" 2>nul
if not "%DIBUAT%"=="%VENV%" goto :pasang
"%VPY%" -c "import lkip_xlsx.cli" >nul 2>nul
if errorlevel 1 goto :pasang
goto :siap

:pasang
rem -- a Python 3.11 or later: the py launcher by version, then python (not the Store alias) --
set "PY="
for %%V in (3.13 3.12 3.11) do if not defined PY py -%%V -c "%CEK%" >nul 2>nul && set "PY=py -%%V"
if defined PY goto :buat
set "PYEXE="
for /f "delims=" %%P in ('where python 2^>nul') do if not defined PYEXE call :bukanalias "%%P"
set "PYOK="
if defined PYEXE "%PYEXE%" -c "%CEK%" >nul 2>nul && set "PYOK=1"
if defined PYOK goto :buat
if defined PYEXE goto :pythonlama
if defined ALIAS goto :aliasstore
goto :tanpapython

:bukanalias
rem the Microsoft Store puts a python.exe in WindowsApps that only opens the Store
echo "%~1" | find /i "\WindowsApps\" >nul && (set "ALIAS=1" & goto :eof)
set "PYEXE=%~1"
goto :eof

:buat
if exist "%VENV%" echo Lingkungan Python pribadi rusak atau dibuat di folder lain (folder ini dipindah?); memasang ulang...
if exist "%VENV%" rmdir /s /q "%VENV%"
echo Menyiapkan lkip-xlsx untuk pertama kali; ini hanya sekali dan butuh beberapa menit.
echo Yang diunduh: sekitar 35 MB (pandas, numpy, pandera, openpyxl, XlsxWriter, typer).
if defined PYOK goto :venvexe
%PY% -m venv "%VENV%"
goto :venvdone
:venvexe
"%PYEXE%" -m venv "%VENV%"
:venvdone
if errorlevel 1 goto :gagalvenv
"%VPY%" -m pip install --disable-pip-version-check --progress-bar on --constraint "%HERE%constraints.txt" "%ROOT%"
if errorlevel 1 goto :gagalpasang
"%VPY%" -c "import sys; open(sys.argv[1], 'w').write(sys.argv[2])" "%VENV%\.lkip-folder" "%VENV%"
echo Siap.

:siap
if not exist "%HERE%hasil" mkdir "%HERE%hasil"
if "%~1"=="" goto :folder
rem -- dropped files: each one quoted, never a bare %* ----------------------------------------
set ARGS=
:argumen
if "%~1"=="" goto :jalankan
set ARGS=%ARGS% "%~1"
shift
goto :argumen
:jalankan
"%VPY%" -m lkip_xlsx convert %ARGS% --notes "%CATATAN%"
set "KODE=%ERRORLEVEL%"
goto :akhir

:folder
if not exist "%HERE%masukan" mkdir "%HERE%masukan"
if not exist "%HERE%masukan\BACA SAYA.txt" copy "%HERE%BACA SAYA.txt" "%HERE%masukan\BACA SAYA.txt" >nul
rem the same search as 'lkip convert FOLDER': any case of .xlsx/.xlsm, subfolders, not our outputs
"%VPY%" -c "import sys; from pathlib import Path; from lkip_xlsx.batch import collect; sys.exit(0 if collect([Path(sys.argv[1])]) else 1)" "%HERE%masukan"
if errorlevel 1 goto :kosong
"%VPY%" -m lkip_xlsx convert "%HERE%masukan" --out-dir "%HERE%hasil" --notes "%CATATAN%"
set "KODE=%ERRORLEVEL%"
echo Hasil ada di: "%HERE%hasil"
goto :akhir

:kosong
echo Folder "masukan" masih kosong. Taruh buku kerja .xlsx di:
echo   "%HERE%masukan"
echo lalu jalankan skrip ini lagi. Hasilnya akan ada di folder "hasil".
set "KODE=0"
goto :tutup

:pythonlama
for /f "delims=" %%W in ('"%PYEXE%" -c "import platform; print(platform.python_version())"') do set "VERSI=%%W"
echo Python %VERSI% terlalu lama: lkip-xlsx memerlukan Python 3.11 atau lebih baru.
goto :caranya
:aliasstore
echo Yang ada hanya pintasan Microsoft Store untuk python.exe, bukan Python yang terpasang.
goto :caranya
:tanpapython
echo Python belum terpasang: lkip-xlsx memerlukan Python 3.11 atau lebih baru.
:caranya
echo Pasang Python 3.11 atau lebih baru dari https://www.python.org/downloads/
echo Pada layar pertama pemasang, centang "Add python.exe to PATH", lalu klik "Install Now".
echo Sesudah selesai, jalankan skrip ini lagi.
set "KODE=3"
goto :tutup
:gagalvenv
echo Gagal membuat lingkungan Python di "%VENV%".
set "KODE=3"
goto :tutup
:gagalpasang
echo Gagal memasang lkip-xlsx (lihat pesan pip di atas). Bila pesannya tentang jaringan, periksa sambungan internet; lalu jalankan skrip ini lagi.
if exist "%VENV%" rmdir /s /q "%VENV%"
set "KODE=3"
goto :tutup

:akhir
if "%KODE%"=="0" echo Selesai tanpa catatan.
if "%KODE%"=="1" echo Selesai, dengan catatan: bacalah daftar temuan di atas (juga tersimpan di "%CATATAN%") dan lembar Pemeriksaan pada hasilnya.
if "%KODE%"=="2" echo Perintah tidak dapat dijalankan: bacalah pesan di atas.
if "%KODE%"=="3" echo Ada berkas yang tidak dapat dibaca atau ditulis: bacalah pesan di atas (juga tersimpan di "%CATATAN%").
:tutup
pause
exit /b %KODE%
