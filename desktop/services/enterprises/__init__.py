"""The enterprise register (企业名录): validated records, list rows and the import from tables.

Screenings and warnings (issue 11, later slices) hang off ``Enterprise.id``.
"""
