"""Run storage steps as a user without special rights, also when the tests run as root.

Root may write in a read-only folder, so a permission test run as root (as in CI)
proves nothing. Here the steps run in a child process that, when started by root,
switches to ``nobody`` (setgroups, setgid, setuid) before it touches the folder, so
the kernel checks the permissions as it does for a normal user. No root-only tricks
(chattr, mounts). The child imports everything it needs *before* the switch: the
interpreter may live where ``nobody`` cannot read (pyenv under /root). Started by a
normal user, the child runs the same steps as that user.

The child prints the typed error it met (its type and Swedish ``meddelande``) as JSON.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

NOBODY = 65534  # uid and gid of nobody/nogroup on Debian, if the names are missing

_BARN = r"""
import json
import os
import sys
from pathlib import Path

from skrivbord.jobb import kor_till_slut
from skrivbord.lagring import fil
from skrivbord.tjanster import databasfil

indata = json.load(sys.stdin)
if indata["uid"] is not None:
    # Everything a successful run needs is loaded now, while the interpreter's own
    # files can still be read: create and open one database as root, then switch.
    import tempfile

    with tempfile.TemporaryDirectory() as uppvarmning:
        ny = kor_till_slut(fil.skapa_stegvis(Path(uppvarmning) / "u.db"))
        ny.databas.stang()
        fil.oppna(ny.databas.sokvag, ny.nyckel).stang()
    os.setgroups([])
    os.setgid(indata["gid"])
    os.setuid(indata["uid"])


def utfor(uppgift):
    sokvag = Path(uppgift["sokvag"])
    if uppgift["gor"] == "skapa":
        kor_till_slut(fil.skapa_stegvis(sokvag)).databas.stang()
    elif uppgift["gor"] == "skapa_via_tjansten":
        kor_till_slut(databasfil.skapa(sokvag)).stang()
    elif uppgift["gor"] == "oppna":
        fil.oppna(sokvag, bytes.fromhex(uppgift["nyckel"])).stang()
    else:
        raise ValueError(uppgift["gor"])


svar = []
for uppgift in indata["uppgifter"]:
    try:
        utfor(uppgift)
    except Exception as exc:
        svar.append({"fel": type(exc).__name__, "meddelande": getattr(exc, "meddelande", str(exc))})
    else:
        svar.append({"fel": None, "meddelande": None})
print(json.dumps({"uid": os.getuid(), "euid": os.geteuid(), "svar": svar}))
"""


def ar_root() -> bool:
    return os.name != "nt" and os.geteuid() == 0


def _nobody() -> tuple[int, int]:
    try:
        import pwd

        post = pwd.getpwnam("nobody")
    except (ImportError, KeyError):
        return NOBODY, NOBODY
    return post.pw_uid, post.pw_gid


@contextlib.contextmanager
def delad_mapp(tmp_path: Path) -> Iterator[Path]:
    """An empty folder the user of ``kor`` can reach (root: under the temp folder,
    mode 0755, every folder above passable by others). Modes inside may be changed
    freely: they are reset and the folder removed afterwards."""
    if not ar_root():
        mapp = tmp_path / "delad"
        mapp.mkdir()
    else:
        # pytest's tmp_path is 0700 under /tmp/pytest-of-root: nobody cannot pass it.
        mapp = Path(tempfile.mkdtemp(prefix="skrivbord-delad-"))
        mapp.chmod(0o755)
        stangda = [p for p in (mapp, *mapp.parents) if not p.stat().st_mode & 0o001]
        assert not stangda, f"nobody kan inte passera {stangda}: välj en annan TMPDIR"
    try:
        yield mapp
    finally:
        for rot, mappar, _filer in os.walk(mapp):
            for namn in mappar:
                Path(rot, namn).chmod(0o700)
        if ar_root():
            shutil.rmtree(mapp)


def kor(*uppgifter: dict[str, str]) -> list[dict[str, str | None]]:
    """Run the steps (``{"gor": "skapa" | "skapa_via_tjansten" | "oppna", "sokvag": …,
    "nyckel": hex}``) in a child process as a normal user; one answer per step,
    ``{"fel": type name or None, "meddelande": …}``."""
    uid, gid = _nobody() if ar_root() else (None, None)
    resultat = subprocess.run(
        [sys.executable, "-c", _BARN],
        input=json.dumps({"uid": uid, "gid": gid, "uppgifter": list(uppgifter)}),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert resultat.returncode == 0, resultat.stderr
    utdata = json.loads(resultat.stdout.strip().splitlines()[-1])
    if uid is not None:  # the steps really ran as nobody, not as root
        assert (utdata["uid"], utdata["euid"]) == (uid, uid)
    else:
        assert utdata["euid"] == os.geteuid()
    return utdata["svar"]
