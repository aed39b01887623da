"""Attachments (附件、会议材料、佐证材料): files kept in the database, their text for search."""
