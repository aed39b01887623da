"""Files for people who never open the app: .docx, .ics, .eml, .xlsx. No Qt here."""
