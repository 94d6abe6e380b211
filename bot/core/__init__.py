"""Domain types, errors, settings, the adapter protocol, metrics and logging.

Imports nothing else in bot/ except the packaged data tables."""
