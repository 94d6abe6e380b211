"""End to end on the embedded default: loopback feeds → poller → SQLite → outbox → adapter."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from aiohttp import web

from bot.core.settings import Settings, load_settings
from bot.core.types import ChannelRef
from bot.runtime.app import App
from bot.runtime.demo import demo_files
from tests.support.feedserver import rss_bytes
from tests.support.loopback import serve_app

WORLD = ChannelRef("console", "world")


async def _subscribe_demo(app: App, base: str, *, trusted: bool = False) -> None:
    for path in demo_files():
        feed, _ = await app.store.add_feed(base + path.name, name=path.stem, trusted=trusted)
        await app.store.subscribe(WORLD, feed.id)


async def test_cycle_posts_relevant_stories_once_with_attribution(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        await _subscribe_demo(app, demo_base_url)
        polled, sent = await app.run_once()
        assert polled.feeds == 5 and polled.errors == 0
        assert polled.new_articles == 35
        # First poll of a new feed posts at most `first_poll_items` (3) per feed.
        assert 1 <= sent.sent <= 15
        assert polled.queued == sent.sent  # counts from concurrent feeds add up
        assert len(recorder.posts) == sent.sent
        for _, digest, key in recorder.posts:
            item = digest.items[0]
            assert item.outlet and item.link and item.headline
            assert key.startswith("nb:console:world:")
        # Nothing from the aggregator is attributed to the aggregator itself.
        assert all(d.items[0].outlet != "Newsroom Aggregator" for _, d, _ in recorder.posts)
        # Off-topic items (sport, entertainment) are filtered out by relevance.
        assert not any("World Cup" in h for h in recorder.headlines)

        # A second cycle with everything due again posts nothing new.
        before = len(recorder.posts)
        later = datetime.now(UTC) + timedelta(hours=2)
        app.poller._clock = lambda: later
        polled2, sent2 = await app.run_once()
        assert polled2.feeds == 5 and polled2.new_articles == 0
        assert sent2.sent == 0 and len(recorder.posts) == before


async def test_restart_on_same_database_posts_nothing_twice(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        await _subscribe_demo(app, demo_base_url, trusted=True)
        await app.run_once()
    first = list(recorder.headlines)
    assert first
    # New process, same database, same feeds made due again: dedup holds across restarts.
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        for feed in await app.store.list_feeds():
            await app.store.add_feed(feed.url)  # idempotent
        _, sent = await app.run_once()
        assert sent.sent == 0
    assert recorder.headlines == first


async def test_same_story_from_two_feeds_is_posted_once_per_channel(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        feed, _ = await app.store.add_feed(demo_base_url + "wire-world.xml", trusted=True)
        await app.store.subscribe(WORLD, feed.id)
        await app.run_once()
        story_keys = [d.items[0].story_key for _, d, _ in recorder.posts]
        assert len(story_keys) == len(set(story_keys))


async def test_unreachable_feed_is_recorded_and_other_feeds_still_work(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        bad, _ = await app.store.add_feed("http://127.0.0.1:59999/nothing.xml", name="dead")
        good, _ = await app.store.add_feed(demo_base_url + "wire-world.xml", trusted=True)
        for f in (bad, good):
            await app.store.subscribe(WORLD, f.id)
        polled, sent = await app.run_once()
        assert polled.errors == 1 and sent.sent >= 1
        dead = await app.store.get_feed(bad.id)
        assert dead is not None and dead.error_count == 1
        assert dead.last_error  # the reason is stored for `feeds list`
        assert dead.next_fetch_at and dead.next_fetch_at > datetime.now(UTC)


async def test_missing_feed_file_is_an_error_not_a_crash(
    settings: Settings, demo_base_url: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        feed, _ = await app.store.add_feed(demo_base_url + "no-such-feed.xml")
        await app.store.subscribe(WORLD, feed.id)
        polled, _ = await app.run_once()
        assert polled.errors == 1
        stored = await app.store.get_feed(feed.id)
        assert stored and stored.last_error and "404" in stored.last_error


PAGE_PARAS = [
    "The foreign ministers of both countries met in Vienna on Monday for six hours of talks "
    "on the disputed border, the first such meeting in three years.",
    "Officials said the two sides agreed to reopen two crossings for trade before the winter "
    "and to set up a joint commission on water rights along the river.",
    "Diplomats from the European Union, which hosted the talks, said the next round would "
    "take place in January, after both governments consult their parliaments.",
]


def _teaser_feed(base: str) -> str:
    items = "".join(
        f"<item><title>{title}</title><guid>t-{i}</guid>"
        f"<link>{base}/article/{i}</link><description>Ministers met in Vienna…</description>"
        "</item>"
        for i, title in ((1, "Border talks in Vienna"), (2, "Sahel juntas expel UN envoy"))
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title>'
    return f"{head}{items}</channel></rss>"


@pytest.fixture
async def teaser_site() -> AsyncIterator[str]:
    """A teaser-only feed whose article 1 has a full page and article 2 a 404."""
    state: dict[str, str] = {}

    async def feed(request: web.Request) -> web.Response:
        return web.Response(text=_teaser_feed(state["base"]), content_type="application/rss+xml")

    async def article(request: web.Request) -> web.Response:
        if request.match_info["n"] != "1":
            raise web.HTTPNotFound()
        body = "".join(f"<p>{p}</p>" for p in PAGE_PARAS)
        html = (
            "<html><head><title>Border talks</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Border talks in Vienna</h1>{body}</article>"
            "<footer>© Teasers 2026</footer></body></html>"
        )
        return web.Response(text=html, content_type="text/html")

    app = web.Application()
    app.router.add_get("/feed.xml", feed)
    app.router.add_get("/article/{n}", article)
    async with serve_app(app) as base:
        state["base"] = base
        yield base


async def test_full_text_mode_replaces_teasers_and_keeps_them_when_the_page_fails(
    settings: Settings, teaser_site: str, thread_executor, recorder
) -> None:
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        feed, _ = await app.store.add_feed(teaser_site + "/feed.xml", trusted=True, full_text=True)
        await app.store.subscribe(WORLD, feed.id)
        await app.run_once()
        by_title = {a.title: a for a in await app.store.latest_articles(limit=10)}
    full = by_title["Border talks in Vienna"]
    assert "joint commission on water rights" in full.text
    assert "foreign ministers" in full.summary
    teaser = by_title["Sahel juntas expel UN envoy"]  # its page is a 404: teaser kept
    assert "water rights" not in teaser.text
    assert len(recorder.posts) == 2


async def test_llm_summaries_are_used_when_configured(
    db_url: str, demo_base_url: str, thread_executor, recorder
) -> None:
    seen: list[dict] = []

    async def completions(request: web.Request) -> web.Response:
        seen.append(await request.json())
        answer = "Ministers agreed on steps, officials said."
        return web.json_response({"choices": [{"message": {"content": answer}}]})

    app_ = web.Application()
    app_.router.add_post("/v1/chat/completions", completions)
    async with serve_app(app_) as base:
        settings = load_settings(
            database_url=db_url,
            allow_private_networks=True,
            summary={"llm_base_url": f"{base}/v1", "llm_model": "tiny"},
        )
        async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
            feed, _ = await app.store.add_feed(demo_base_url + "wire-world.xml", trusted=True)
            await app.store.subscribe(WORLD, feed.id)
            await app.run_once()
    assert seen and seen[0]["model"] == "tiny"
    assert recorder.posts
    assert all(
        d.items[0].summary == "Ministers agreed on steps, officials said."
        for _, d, _ in recorder.posts
    )


async def test_a_failed_start_closes_what_it_opened(settings: Settings, thread_executor) -> None:
    from bot.core.errors import ConfigError

    class Rejecting:
        platform = "console"

        async def start(self) -> None:
            raise ConfigError("token rejected")

        async def close(self) -> None:
            return None

    app = App(settings, adapters={"console": Rejecting()}, executor=thread_executor)
    with pytest.raises(ConfigError, match="token rejected"):
        async with app:
            pass
    assert app._session is not None and app._session.closed
    with pytest.raises(RuntimeError, match="not started"):
        _ = app.store  # the database connection was closed


def _one_item_feed(outlet: str, title: str, lead: str, link: str) -> str:
    when = format_datetime(datetime.now(UTC) - timedelta(hours=1))
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{outlet}</title>'
        f"<item><title>{title}</title><link>{link}</link><pubDate>{when}</pubDate>"
        f"<description>{lead}</description></item></channel></rss>"
    )


@pytest.fixture
async def two_outlets() -> AsyncIterator[str]:
    feeds = {
        "wire.xml": _one_item_feed(
            "Meridian Wire", "North Korea fires long-range missile into sea off Japan",
            "North Korea fired an intercontinental ballistic missile that fell into the sea "
            "west of Japan's Hokkaido island, South Korea's military said.",
            "https://wire.example/nk-icbm",
        ),
        "paper.xml": _one_item_feed(
            "Seoul Ledger", "North Korea test-fires ICBM that lands in Japan's economic zone",
            "Pyongyang launched an intercontinental ballistic missile, Seoul's military said; "
            "it splashed down inside Japan's exclusive economic zone.",
            "https://ledger.example/icbm",
        ),
    }

    async def serve(request: web.Request) -> web.Response:
        return web.Response(text=feeds[request.match_info["name"]],
                            content_type="application/rss+xml")

    app = web.Application()
    app.router.add_get("/{name}", serve)
    async with serve_app(app) as base:
        yield base + "/"


async def test_a_later_outlet_is_added_to_the_posted_story(
    settings: Settings, two_outlets: str, thread_executor, recorder
) -> None:
    edits: list = []

    async def edit(channel, message_id, digest) -> None:
        edits.append((message_id, digest))

    recorder.edit = edit
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        wire, _ = await app.store.add_feed(two_outlets + "wire.xml", trusted=True)
        await app.store.subscribe(WORLD, wire.id)
        await app.run_once()
        assert len(recorder.posts) == 1
        paper, _ = await app.store.add_feed(two_outlets + "paper.xml", trusted=True)
        await app.store.subscribe(WORLD, paper.id)
        await app.run_once()
    assert len(recorder.posts) == 1  # one story, one post
    ((message_id, digest),) = edits
    item = digest.items[0]
    assert message_id == "msg-1" and item.outlet == "Meridian Wire"
    assert [c.outlet for c in item.also_covered] == ["Seoul Ledger"]


async def test_an_item_edited_at_the_source_edits_the_post(
    settings: Settings, thread_executor, recorder
) -> None:
    edits: list = []

    async def edit(channel, message_id, digest) -> None:
        edits.append((message_id, digest))

    recorder.edit = edit
    item = {"title": "Ministers meet in Geneva over border talks",
            "lead": "Foreign ministers met in Geneva on Monday, officials said."}

    async def feed(request: web.Request) -> web.Response:
        return web.Response(
            text=_one_item_feed("Meridian Wire", item["title"], item["lead"],
                                "https://wire.example/geneva"),
            content_type="application/rss+xml",
        )

    app_ = web.Application()
    app_.router.add_get("/feed.xml", feed)
    async with serve_app(app_) as base, App(
        settings, adapters={"console": recorder}, executor=thread_executor
    ) as app:
        wire, _ = await app.store.add_feed(f"{base}/feed.xml", trusted=True)
        await app.store.subscribe(WORLD, wire.id)
        await app.run_once()
        item["title"] = "Ministers agree border deal in Geneva"  # the outlet corrects it
        later = datetime.now(UTC) + timedelta(hours=1)
        app.poller._clock = lambda: later  # the feed is due again
        polled, sent = await app.run_once()
    assert polled.revised == 1 and sent.sent == 0
    assert len(recorder.posts) == 1  # not posted again
    ((message_id, digest),) = edits
    assert message_id == "msg-1"
    assert digest.items[0].headline == "Ministers agree border deal in Geneva"


async def test_an_item_still_listed_after_pruning_is_not_posted_again(
    settings: Settings, thread_executor, recorder
) -> None:
    """Evergreen, undated items outlive the retention window in some feeds: pruning must not
    make them new again."""
    now = [datetime.now(UTC)]
    items = [("Standing explainer: how the UN Security Council votes on sanctions",
              "https://wire.example/explainer")]

    async def feed(request: web.Request) -> web.Response:
        body = "".join(
            f"<item><title>{title}</title><link>{link}</link>"
            f"<description>{title}, explained by our diplomatic desk.</description></item>"
            for title, link in items
        )
        return web.Response(
            text=f'<?xml version="1.0"?><rss version="2.0"><channel><title>Meridian Wire'
                 f"</title>{body}</channel></rss>",
            content_type="application/rss+xml",
        )

    app_ = web.Application()
    app_.router.add_get("/feed.xml", feed)
    async with serve_app(app_) as base, App(
        settings, adapters={"console": recorder}, executor=thread_executor,
        clock=lambda: now[0],
    ) as app:
        wire, _ = await app.store.add_feed(f"{base}/feed.xml", trusted=True)
        await app.store.subscribe(WORLD, wire.id)
        await app.run_once()
        assert len(recorder.posts) == 1
        now[0] += timedelta(days=40)  # past the 30-day retention: the explainer is pruned
        assert await app.prune_if_due() == 1
        items.insert(0, ("Security Council extends Libya arms embargo by a year",
                         "https://wire.example/libya-embargo"))
        await app.run_once()
        # The new item is posted; the explainer the feed still lists is not posted again.
        assert recorder.headlines == [
            "Standing explainer: how the UN Security Council votes on sanctions",
            "Security Council extends Libya arms embargo by a year",
        ]


async def test_a_json_feed_is_polled_and_posted_with_attribution(
    settings: Settings, thread_executor, recorder
) -> None:
    feed_json = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Diplomatic Desk",
        "home_page_url": "https://desk.example/",
        "items": [{
            "id": "desk-1",
            "url": "https://desk.example/geneva-talks",
            "title": "Foreign ministers agree ceasefire framework in Geneva",
            "content_html": "<p>Foreign ministers from both countries agreed a ceasefire "
                            "framework in Geneva on Monday, the UN envoy said.</p>",
            "date_published": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
            "authors": [{"name": "Claire Dubois"}],
        }],
    }

    async def serve(request: web.Request) -> web.Response:
        return web.json_response(feed_json, content_type="application/feed+json")

    app_ = web.Application()
    app_.router.add_get("/feed.json", serve)
    async with serve_app(app_) as base, App(
        settings, adapters={"console": recorder}, executor=thread_executor
    ) as app:
        desk, _ = await app.store.add_feed(f"{base}/feed.json")
        await app.store.subscribe(WORLD, desk.id)
        polled, sent = await app.run_once()
    assert polled.errors == 0 and sent.sent == 1
    (item,) = recorder.posts[0][1].items
    assert item.headline == "Foreign ministers agree ceasefire framework in Geneva"
    assert item.outlet == "Diplomatic Desk" and item.link == "https://desk.example/geneva-talks"
    assert item.authors == ("Claire Dubois",)


OPML_EXPORT = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My reader</title></head><body>
<outline text="World"><outline text="Wire" xmlUrl="BASE/world.xml"/>
<outline text="Wire again" xmlUrl="BASE/world.xml"/>
<outline text="Bad" xmlUrl="ftp://files.example/feed"/></outline>
<outline text="Review" xmlUrl="BASE/atom"/>
<outline text="Typo" xmlUrl="BASE/no-such-feed.xml"/>
</body></opml>"""


async def test_feeds_import_by_url_from_chat(settings: Settings, thread_executor) -> None:
    """`/news feeds import <url>`: the OPML file is fetched through the guarded fetcher, checked
    outline by outline, and the channel subscribed; readers may not run it."""
    from bot.core.types import CommandContext

    async def export(request: web.Request) -> web.Response:
        base = f"http://{request.host}"
        return web.Response(body=OPML_EXPORT.replace(b"BASE", base.encode()),
                            content_type="text/x-opml")

    async def feed(request: web.Request) -> web.Response:
        return web.Response(body=rss_bytes(2), content_type="application/rss+xml")

    async def page(request: web.Request) -> web.Response:
        return web.Response(text="<!doctype html><html><body>Sign in</body></html>",
                            content_type="text/html")

    async def empty(request: web.Request) -> web.Response:
        return web.Response(body=b'<opml version="2.0"><body/></opml>', content_type="text/xml")

    app_ = web.Application()
    app_.router.add_get("/subs.opml", export)
    app_.router.add_get("/world.xml", feed)
    app_.router.add_get("/atom", feed)
    app_.router.add_get("/login", page)
    app_.router.add_get("/empty.opml", empty)
    admin = CommandContext(channel=WORLD, user="U1", is_admin=True)
    reader = CommandContext(channel=WORLD, user="U2", is_admin=False)
    async with serve_app(app_) as base, App(settings, executor=thread_executor) as app:
        refused = await app.commands.handle(reader, f"feeds import {base}/subs.opml")
        assert not refused.ok and await app.store.list_feeds() == []

        reply = await app.commands.handle(admin, f"feeds import {base}/subs.opml")
        assert reply.ok, reply.text
        assert "added 2, skipped 1 (1 duplicate in the file, 0 already subscribed), failed 2" \
            in reply.text
        assert "line 4: duplicate of line 3" in reply.text and "line 5: failed" in reply.text
        assert "line 7: failed: cannot add" in reply.text and "HTTP 404" in reply.text
        subs = await app.store.subscriptions_for_channel(WORLD)
        urls = {f.url for f in await app.store.list_feeds() if f.id in {s.feed_id for s in subs}}
        assert urls == {f"{base}/world.xml", f"{base}/atom"}

        again = await app.commands.handle(admin, f"feeds import {base}/subs.opml")
        assert "added 0" in again.text and "2 already subscribed" in again.text

        html = await app.commands.handle(admin, f"feeds import {base}/login")
        assert not html.ok and "HTML page, not OPML" in html.text
        nothing = await app.commands.handle(admin, f"feeds import {base}/empty.opml")
        assert not nothing.ok and "contains no feeds" in nothing.text
        missing = await app.commands.handle(admin, f"feeds import {base}/nope.opml")
        assert not missing.ok and "cannot fetch the OPML file" in missing.text
        usage = await app.commands.handle(admin, "feeds import")
        assert not usage.ok and "usage" in usage.text


async def test_feeds_import_refuses_private_addresses(tmp_path, thread_executor) -> None:
    """With the SSRF guard on (the default), an OPML URL on a private network is refused."""
    from bot.core.types import CommandContext

    guarded = load_settings(database_url=f"sqlite:///{tmp_path / 'nb.db'}")
    admin = CommandContext(channel=WORLD, user="U1", is_admin=True)
    async with App(guarded, executor=thread_executor) as app:
        for url in ("http://127.0.0.1:8080/subs.opml", "http://169.254.169.254/latest/meta-data",
                    "file:///etc/passwd"):
            reply = await app.commands.handle(admin, f"feeds import {url}")
            assert not reply.ok and "cannot fetch the OPML file" in reply.text, url
        assert await app.store.list_feeds() == []


async def test_run_once_polls_every_due_feed_whatever_the_batch(
    demo_base_url: str, db_url: str, thread_executor, recorder
) -> None:
    """Cron mode (`run --once`): one run, every due feed, however small poll.batch is."""
    settings = load_settings(database_url=db_url, allow_private_networks=True,
                             poll={"batch": 2})
    async with App(settings, adapters={"console": recorder}, executor=thread_executor) as app:
        await _subscribe_demo(app, demo_base_url)
        polled, _ = await app.run_once(all_due=True)
        assert polled.feeds == 5 and polled.errors == 0
        assert [f for f in await app.store.list_feeds() if f.last_fetched_at is None] == []
        again, _ = await app.run_once(all_due=True)
        assert again.feeds == 0  # nothing due: one pass, no loop


@pytest.mark.parametrize("read_ahead", [False, True])
async def test_run_once_fetches_the_next_batch_ahead_and_posts_as_batch_by_batch(
    demo_base_url: str, tmp_path, thread_executor, monkeypatch: pytest.MonkeyPatch,
    read_ahead: bool,
) -> None:
    """`run --once` leases and fetches the next batch while a full batch ends (Poller's
    `ahead`): each batch's first polls are still decided by its own finale, so the posts, the
    articles stored and the feeds' state are those of plain cycles run one after another, and
    each feed is fetched once. `read_ahead`: the next batch counts as cold (COLD_FEEDS first
    polls), so its first polls are also read (`jobs.first_poll`) while the batch before ends,
    with the same outcome."""
    import sqlite3

    from bot.ingest import poller as poller_module

    if read_ahead:
        monkeypatch.setattr(poller_module, "COLD_FEEDS", 1)
    reads_ahead: list[int] = []

    from tests.support.recording_adapter import RecordingAdapter

    async def run(name: str, ahead: bool) -> tuple[list, list, int, list]:
        settings = load_settings(database_url=f"sqlite:///{tmp_path / name}",
                                 allow_private_networks=True,
                                 poll={"batch": 2, "first_poll_channel_items": 3})
        recorder = RecordingAdapter()
        async with App(settings, adapters={"console": recorder},
                       executor=thread_executor) as app:
            await _subscribe_demo(app, demo_base_url)
            fetched: list[str] = []
            fetch = app.poller._fetcher.fetch

            async def counted(url: str, **kw):  # type: ignore[no-untyped-def]
                fetched.append(url)
                return await fetch(url, **kw)

            app.poller._fetcher.fetch = counted  # type: ignore[method-assign]
            if ahead:
                leased_ahead: list[int] = []
                fetch_ahead = app.poller._fetch_ahead

                async def counted_ahead() -> None:
                    leased_ahead.append(len(fetched))
                    await fetch_ahead()

                app.poller._fetch_ahead = counted_ahead  # type: ignore[method-assign]
                first_poll_job = app.poller._first_poll_job

                async def counted_job(feed, fetch, stored):  # type: ignore[no-untyped-def]
                    read = await first_poll_job(feed, fetch, stored)
                    reads_ahead.append(feed.id)
                    return read

                app.poller._first_poll_job = counted_job  # type: ignore[method-assign]
                polled, _ = await app.run_once(all_due=True)
                feeds = polled.feeds
                assert leased_ahead == [2, 4]  # after each full batch's own fetches
                assert not app.poller._read_ahead
            else:
                feeds = 0
                while (cycle := await app.poller.run_cycle()).feeds:
                    feeds += cycle.feeds
                await app.dispatcher.drain()
            assert not app.poller._fetched_ahead and app.poller._next is None
            states = sorted((f.url.rsplit("/", 1)[1], f.last_success_at is not None, f.title)
                            for f in await app.store.list_feeds())
        with sqlite3.connect(tmp_path / name) as db:
            rows = sorted(db.execute("SELECT feed_id, key, built, story_key FROM articles"))
        return sorted((str(c), k) for c, _, k in recorder.posts), rows, feeds, \
            [states, sorted(u.rsplit("/", 1)[1] for u in fetched)]

    ahead = await run("ahead.db", True)
    plain = await run("plain.db", False)
    assert ahead[2] == plain[2] == 5
    assert ahead[0] and ahead[0] == plain[0]  # posts: each batch's own budget of 3
    assert ahead[1] == plain[1] and ahead[3] == plain[3]
    assert len(set(ahead[3][1])) == len(ahead[3][1]) == 5  # each feed fetched once
    assert len(reads_ahead) == (3 if read_ahead else 0)  # the second and third batches' feeds
