"""Pieces every area of the services shares: paged queries (``paging``), number checks
(``validate``) and the Thai address book (``address``). Imported by module, not from here."""
