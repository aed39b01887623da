"""Qt-side rendering that both the windows and the command line use (Qt imported, no widgets)."""
