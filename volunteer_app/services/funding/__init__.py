"""Use cases for funders' reports: years side by side, projects (grants) and outputs."""
