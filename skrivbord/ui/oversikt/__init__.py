"""Översikt: the start page (sida), its lists as rich text (listor) and its panels (delar)."""

from skrivbord.ui.oversikt.sida import OversiktSida

__all__ = ["OversiktSida"]
