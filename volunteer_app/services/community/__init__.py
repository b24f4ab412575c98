"""Places with a type, and the anonymous event pulse."""
