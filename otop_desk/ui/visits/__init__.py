"""The visits tab: visit records, follow-ups, problems found, the printed summary."""
