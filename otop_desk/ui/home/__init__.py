"""The Home tab: what needs attention today, charts of the month and year, group profiles."""
