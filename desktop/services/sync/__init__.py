"""What lets several PCs on one database see each other: the change feed, presence, conflicts."""
