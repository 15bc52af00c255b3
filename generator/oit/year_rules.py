"""Moved to ``generator.models.year_rules`` (the catalogue model names its rules); this name stays
only so branches written before the move still import; delete it once they are merged."""

from generator.models.year_rules import QUARTERS_DUE, YEAR_RULES, YearRule, YearRuleKey, required_fiscal_year

__all__ = ["QUARTERS_DUE", "YEAR_RULES", "YearRule", "YearRuleKey", "required_fiscal_year"]
