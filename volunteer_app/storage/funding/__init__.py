"""Storage for projects (grants), outputs and the years side by side."""
