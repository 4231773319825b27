#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (as root): PostgreSQL 15 binaries
# (the tests start a private cluster of their own), zbar (the token emulator's camera),
# an SMTP server (aiosmtpd), qrencode (an independent QR encoder) and Chromium (browser tests).
set -euo pipefail

need=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
command -v zbarimg >/dev/null || need+=(zbar-tools)
python3 -c 'import aiosmtpd' 2>/dev/null || /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || need+=(python3-aiosmtpd)
command -v qrencode >/dev/null || need+=(qrencode)
command -v chromium >/dev/null || need+=(chromium)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing: ${need[*]} (run as root, or install them with apt-get)" >&2
    exit 1
  fi
  echo "installing: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
