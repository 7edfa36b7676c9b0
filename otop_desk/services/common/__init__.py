"""Pieces every area of the services shares: paged queries (``paging``), number checks
(``validate``), finding a record by the start of its id (``ids``) and the Thai address
book (``address``). Imported by module, not from here."""
