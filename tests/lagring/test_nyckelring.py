"""Only secure or explicitly chosen keyrings are used; never a silent plaintext file."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from keyrings.alt.file import PlaintextKeyring

from skrivbord.lagring.nyckelring import TJANST, Nyckelring


@pytest.fixture
def utan_konfiguration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(keyring.core, "load_config", lambda: None)


def test_tyst_klartextfil_godtas_inte(utan_konfiguration, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: PlaintextKeyring())
    ring = Nyckelring.fran_systemet()
    assert not ring.tillganglig
    assert "återställningsnyckeln" in ring.beskrivning
    assert ring.spara("ab" * 16, b"k" * 32) is False


def test_ingen_backend_alls(utan_konfiguration, monkeypatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: keyring.backends.fail.Keyring())
    assert not Nyckelring.fran_systemet().tillganglig


def test_uttryckligt_vald_backend_respekteras(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    ring = Nyckelring.fran_systemet()
    assert ring.tillganglig
    assert ring.spara("cd" * 16, b"\x01" * 32)
    assert ring.hamta("cd" * 16) == b"\x01" * 32
    assert ring.backend.get_password(TJANST, "cd" * 16) == "01" * 32


def test_saker_backend_i_kedja_valjs(utan_konfiguration, monkeypatch) -> None:
    from keyring.backends import SecretService, chainer

    saker = SecretService.Keyring()
    kedja = chainer.ChainerBackend()
    monkeypatch.setattr(type(kedja), "backends", [PlaintextKeyring(), saker])
    monkeypatch.setattr(keyring, "get_keyring", lambda: kedja)
    assert Nyckelring.fran_systemet().backend is saker
