"""The funders' views: years side by side, projects and outputs."""
