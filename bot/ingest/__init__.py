"""Fetching and polling: the SSRF-guarded HTTP client, schedules, the poller, the LLM client."""
