"""Open data: datasets as machine-readable files under ``docs/data/`` (CSV, JSON, JSON Schema, OCDS)."""
