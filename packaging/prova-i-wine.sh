#!/usr/bin/env bash
# Smoke test of the Windows installer under Wine (Debian 12, as root or with the
# packages below installed). A real Windows PC is still the release gate.
#
#   bash packaging/prova-i-wine.sh [--skarmdumpar MAPP] [INSTALLERARE]
#
# In a fresh 64-bit Wine prefix in a temp folder (its own HOME, so nothing lands
# in the real one) set to Windows 10: installs silently, checks the files, the
# uninstall entry and the shortcut, installs again over it (user data kept), runs
# the installed app's self-test, checks that installer and uninstaller refuse
# while Skrivbord holds its mutex, uninstalls silently (user data kept), and
# finally installs once more and uninstalls with /TABORTDATA (databases and their
# Credential Manager entries gone).
# With --skarmdumpar it also saves installer.png (the installer's first page) and
# wine-huvudfonster.png (the installed app under Xvfb) in MAPP.
# Exits non-zero as soon as a step fails. BEHALL=1 keeps the temp folder.
#
# The Wine workarounds here are for this test only and are never shipped:
#  - Qt reads WINEQT_QPA_PLATFORM / WINEQT_QPA_FONTDIR (Wine strips the WINE prefix
#    and passes no plain QT_* variable); offscreen Qt needs a font folder;
#  - Qt6Core imports icuuc.dll, which Windows 10 1903+ has and Wine has not: a stub
#    exporting the functions Qt6Core imports is built with mingw-w64 into system32;
#  - the prefix's sRGB colour profile is deleted (Qt aborts in mscms under Xvfb);
#  - Wine's crash dialog is turned off, or a crash would hang the run under Xvfb;
#  - python.exe's output goes through a pipe (redirecting it to a file breaks it)
#    and its stdin is /dev/null.
set -euo pipefail
rot="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$rot"

skarmdumpar=""
installerare=""
while [ $# -gt 0 ]; do
  case "$1" in
    --skarmdumpar) skarmdumpar="$(realpath -m "$2")"; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) installerare="$(realpath "$1")"; shift ;;
  esac
done

debianpaket=(wine wine64 fonts-wine xvfb xauth x11-utils gcc-mingw-w64-x86-64)
[ -n "$skarmdumpar" ] && debianpaket+=(imagemagick)
saknas=()
for paket in "${debianpaket[@]}"; do
  dpkg-query -W -f='${Status}' "$paket" 2>/dev/null | grep -q "install ok installed" || saknas+=("$paket")
done
if [ ${#saknas[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Wine-provet behöver Debian-paketen: ${saknas[*]} (kör som root)" >&2
    exit 1
  fi
  echo "Installerar Debian-paket: ${saknas[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${saknas[@]}" >/dev/null
fi

version="$(/usr/bin/python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
if [ -z "$installerare" ]; then
  installerare="$rot/dist/Skrivbord-$version-setup.exe"
  [ -f "$installerare" ] || bash packaging/bygg-installer.sh
fi

tmp="$(mktemp -d /tmp/skrivbord-wine.XXXXXX)"
xvfb_pid=""
avsluta() {
  status=$?
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  WINEPREFIX="$tmp/prefix" wineserver -k 2>/dev/null || true
  if [ "${BEHALL:-0}" = 1 ]; then echo "Tempmappen finns kvar: $tmp" >&2; else rm -rf "$tmp"; fi
  exit $status
}
trap avsluta EXIT

export HOME="$tmp/hem" WINEPREFIX="$tmp/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
unset DISPLAY WAYLAND_DISPLAY
mkdir -p "$HOME"

skarm=99
while [ -e "/tmp/.X$skarm-lock" ] || [ -e "/tmp/.X11-unix/X$skarm" ]; do skarm=$((skarm + 1)); done
Xvfb ":$skarm" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY=":$skarm"
sleep 1

anvandare="$(whoami)"
lokal="$WINEPREFIX/drive_c/users/$anvandare/AppData/Local"
inst="$lokal/Programs/Skrivbord"
inst_win="C:\\users\\$anvandare\\AppData\\Local\\Programs\\Skrivbord"
startmeny="$WINEPREFIX/drive_c/users/$anvandare/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Skrivbord.lnk"
avinst_nyckel='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Skrivbord'

fel() { echo "    FEL: $*" >&2; exit 1; }
steg_start=0
steg() { echo "==> $*"; steg_start=$(date +%s.%N); }
sekunder_sedan() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
klart() { echo "    ok ($(sekunder_sedan "$steg_start") s)${1:+ – $1}"; }
# python.exe in the prefix: stdin from /dev/null, output through a pipe (iconv from
# the ANSI code page; in isolated mode Python ignores PYTHONIOENCODING).
wpython() { wine "$inst/python/python.exe" "$@" </dev/null 2>&1 | iconv -f CP1252 -t UTF-8; return "${PIPESTATUS[0]}"; }
# A screenshot of the first window whose title matches, or of the whole screen.
skarmbild() {
  local monster="$1" fil="$2" id=""
  for _ in $(seq 90); do
    id="$(xwininfo -root -tree 2>/dev/null | grep -F "$monster" | awk '{print $1}' | head -n1 || true)"
    [ -n "$id" ] && break
    sleep 1
  done
  [ -n "$id" ] || fel "inget fönster med titeln '$monster'"
  sleep 4
  import -window "$id" "$fil" || import -window root "$fil"
}
# Credential Manager entries of the prefix (Wine keeps them in its registry).
nycklar() { wine reg query 'HKCU\Software\Wine\Credential Manager' 2>/dev/null | tr -d '\r' | grep -c '^HKEY.*Credential Manager\\' || true; }

echo "Skrivbord $version: $(basename "$installerare") ($(du -m "$installerare" | cut -f1) MiB), $(wine --version)"

steg "nytt 64-bitars Wine-prefix som Windows 10"
wineboot -i >/dev/null 2>&1
wine reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f >/dev/null 2>&1
wine winecfg -v win10 >/dev/null 2>&1
wineserver -w
rm -f "$WINEPREFIX/drive_c/windows/system32/spool/drivers/color/srgb color space profile.icm"
klart "$(wine cmd /c ver 2>/dev/null | tr -d '\r' | grep -o 'Windows.*')"

if [ -n "$skarmdumpar" ]; then
  steg "skärmbild av installerarens första sida"
  mkdir -p "$skarmdumpar"
  wine "$installerare" >/dev/null 2>&1 &
  skarmbild "Skrivbord $version – installation" "$skarmdumpar/installer.png"
  wineserver -k; wineserver -w || true
  klart "$skarmdumpar/installer.png"
fi

steg "tyst installation (/S)"
start=$(date +%s.%N)
wine "$installerare" /S || fel "installeraren avslutade med felkod $?"
wineserver -w
installationstid=$(sekunder_sedan "$start")
[ -f "$inst/python/pythonw.exe" ] || fel "pythonw.exe saknas i $inst"
[ -f "$inst/app/skrivbord/__init__.py" ] || fel "appen saknas"
[ ! -e "$inst/python/_wmi.pyd" ] || fel "_wmi.pyd ska vara borttagen"
[ -f "$startmeny" ] || fel "genvägen i Start-menyn saknas"
registrerad="$(wine reg query "$avinst_nyckel" /v DisplayVersion 2>/dev/null | tr -d '\r' | awk '/DisplayVersion/ {print $3}')"
[ "$registrerad" = "$version" ] || fel "avinstallationsposten har version '$registrerad', inte $version"
klart "$installationstid s, $(du -sm "$inst" | cut -f1) MiB installerat, $(find "$inst" -name '*.pyc' | wc -l) .pyc-filer"

steg "stubbe för icuuc.dll (bara för Wine)"
/usr/bin/python3 packaging/wine/icuuc_stubbe.py "$inst/pkgs/PySide6/Qt6Core.dll" >"$tmp/icuuc.c" 2>"$tmp/icuuc.log" || fel "$(cat "$tmp/icuuc.log")"
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" "$tmp/icuuc.c"
klart "$(cat "$tmp/icuuc.log")"

steg "Python och paketen startar"
wpython -c "import sys, platform, skrivbord, PySide6.QtWidgets, sqlcipher3, keyring, psycopg; print('   ', 'Skrivbord', skrivbord.__version__, '| Python', sys.version.split()[0], '|', platform.platform(), '| PySide6', PySide6.__version__, '|', type(keyring.get_keyring()).__name__, '| psycopg', psycopg.__version__, psycopg.pq.__impl__)" \
  || fel "importerna misslyckades"
klart

steg "ominstallation över den förra behåller användarens data"
mkdir -p "$lokal/Skrivbord"
echo "användardata" >"$lokal/Skrivbord/behall.txt"
wine "$installerare" /S || fel "andra installationen avslutade med felkod $?"
wineserver -w
[ -f "$lokal/Skrivbord/behall.txt" ] || fel "användarens data försvann vid ominstallationen"
klart

steg "självtest: skrivbord sjalvtest --ut C:\\sjalvtest (Qt offscreen)"
export WINEQT_QPA_PLATFORM=offscreen WINEQT_QPA_FONTDIR='Z:\usr\share\wine\fonts'
sjalvtest_status=0
wpython -m skrivbord sjalvtest --ut 'C:\sjalvtest' || sjalvtest_status=$?
unset WINEQT_QPA_PLATFORM WINEQT_QPA_FONTDIR
if [ -f "$WINEPREFIX/drive_c/sjalvtest/rapport.json" ]; then
  sed 's/^/    /' "$WINEPREFIX/drive_c/sjalvtest/rapport.json"
fi
[ "$sjalvtest_status" -eq 0 ] || fel "självtestet avslutade med felkod $sjalvtest_status"
[ "$(nycklar)" -eq 0 ] || fel "självtestets nyckelpost finns kvar i Autentiseringshanteraren"
klart

steg "installerare och avinstallerare vägrar medan Skrivbord kör (mutexen Local\\SkrivbordKor)"
wine "$inst/python/python.exe" -c "
import time
from skrivbord.windows_mutex import hall_mutex
mutex = hall_mutex()
assert mutex is not None and not mutex.fanns_redan
open(r'C:\mutex-halls', 'w').close()
time.sleep(120)
" </dev/null 2>&1 | cat &
for _ in $(seq 60); do [ -f "$WINEPREFIX/drive_c/mutex-halls" ] && break; sleep 0.5; done
[ -f "$WINEPREFIX/drive_c/mutex-halls" ] || fel "mutexen skapades inte"
status=0; wine "$installerare" /S || status=$?
[ "$status" -eq 2 ] || fel "installeraren borde ha vägrat (felkod 2), fick $status"
status=0; wine "$inst/avinstallera.exe" /S "_?=$inst_win" || status=$?
[ "$status" -eq 2 ] || fel "avinstalleraren borde ha vägrat (felkod 2), fick $status"
[ -f "$inst/python/python.exe" ] || fel "programmet togs bort trots att det körde"
wineserver -k; wineserver -w || true  # ends the process holding the mutex
klart

if [ -n "$skarmdumpar" ]; then
  steg "skärmbild av det installerade programmet med en demodatabas (Xvfb)"
  demo_win="C:\\users\\$anvandare\\AppData\\Local\\Skrivbord\\demo.db"
  wpython -m skrivbord demo --databas "$demo_win" --ar 1 --avvikelser-per-ar 400 >/dev/null \
    || fel "demodatabasen kunde inte skapas"
  # As the Start-menu shortcut (pythonw.exe, main_gui), but opening the demo database.
  wine "$inst/python/pythonw.exe" -c "import sys; from skrivbord.__main__ import main_gui; sys.exit(main_gui(sys.argv[1:]))" "$demo_win" >/dev/null 2>&1 &
  skarmbild "Skrivbord – Demokommun" "$skarmdumpar/wine-huvudfonster.png"
  wineserver -k; wineserver -w || true
  klart "$skarmdumpar/wine-huvudfonster.png"
fi

steg "tyst avinstallation (/S)"
wine "$inst/avinstallera.exe" /S || fel "avinstalleraren avslutade med felkod $?"
wineserver -w
[ ! -e "$inst/python" ] && [ ! -e "$inst/pkgs" ] && [ ! -e "$inst/app" ] || fel "programfilerna finns kvar"
[ ! -e "$inst" ] || fel "programmappen finns kvar: $(ls "$inst")"
[ ! -e "$startmeny" ] || fel "genvägen i Start-menyn finns kvar"
if wine reg query "$avinst_nyckel" >/dev/null 2>&1; then fel "avinstallationsposten finns kvar"; fi
[ -f "$lokal/Skrivbord/behall.txt" ] || fel "användarens data togs bort utan att rutan kryssats i"
klart "programmet borta, användarens data kvar"

steg "avinstallation med /TABORTDATA tar bort databaserna och deras nycklar"
wine "$installerare" /S || fel "installationen avslutade med felkod $?"
wineserver -w
wpython -c "
from skrivbord import sokvagar
from skrivbord.tjanster import nydatabas
skapad = nydatabas.skapa(sokvagar.standarddatabas(), 'Provkommun', '9999', [])
skapad.databas.stang()
assert skapad.nyckel_i_nyckelringen
" || fel "provdatabasen kunde inte skapas"
[ -f "$lokal/Skrivbord/skrivbord.db" ] || fel "provdatabasen hamnade inte i %LOCALAPPDATA%\\Skrivbord"
[ "$(nycklar)" -gt 0 ] || fel "provdatabasens nyckel syns inte i Autentiseringshanteraren"
wine "$inst/avinstallera.exe" /S /TABORTDATA || fel "avinstalleraren avslutade med felkod $?"
wineserver -w
[ ! -e "$lokal/Skrivbord" ] || fel "%LOCALAPPDATA%\\Skrivbord finns kvar"
[ "$(nycklar)" -eq 0 ] || fel "databasnycklar finns kvar i Autentiseringshanteraren"
[ ! -e "$inst" ] || fel "programmappen finns kvar"
klart

echo "Wine-provet lyckades: Skrivbord $version, installation $installationstid s."
