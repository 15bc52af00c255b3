"""The OIT side: evidence topics, assessment-year catalogues and coverage of an agency's site."""
