"""reader: a terminal reader for news articles, for critical reading and keyboard annotation."""

__version__ = "0.1.0"
