#!/usr/bin/env bash
# Installs what the tests need that npm does not: LibreOffice (the real office client the
# tests open our files with), Liberation fonts with full Vietnamese coverage,
# Carlito (Calibri metrics), poppler (pdftotext/pdftoppm/pdfsig) and Debian's openpyxl/python-docx as independent
# second readers; Chromium for the web page's browser tests and SoftHSM for the signing tests.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui libreoffice-writer-nogui)
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
# Carlito is metric-compatible with Calibri, the font Excel measures column widths in.
[ -d /usr/share/fonts/truetype/crosextra ] || need+=(fonts-crosextra-carlito)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need+=(python3-openpyxl)
/usr/bin/python3 -c 'import docx' >/dev/null 2>&1 || need+=(python3-docx)
# Debian's Chromium, driven by playwright-core in the web page's browser tests (never a downloaded browser).
command -v chromium >/dev/null 2>&1 || need+=(chromium)
# SoftHSM, a software PKCS#11 token: the signing tests put a key on it as a USB token would hold one.
command -v softhsm2-util >/dev/null 2>&1 || need+=(softhsm2)
# pkcs11-tool (OpenSC) writes the test key and certificate onto that token.
command -v pkcs11-tool >/dev/null 2>&1 || need+=(opensc)
if [ ${#need[@]} -gt 0 ]; then
  echo "Cài đặt gói hệ thống còn thiếu: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
