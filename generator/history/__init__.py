"""Change history of the published data, read from git (issue 14)."""
