"""The follow-up (督办) list page: filters, the sortable table, bulk changes, the item dialogs.

Not ``views/actions``: that name is taken by the main window's QAction module.
"""
