"""Moved to ``generator.models.topics`` (low enough for models to use the topic vocabulary); this
name stays only so branches written before the move still import; delete it once they are merged."""

from generator.models.topics import TOPICS, Topic, topics_of_section

__all__ = ["TOPICS", "Topic", "topics_of_section"]
