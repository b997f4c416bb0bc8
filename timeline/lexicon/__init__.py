"""Vocabulary as data: each word table of the tool, defined once, under a name that says its job."""
