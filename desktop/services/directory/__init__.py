"""Organisations and people (the directory)."""
