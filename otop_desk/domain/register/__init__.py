"""The product register's rules, pure: certificate numbers, segment proposal, and what
the next star needs. No Qt, no SQLAlchemy."""
