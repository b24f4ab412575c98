"""Storage: SQLModel tables, the engine and its pragmas, migrations and every query.

Callers above this layer get domain values back, never live ORM objects.
"""
