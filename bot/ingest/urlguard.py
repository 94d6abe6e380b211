"""SSRF guard: feed URLs come from chat users, so the bot must not become a proxy into our network.

Three layers, all needed:
- `validate_feed_url` (sync): scheme, format, credentials, ports, IP literals — before storing.
- `GuardedResolver`: an aiohttp resolver that drops every special-purpose address *after* DNS
  resolution. The connection is made to the addresses it returns, so a DNS answer that changes
  between a check and the connect (DNS rebinding) cannot slip through.
- `UrlGuard.check_url` on every redirect hop, because aiohttp skips the resolver for IP literals.

Decisions: only http/https (`feed://` is rewritten to http); no user:password in URLs (they would
be stored and shown in chat listings); any port except the ones browsers refuse (WHATWG "bad
ports": SMTP, SSH, IRC…), since real feeds do run on :8080 and friends.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
from dataclasses import dataclass, field
from typing import Any

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver
from yarl import URL

from bot.core.errors import BlockedURLError

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

MAX_URL_LENGTH = 2048

# https://fetch.spec.whatwg.org/#port-blocking — ports that speak other protocols.
BAD_PORTS = frozenset({
    1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
    102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389,
    427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
    989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665,
    6666, 6667, 6668, 6669, 6679, 6697, 10080,
})

_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_IPV4_COMPAT = ipaddress.ip_network("::/96")  # deprecated ::a.b.c.d
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$", re.IGNORECASE)


def blocked_reason(ip: IPAddress) -> str | None:
    """Why `ip` must not be fetched from, or None when it is an ordinary public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded: ipaddress.IPv4Address | None = None
        if ip.ipv4_mapped is not None:
            embedded = ip.ipv4_mapped
        elif ip in _NAT64:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        elif ip.sixtofour is not None:
            embedded = ip.sixtofour
        elif ip in _IPV4_COMPAT and int(ip) > 1:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            inner = blocked_reason(embedded)
            return f"{inner} (embedded in IPv6 {ip})" if inner else None
        if ip.teredo is not None:
            return "a Teredo tunnel address"
        if ip in _NAT64_LOCAL:
            return "a local-use NAT64 address"
    checks = (
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address (cloud metadata lives here)"),
        (ip.is_multicast, "a multicast address"),
        (isinstance(ip, ipaddress.IPv4Address) and ip in _CGNAT, "a carrier-grade NAT address"),
        (ip.is_private, "a private address"),
        (ip.is_reserved, "a reserved address"),
        (not ip.is_global, "a special-purpose address"),
    )
    for hit, reason in checks:
        if hit:
            return reason
    return None


def parse_ip(host: str) -> IPAddress | None:
    """The IP address if `host` is an IP literal (brackets and zone ids allowed), else None."""
    host = host.strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


# Appended to every refusal that the setting would allow, so the message says how.
ALLOW_PRIVATE_HINT = (
    "private networks are not allowed; to allow them, set NEWSBRIEF_ALLOW_PRIVATE_NETWORKS=1 "
    "(or allow_private_networks = true in the config file)"
)


def _refuse(url: str, why: str) -> BlockedURLError:
    try:  # never echo a password into a chat message or a log line
        shown = str(URL(url).with_user(None)) if URL(url).user is not None else url
    except (ValueError, TypeError):
        shown = url
    return BlockedURLError(shown, f"refused {shown}: {why}")


def validate_feed_url(url: str, *, allow_private_networks: bool = False) -> str:
    """Check a user-supplied feed URL and return it normalised; raise BlockedURLError if refused.

    Format only (no DNS): scheme, host, credentials, port, IP literals. The resolver and the
    per-hop checks still guard every fetch.
    """
    text = url.strip()
    if not text:
        raise BlockedURLError(url, "empty URL: give the feed's http(s) address")
    if len(text) > MAX_URL_LENGTH:
        raise BlockedURLError(text[:80], f"URL longer than {MAX_URL_LENGTH} characters")
    lower = text.lower()
    if lower.startswith("feed:"):  # feed://host/x and feed:https://host/x, seen in the wild
        rest = text[5:]
        text = rest if rest.lower().startswith(("http://", "https://")) else "http:" + rest
    elif "://" not in text and re.match(r"^[\w.-]+\.[a-z]{2,}(?::\d+)?(/|$)", lower):
        text = "https://" + text  # "example.com/rss" typed in chat
    try:
        parsed = URL(text)
    except (ValueError, TypeError) as e:
        raise BlockedURLError(text, f"not a valid URL: {text!r} ({e})") from None
    if parsed.scheme not in ("http", "https"):
        why = f"scheme {parsed.scheme!r} is not allowed" if parsed.scheme else "no scheme"
        raise _refuse(text, f"{why}; only http and https feeds can be added")
    if not parsed.host:
        raise _refuse(text, "no host name")
    if parsed.user is not None or parsed.password is not None:
        raise _refuse(text, "user names and passwords in feed URLs are not allowed")
    try:
        port = parsed.port
    except ValueError:
        raise _refuse(text, "invalid port") from None
    if port in BAD_PORTS or port == 0:
        raise _refuse(text, f"port {port} is reserved for other protocols")
    host = parsed.host
    ip = parse_ip(host)
    if ip is None and _NUMERIC_LABEL.match(host.rstrip(".").rsplit(".", 1)[-1]):
        # 2130706433, 0x7f.1, 127.1: legacy spellings of IPs that hide what they point at.
        raise _refuse(text, f"{host!r} is not a host name or a canonical IP address")
    if ip is not None and not allow_private_networks:
        reason = blocked_reason(ip)
        if reason:
            raise _refuse(text, f"{ip} is {reason}; {ALLOW_PRIVATE_HINT}")
    return str(parsed.with_fragment(None))


class BlockedAddressError(OSError):
    """Raised inside the resolver; the fetcher turns it into BlockedURLError for the right URL."""

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(f"{host} {reason}")
        self.host = host
        self.reason = reason


@dataclass(frozen=True, slots=True)
class UrlGuard:
    """Which addresses the fetcher may connect to.

    `trusted` holds (ip, port) pairs that are allowed even though private: the test seam for a
    feed server on 127.0.0.1, or one known intranet feed host. Everything else private is refused.
    """

    allow_private_networks: bool = False
    trusted: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    def address_problem(self, ip: IPAddress, port: int) -> str | None:
        if self.allow_private_networks or (str(ip), port) in self.trusted:
            return None
        reason = blocked_reason(ip)
        return f"{ip} is {reason}" if reason else None

    def check_url(self, url: str) -> URL:
        """Check one request URL (every redirect hop). IP literals are checked here because
        aiohttp connects to them without asking the resolver."""
        parsed = URL(validate_feed_url(url, allow_private_networks=True))
        ip = parse_ip(parsed.host or "")
        if ip is not None:
            problem = self.address_problem(ip, parsed.port or 0)
            if problem:
                raise _refuse(url, f"{problem}; {ALLOW_PRIVATE_HINT}")
        return parsed


class GuardedResolver(AbstractResolver):
    """Resolves with `inner` (the system resolver by default) and drops refused addresses."""

    def __init__(self, guard: UrlGuard, inner: AbstractResolver | None = None) -> None:
        self._guard = guard
        self._inner = inner

    @property
    def guard(self) -> UrlGuard:
        return self._guard

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if self._inner is None:  # created lazily: it binds to the running loop
            self._inner = DefaultResolver()
        infos = await self._inner.resolve(host, port, family)
        allowed: list[ResolveResult] = []
        problems: list[str] = []
        for info in infos:
            ip = parse_ip(info["host"])
            problem = (
                f"{info['host']} is not an IP address" if ip is None
                else self._guard.address_problem(ip, port)
            )
            if problem:
                problems.append(problem)
            else:
                allowed.append(info)
        if not allowed:
            reason = problems[0] if problems else "no addresses"
            log.warning("blocked connection to %s: %s", host, reason)
            raise BlockedAddressError(
                # "127.0.0.1 is a loopback address" → "resolves to 127.0.0.1, a loopback …"
                host, f"resolves to {reason.replace(' is ', ', ', 1)}; {ALLOW_PRIVATE_HINT}"
            )
        if problems:
            log.info("dropped %d refused addresses of %s", len(problems), host)
        return allowed

    async def close(self) -> None:
        if self._inner is not None:
            await self._inner.close()


class StaticResolver(AbstractResolver):
    """Maps host names to fixed IPs without DNS: tests, benchmarks, and pinning an intranet host.

    Unknown names fail like NXDOMAIN. A value may be a list: every address is returned.
    """

    def __init__(self, hosts: dict[str, str | list[str]]) -> None:
        self._hosts = {k.lower(): [v] if isinstance(v, str) else list(v) for k, v in hosts.items()}

    def set(self, host: str, *ips: str) -> None:
        """Change an answer (e.g. to simulate DNS rebinding between two lookups)."""
        self._hosts[host.lower()] = list(ips)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        ips = self._hosts.get(host.lower().rstrip("."))
        if not ips:
            raise OSError(socket.EAI_NONAME, f"unknown host {host}")
        out: list[Any] = []
        for ip in ips:
            fam = socket.AF_INET6 if ":" in ip else socket.AF_INET
            out.append({"hostname": host, "host": ip, "port": port, "family": fam,
                        "proto": 0, "flags": socket.AI_NUMERICHOST})
        return out

    async def close(self) -> None:
        return None
