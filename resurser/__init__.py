"""Skrivbords resurser: ikoner, standarddata och översättningar (datafiler, ingen kod)."""
