"""The newsbrief error tree. Every error we raise on purpose is one of these.

    NewsbriefError
    ├── ConfigError                 bad settings file, bad env var, bad CLI/command argument
    │   └── CommandError            a slash command or CLI call that cannot be carried out
    ├── StoreError                  the database refused or is unreachable
    ├── FeedError(url)              anything about one feed; stored as the feed's last error
    │   ├── FetchError              network, HTTP status, timeout, size limit
    │   │   └── NotAFeedError       an HTML page (carries the feed URLs it advertises)
    │   ├── BlockedURLError         SSRF guard refused the URL (scheme, private address…)
    │   └── ParseError              bytes that are not a feed at all
    └── DeliveryError(platform)     posting to a chat platform failed
        ├── RateLimited(retry_after)   transient: try again after `retry_after` seconds
        └── ChannelGone             permanent: channel deleted, bot removed, no access

Errors carry data (the URL, the platform, the delay) so callers decide without parsing text;
the message is always one readable line for the person who will see it.
"""

from __future__ import annotations

from typing import Any


class NewsbriefError(Exception):
    """Base class of every error newsbrief raises on purpose."""


class ConfigError(NewsbriefError):
    """Settings, config file or argument is invalid. The message names the bad key."""


class CommandError(ConfigError):
    """A command cannot be carried out; the message tells the user what to do instead."""


class StoreError(NewsbriefError):
    """The database failed or is unreachable."""


class FeedError(NewsbriefError):
    """Something went wrong with one feed."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(message)
        self.url = url

    def __reduce__(self) -> tuple[Any, ...]:
        """Picklable (a pool process's parse error reaches the worker as raised there): built
        again from its URL and message, then its other attributes."""
        return (type(self), (self.url, *self.args), self.__dict__)


class FetchError(FeedError):
    """The feed could not be downloaded (network, HTTP status, timeout, size limit)."""

    def __init__(
        self,
        url: str,
        message: str,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        permanent: bool = False,
        no_such_host: bool = False,
    ) -> None:
        super().__init__(url, message)
        self.status = status
        self.retry_after = retry_after
        # no_such_host: DNS answered that the name does not exist (NXDOMAIN), not "try later".
        self.no_such_host = no_such_host
        # permanent: retrying will not help (410 Gone); the feed is disabled at once.
        self.permanent = permanent


class NotAFeedError(FetchError):
    """The URL serves a web page; `alternates` lists the feed URLs the page advertises."""

    def __init__(self, url: str, message: str, alternates: tuple[str, ...] = ()) -> None:
        super().__init__(url, message)
        self.alternates = alternates


class BlockedURLError(FeedError):
    """The URL is not allowed (scheme, private or special address)."""


class ParseError(FeedError):
    """The bytes could not be parsed as a feed at all."""


class DeliveryError(NewsbriefError):
    """Posting to a chat platform failed; transient unless a subclass says otherwise."""

    def __init__(self, platform: str, message: str) -> None:
        super().__init__(message)
        self.platform = platform


class RateLimited(DeliveryError):
    """The platform asked us to wait `retry_after` seconds."""

    def __init__(self, platform: str, message: str, retry_after: float) -> None:
        super().__init__(platform, message)
        self.retry_after = retry_after


class ChannelGone(DeliveryError):
    """Permanent: the channel is gone or the bot has no access. The subscription is disabled."""
