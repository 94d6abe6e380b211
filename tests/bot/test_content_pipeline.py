"""The content stages through the real pipeline: feed bytes → cleaned, summarized Articles."""

from __future__ import annotations

from bot.process import process_feed
from bot.types import Quote

GOOGLE_NEWS_RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>"sanctions" - Google News</title><link>https://news.google.com/search?q=sanctions</link>
<item>
  <title>EU extends Russia sanctions for six months - Reuters</title>
  <link>https://news.google.com/rss/articles/CBMiX2h0dHBzOi8vd3d3LnJldXRlcnMuY29t</link>
  <guid isPermaLink="false">CBMiX2h0dHBzOi8vd3d3LnJldXRlcnMuY29t</guid>
  <description>&lt;a href="https://news.google.com/rss/articles/CBMi"&gt;EU extends Russia
  sanctions for six months&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font
  color="#6f6f6f"&gt;Reuters&lt;/font&gt;</description>
  <source url="https://www.reuters.com">Reuters</source>
</item>
</channel></rss>"""

WORDPRESS_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Baltic Security Monitor</title><link>https://balticmonitor.example.org</link>
<copyright>© 2025 Baltic Security Monitor</copyright>
<item>
  <title>Baltic states agree joint air defence procurement</title>
  <link>https://balticmonitor.example.org/2025/air-defence</link>
  <description><![CDATA[Estonia, Latvia and Lithuania agreed to buy [&#8230;]]]></description>
  <content:encoded><![CDATA[
<p>Estonia, Latvia and Lithuania agreed on Thursday to buy medium-range air defence systems
together, pooling orders worth about 1.1 billion euros after a string of drone incursions.</p>
<figure><img src="x.jpg"/><figcaption>Defence ministers in Riga. Photo: Agency</figcaption></figure>
<p>The defence ministers signed a letter of intent in Riga that commits them to a single tender
and a common stock of interceptor missiles.</p>
<p>“Alone, each of us is a small customer. Together we are a serious one,” Latvian Defence
Minister Andris Kalnins told reporters after the signing.</p>
<p>“For years the Baltic states bought separately and paid a premium for it,” said Marta Vilks,
a defence researcher at the International Centre for Defence and Security in Tallinn.</p>
<div class="sharedaddy"><h3>Share this:</h3><a href="#">Twitter</a></div>
<p>The post <a href="https://balticmonitor.example.org/2025/air-defence">Baltic states agree
joint air defence procurement</a> appeared first on <a href="https://balticmonitor.example.org">
Baltic Security Monitor</a>.</p>
]]></content:encoded>
</item>
</channel></rss>""".encode()


def test_google_news_item() -> None:
    url = "https://news.google.com/rss/search?q=sanctions&hl=en-US&gl=US&ceid=US:en"
    _, (article,) = process_feed(GOOGLE_NEWS_RSS, url=url)
    assert article.title == "EU extends Russia sanctions for six months"
    assert (article.outlet, article.via) == ("Reuters", "Google News")
    assert "<" not in article.text
    # The description only repeats the headline and the outlet: a title-only digest.
    assert article.summary == ""


def test_wordpress_item() -> None:
    _, (article,) = process_feed(WORDPRESS_RSS, url="https://balticmonitor.example.org/feed")
    assert (article.outlet, article.via) == ("Baltic Security Monitor", None)
    assert article.summary.startswith("Estonia, Latvia and Lithuania agreed on Thursday")
    assert len(article.summary.split()) <= 60
    assert "appeared first" not in article.text
    assert "Share this" not in article.text and "Photo: Agency" not in article.text
    assert article.quotes[0] == Quote(
        "For years the Baltic states bought separately and paid a premium for it",
        "Marta Vilks",
        "International Centre for Defence and Security",
    )
    assert article.quotes[1].speaker == "Andris Kalnins"
