"""The people who sign in: passwords, users and their roles, the sign-in itself."""
