"""Delegeringarnas PDF:er: beslutet för underskrift och registret per enhet (båda interna)."""
