"""Places with a type and the event pulse: their tables, and their share of the summary."""
