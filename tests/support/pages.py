"""Realistic article web pages (nav, cookie banner, sidebar, comments, scripts) for tests."""

from __future__ import annotations

from html import escape


def article_page(title: str, paragraphs: list[str], *, site: str = "The Meridian Post") -> str:
    """A news article page as CMSs render it, with the article's text among lots of chrome."""
    body = "\n".join(f"      <p>{escape(p, quote=False)}</p>" for p in paragraphs)
    half = len(paragraphs) // 2
    first = "\n".join(f"      <p>{escape(p, quote=False)}</p>" for p in paragraphs[:half])
    second = "\n".join(f"      <p>{escape(p, quote=False)}</p>" for p in paragraphs[half:])
    assert body  # the page always carries the article
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{escape(title)} | {site}</title>
  <meta property="og:title" content="{escape(title)}">
  <link rel="stylesheet" href="/static/site.css">
  <script>window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}</script>
  <style>.cookie-banner {{ position: fixed; bottom: 0 }}</style>
</head>
<body class="article-page">
  <div class="cookie-banner" id="cookie-consent">
    <p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p>
    <button>Accept all</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{site}</a>
    <nav class="main-nav"><ul>
      <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li>
      <li><a href="/business">Business</a></li><li><a href="/science">Science</a></li>
      <li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li>
    </ul></nav>
  </header>
  <main>
    <article class="story">
      <h1 class="headline">{escape(title)}</h1>
      <div class="byline">By <a href="/staff/jane-doe">Jane Doe</a> · 14 March 2025</div>
      <figure class="lead-image">
        <img src="/img/lead.jpg" alt="Officials at the meeting">
        <figcaption>Officials arrive for the meeting on Monday. Photo: Agency</figcaption>
      </figure>
      <div class="story-body">
{first}
      <div class="newsletter-signup inline-promo">
        <h3>Get our morning briefing</h3>
        <p>Sign up for our free newsletter and get the day's top stories in your inbox.</p>
        <form><input type="email" placeholder="Email"><button>Sign up</button></form>
      </div>
{second}
      </div>
      <div class="share-tools"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>
    </article>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
        <li><a href="/world/a">Five things to know about the negotiations</a></li>
        <li><a href="/world/b">Analysis: why the region matters</a></li>
        <li><a href="/world/c">Timeline of the crisis</a></li>
      </ul>
    </aside>
    <section id="comments" class="comments">
      <h2>Comments (3)</h2>
      <div class="comment"><p>Great article, very informative, thanks for the reporting.</p></div>
      <div class="comment"><p>I disagree with the premise of this piece entirely.</p></div>
    </section>
  </main>
  <footer class="site-footer">
    <p>© 2025 {site}. All rights reserved.</p>
    <ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>
  </footer>
  <script src="/static/app.js"></script>
  <script>document.querySelectorAll('a').forEach(a => a.addEventListener('click', track));</script>
</body>
</html>"""
