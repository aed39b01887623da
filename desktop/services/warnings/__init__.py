"""Warnings (预警): the suggestion rule, the message chain, letters, lists and reports."""
