"""Held-out real-shaped feeds: how many digest items carry a detectable defect.

    python -m bench.heldout [FOLDER] [--json] [--out PATH] [--feed NAME…] [--code WORKTREE]

FOLDER defaults to tests/data/heldout_feeds (28 feeds, 227 items, each with a
`<name>.expect.json` sidecar; read its README). Every feed is served from a loopback aiohttp
server with the Content-Type its sidecar names (exact bytes: for the encoding traps the header
is part of the trap) and run through the real preview path, `python -m bot preview URL --json`,
in a subprocess whose `bot` is the one this process imports (so `PYTHONPATH=/other/worktree
python /path/to/bench/heldout.py` or `python -m bench.heldout --code /other/worktree` measures
the other worktree's code; the report's first line names the code and commit measured).
Each item of the output is compared with its sidecar and with generic detectors; the report is
per feed (previewed / refused with a one-line error / crashed) and per defect class, plus the
share of items with at least one defect, over all items and over the relevant stories
(the "silent" classes, a byline or quote left out, count only in a strict share). If the code
under test has `bot.content.lint`, its counts are reported separately.

THE SET IS HELD OUT: the report gives counts only, never item text, so that nobody tunes on it.
Fix a defect class by writing a fixture of that shape elsewhere, then re-measure here.

The checks look only at the preview output and at the raw feed (decoded here with the true
codec from the sidecar), never at the pipeline's internals, so they stay valid as the code
changes. Text is compared after NFKC, whitespace collapsing and straightening of quotes and
dashes; dates as instants; a body's name in an affiliation also without case endings in
German, Ukrainian and Russian (the label keeps the text's genitive, the product may give the
nominative: "des Auswärtigen Amts" / "Auswärtiges Amt"); alternatives a sidecar allows
(outlet_also_acceptable, "… is also correct" author lists, "title label … may be kept or
dropped", "a cleaner title without the byline is also acceptable", refusal of an encoding
trap) are accepted.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import importlib.util
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "data" / "heldout_feeds"
TIMEOUT_S = 180

# Defect classes, in the order of issue 17's table. An item counts once per class.
CLASSES = (
    "outlet", "authors", "junk", "empty_summary", "run_together", "date", "non_story",
    "story_dropped", "title", "glued", "repeated", "mojibake", "quotes", "feed_lost",
    "authors_lost", "quote_missing",
)
# Deviations from the sidecar that a reader of the digest cannot see as a defect (a byline or
# a quote the digest leaves out): reported, and counted only in the "strict" share.
SILENT = frozenset({"authors_lost", "quote_missing"})
DESCRIPTIONS = {
    "outlet": "outlet wrong (legal entity, cut at a dot, section or other name)",
    "authors": "authors wrong (non-person kept, person split, name with dateline or job title)",
    "junk": "junk in the summary (sidecar list, read-more links, bylines, credits, entities, "
            "HTML, boilerplate)",
    "empty_summary": "summary empty although the item has text",
    "run_together": "blocks of the item run together without punctuation",
    "date": "date lost, wrong or invented",
    "non_story": "non-story posted as a story",
    "story_dropped": "story not posted (flagged as non-story or missing)",
    "title": "title not clean (HTML, entities, wire prefix) or otherwise wrong",
    "glued": "sentences glued without a space ('word.Word')",
    "repeated": "text repeated inside one summary",
    "mojibake": "mojibake (U+FFFD, 'Ã©'-style sequences, wrong-script text)",
    "quotes": "quote speaker or affiliation wrong, or the quote repeated in the summary",
    "feed_lost": "story lost because its feed was refused (not allowed) or crashed",
    "authors_lost": "(silent) a person the byline names is missing from the authors",
    "quote_missing": "(silent) a quote the sidecar expects is not shown with its speaker",
}


# ---------------------------------------------------------------- normalisation
_QUOTES = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
})


def norm(text: str | None) -> str:
    """NFKC, straight quotes and dashes, collapsed whitespace."""
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return " ".join(text.split())


def fold(text: str | None) -> str:
    return norm(text).casefold()


# Case endings of languages that decline a body's name ("des Auswärtigen Amts", "Міністерства
# закордонних справ"): the product names a body in the nominative, a label keeps the text's
# case, and a sidecar holds one form; affiliations are also compared with these cut off.
_CASE_ENDINGS = {
    "de": ("ischen", "ischer", "isches", "ischem", "ische", "en", "em", "er", "es", "e", "n", "s"),
    "uk": ("ого", "ому", "ими", "ами", "ях", "ах", "ої", "ій", "ий", "их", "ів", "ам", "ом", "ою",
           "а", "у", "і", "и", "ю", "я", "е", "о"),
    "ru": ("ого", "ому", "ими", "ами", "ях", "ах", "ой", "ей", "ий", "ый", "их", "ых", "ов", "ам",
           "ом", "а", "у", "и", "ы", "ю", "я", "е", "о"),
}


def case_folded(text: str, lang: str) -> str:
    """`text` (already folded) with each word's case ending cut, for languages that decline."""
    endings = _CASE_ENDINGS.get(lang.split("-")[0])
    if not endings:
        return text
    out = []
    for word in text.split():
        for end in endings:
            if len(word) - len(end) >= 3 and word.endswith(end):
                word = word[: -len(end)]
                break
        out.append(word)
    return " ".join(out)


# ---------------------------------------------------------------- the raw feed
@dataclass
class RawItem:
    key: str
    link: str | None
    title: str
    texts: list[str]  # the HTML/text bodies the item carries (description, content…)

    def blocks(self) -> list[list[str]]:
        return [split_blocks(t) for t in self.texts]

    def words(self) -> int:
        """The longest body's length in words (CJK: characters / 2). A body that is only a list
        of links (an aggregator's cluster of other outlets' headlines) has no text of its own."""
        best = 0
        for t in self.texts:
            own = _LINK_OR_SOURCE.sub(" ", t)
            if len(" ".join(split_blocks(own)).split()) < 5 and own != t:
                continue
            plain = " ".join(" ".join(split_blocks(t)).split())
            cjk = sum(1 for c in plain if _is_cjk(c))
            best = max(best, len(plain.split()) + cjk // 2)
        return best


_BLOCK_TAG = re.compile(
    r"(?is)<\s*/?\s*(?:p|li|ul|ol|div|h[1-6]|blockquote|figure|figcaption|tr|td|th|br|hr|"
    r"section|article|header|footer|aside|pre|dd|dt|dl|table|img)\b[^>]*>"
)
_TAG = re.compile(r"(?s)<[^>]+>")
_LINK_OR_SOURCE = re.compile(r"(?is)<a\b[^>]*>.*?</a>|<font\b[^>]*>.*?</font>")


def split_blocks(body: str) -> list[str]:
    """Paragraph-level blocks of an HTML or plain-text body, as a reader sees them."""
    text = _BLOCK_TAG.sub("\n\n", body)
    text = html.unescape(_TAG.sub("", text))
    return [b for b in (norm(p) for p in re.split(r"\n\s*\n|\r\n\s*\r\n", text)) if b]


def _xml_as_utf8(body: bytes, codec: str) -> bytes:
    """The feed's bytes decoded with their TRUE codec and re-labelled as UTF-8."""
    text = body.decode(codec)
    text = re.sub(r"^(\s*<\?xml[^>]*?)\sencoding=[\"'][^\"']*[\"']", r"\1", text, count=1)
    return text.encode("utf-8")


def raw_items(path: Path, true_codec: str) -> list[RawItem]:
    body = path.read_bytes()
    if path.suffix == ".json":
        doc = json.loads(body.decode(true_codec))
        return [
            RawItem(str(i.get("id")), i.get("url"), i.get("title") or "",
                    [t for t in (i.get("content_html"), i.get("content_text"), i.get("summary"))
                     if t])
            for i in doc.get("items", [])
        ]
    parsed = feedparser.parse(_xml_as_utf8(body, true_codec))
    out = []
    for e in parsed.entries:
        texts = [c.get("value", "") for c in e.get("content", [])]
        if e.get("summary"):
            texts.append(e["summary"])
        # yandex:full-text and similar extension elements
        texts += [v for k, v in e.items() if k.endswith("full-text") and isinstance(v, str)]
        out.append(RawItem(e.get("id") or e.get("link") or "", e.get("link"),
                           e.get("title") or "", [t for t in texts if t]))
    return out


# ---------------------------------------------------------------- running the preview
@dataclass
class FeedRun:
    outcome: str  # "previewed" | "refused" | "crashed"
    items: list[dict[str, Any]] = field(default_factory=list)
    error: str = ""  # one line, for refusals and crashes (no item text)


def code_root() -> Path:
    """The worktree whose `bot` package this process imports: the code under test."""
    spec = importlib.util.find_spec("bot")
    if spec is None or not spec.origin:
        raise SystemExit("bench.heldout: cannot import `bot`; set PYTHONPATH to a worktree")
    return Path(spec.origin).resolve().parent.parent


def _env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NEWSBRIEF_") or k == "NEWSBRIEF_LOG_FORMAT"}
    env.update(PYTHONPATH=str(root), NEWSBRIEF_ALLOW_PRIVATE_NETWORKS="1",
               NEWSBRIEF_LOG_LEVEL="WARNING", PYTHONIOENCODING="utf-8")
    return env


def classify(returncode: int, stdout: str, stderr: str) -> FeedRun:
    """previewed (exit 0, a JSON list), refused (exit 1 with one `newsbrief: error:` line and
    no traceback) or crashed (anything else)."""
    if "Traceback (most recent call last)" in stderr:
        last = [ln for ln in stderr.strip().splitlines() if ln.strip()]
        return FeedRun("crashed", error=f"traceback: {last[-1][:160] if last else ''}")
    if returncode == 0:
        try:
            items = json.loads(stdout)
        except ValueError:
            return FeedRun("crashed", error="exit 0 but stdout is not JSON")
        if not isinstance(items, list):
            return FeedRun("crashed", error="exit 0 but stdout is not a JSON list")
        return FeedRun("previewed", items=items)
    errors = [ln for ln in stderr.splitlines() if ln.startswith("newsbrief: error:")]
    if returncode == 1 and len(errors) == 1 and not stdout.strip():
        return FeedRun("refused", error=errors[0][:200])
    return FeedRun("crashed", error=f"exit {returncode}: {stderr.strip()[-160:]!r}")


async def run_preview(url: str, root: Path) -> FeedRun:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "preview", url, "--json",
        cwd=root, env=_env(root), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), TIMEOUT_S)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        return FeedRun("crashed", error=f"timed out after {TIMEOUT_S} s")
    return classify(proc.returncode or 0, out.decode("utf-8", "replace"),
                    err.decode("utf-8", "replace"))


async def serve_and_preview(feeds: Mapping[str, tuple[bytes, str]], root: Path
                            ) -> dict[str, FeedRun]:
    """Serve every feed at /<name> with its exact bytes and Content-Type; preview each."""

    async def handler(request: web.Request) -> web.Response:
        body, ctype = feeds[request.match_info["name"]]
        return web.Response(body=body, headers={"Content-Type": ctype})

    app = web.Application()
    app.router.add_get("/{name}", handler)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        return {name: await run_preview(f"http://127.0.0.1:{port}/{name}", root)
                for name in feeds}
    finally:
        await runner.cleanup()


# ---------------------------------------------------------------- matching output to sidecar
def _link_key(link: str | None) -> str:
    if not link:
        return ""
    link = re.sub(r"^https?://(www\.)?", "", link.strip()).split("#")[0]
    base, _, query = link.partition("?")
    kept = [p for p in query.split("&") if p and not p.startswith(("utm_", "at_", "ref="))]
    return base.rstrip("/") + ("?" + "&".join(kept) if kept else "")


def match(raw: Sequence[RawItem], out: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Sidecar key → index into the preview output. By link first (unique links only), then
    by title, then by position among what is left (the preview keeps feed order)."""
    result: dict[str, int] = {}
    used: set[int] = set()
    for keyfn_raw, keyfn_out in (
        (lambda r: _link_key(r.link), lambda o: _link_key(o.get("link"))),
        (lambda r: fold(html.unescape(_TAG.sub("", r.title))), lambda o: fold(o.get("title"))),
    ):
        raw_keys = Counter(keyfn_raw(r) for r in raw)
        out_index: dict[str, list[int]] = {}
        for i, o in enumerate(out):
            out_index.setdefault(keyfn_out(o), []).append(i)
        for r in raw:
            k = keyfn_raw(r)
            if r.key in result or not k or raw_keys[k] != 1:
                continue
            cands = [i for i in out_index.get(k, []) if i not in used]
            if len(cands) == 1:
                result[r.key] = cands[0]
                used.add(cands[0])
    # positional: an unmatched raw item takes the next unused output index between its
    # matched neighbours
    last = -1
    for r in raw:
        if r.key in result:
            last = result[r.key]
            continue
        nxt = next((result[s.key] for s in raw[raw.index(r) + 1:] if s.key in result), len(out))
        free = [i for i in range(last + 1, nxt) if i not in used]
        if free:
            result[r.key] = free[0]
            used.add(free[0])
            last = free[0]
    return result


# ---------------------------------------------------------------- detectors
_LEGAL = re.compile(
    r"\b(?:GmbH|AG|KG|mbH|S\.?p\.?A|S\.?r\.?l|S\.?A|S\.?L\.?U?|SAS|SARL|Ltd|Limited|Inc|LLC|"
    r"PLC|Corp|Corporation|Company|Co|Medien|Verlag|Zeitungsverlag|Publishing|Holdings?|"
    r"Media Group|Editora|Editrice|Éditions|ФГУП|ООО|АО)\b\.?|ذ\.م\.م|בע\"?מ|股份有限公司|株式会社",
    re.IGNORECASE,
)
_READ_MORE = re.compile(
    r"(?i)\bread more\b|\bcontinue reading\b|\bkeep reading\b|\bread the full\b|"
    r"\[\s*(?:mehr|more|weiterlesen|\.\.\.|…)\s*\]|\bweiterlesen\b|\bmehr lesen\b|"
    r"\bmehr zum thema\b|\blire la suite\b|\blire aussi\b|\ben savoir plus\b|\bleer m[aá]s\b|"
    r"\bseguir leyendo\b|\bsigue leyendo\b|\bcontinuar leyendo\b|\bcontinua a leggere\b|"
    r"\bleggi (?:tutto|anche|l'articolo)\b|\bleia mais\b|\bcontinue lendo\b|"
    r"\bleia tamb[eé]m\b|\bsaiba mais\b|\bthe post .{1,200} appeared first on\b|\(END\)"
)
_BOILERPLATE = re.compile(
    # "Sign up to our newsletter", not "will not sign up to the new target"
    r"(?i)\bsign up\b(?! to (?:the|a|an|its|their|any) (?![\w’' -]{0,30}newsletter))|"
    r"\bsubscribe (?:now|here|to|for)\b|\bpaid subscribers\b|"
    r"\bwherever you (?:get|listen)\b|\bad ?choices\b|\bpodcastchoices\b|\bapple podcasts\b|"
    r"\bthis post is for\b|\baffiliate (?:link|commission)\b|\bshare this post\b|"
    r"\b(?:is|was) (?:produced|presented|hosted) by\b"
)
_NAME = r"[A-ZÀ-ÝÄÖÜ][\w'’.-]+"
_BYLINE = re.compile(
    # "By Jane Doe", "Von A B und C D", "Par …", "Por …", "Di …": a capitalised marker and at
    # least two capitalised words, at a sentence start or run into the text
    rf"(?:^|[.!?]\s+|\s)(?:By|BY|Von|VON|Par|PAR|Por|POR|Di|DI)\s+{_NAME}"
    rf"(?:\s+(?:van|von|de|der|da|dos|del|la|le|di))*\s+{_NAME}"
    r"|\s[-–—]\s*by\s+[A-Z]|\bEin Kommentar von\b|（(?:责任编辑|编辑|记者)[:：]"
)
_CREDIT = re.compile(
    r"(?i)\b(?:photograph|photo|foto|bild|image|illustration|credit|crédit|fotografía|"
    r"video|grafik)\s*:\s|\bgetty images\b|\bshutterstock\b|©|"
    r"\b(?:AFP|Reuters|AP|EPA|dpa|ANSA|EFE|Xinhua|Getty)\s*/\s*[A-Z]|"
    r"\b[A-Z][\w.-]+\s*/\s*(?:AFP|Reuters|AP|EPA|dpa|ANSA|EFE|Getty)\b"
)
_ENTITY = re.compile(
    r"(?<!&)#(?:\d{2,5}|x[0-9a-fA-F]{2,4});|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});"
)
_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_MOJIBAKE = re.compile(
    "\ufffd|[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|â€|[ÐÑ][\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2122]|×[\u0080-\u00bf\u2018-\u201e]"
    "|[ØÙ][\u0080-\u00bf\u2018-\u201e\u2020\u2021\u2026]|ï»¿"
)
_TERMINAL = ".!?…:;。！？؟۔"
_SCRIPTS = {
    "ru": {"CYRILLIC"}, "uk": {"CYRILLIC"}, "el": {"GREEK"}, "he": {"HEBREW"},
    "ar": {"ARABIC"}, "ur": {"ARABIC"},
    "ja": {"CJK", "HIRAGANA", "KATAKANA", "FULLWIDTH", "HALFWIDTH"},
    "zh": {"CJK", "FULLWIDTH"}, "ko": {"HANGUL", "CJK"},
    "fa": {"ARABIC"}, "ps": {"ARABIC"}, "hi": {"DEVANAGARI"}, "mr": {"DEVANAGARI"},
    "ne": {"DEVANAGARI"}, "bn": {"BENGALI"}, "pa": {"GURMUKHI"}, "gu": {"GUJARATI"},
    "ta": {"TAMIL"}, "te": {"TELUGU"}, "kn": {"KANNADA"}, "ml": {"MALAYALAM"},
    "th": {"THAI"}, "ka": {"GEORGIAN"}, "hy": {"ARMENIAN"}, "am": {"ETHIOPIC"},
    "bg": {"CYRILLIC"}, "sr": {"CYRILLIC", "LATIN"}, "mk": {"CYRILLIC"}, "be": {"CYRILLIC"},
    "kk": {"CYRILLIC"}, "yi": {"HEBREW"},
}
_ALPHABETS = ("LATIN", "CYRILLIC", "GREEK", "HEBREW", "ARABIC")


def _is_cjk(c: str) -> bool:
    return "\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"


def _script(c: str) -> str:
    try:
        return unicodedata.name(c).split(" ")[0]
    except ValueError:
        return ""


def mojibake(text: str, language: str, script: bool = True) -> str | None:
    """Why `text` looks mis-decoded, or None. `script`: also check that most letters are in
    the item language's script (titles and summaries; not names, which may be romanised)."""
    if m := _MOJIBAKE.search(text):
        return "replacement char" if m.group(0) == "\ufffd" else "mis-decoded sequence"
    letters = [_script(c) for c in text if c.isalpha()]
    want = _SCRIPTS.get(language, {"LATIN"})
    if script and len(letters) >= 12 and sum(s in want for s in letters) / len(letters) < 0.5:
        return "wrong script"
    for word in re.findall(r"\w+", text):
        alpha = {_script(c) for c in word if c.isalpha()} & set(_ALPHABETS)
        if len(alpha) > 1:
            return "mixed-script word"
    return None


def foreign_letters(text: str, true_text: str) -> str | None:
    """Latin-1 letters standing in for another script's: the feed's true text (its bytes read
    with the sidecar's codec) has Greek, Cyrillic, Hebrew or Arabic letters, and `text` has
    accented Latin letters the true text never has ('«Çñåìá»' for '«Ήρεμα»')."""
    scripts = {_script(c) for c in true_text if c.isalpha() and not c.isascii()}
    others = scripts & {"GREEK", "CYRILLIC", "HEBREW", "ARABIC"}
    if not others:
        return None
    allowed = set(true_text)
    odd = {c for c in text if c.isalpha() and not c.isascii() and _script(c) == "LATIN"
           and c not in allowed}
    if len(odd) >= 2:
        return f"Latin-1 letters for {'/'.join(sorted(others)).lower()}"
    return None


def glued(summary: str) -> bool:
    """'word.Word', also before a one-letter word ('Europeia.O Itamaraty', 'said.A court')."""
    for m in re.finditer(r"([^\W_]{2,})[.!?]([^\W\d_]{2,}|[^\W\d_](?=\s+[^\W\d_]))",
                         summary):
        left, right = m.group(1), m.group(2)
        if len(right) == 1:
            if not (len(left) >= 3 and left[-1].islower() and right.isupper()):
                continue
        elif not ((left[-1].islower() or left[-1].isdigit()) and right[0].isupper()
                  and right[1].islower()):
            continue
        token = summary[max(0, m.start() - 30):m.end() + 30]
        if re.search(r"(?i)https?://|www\.|\.(?:com|org|net|gov)\b", token):
            continue
        return True
    return False


def repeated(summary: str) -> bool:
    text = fold(summary)
    if sum(1 for c in text if _is_cjk(c)) > len(text) / 3:
        chars = [c for c in text if c.isalnum()]
        grams = ["".join(chars[i:i + 14]) for i in range(len(chars) - 13)]
    else:
        words = re.findall(r"\w+", text)
        grams = [" ".join(words[i:i + 8]) for i in range(len(words) - 7)]
    return len(grams) != len(set(grams))


def run_together(summary: str, raw: RawItem) -> bool:
    """Two consecutive blocks of the raw item appear in the summary joined without
    punctuation ('…Syrian opposition A 50-strong commission…')."""
    text = fold(summary)
    if not text:
        return False
    for blocks in raw.blocks():
        for a, b in pairwise(blocks):
            if a.rstrip("\"')]»”’ ")[-1:] in _TERMINAL:
                continue
            if _is_cjk(a[-1:]) or _is_cjk(b[:1]):
                joint = [fold(a)[-8:] + fold(b)[:6], fold(a)[-8:] + " " + fold(b)[:6]]
            else:
                tail, head = fold(a).split()[-3:], fold(b).split()[:2]
                joint = [" ".join(tail + head)]
            if any(j in text for j in joint):
                return True
    return False


def _instant(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


_LABEL_SEPARATORS = re.compile(r"^[\s:|.-]+|[\s:|.-]+$")
_EMPTY_BRACKETS = re.compile(r"[(\[]\s*[)\]]")


_BYLINE_OPTIONAL = re.compile(r"title without the byline is also acceptable", re.IGNORECASE)
_LAST_PART = re.compile(r"\s+[—–|-]\s+(?=[^—–|]*$)")


def _note_alternatives(exp: Mapping[str, Any]) -> tuple[list[list[str]], list[str]]:
    """Author lists and title labels that the sidecar's note allows."""
    note = exp.get("note") or ""
    authors = [json.loads(m.replace("'", '"')) for m in
               re.findall(r"(\[[^\]]*\]) is also correct", note)]
    labels = re.findall(r"[Tt]itle label '([^']+)' may be kept or dropped", note)
    return authors, labels


# ---------------------------------------------------------------- checking one item
def check_item(out: Mapping[str, Any], exp: Mapping[str, Any], raw: RawItem,
               feed: Mapping[str, Any]) -> dict[str, set[str]]:
    """Defect class → sub-kinds, for one posted item."""
    found: dict[str, set[str]] = {}

    def add(cls: str, kind: str) -> None:
        found.setdefault(cls, set()).add(kind)

    title, summary = out.get("title") or "", out.get("summary") or ""
    lang = exp.get("language") or feed.get("language") or "en"
    alt_authors, labels = _note_alternatives(exp)

    if not exp.get("is_story", True):
        add("non_story", "posted")
    # outlet
    outlet = out.get("outlet") or ""
    allowed = {fold(exp.get("outlet") or feed.get("outlet"))}
    allowed |= {fold(o) for o in feed.get("outlet_also_acceptable") or ()}
    # A link post (Reddit "[link]", a Hacker News-style item) credited to the linked site, with
    # the community the sidecar names as `via` (README product decision): the sidecar's outlet
    # is still shown, the outlet is the host the item links to.
    via, host = out.get("via") or "", urlsplit(out.get("link") or "").hostname or ""
    if via and fold(via) in allowed and host.removeprefix("www.") == outlet:
        allowed.add(fold(outlet))
    if fold(outlet) not in allowed:
        if _LEGAL.search(outlet):
            add("outlet", "legal entity")
        elif re.search(r"\s\w\.?$", outlet):
            add("outlet", "cut at a dot")
        elif any(a and a in fold(outlet) for a in allowed):
            add("outlet", "name with section or tagline")
        else:
            add("outlet", "other name")
    # authors
    got = {fold(a) for a in out.get("authors") or ()}
    choices = [{fold(a) for a in exp.get("authors") or ()}]
    choices += [{fold(a) for a in alt} for alt in alt_authors]
    if got not in choices:
        want = choices[0]
        extra, lost = got - want, want - got
        for e in extra:
            if any(e in w for w in want):
                add("authors", "person split")
            elif any(w in e for w in want):
                add("authors", "name with extra words (dateline, job title, 'by')")
            else:
                add("authors", "non-person or wrong name kept")
        if any(not any(w in e or e in w for e in extra) for w in lost):
            add("authors_lost", "person lost")
    # date
    want_dt, got_dt = _instant(exp.get("published")), _instant(out.get("published"))
    if want_dt and not got_dt:
        add("date", "lost")
    elif got_dt and not want_dt:
        add("date", "invented")
    elif want_dt and got_dt and (off := abs((want_dt - got_dt).total_seconds())) >= 1:
        hours = off % 1800 == 0 and off <= 14 * 3600
        add("date", "off by whole hours (zone or 12-hour clock)" if hours else "wrong")
    # title
    ok_titles = {norm(exp.get("title"))}
    for label in labels:
        ok_titles |= {norm(f"{label} {exp.get('title')}"), norm(f"{label}{exp.get('title')}")}
        # A label the expected title itself holds ("…? By Name") may be dropped as well.
        ok_titles.add(norm((exp.get("title") or "").replace(label, "")))
    # "A cleaner title without the byline is also acceptable" ("… — تحریر: Name"): the expected
    # title without the byline after its last dash or bar
    if _BYLINE_OPTIONAL.search(exp.get("note") or ""):
        ok_titles.add(norm(_LAST_PART.split(exp.get("title") or "")[0]))
    # A label kept as the outlet writes it, with its separator ("Opinion: …", "Analyse | …",
    # "… (Plus)"): the title without it and its separator is the expected one.
    kept = [label for label in labels if label and label in title]
    if any(" ".join(_LABEL_SEPARATORS.sub(" ", _EMPTY_BRACKETS.sub(
            " ", norm(title).replace(norm(label), " ", 1))).split()) == norm(exp.get("title"))
           for label in kept):
        ok_titles.add(norm(title))
    if norm(exp.get("title")) and norm(title) not in ok_titles:  # untitled: see non_story
        if _HTML.search(title):
            add("title", "html")
        elif _ENTITY.search(title):
            add("title", "entity")
        elif norm(exp.get("title")) and norm(title).endswith(norm(exp.get("title"))):
            add("title", "prefix kept")
        else:
            add("title", "other")
    # summary
    if not summary.strip():
        if raw.words() >= 25:
            add("empty_summary", "empty")
    else:
        nsum = norm(summary)
        for bad in exp.get("summary_must_not_contain") or ():
            if norm(bad) and norm(bad) in nsum:
                add("junk", "sidecar list")
        for kind, rx in (("read-more link", _READ_MORE), ("boilerplate", _BOILERPLATE),
                         ("byline", _BYLINE), ("credit line", _CREDIT),
                         ("broken entity", _ENTITY), ("raw HTML", _HTML)):
            if rx.search(summary) or rx.search(nsum):
                add("junk", kind)
        for person in exp.get("authors") or ():
            if re.search(r"(?i)\b(?:by|von|par|por|di|de|da)\s+" + re.escape(norm(person)),
                         nsum[:200]):
                add("junk", "byline")
        if run_together(summary, raw):
            add("run_together", "blocks")
        if glued(summary):
            add("glued", "word.Word")
        if repeated(summary):
            add("repeated", "8-gram twice")
    for text, script in ((title, True), (summary, True), (outlet, False),
                         (" ".join(out.get("authors") or ()), False)):
        if why := mojibake(text, lang, script):
            add("mojibake", why)
            break
    true_text = " ".join([raw.title, *raw.texts])
    for text in (title, summary):
        if why := foreign_letters(text, true_text):
            add("mojibake", why)
            break
    # quotes
    quotes = out.get("quotes") or []
    for q in quotes:
        qt = norm(q.get("text"))
        if len(qt.split()) >= 6 and qt in norm(summary):
            add("quotes", "quote repeated in summary")
    if "quotes" in exp:
        want_q = exp["quotes"]
        speakers = [(fold(q.get("speaker")), fold(q.get("affiliation"))) for q in quotes]
        for wq in want_q:
            ws, wa = fold(wq.get("speaker")), fold(wq.get("affiliation"))
            hits = [(s, a) for s, a in speakers if s and (ws in s or s in ws)]
            if not hits:
                add("quote_missing", "no quote with this speaker")
            elif wa and not any(a and (wa in a or a in wa
                                       or case_folded(wa, lang) in case_folded(a, lang)
                                       or case_folded(a, lang) in case_folded(wa, lang))
                                for _, a in hits):
                add("quotes", "affiliation wrong")
        for s, _ in speakers:
            if s and not any(fold(w.get("speaker")) in s or s in fold(w.get("speaker"))
                             for w in want_q):
                add("quotes", "speaker wrong")
    return found


# ---------------------------------------------------------------- one run over the corpus
@dataclass
class FeedReport:
    name: str
    outcome: str
    acceptable: bool
    error: str
    items: int
    output_items: int
    stories: int
    posted: int
    defective: int
    defects: dict[str, int]


@dataclass
class Report:
    code: str
    commit: str
    feeds: list[FeedReport]
    items: int
    stories_relevant: int
    defective: int
    defective_relevant: int
    defective_strict: int
    classes: dict[str, int]
    kinds: dict[str, int]
    lint: dict[str, Any] | None
    relevance: dict[str, Any] = field(default_factory=dict)
    item_findings: dict[str, dict[str, dict[str, set[str]]]] = field(repr=False,
                                                                      default_factory=dict)
    runs: dict[str, FeedRun] = field(repr=False, default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """Counts only: no item text, no item keys (the set is held out)."""
        d = {k: v for k, v in self.__dict__.items() if k not in ("item_findings", "runs")}
        d["feeds"] = [f.__dict__ for f in self.feeds]
        d["share_defective"] = round(self.defective / self.items, 4) if self.items else None
        d["share_defective_strict"] = (round(self.defective_strict / self.items, 4)
                                       if self.items else None)
        d["share_defective_relevant"] = (round(self.defective_relevant / self.stories_relevant, 4)
                                         if self.stories_relevant else None)
        return d


def _git_commit(root: Path) -> str:
    try:
        return subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def load_corpus(folder: Path, names: Iterable[str] | None = None
                ) -> dict[str, tuple[Path, dict[str, Any]]]:
    corpus = {}
    for side in sorted(folder.glob("*.expect.json")):
        name = side.name.removesuffix(".expect.json")
        if names and name not in names:
            continue
        corpus[name] = (folder / name, json.loads(side.read_text(encoding="utf-8")))
    return corpus


def _lint(items: list[dict[str, Any]]) -> dict[int, set[str]] | None:
    """The code under test's own digest lint, if it has one: index → defect classes."""
    try:
        from bot.content import lint  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        if hasattr(lint, "lint_feed"):
            per = lint.lint_feed(items)
        else:
            per = [lint.lint_item(i) for i in items]
        return {i: {getattr(f, "defect", str(f)) for f in fs} for i, fs in enumerate(per)}
    except Exception as e:  # someone else's code under test: report it, go on
        return {-1: {f"lint crashed: {type(e).__name__}"}}


def evaluate(folder: Path = DEFAULT_FOLDER, names: Iterable[str] | None = None,
             root: Path | None = None, runs: Mapping[str, FeedRun] | None = None) -> Report:
    """Preview every feed (or use `runs` from an earlier call) and check the output."""
    root = root or code_root()
    corpus = load_corpus(folder, names)
    if runs is None:
        served = {n: (p.read_bytes(), side["feed"]["content_type"])
                  for n, (p, side) in corpus.items()}
        runs = asyncio.run(serve_and_preview(served, root))
    has_lint = importlib.util.find_spec("bot.content.lint") is not None
    feeds, classes, kinds = [], Counter(), Counter()
    lint_classes: Counter[str] = Counter()
    rel = Counter()  # confusion counts at 0.5 over posted items, and flat feeds
    lint_items = 0
    total = defective = rel_total = rel_defective = strict = 0
    all_findings: dict[str, dict[str, dict[str, set[str]]]] = {}
    for name, (path, side) in corpus.items():
        feed, expected = side["feed"], side["items"]
        run = runs[name]
        raws = raw_items(path, feed["encoding"])
        by_key = {r.key: r for r in raws}
        acceptable = run.outcome in feed.get("acceptable_outcomes", ["decoded"]) or (
            run.outcome == "previewed" and "decoded" in feed.get("acceptable_outcomes", []))
        findings: dict[str, dict[str, set[str]]] = {}
        posted = 0
        if run.outcome == "previewed":
            idx = match(raws, run.items)
            for key, exp in expected.items():
                raw = by_key.get(key, RawItem(key, None, "", []))
                if key not in idx:
                    if exp.get("is_story"):
                        findings[key] = {"story_dropped": {"missing from output"}}
                    continue
                out = run.items[idx[key]]
                if not out.get("is_story", True):
                    if exp.get("is_story"):
                        findings[key] = {"story_dropped": {"flagged non-story"}}
                    continue
                posted += 1
                findings[key] = check_item(out, exp, raw, feed)
                if isinstance(out.get("relevance"), int | float):
                    said = out["relevance"] >= 0.5
                    rel[("tp" if exp.get("relevant") else "fp") if said
                        else ("fn" if exp.get("relevant") else "tn")] += 1
            scores = {round(float(o["relevance"]), 3) for o in run.items
                      if o.get("is_story", True) and isinstance(o.get("relevance"), int | float)}
            labels = {bool(e.get("relevant")) for e in expected.values() if e.get("is_story")}
            if len(scores) == 1 and len(labels) == 2:
                rel["flat_feeds"] += 1
            if has_lint:
                lint_res = _lint(run.items) or {}
                for i, found in lint_res.items():
                    lint_classes.update(found)
                    lint_items += bool(found) and i >= 0
        elif not acceptable:
            for key, exp in expected.items():
                if exp.get("is_story"):
                    findings[key] = {"feed_lost": {run.outcome}}
        findings = {k: v for k, v in findings.items() if v}
        all_findings[name] = findings
        per_class: Counter[str] = Counter()
        for found in findings.values():
            per_class.update(found.keys())
            for cls, ks in found.items():
                kinds.update(f"{cls}: {k}" for k in ks)
        classes.update(per_class)
        for key, exp in expected.items():
            total += 1
            bad = bool(set(findings.get(key, {})) - SILENT)
            strict += key in findings
            defective += bad
            if exp.get("is_story") and exp.get("relevant"):
                rel_total += 1
                rel_defective += bad
        feeds.append(FeedReport(
            name=name, outcome=run.outcome, acceptable=acceptable, error=run.error,
            items=len(expected), output_items=len(run.items),
            stories=sum(1 for e in expected.values() if e.get("is_story")), posted=posted,
            defective=sum(1 for f in findings.values() if set(f) - SILENT),
            defects=dict(sorted(per_class.items())),
        ))
    tp, fp, fn = rel["tp"], rel["fp"], rel["fn"]
    relevance = {
        "threshold": 0.5, **{k: rel[k] for k in ("tp", "fp", "fn", "tn", "flat_feeds")},
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
    }
    lint = None
    if has_lint:
        lint = {"items_with_findings": lint_items, "classes": dict(sorted(lint_classes.items()))}
    return Report(
        runs=dict(runs), code=str(root), commit=_git_commit(root), feeds=feeds, items=total,
        stories_relevant=rel_total, defective=defective, defective_relevant=rel_defective,
        defective_strict=strict,
        classes={c: classes.get(c, 0) for c in CLASSES}, kinds=dict(sorted(kinds.items())),
        lint=lint, relevance=relevance, item_findings=all_findings,
    )


# ---------------------------------------------------------------- output
def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "–"


def render(r: Report) -> str:
    lines = [
        f"held-out feeds: code {r.code} @ {r.commit or '?'}",
        "",
        f"{'feed':<52} {'outcome':<18} {'out/items':>9} {'posted':>6} {'defective':>9}",
    ]
    for f in r.feeds:
        outcome = f.outcome + ("" if f.acceptable else " (NOT OK)")
        lines.append(f"{f.name:<52} {outcome:<18} {f.output_items:>4}/{f.items:<4} "
                     f"{f.posted:>6} {f.defective:>9}")
        if f.error:
            lines.append(f"    {f.error}")
        if f.defects:
            lines.append("    " + ", ".join(f"{k} {v}" for k, v in f.defects.items()))
    counts = Counter(f.outcome for f in r.feeds)
    lines += [
        "",
        f"feeds: {counts['previewed']} previewed, {counts['refused']} refused with one line, "
        f"{counts['crashed']} crashed; {sum(not f.acceptable for f in r.feeds)} outcome(s) "
        "not allowed by the sidecar",
        "",
        f"{'defect class':<16} {'items':>5}  description",
    ]
    for cls in CLASSES:
        lines.append(f"{cls:<16} {r.classes.get(cls, 0):>5}  {DESCRIPTIONS[cls]}")
    lines += ["", "sub-kinds:"] + [f"  {k}: {v}" for k, v in r.kinds.items()]
    lines += [
        "",
        f"items with >= 1 defect: {r.defective}/{r.items} ({_pct(r.defective, r.items)}); "
        f"relevant stories: {r.defective_relevant}/{r.stories_relevant} "
        f"({_pct(r.defective_relevant, r.stories_relevant)})",
        f"strict (silent classes too): {r.defective_strict}/{r.items} "
        f"({_pct(r.defective_strict, r.items)})",
    ]
    if r.relevance:
        v = r.relevance
        lines += ["", f"relevance at {v['threshold']} over posted items (sidecar labels): "
                  f"precision {v['precision']}, recall {v['recall']} (tp {v['tp']}, fp {v['fp']}, "
                  f"fn {v['fn']}, tn {v['tn']}); feeds scored with one flat value although their "
                  f"labels differ: {v['flat_feeds']}"]
    if r.lint is not None:
        lines += ["", f"bot.content.lint (the code under test's own lint): "
                  f"{r.lint['items_with_findings']} items with findings; "
                  + ", ".join(f"{k} {v}" for k, v in r.lint["classes"].items())]
    else:
        lines += ["", "bot.content.lint: not present in the code under test"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.heldout", description=__doc__.split("\n\n")[0])
    p.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--out", help="also write the JSON report to this file")
    p.add_argument("--feed", action="append", help="only this feed (file name); repeatable")
    p.add_argument("--code", help="worktree whose code to measure (default: the `bot` that "
                   "PYTHONPATH gives this process)")
    args = p.parse_args(argv)
    if args.code:
        sys.path.insert(0, str(Path(args.code).resolve()))
    root = code_root()
    wanted = [e for e in os.environ.get("PYTHONPATH", "").split(os.pathsep) if e]
    if not args.code and wanted and Path(wanted[0]).resolve() != root:
        # `python -m` puts the current folder first, ahead of PYTHONPATH
        print(f"bench.heldout: warning: measuring {root}, not {wanted[0]} from PYTHONPATH; "
              "run the script by path or pass --code", file=sys.stderr)
    folder = Path(args.folder)
    if not folder.is_dir() or not any(folder.glob("*.expect.json")):
        print(f"bench.heldout: no *.expect.json sidecars in {folder}", file=sys.stderr)
        return 2
    report = evaluate(folder, args.feed, root)
    data = json.dumps(report.as_dict(), ensure_ascii=False, indent=2)
    if args.out:
        Path(args.out).write_text(data + "\n", encoding="utf-8")
    print(data if args.json else render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
