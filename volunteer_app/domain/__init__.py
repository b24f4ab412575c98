"""Pure domain: value types, codes, validation and reporting rules. Standard library only."""
