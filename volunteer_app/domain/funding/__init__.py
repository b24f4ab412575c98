"""What a funder asks a small group to show: years side by side, projects and outputs."""
