"""Importing files: the people (contacts) import dialog and its preview model."""
