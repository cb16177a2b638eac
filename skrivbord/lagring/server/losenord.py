"""Server passwords in the OS keyring, never in a settings file.

One entry per login under the service ``skrivbord-server``, named by the address
(user@server:port/database). Without a secure keyring the password is asked for at
each start and held only in memory, as the file database's key is (nyckelring.py).
"""

from __future__ import annotations

import contextlib
import logging

import keyring.errors

from skrivbord.lagring import nyckelring
from skrivbord.lagring.server.adress import ServerAdress

log = logging.getLogger(__name__)

TJANST = "skrivbord-server"


def hamta(adress: ServerAdress) -> str | None:
    backend = nyckelring.aktuell().backend
    if backend is None:
        return None
    try:
        return backend.get_password(TJANST, adress.nyckel) or None
    except keyring.errors.KeyringError:
        log.exception("kunde inte läsa serverlösenordet i nyckelringen")
        return None


def spara(adress: ServerAdress, losenord: str) -> bool:
    """Keep the password for the next start; False when there is no secure keyring."""
    backend = nyckelring.aktuell().backend
    if backend is None:
        return False
    try:
        backend.set_password(TJANST, adress.nyckel, losenord)
    except keyring.errors.KeyringError:
        log.exception("kunde inte spara serverlösenordet i nyckelringen")
        return False
    return True


def ta_bort(adress: ServerAdress) -> None:
    backend = nyckelring.aktuell().backend
    if backend is None:
        return
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(TJANST, adress.nyckel)
