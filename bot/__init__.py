"""newsbrief: foreign-policy news digests from RSS, Atom and JSON feeds for chat platforms."""

__version__ = "0.1.0"
