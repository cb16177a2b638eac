"""A shared PostgreSQL database instead of the encrypted file (docs/flera-anvandare.md)."""
