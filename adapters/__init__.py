"""Chat platform adapters behind `bot.core.adapter.Adapter`: console (default), slack, discord.

Modules are named `*_adapter` so none shadows the `slack_bolt` or `discord` packages.
"""
