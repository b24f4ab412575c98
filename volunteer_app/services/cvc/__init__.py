"""The CVC's side: read groups' returns from files and folders, combine, save the table."""
