"""Sammanställningar and other PDF documents about avvikelser."""
