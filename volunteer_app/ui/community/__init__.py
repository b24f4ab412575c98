"""Places, the event pulse and the Community section of Reports."""
