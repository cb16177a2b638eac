import subprocess
import sys
from pathlib import Path

import pytest

from skrivbord import fel
from skrivbord.lagring.instanslas import Instanslas, lasfil_for


def test_andra_instansen_vagras_och_far_veta_vem(tmp_path: Path) -> None:
    databas = tmp_path / "k.db"
    with Instanslas(databas):
        with pytest.raises(fel.DatabasLast) as info:
            Instanslas(databas).tag()
        assert "på datorn" in info.value.meddelande
    assert not lasfil_for(databas).exists()
    Instanslas(databas).tag()  # free again


def test_gammalt_las_efter_krasch_tas_over(tmp_path: Path) -> None:
    databas = tmp_path / "k.db"
    # A process that takes the lock and dies without releasing it.
    kod = (
        "import os, sys; from skrivbord.lagring.instanslas import Instanslas; "
        f"Instanslas({str(databas)!r}).tag(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", kod], check=True)
    assert lasfil_for(databas).read_bytes().strip()  # the stale file is still there
    las = Instanslas(databas)
    las.tag()
    assert las.tog_over_gammalt_las
    las.slapp()
