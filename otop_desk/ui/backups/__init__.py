"""Backups, restore, the start-up check of the database and the last-resort error dialog."""
