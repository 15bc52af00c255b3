"""Parsers for the values Thai documents print: amounts, dates, fiscal years, national IDs."""
