#!/usr/bin/env bash
# Builds dist/Skrivbord-<version>-setup.exe on Debian 12 (as root, or with the
# Debian packages below already installed). Installs what it needs: NSIS,
# osslsigncode, Python's venv module, and a build venv in build/installer/venv
# with uv and packaging from PyPI. The work itself is in bygg.py.
#
#   bash packaging/bygg-installer.sh                 # bygg installeraren
#   bash packaging/bygg-installer.sh --vanta-pa-ikon 3600
#   bash packaging/bygg-installer.sh --los-om        # lös om packaging/windows.lock
set -euo pipefail
rot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$rot"

debianpaket=(nsis osslsigncode python3 python3-venv ca-certificates)
saknas=()
for paket in "${debianpaket[@]}"; do
  dpkg-query -W -f='${Status}' "$paket" 2>/dev/null | grep -q "install ok installed" || saknas+=("$paket")
done
if [ ${#saknas[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Bygget behöver Debian-paketen: ${saknas[*]}" >&2
    echo "Kör som root, eller installera dem med: sudo apt-get install ${saknas[*]}" >&2
    exit 1
  fi
  echo "Installerar Debian-paket: ${saknas[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${saknas[@]}" >/dev/null
fi

# Debian's own Python 3.11 runs the build; the app's Python 3.12 for Windows is downloaded.
venv=build/installer/venv
verktyg=("uv>=0.9,<1" "packaging>=24")
stampel_varde="$(printf '%s\n' "${verktyg[@]}" | sha256sum | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.verktyg" 2>/dev/null)" != "$stampel_varde" ]; then
  echo "Förbereder byggmiljön $venv …" >&2
  rm -rf "$venv"
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade "pip>=24"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "${verktyg[@]}"
  echo "$stampel_varde" > "$venv/.verktyg"
fi

exec "$venv/bin/python" packaging/bygg.py "$@"
