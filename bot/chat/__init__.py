"""The /news command grammar and handlers, and OPML plan/apply."""
