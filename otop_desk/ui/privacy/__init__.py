"""A person's rights (PDPA): find, export and erase what is held about someone."""
