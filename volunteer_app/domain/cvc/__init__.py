"""The CVC's side: check groups' summary returns, combine them, bound and gate the totals."""
