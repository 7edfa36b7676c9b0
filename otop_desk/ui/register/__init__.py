"""The product register: a product's certificates, registrations, star rounds, segment
and what the next star needs; Home's renewals; the Groups tab's register filters."""
