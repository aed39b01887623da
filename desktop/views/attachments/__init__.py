"""Attachments in the window: the panel (list, add, open, save a copy, remove, drop files) and
the background attach that the panel and the progress-report dialog share."""
