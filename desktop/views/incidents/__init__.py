"""The 突发事件 register: the list, an incident's view with its notification board, the intake form."""
