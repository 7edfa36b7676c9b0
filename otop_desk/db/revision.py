"""The schema this program's code expects, without SQLAlchemy or Alembic.

Start-up compares a file's ``alembic_version`` with it before it imports the database
stack (``db.first_screen``), and again when it opens the file (``db.migrate``); a test
checks it names the newest migration script, so a new migration cannot be forgotten here.
"""

HEAD = "0012"
