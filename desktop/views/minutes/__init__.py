"""The minutes window: editing, workflow, history, export, print, distribution and search."""
