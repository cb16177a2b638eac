#!/usr/bin/env bash
# Starts Skrivbord (its GUI) after making sure everything is installed.
set -euo pipefail
rot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$rot/skript/miljo.sh"
exec "$rot/.venv/bin/python" -m skrivbord "$@"
