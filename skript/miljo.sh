#!/usr/bin/env bash
# Prepares everything Skrivbord needs on Debian 12 (run as root, or with the
# packages already installed): Qt's runtime libraries, Python's venv module, a
# virtual environment in .venv with the pinned packages. A second run only checks
# and returns: it reinstalls when pyproject.toml or the lock file changed.
set -euo pipefail
rot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$rot"

debianpaket=(
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3
  libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core
  # The tests start a throw-away PostgreSQL server (tests/postgres.py) with TLS.
  postgresql openssl
)

saknas=()
for paket in "${debianpaket[@]}"; do
  dpkg-query -W -f='${Status}' "$paket" 2>/dev/null | grep -q "install ok installed" || saknas+=("$paket")
done
python_bin="$(command -v python3 || true)"
if [ -z "$python_bin" ]; then
  saknas+=(python3 python3-venv)
elif ! "$python_bin" -c 'import venv, ensurepip' 2>/dev/null; then
  saknas+=(python3-venv)
fi
if [ ${#saknas[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Skrivbord behöver Debian-paketen: ${saknas[*]}" >&2
    echo "Kör som root, eller installera dem med: sudo apt-get install ${saknas[*]}" >&2
    exit 1
  fi
  echo "Installerar Debian-paket: ${saknas[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${saknas[@]}" >/dev/null
  python_bin="$(command -v python3)"
fi

stampel_varde="$(cat pyproject.toml krav/linux.lock | sha256sum | cut -d' ' -f1)"
stampel=.venv/.skrivbord-installerat
if [ -f "$stampel" ] && [ "$(cat "$stampel")" = "$stampel_varde" ] && [ -x .venv/bin/python ]; then
  exit 0
fi
echo "Förbereder den virtuella miljön .venv (en gång) …" >&2
[ -x .venv/bin/python ] || "$python_bin" -m venv .venv
logg=.venv/pip-installation.log
# pip's own chatter goes to a log that is shown only if the installation fails.
if ! { .venv/bin/python -m pip install --disable-pip-version-check --upgrade "pip>=24" &&
  .venv/bin/python -m pip install --disable-pip-version-check -c krav/linux.lock -e ".[test]"; } \
  >"$logg" 2>&1; then
  cat "$logg" >&2
  echo "Installationen av Python-paketen misslyckades (se ovan)." >&2
  exit 1
fi
echo "$stampel_varde" > "$stampel"
