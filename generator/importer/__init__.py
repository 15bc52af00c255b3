"""Importers: turn an agency's own spreadsheets into validated content files (``oitgen import``)."""
