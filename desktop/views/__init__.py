"""Qt widgets and dialogs, one folder per area, item models beside them."""
