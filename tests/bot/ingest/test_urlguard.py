"""SSRF guard: address tables, URL validation, and the guard in action on every redirect hop.

The test server listens on 127.0.0.1, which the guard refuses. The seam: a StaticResolver maps
fake public-looking names to it, and `UrlGuard(trusted={("127.0.0.1", port)})` exempts exactly
the test server's port — every other private address (and 127.0.0.1 on any other port) stays
refused, so the checks are exercised for real.
"""

from __future__ import annotations

import ipaddress
from collections.abc import AsyncIterator

import pytest

from bot.core.errors import BlockedURLError
from bot.core.settings import FetchSettings
from bot.ingest.fetch import Fetcher, make_session
from bot.ingest.urlguard import (
    GuardedResolver,
    StaticResolver,
    UrlGuard,
    blocked_reason,
    validate_feed_url,
)
from tests.support.feedserver import FeedServer, rss_bytes


@pytest.mark.parametrize(("ip", "reason"), [
    ("127.0.0.1", "loopback"), ("127.9.9.9", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"),
    ("fc00::1", "private"), ("fd12:3456::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
    ("100.64.0.1", "carrier-grade NAT"), ("100.127.255.254", "carrier-grade NAT"),
    ("224.0.0.1", "multicast"), ("239.255.255.250", "multicast"), ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    ("240.0.0.1", "private"), ("255.255.255.255", "private"), ("198.18.0.1", "private"),
    ("192.0.2.1", "private"), ("2001:db8::1", "private"),
    ("::ffff:127.0.0.1", "loopback address (embedded in IPv6"),
    ("::ffff:169.254.169.254", "link-local"),
    ("64:ff9b::10.0.0.1", "private address (embedded"),  # NAT64
    ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 of 169.254.169.254
    ("::127.0.0.1", "loopback"),  # deprecated IPv4-compatible
    ("2001::1", "Teredo"), ("64:ff9b:1::1", "NAT64"),
])
def test_special_addresses_are_refused(ip: str, reason: str):
    got = blocked_reason(ipaddress.ip_address(ip))
    assert got is not None and reason in got


@pytest.mark.parametrize("ip", ["8.8.8.8", "1.1.1.1", "151.101.1.69", "2606:4700::1111",
                                "::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "2002:808:808::1"])
def test_public_addresses_pass(ip: str):
    assert blocked_reason(ipaddress.ip_address(ip)) is None


@pytest.mark.parametrize(("given", "expected"), [
    ("https://Example.COM/feed.xml#top", "https://example.com/feed.xml"),
    ("  http://example.com:80/rss  ", "http://example.com/rss"),
    ("feed://example.com/rss", "http://example.com/rss"),
    ("feed:https://example.com/rss", "https://example.com/rss"),
    ("example.com/rss", "https://example.com/rss"),
    ("https://example.com:8443/x?y=1", "https://example.com:8443/x?y=1"),
    ("http://bücher.example/feed", "http://xn--bcher-kva.example/feed"),
    ("http://8.8.8.8/feed", "http://8.8.8.8/feed"),
])
def test_valid_urls_are_normalised(given: str, expected: str):
    assert validate_feed_url(given) == expected


@pytest.mark.parametrize(("given", "message"), [
    ("", "empty URL"),
    ("ftp://example.com/feed", "scheme 'ftp' is not allowed"),
    ("file:///etc/passwd", "scheme 'file' is not allowed"),
    ("javascript:alert(1)", "scheme 'javascript'"),
    ("gopher://example.com:70/", "scheme 'gopher'"),
    ("http:///feed", "no host name"),
    ("http://example.com:25/", "port 25 is reserved"),
    ("http://example.com:6667/", "port 6667 is reserved"),
    ("http://127.0.0.1/feed", "127.0.0.1 is a loopback address"),
    ("http://[::ffff:169.254.169.254]/latest", "link-local"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://2130706433/", "not a host name or a canonical IP"),
    ("http://0x7f.1/", "not a host name or a canonical IP"),
    ("http://127.1/", "not a host name or a canonical IP"),
    ("https://example.com/" + "a" * 3000, "longer than 2048"),
])
def test_refused_urls_say_why(given: str, message: str):
    with pytest.raises(BlockedURLError, match=message.replace("(", r"\(").replace(".", r"\.")):
        validate_feed_url(given)


def test_credentials_are_refused_without_echoing_the_password():
    with pytest.raises(BlockedURLError, match="passwords in feed URLs") as info:
        validate_feed_url("https://bob:hunter2@example.com/feed")
    assert "hunter2" not in str(info.value) and "hunter2" not in info.value.url


def test_private_literals_allowed_on_request():
    url = "http://10.0.0.5:8080/feed"
    assert validate_feed_url(url, allow_private_networks=True) == url


# -- the guard in action ---------------------------------------------------------------------------


@pytest.fixture
def resolver() -> StaticResolver:
    return StaticResolver({"feeds.test": "127.0.0.1", "internal.test": "10.0.0.7",
                           "metadata.test": "169.254.169.254", "mixed.test": ["10.0.0.7",
                                                                              "127.0.0.1"],
                           "mapped.test": "::ffff:127.0.0.1",
                           "localhost": ["127.0.0.1", "::1"]})


@pytest.fixture
async def guarded(feedserver: FeedServer, resolver: StaticResolver) -> AsyncIterator[Fetcher]:
    settings = FetchSettings(timeout=2.0)
    guard = UrlGuard(trusted=frozenset({("127.0.0.1", feedserver.port)}))
    async with make_session(settings, guard=guard, resolver=resolver) as session:
        yield Fetcher(session, settings)


async def test_trusted_test_server_is_reachable(feedserver: FeedServer, guarded: Fetcher):
    feedserver.feed("/f.xml")
    result = await guarded.fetch(feedserver.url("/f.xml", "feeds.test"))
    assert result.body == rss_bytes()


@pytest.mark.parametrize(("host", "message"), [
    ("internal.test", "refused .*internal.test resolves to 10.0.0.7, a private address"),
    ("metadata.test", "metadata.test resolves to 169.254.169.254, a link-local address"),
    ("mapped.test", "loopback address \\(embedded in IPv6"),
])
async def test_names_resolving_to_private_addresses_are_refused(
    feedserver: FeedServer, guarded: Fetcher, host: str, message: str
):
    url = feedserver.url("/f.xml", host)
    validate_feed_url(url)  # the format check alone cannot know: DNS decides at connect time
    with pytest.raises(BlockedURLError, match=message) as info:
        await guarded.fetch(url)
    assert info.value.url == url
    assert feedserver.hits["/f.xml"] == 0


async def test_resolver_keeps_only_allowed_addresses(feedserver: FeedServer,
                                                     resolver: StaticResolver):
    guard = UrlGuard(trusted=frozenset({("127.0.0.1", feedserver.port)}))
    infos = await GuardedResolver(guard, resolver).resolve("mixed.test", feedserver.port)
    assert [i["host"] for i in infos] == ["127.0.0.1"]


async def test_dns_rebinding_cannot_pass_a_checked_name(
    feedserver: FeedServer, resolver: StaticResolver
):
    """The check and the connection use the same resolver answer: no window to rebind in."""
    feedserver.feed("/f.xml")
    settings = FetchSettings(timeout=2.0)
    guard = UrlGuard(trusted=frozenset({("127.0.0.1", feedserver.port)}))
    resolver.set("rebind.test", "127.0.0.1")
    url = feedserver.url("/f.xml", "rebind.test")
    async with make_session(settings, guard=guard, resolver=resolver) as session:
        assert (await Fetcher(session, settings).fetch(url)).status == 200
    resolver.set("rebind.test", "10.0.0.7")  # the attacker's DNS now answers a private IP
    async with make_session(settings, guard=guard, resolver=resolver) as session:
        with pytest.raises(BlockedURLError, match=r"10\.0\.0\.7, a private address"):
            await Fetcher(session, settings).fetch(url)
    assert feedserver.hits["/f.xml"] == 1


@pytest.mark.parametrize(("target", "message"), [
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
    ("http://127.0.0.1:{other}/admin", "127.0.0.1 is a loopback address"),
    ("http://[::ffff:127.0.0.1]:{port}/f.xml", "loopback address"),
    ("http://internal.test:{port}/f.xml", "internal.test resolves to 10.0.0.7, a private address"),
    ("http://localhost:{other}/f.xml", "loopback address"),
    ("file:///etc/passwd", "scheme 'file' is not allowed"),
    ("gopher://feeds.test:{port}/", "scheme 'gopher' is not allowed"),
    ("http://user:pw@feeds.test:{port}/f.xml", "passwords in feed URLs"),
])
async def test_every_redirect_hop_is_checked(
    feedserver: FeedServer, guarded: Fetcher, target: str, message: str
):
    feedserver.feed("/f.xml")
    target = target.format(port=feedserver.port, other=feedserver.port + 1)
    feedserver.redirect("/start", "/hop", 302)
    feedserver.redirect("/hop", target, 301)
    url = feedserver.url("/start", "feeds.test")
    with pytest.raises(BlockedURLError, match=message) as info:
        await guarded.fetch(url)
    assert info.value.url == url  # stored against the feed the user added
    assert feedserver.hits["/f.xml"] == 0


async def test_literal_private_ip_is_refused_before_connecting(guarded: Fetcher):
    with pytest.raises(BlockedURLError, match=r"10\.0\.0\.7 is a private address"):
        await guarded.fetch("http://10.0.0.7/feed")


async def test_allow_private_networks_lets_everything_through(feedserver: FeedServer):
    feedserver.feed("/f.xml")
    settings = FetchSettings(timeout=2.0)
    async with make_session(settings, allow_private_networks=True) as session:
        result = await Fetcher(session, settings).fetch(feedserver.url("/f.xml"))
    assert result.status == 200


async def test_page_fetches_are_guarded_too(feedserver: FeedServer, guarded: Fetcher):
    with pytest.raises(BlockedURLError, match="private address"):
        await guarded.fetch_page(feedserver.url("/story", "internal.test"))


PRIVATE_HINT = "NEWSBRIEF_ALLOW_PRIVATE_NETWORKS=1"


async def test_private_network_refusals_say_how_to_allow_them(
    feedserver: FeedServer, guarded: Fetcher
):
    with pytest.raises(BlockedURLError, match=PRIVATE_HINT) as literal:
        validate_feed_url("http://127.0.0.1/feed")
    assert "allow_private_networks" in str(literal.value)
    with pytest.raises(BlockedURLError, match=PRIVATE_HINT):
        await guarded.fetch("http://10.0.0.7/feed")  # a literal IP, at fetch time
    with pytest.raises(BlockedURLError, match=PRIVATE_HINT):
        await guarded.fetch(feedserver.url("/f.xml", "internal.test"))  # resolves privately
    with pytest.raises(BlockedURLError) as scheme:
        validate_feed_url("file:///etc/passwd")
    assert PRIVATE_HINT not in str(scheme.value)  # no setting allows that
