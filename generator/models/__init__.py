"""Typed records of an agency's disclosure data (pydantic): declared once, validated at the edge."""
