"""A keyring that lives in memory: for tests, the bench and the screenshot script only.

The app itself never uses it (see skrivbord/lagring/nyckelring.py for the policy).
"""

from __future__ import annotations

import keyring.backend


class MinnesNyckelring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.poster: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.poster.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.poster[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.poster.pop((service, username), None)
