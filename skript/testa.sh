#!/usr/bin/env bash
# Runs the whole test suite: lint, format check, type check, then pytest (Qt offscreen,
# one worker per core).
set -euo pipefail
rot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$rot"
bash skript/miljo.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
# One worker per core (pytest-xdist); every test is independent of the others.
exec .venv/bin/python -m pytest -n auto "$@"
