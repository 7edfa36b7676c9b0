"""Business plans drafted with the groups: the Plans tab, the plan's pages, plan against
actual, and the Reports menu of the department's reports."""
