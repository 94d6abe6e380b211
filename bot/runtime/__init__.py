"""Wiring and operations: the App, the web server, reload, doctor, demo, setup manifests."""
