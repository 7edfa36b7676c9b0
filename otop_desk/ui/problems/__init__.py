"""The problem-log tab: problems, the actions taken together, their resolution."""
