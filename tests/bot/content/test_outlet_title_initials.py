"""Editor pass: a channel title branding the site by its initials ("KLC News: World") whose
<image> title or description writes the name the host spells ("The Kalindi Chronicle" on
kalindichronicle.example) names the outlet by that name; initials the host itself spells
("KVTV" on kvtv.example) or a name without such a field stay. Invented feeds; fixture 2391."""

from __future__ import annotations

import pytest

from bot.content.attribution.outlets import feed_own_name
from bot.content.parse import parse_feed


def _feed(title: str, host: str, image: str = "", description: str = "") -> str:
    image_xml = f"<image><title>{image}</title><link>https://{host}</link></image>" if image else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://{host}/world</link>"
        f"<description>{description}</description>{image_xml}"
        f"<item><title>Item</title><link>https://{host}/a/1</link></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize(
    ("title", "host", "image", "description", "expected"),
    [
        ("KLC News: World", "kalindichronicle.example", "Kalindi Chronicle",
         "The Kalindi Chronicle: World news, international news and headlines",
         "The Kalindi Chronicle"),
        ("GVP - World", "godavaripost.example", "", "Godavari Post: news from the Deccan",
         "Godavari Post"),
        # the initials the host spells: the title's name stays
        ("KVTV News: World", "kvtv.example", "Kaveri Television", "", "KVTV News"),
        # no field writes the host's name: the title's name stays
        ("KLC News: World", "kalindichronicle.example", "", "World news and headlines",
         "KLC News"),
    ],
)
def test_title_initials_and_the_name_the_host_spells(
    title: str, host: str, image: str, description: str, expected: str
) -> None:
    feed = parse_feed(_feed(title, host, image, description).encode(),
                      url=f"https://{host}/rss")
    assert feed_own_name(feed, f"https://{host}/rss") == expected
