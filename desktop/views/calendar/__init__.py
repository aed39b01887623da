"""The meeting calendar: month, week and list views of every body's meetings."""
