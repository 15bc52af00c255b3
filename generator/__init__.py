"""oitgen: turns an agency's disclosure data (YAML/CSV in git) into a Thai OIT website."""

__version__ = "0.1.0"
