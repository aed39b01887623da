"""The dispute-case register (争议案件) in the window: the page, the case view and the dialogs."""
