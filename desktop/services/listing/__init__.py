"""Flat records for scripting (``tripartite list``)."""
