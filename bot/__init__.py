"""newsbrief: foreign-policy news digests from RSS/Atom feeds for Slack, Discord and the console."""

__version__ = "0.1.0"
