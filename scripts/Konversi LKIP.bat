@echo off
rem Konversi LKIP (Windows). Seret berkas .xlsx ke skrip ini, atau klik dua kali untuk
rem mengonversi semua buku kerja di folder "masukan" ke folder "hasil" di samping skrip ini.
rem Pertama kali dijalankan, skrip menyiapkan Python pribadi (.lkip-venv) dan memasang alatnya.
setlocal
chcp 65001 >nul
set "HERE=%~dp0"
set "ROOT=%~dp0.."
set "VENV=%~dp0.lkip-venv"
set "LKIP=%VENV%\Scripts\lkip.exe"
if exist "%LKIP%" goto :siap
set "PY="
where py >nul 2>nul && set "PY=py -3"
if not defined PY where python >nul 2>nul && set "PY=python"
if not defined PY goto :tanpapython
echo Menyiapkan lkip-xlsx untuk pertama kali; ini hanya sekali dan butuh beberapa menit...
%PY% -m venv "%VENV%"
if errorlevel 1 goto :gagalvenv
"%VENV%\Scripts\python.exe" -m pip install --quiet --disable-pip-version-check "%ROOT%"
if errorlevel 1 goto :gagalpasang
echo Siap.
:siap
if "%~1"=="" goto :folder
"%LKIP%" convert %*
set "KODE=%ERRORLEVEL%"
goto :akhir
:folder
if not exist "%HERE%masukan" mkdir "%HERE%masukan"
if not exist "%HERE%hasil" mkdir "%HERE%hasil"
if not exist "%HERE%masukan\BACA SAYA.txt" copy "%HERE%BACA SAYA.txt" "%HERE%masukan\BACA SAYA.txt" >nul
dir /b "%HERE%masukan\*.xlsx" "%HERE%masukan\*.xlsm" >nul 2>nul
if errorlevel 1 goto :kosong
"%LKIP%" convert "%HERE%masukan" --out-dir "%HERE%hasil"
set "KODE=%ERRORLEVEL%"
echo Hasil ada di: %HERE%hasil
goto :akhir
:kosong
echo Folder "masukan" masih kosong. Taruh buku kerja .xlsx di:
echo   %HERE%masukan
echo lalu jalankan skrip ini lagi. Hasilnya akan ada di folder "hasil".
set "KODE=0"
goto :tutup
:tanpapython
echo Python belum terpasang. Pasang Python dari python.org dan centang "Add python.exe to PATH", lalu jalankan lagi.
set "KODE=3"
goto :tutup
:gagalvenv
echo Gagal membuat lingkungan Python di %VENV%.
set "KODE=3"
goto :tutup
:gagalpasang
echo Gagal memasang lkip-xlsx. Periksa sambungan internet, lalu jalankan lagi.
rmdir /s /q "%VENV%"
set "KODE=3"
goto :tutup
:akhir
if "%KODE%"=="0" echo Selesai tanpa catatan.
if "%KODE%"=="1" echo Selesai, dengan catatan: bacalah pesan di atas dan lembar Pemeriksaan pada hasilnya.
if not "%KODE%"=="0" if not "%KODE%"=="1" echo Ada berkas yang tidak dapat dibaca atau ditulis: bacalah pesan di atas.
:tutup
pause
exit /b %KODE%
