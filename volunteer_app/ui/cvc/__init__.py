"""The CVC page: returns received, the combined table, a chart, saving the table."""
