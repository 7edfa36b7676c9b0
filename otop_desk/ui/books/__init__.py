"""The bookkeeping tab: cash books, monthly summaries, costing sheets, trade fairs."""
