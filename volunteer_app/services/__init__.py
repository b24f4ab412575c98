"""Use cases over storage: they validate, own the transaction and raise typed errors. No Qt."""
