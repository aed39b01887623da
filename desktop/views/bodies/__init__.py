"""The five mechanisms (bodies): details, member organisations and representatives."""
