"""Digests, the outbox dispatcher and scheduled roundups."""
