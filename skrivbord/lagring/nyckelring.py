"""Database keys in the operating system's keyring.

One entry per database under the service ``skrivbord``; the entry's name is the
database's 16-byte SQLCipher salt (hex), which travels with the file when it is
moved or copied. Only a real secure store is used (Windows Credential Manager,
macOS Keychain, Secret Service, KWallet) or a backend the user chose explicitly
in keyring's own configuration. Anything else (keyring's silent plaintext-file
fallback, or no backend at all) is refused: the key is then kept only in memory
and the user types the recovery key at each start. There is deliberately no
"save it in a file instead" fallback.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

import keyring
import keyring.backend
import keyring.core
import keyring.errors

log = logging.getLogger(__name__)

TJANST = "skrivbord"

# Backends that keep secrets in an OS-protected store.
_SAKRA_BACKENDS = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Autentiseringshanteraren",
    "keyring.backends.macOS.Keyring": "macOS Nyckelhanteraren",
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME-nyckelring)",
    "keyring.backends.libsecret.Keyring": "Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KDE Plånbok",
}


def _namn(backend: keyring.backend.KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


@dataclass
class Nyckelring:
    """The keyring the app uses, or none (``backend is None``)."""

    backend: keyring.backend.KeyringBackend | None
    beskrivning: str

    @property
    def tillganglig(self) -> bool:
        return self.backend is not None

    @classmethod
    def fran_systemet(cls) -> Nyckelring:
        """Pick the backend by the policy in the module docstring."""
        uttryckligt_vald = keyring.core.load_env() or keyring.core.load_config()
        if uttryckligt_vald is not None:
            return cls(uttryckligt_vald, f"nyckelringen du valt ({_namn(uttryckligt_vald)})")
        try:
            kandidat = keyring.get_keyring()
        except Exception:  # a broken backend must not stop the app from starting
            log.exception("nyckelringen kunde inte laddas")
            return cls.ingen()
        for backend in getattr(kandidat, "backends", [kandidat]):  # ChainerBackend
            namn = _namn(backend)
            if namn in _SAKRA_BACKENDS:
                return cls(backend, _SAKRA_BACKENDS[namn])
        log.warning("ingen säker nyckelring (%s); nyckeln hålls bara i minnet", _namn(kandidat))
        return cls.ingen()

    @classmethod
    def ingen(cls) -> Nyckelring:
        return cls(
            None,
            "ingen nyckelring: den här datorn saknar en säker nyckelring, så du behöver "
            "skriva in återställningsnyckeln varje gång databasen öppnas",
        )

    def hamta(self, salt: str) -> bytes | None:
        if self.backend is None:
            return None
        try:
            varde = self.backend.get_password(TJANST, salt)
        except keyring.errors.KeyringError:
            log.exception("kunde inte läsa nyckelringen")
            return None
        if not varde:
            return None
        try:
            return bytes.fromhex(varde)
        except ValueError:
            log.error("nyckelringens post för en databas är inte hex; den bortses från")
            return None

    def spara(self, salt: str, nyckel: bytes) -> bool:
        """Store the key; False (and a log line) when the keyring refuses."""
        if self.backend is None:
            return False
        try:
            self.backend.set_password(TJANST, salt, nyckel.hex())
        except keyring.errors.KeyringError:
            log.exception("kunde inte spara i nyckelringen")
            return False
        return True

    def ta_bort(self, salt: str) -> None:
        if self.backend is None:
            return
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(TJANST, salt)


_aktuell: Nyckelring | None = None


def aktuell() -> Nyckelring:
    """The process-wide keyring (chosen once; tests replace it with ``anvand``)."""
    global _aktuell
    if _aktuell is None:
        _aktuell = Nyckelring.fran_systemet()
    return _aktuell


def anvand(nyckelring: Nyckelring | None) -> None:
    """Replace the process-wide keyring (tests, or ``None`` to choose again)."""
    global _aktuell
    _aktuell = nyckelring
