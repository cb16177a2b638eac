"""Update the translation catalogues in resurser/oversattningar/ from the code.

.venv/bin/python skript/oversattningar.py [--kontrollera] [--nytt-sprak SPRAK]

pyside6-lupdate extracts ``self.tr``, ``QCoreApplication.translate`` and
``QT_TRANSLATE_NOOP`` from skrivbord/**/*.py. What it cannot see is collected here with
``ast`` and handed to it as QT_TRANSLATE_NOOP lines of a temporary file:

- ``N_("…")`` of the Qt-free modules, context ``oversattning.ETIKETTER``;
- calls of a module's translate wrapper,
  ``def _tr(text): return QCoreApplication.translate("Kontext", text)``;
- ``self.tr("…")`` inside an f-string (lupdate does not parse f-strings).

Every skrivbord_*.ts is updated in place: translations kept, untranslated messages
that left the code dropped (translated ones stay as ``vanished`` for the translator),
no source locations, sorted, so a second run on unchanged code changes nothing.
skrivbord_sv.ts is the catalogue in the source language and is never compiled; every
other language is compiled to skrivbord_<språk>.qm next to it (committed, shipped in
the wheel and thereby in the installer). A translation must keep the placeholders of
its source text, else no .qm is compiled.

--kontrollera changes nothing and exits 1 when a catalogue or a .qm is out of date.
--nytt-sprak SPRAK adds skrivbord_SPRAK.ts (e.g. en) with every message unfinished.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from skrivbord.oversattning import ETIKETTER

ROT = Path(__file__).resolve().parents[1]
KALLKOD = ROT / "skrivbord"
MAPP = ROT / "resurser" / "oversattningar"
KALLSPRAK = "sv"
PREFIX = "skrivbord_"
LUPDATE_FLAGGOR = ["-silent", "-locations", "none", "-sort-messages", "-source-language", "sv_SE"]
_QT_PLATSHALLARE = re.compile(r"%(?:L?[1-9][0-9]?|n)")


class Fel(Exception):
    """A problem reported as one Swedish sentence, exit code 1."""


# --- what lupdate cannot see -------------------------------------------------------


def kallfiler(rot: Path = KALLKOD) -> list[Path]:
    return sorted(p for p in rot.rglob("*.py") if "__pycache__" not in p.parts)


def _strang(nod: ast.AST) -> str | None:
    return nod.value if isinstance(nod, ast.Constant) and isinstance(nod.value, str) else None


def _omslag(modul: ast.Module) -> dict[str, str]:
    """Module-level ``def f(text): return <X>.translate("ctx", text)``: name -> ctx."""
    funna = {}
    for nod in modul.body:
        if not isinstance(nod, ast.FunctionDef) or len(nod.args.args) != 1:
            continue
        kropp = nod.body[1:] if ast.get_docstring(nod) is not None else nod.body
        if len(kropp) != 1 or not isinstance(kropp[0], ast.Return):
            continue
        anrop = kropp[0].value
        if (
            isinstance(anrop, ast.Call)
            and isinstance(anrop.func, ast.Attribute)
            and anrop.func.attr == "translate"
            and len(anrop.args) == 2
            and _strang(anrop.args[0]) is not None
            and isinstance(anrop.args[1], ast.Name)
            and anrop.args[1].id == nod.args.args[0].arg
        ):
            funna[nod.name] = _strang(anrop.args[0])
    return funna


def _i_fil(fil: Path) -> set[tuple[str, str]]:
    text = fil.read_text(encoding="utf-8")
    if not any(tecken in text for tecken in ("N_(", ".translate(", "self.tr(")):
        return set()  # nothing to find; parsing every module would double the run time
    modul = ast.parse(text, str(fil))
    omslag = _omslag(modul)
    plats = fil.relative_to(ROT) if fil.is_relative_to(ROT) else fil
    funna: set[tuple[str, str]] = set()

    def besok(nod: ast.AST, klass: str | None, i_fstrang: bool) -> None:
        for barn in ast.iter_child_nodes(nod):
            if isinstance(barn, ast.ClassDef):
                besok(barn, barn.name, i_fstrang)
                continue
            if isinstance(barn, ast.Call):
                funk, text = barn.func, _strang(barn.args[0]) if barn.args else None
                if isinstance(funk, ast.Name) and funk.id == "N_":
                    if text is None or len(barn.args) != 1:
                        raise Fel(f"{plats}:{barn.lineno}: N_ ska ha en enda strängkonstant")
                    funna.add((ETIKETTER, text))
                elif isinstance(funk, ast.Name) and funk.id in omslag and text is not None:
                    funna.add((omslag[funk.id], text))
                elif (
                    i_fstrang
                    and isinstance(funk, ast.Attribute)
                    and funk.attr == "tr"
                    and isinstance(funk.value, ast.Name)
                    and funk.value.id == "self"
                    and klass is not None
                    and text is not None  # tr(variable): marked elsewhere, as for lupdate
                ):
                    if len(barn.args) != 1 or barn.keywords:
                        raise Fel(
                            f"{plats}:{barn.lineno}: self.tr med kommentar eller antal "
                            "fungerar inte i en f-sträng; flytta ut anropet"
                        )
                    funna.add((klass, text))
            besok(barn, klass, i_fstrang or isinstance(barn, ast.JoinedStr))

    besok(modul, None, False)
    return funna


def extra_meddelanden(filer: list[Path]) -> list[tuple[str, str]]:
    """(context, source text) of every message lupdate does not find by itself."""
    return sorted(set().union(*map(_i_fil, filer)))


def _citera(text: str) -> str:
    """A Python string literal lupdate reads back as ``text``."""
    ersatt = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return '"' + "".join(ersatt.get(tecken, tecken) for tecken in text) + '"'


# --- lupdate and lrelease ----------------------------------------------------------


def verktyg(namn: str) -> str:
    """Qt's ``lupdate``/``lrelease`` inside the PySide6 package, the binary the
    pyside6-lupdate/pyside6-lrelease commands run (called directly: no second Python
    start); else the command from PATH."""
    spec = importlib.util.find_spec("PySide6")
    mappar = (spec.submodule_search_locations or []) if spec is not None else []
    for mapp in mappar:
        for kandidat in (Path(mapp) / namn, Path(mapp) / f"{namn}.exe"):
            if kandidat.is_file():
                return str(kandidat)
    hittad = shutil.which(f"pyside6-{namn}")
    if hittad is None:
        raise Fel(f"pyside6-{namn} hittades inte (ingår i PySide6-Essentials; kör skript/miljo.sh)")
    return hittad


def _kor(kommando: list[str]) -> None:
    resultat = subprocess.run(kommando, capture_output=True, text=True)
    if resultat.returncode != 0:
        sys.stderr.write(resultat.stdout + resultat.stderr)
        raise Fel(f"{Path(kommando[0]).name} misslyckades (se ovan)")
    if resultat.stderr.strip():  # lupdate's warnings: a call it could not read
        sys.stderr.write(resultat.stderr)


def uppdatera_ts(ts_filer: list[Path], arbetsmapp: Path, kalla: Path = KALLKOD) -> None:
    """Run lupdate over the code and the extra messages into ``ts_filer`` (in place)."""
    filer = kallfiler(kalla)
    extra = arbetsmapp / "utanfor_lupdate.py"
    rader = [f"QT_TRANSLATE_NOOP({_citera(k)}, {_citera(t)})" for k, t in extra_meddelanden(filer)]
    extra.write_text("\n".join(rader) + "\n", encoding="utf-8")
    lista = arbetsmapp / "kallfiler.lst"
    lista.write_text("\n".join(str(f) for f in [*filer, extra]) + "\n", encoding="utf-8")
    _kor([verktyg("lupdate"), *LUPDATE_FLAGGOR, f"@{lista}", "-ts", *map(str, ts_filer)])


def kompilera(ts: Path, qm: Path) -> None:
    _kor([verktyg("lrelease"), "-silent", str(ts), "-qm", str(qm)])


def sprak(ts: Path) -> str:
    return ts.stem.removeprefix(PREFIX)


def kataloger(mapp: Path = MAPP) -> list[Path]:
    return sorted(mapp.glob(f"{PREFIX}*.ts"))


# --- placeholders ------------------------------------------------------------------


def platshallare(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The ``{name}`` fields (str.format) and the Qt placeholders (%1, %L1, %n) of ``text``.

    Raises ValueError when the braces do not parse (a stray ``{`` or ``}``).
    """
    falt = frozenset(namn for _, namn, _, _ in string.Formatter().parse(text) if namn is not None)
    return falt, frozenset(_QT_PLATSHALLARE.findall(text))


def platshallarfel(ts: Path) -> list[str]:
    """Every translation in ``ts`` whose placeholders differ from its source text."""
    fel = []
    for kontext in ET.parse(ts).getroot().iter("context"):
        namn = kontext.findtext("name", "")
        for meddelande in kontext.iter("message"):
            kalla = meddelande.findtext("source", "")
            oversattning = meddelande.find("translation")
            if oversattning is None or oversattning.get("type") in ("vanished", "obsolete"):
                continue
            former = oversattning.findall("numerusform")
            texter = [f.text or "" for f in former] if former else [oversattning.text or ""]
            try:
                forvantat = platshallare(kalla)
            except ValueError:
                fel.append(f"{ts.name}: {namn}: källtexten har ogiltiga klamrar: {kalla!r}")
                continue
            for text in texter:
                if not text:
                    continue
                try:
                    ok = platshallare(text) == forvantat
                except ValueError:
                    ok = False
                if not ok:
                    fel.append(
                        f"{ts.name}: {namn}: {text!r} har inte samma platshållare som {kalla!r}"
                    )
    return fel


def _las(fil: Path) -> str | None:
    return fil.read_text(encoding="utf-8") if fil.is_file() else None


def antal_meddelanden(ts: Path) -> tuple[int, int]:
    """(messages from the Qt calls, messages of N_ labels) in ``ts``, vanished ones not counted."""
    qt = etiketter = 0
    for kontext in ET.parse(ts).getroot().iter("context"):
        typer = [m.find("translation") for m in kontext.iter("message")]
        antal = sum(1 for t in typer if t is None or t.get("type") not in ("vanished", "obsolete"))
        if kontext.findtext("name") == ETIKETTER:
            etiketter += antal
        else:
            qt += antal
    return qt, etiketter


# --- the two modes -----------------------------------------------------------------


def uppdatera(mapp: Path = MAPP, nytt_sprak: str | None = None) -> list[Path]:
    """Update every catalogue and compile the translated ones; returns the files written."""
    mapp.mkdir(parents=True, exist_ok=True)
    ts_filer = set(kataloger(mapp)) | {mapp / f"{PREFIX}{KALLSPRAK}.ts"}
    if nytt_sprak:
        ts_filer.add(mapp / f"{PREFIX}{nytt_sprak}.ts")
    ts_filer = sorted(ts_filer)
    fore = {f: _las(f) for f in ts_filer}
    with tempfile.TemporaryDirectory() as tmp:
        uppdatera_ts(ts_filer, Path(tmp))
    fel = [rad for ts in ts_filer for rad in platshallarfel(ts)]
    if fel:
        raise Fel("Platshållarna stämmer inte:\n  " + "\n  ".join(fel))
    andrade = [f for f in ts_filer if _las(f) != fore[f]]
    for ts in ts_filer:
        qm = ts.with_suffix(".qm")
        if sprak(ts) == KALLSPRAK:
            continue
        gammal = qm.read_bytes() if qm.is_file() else None
        kompilera(ts, qm)
        if qm.read_bytes() != gammal:
            andrade.append(qm)
    for qm in sorted(mapp.glob(f"{PREFIX}*.qm")):
        if not qm.with_suffix(".ts").is_file() or sprak(qm) == KALLSPRAK:
            qm.unlink()
            andrade.append(qm)
    return andrade


def kontrollera(mapp: Path = MAPP) -> list[str]:
    """What is out of date (file names and placeholder errors); changes nothing."""
    fel = []
    ts_filer = kataloger(mapp)
    if mapp / f"{PREFIX}{KALLSPRAK}.ts" not in ts_filer:
        fel.append(f"{PREFIX}{KALLSPRAK}.ts saknas")
    with tempfile.TemporaryDirectory() as tmp:
        kopior = []
        for ts in ts_filer:
            kopior.append(Path(tmp) / ts.name)
            shutil.copy(ts, kopior[-1])
        if kopior:
            uppdatera_ts(kopior, Path(tmp))
        for ts, kopia in zip(ts_filer, kopior, strict=True):
            if _las(kopia) != _las(ts):
                fel.append(f"{ts.name} är inte aktuell med koden")
            fel += platshallarfel(ts)
            if sprak(ts) == KALLSPRAK:
                continue
            kompilera(ts, kopia.with_suffix(".qm"))
            qm = ts.with_suffix(".qm")
            if not qm.is_file() or qm.read_bytes() != kopia.with_suffix(".qm").read_bytes():
                fel.append(f"{qm.name} är inte kompilerad från {ts.name}")
    for qm in sorted(mapp.glob(f"{PREFIX}*.qm")):
        if not qm.with_suffix(".ts").is_file() or sprak(qm) == KALLSPRAK:
            fel.append(f"{qm.name} ska inte finnas")
    return fel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Uppdaterar översättningskatalogerna i resurser/oversattningar/."
    )
    parser.add_argument(
        "--kontrollera",
        action="store_true",
        help="ändra inget; avsluta med 1 om en katalog eller .qm-fil inte är aktuell",
    )
    parser.add_argument(
        "--nytt-sprak", metavar="SPRAK", help="lägg till en katalog för ett språk, t.ex. en"
    )
    flaggor = parser.parse_args(argv)
    nytt = flaggor.nytt_sprak
    if nytt is not None and (
        nytt == KALLSPRAK or not re.fullmatch(r"[a-z]{2,3}(_[A-Z]{2})?", nytt)
    ):
        parser.error(f"ogiltigt språk {nytt!r} (t.ex. en eller en_GB; sv är källspråket)")
    try:
        if flaggor.kontrollera:
            fel = kontrollera(MAPP)
            if fel:
                print("Översättningarna är inte aktuella:", file=sys.stderr)
                for rad in fel:
                    print(f"  {rad}", file=sys.stderr)
                print(
                    "Kör .venv/bin/python skript/oversattningar.py och checka in.", file=sys.stderr
                )
                return 1
            print("Översättningarna är aktuella.")
            return 0
        andrade = uppdatera(MAPP, nytt_sprak=nytt)
    except Fel as exc:
        print(exc, file=sys.stderr)
        return 1
    for fil in andrade:
        print(f"uppdaterade {fil.relative_to(ROT) if fil.is_relative_to(ROT) else fil}")
    qt, etiketter = antal_meddelanden(MAPP / f"{PREFIX}{KALLSPRAK}.ts")
    print(f"{qt + etiketter} meddelanden: {qt} från Qt-anropen, {etiketter} etiketter (N_)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
