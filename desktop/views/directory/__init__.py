"""Organisations (单位) and people (联系人): tables, forms and pages."""
