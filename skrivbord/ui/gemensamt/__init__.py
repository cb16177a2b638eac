"""Widgets and helpers every page and dialog shares, so they look and behave alike."""
