"""Turn feed HTML into clean paragraphs: no markup, no scraping junk, no repeats.

Stages (each a small function, all pure):
1. `html_to_paragraphs`: selectolax/lexbor parse, drop non-content elements (scripts, figures,
   share widgets, newsletter boxes), keep paragraph boundaries, mark link text so that trailing
   link lists can be recognised later.
2. `clean_paragraphs`: drop boilerplate ("Read more", "© Outlet", "The post … appeared first on
   …"), sentences cut by the scraper, duplicated paragraphs and sentences (exact or near).

Work is bounded for hostile input: at most MAX_HTML_CHARS of markup are parsed, documents nested
deeper than MAX_DEPTH are flattened first (lexbor is quadratic in depth: 40k nested <div> take
3 s), and at most MAX_TEXT_CHARS of text are cleaned.
"""

from __future__ import annotations

import bisect
import html as htmllib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from rapidfuzz import fuzz
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode

from bot.content import regex_gates
from bot.content.fingerprints import LINK_CLOSE, LINK_OPEN, MARKERS
from bot.content.fingerprints import fingerprint as fingerprint  # re-exported: its old home
from bot.content.letters import with_variants
from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

log = logging.getLogger(__name__)

MAX_HTML_CHARS = 1_000_000  # markup parsed per item; a long article is ~100 KB of HTML
MAX_TEXT_CHARS = 100_000  # clean text kept per item (~15k words)
MAX_DEPTH = 256  # deeper nesting is flattened before parsing (browsers cap around 512)

_DROP_TAGS = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
    "canvas", "video", "audio", "picture", "img", "figure", "figcaption", "form", "button",
    "input", "select", "textarea", "nav", "aside", "footer", "header", "head", "title", "meta",
    "link",
)
# A start tag of one of _DROP_TAGS: "<" and the name (ASCII, any case), then what ends a tag
# name. The parser makes no such element without one (the implied <head> is empty; "<image>"
# becomes <img>).
_DROP_TAG_START = re.compile(rf"<(?:{'|'.join(_DROP_TAGS)}|image)[\s/>]", re.IGNORECASE)
_BLOCK_TAGS = (
    "p, div, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, td, th, section, article,"
    " main, ul, ol, dl, table, hr, address, details, summary, center"
)
# class/id words of widgets that are never article text.
_JUNK_ATTR = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|sharedaddy|newsletter|subscribe|subscription|signup|"
    r"related|promo|advert|advertisement|ad-slot|sponsor|cookie|comments?|byline-share|"
    r"jp-relatedposts|wp-caption|caption|read-more|more-link|author-bio|tags?|twitter-tweet|"
    r"instagram-media|tiktok-embed|fb-post|embed|"
    # today's CMS widgets: an AI-use note, a text-to-speech player, a call-to-action card
    # (Ghost's kg-cta-card), screen-reader-only text ("Skip past the video player")
    r"ai-(?:note|notice|disclaimer|disclosure|label)|tts|text-to-speech|listen-button|cta|"
    r"sr-only|screen-reader-text|visually-hidden)(?:$|[\s_-])",
    re.IGNORECASE,
)
# Private-use markers around link text (never in real text; stripped before output).
_LINK_OPEN, _LINK_CLOSE, _MARKERS = LINK_OPEN, LINK_CLOSE, MARKERS

# Whole paragraphs or sentences that are boilerplate, not content.
_JUNK = re.compile(
    r"""^\W*(?:
        (?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,120}                    # © 2024 Outlet
      | copyright\b.{0,100}all\ rights\ reserved\W*
      | all\ rights\ reserved\.?
      | the\ post\ .+\ appeared\ first\ on\ .+                              # WordPress footer
      # Reddit's link-post body: "submitted by /u/name [link] [comments]".
      | submitted\ by\s+/?u/[\w-]+.{0,120}
      | \[(?:link|comments)\](?:\s*\[(?:link|comments)\])?
      | this\ (?:article|story|post)\ (?:was\ )?(?:originally\ )?(?:first\ )?
          (?:published|appeared)\ (?:on|in|at|by)\ .{1,120}
      | (?:continue|keep)\ reading\b.{0,80}
      | read\ (?:more|the\ (?:full|rest|original)|full|on)\b.{0,80}
      | (?:click|tap)\ here\b.{0,120}
      | (?:more|see\ more|related|also\ read|read\ also|recommended|most\ read|
          related\ (?:articles|stories|coverage|news)|further\ reading)\s*[:»>→].{0,200}
      | (?:more|see\ more|related|related\ (?:articles|stories|coverage|news))\W*
      | visit\ (?:the\ |our\ )?(?:web\ ?site|site|page)\b.{0,80}
      | (?:sign\ up|subscribe|register)\b.{0,120}
          (?:newsletter|updates|inbox|alerts|briefing|digest|free|today|now|here)\W*
      | (?:get|receive)\ (?:our|the)\ .{0,60}(?:newsletter|briefing|inbox).{0,80}
      | share\ (?:this|on|via)\b.{0,60}
      | share\W*
      | follow\ us\ on\b.{0,80}
      | (?:advertisement|sponsored(?:\ content)?|supported\ by|loading\.*|watch:?|listen:?)\W*
      | (?:photo|image|video)\ (?:credit|courtesy)\b.{0,120}
      | this\ post\ is\ (?:public|for\ paid\ subscribers)\b.{0,120}
      | (?:give\ a\ gift\ subscription|upgrade\ to\ paid|become\ a\ paid\ subscriber|
          already\ a\ paid\ subscriber|share\ this\ post|forwarded\ this\ (?:email|newsletter))
          \b.{0,120}
      | (?:keep|continue)\ reading\ with\ a\ \d+-day\ free\ trial\b.{0,120}
      | subscribe\ to\ .{1,80}\ to\ (?:keep|continue)\ reading\b.{0,200}
      | if\ you\ (?:enjoyed|liked|found)\ (?:this|it)\b.{0,80}
          \b(?:share|subscribe|forward)\b.{0,120}
      | (?:hosted|presented|produced|edited|mixed|engineered)\ by\ .{1,160}
      | find\ us\ on\b.{0,120}
      | (?:lesen\ sie\ auch|auch\ interessant|das\ könnte\ sie\ auch\ interessieren|
          zum\ (?:liveblog|newsblog|ticker))\b.{0,160}
      | (?:quelle|source|fuente|fonte)\s*:\s*(?:[\w./-]+\s*){1,4}
      | \[?(?:…|\.{3})\]?                                                  # a bare ellipsis
      # Read-more links and "see also" headers in other languages.
      | \[\s*(?:mehr|more|weiter|plus|más|mais|altro|…|\.{3})\s*\]
      | (?:weiterlesen|mehr\ lesen|mehr\ dazu|zum\ artikel|lire\ la\ suite|lire\ aussi|
          à\ lire\ aussi|lire\ plus|leer\ más|seguir\ leyendo|sigue\ leyendo|lee\ también|
          lea\ también|continua\ a\ leggere|leggi\ (?:tutto|anche|di\ più)|leia\ mais|
          leia\ também|continue\ lendo|saiba\ mais|veja\ também)\b.{0,80}
      # Bylines as a paragraph: "Von Katrin Vogt und Emre Yıldız.", "By Jane Doe".
      | (?:von|by|di|par|por|dal(?:la)?\ (?:nostr[ao]\ )?(?:corrispondente|inviat[ao]))
          \s+(?-i:[A-ZÄÖÜÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÄÖÜÀ-Ý][\w'’-]+)){0,3}
          (?:\s*(?:,|und|and|et|e|y)\s+(?-i:[A-ZÄÖÜÀ-Ý][\w'’-]+)(?:\s+(?-i:[A-ZÄÖÜÀ-Ý][\w'’-]+)){0,3})*
          \s*\.?
      # Credit lines: "Photograph: X/AFP", "Foto: dpa", "(ANSA)".
      | (?:photograph|photo|foto|bild|image|picture|crédit|credit|crédito|fonte|quelle|
          illustration)s?\s*:.{0,120}
      | \((?:ansa|afp|ap|dpa|reuters|efe|lusa|apa|kna)\)
      | \(?(?:additional\ )?(?:reporting|writing|editing|compiled|produced)\ by\b[^()]{0,200}\)?
      # Newsletter and podcast prompts.
      | (?:sign\ up|subscribe\ to|subscribe\ now|abonnieren\ sie|abonnez-vous|iscriviti|
          suscríbete|assine)\b.{0,200}
      | listen\ (?:to|on|now)\b.{0,160}(?:podcasts?|spotify|apple|soundcloud)\b.{0,80}
      | send\ (?:us\ )?your\ questions\b.{0,200}
      | (?:follow|rate|review|subscribe\ to)\ (?:us|the\ show|the\ podcast)\b.{0,120}
    )$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# The _JUNK alternatives that start anywhere in the text (".{0,120}\bcontributed…"): slow to
# try at each start, so kept apart and run only when one of their words is present.
_JUNK_ANYWHERE = re.compile(
    r"""^\W*(?:
        (?!)  # (no alternative; each line below adds one)
      # Medium's footer: "<Title> was originally published in <Publication> on Medium, where…"
      | .{1,300}?\ was\ originally\ published\ in\ .{1,160}?\ on\ medium\b.{0,200}
      | .{0,120}\bcontributed\ (?:to\ )?(?:this\ )?(?:report|reporting|story|article)\W*
      # A translator's credit closing Vietnamese wire copy: "Minh Anh (Theo Reuters)". Here, not
      # in junk.json's boilerplate_whole, because the name before it can start with any letter
      # and would leave that table's start gate nothing to filter on.
      | (?:[^\W\d_][\w\ ]{1,40}\s*)?\(theo\ [^()]{2,60}\)\W*
      # Newsletter-platform prompts (Substack, Ghost, beehiiv) and podcast-app plugs.
      | .{0,80}\bis\ a\ (?:free,\ )?reader-supported\ (?:publication|newsletter)\b.{0,240}
      | .{0,120}\bto\ receive\ new\ posts\ and\ support\ (?:my|our)\ work\b.{0,120}
      | .{0,80}\bconsider\ becoming\ a\ (?:free\ or\ )?paid\ subscriber\b.{0,120}
      | .{0,160}\b(?:apple\ podcasts|podcastchoices|adchoices|megaphone\.fm|omny\.fm|art19|
          simplecast|acast\.com|pocket\ casts|
          wherever\ you\ (?:get|listen\ to)\ (?:your\ )?podcasts)
          \b.{0,160}
      | .{0,160}wherever\ you\ get\ your\ podcasts\W*
      | .{0,60}\bad\ choices\b.{0,60}
      # A funder's note: "Northlight Science is supported by a grant from the Arden Foundation.",
      # "The foundation has no editorial input." (and in de/fr/es/it/pt, the independence clause)
      | .{0,80}\b(?:is|are)\ (?:supported|funded|made\ possible)\ (?:in\ part\ )?by\ (?:a\ grant|
          grants|funding|a\ donation)\ from\b.{0,160}
      | .{0,80}\b(?:has|had|have|exercises?)\ no\ (?:editorial\ (?:input|control|influence|say)|
          (?:input|influence|say)\ (?:in|on|over)\ (?:the\ |our\ )?(?:editorial|content|coverage))
          \b.{0,120}
      | .{0,80}\b(?:hat|nimmt|haben)\ keinen\ einfluss\ auf\ (?:die\ )?(?:inhalte|berichterstattung|
          redaktionelle)\b.{0,120}
      | .{0,80}\bn['’](?:a|ont|exerce)\ (?:aucun|pas\ de)\ (?:droit\ de\ regard|influence|contrôle)
          \ sur\ (?:le\ contenu|les\ contenus|la\ ligne\ éditoriale)\b.{0,120}
      | .{0,80}\bno\ (?:tiene|tuvo|tienen|ejerce)\ (?:ninguna\ )?(?:influencia|intervención|control)
          \ (?:editorial|sobre\ (?:el|los)\ contenidos?)\b.{0,120}
      | .{0,80}\bnon\ (?:ha|hanno|esercita)\ (?:alcun\ )?(?:controllo|influenza|ruolo)
          \ (?:editoriale|sui\ contenuti)\b.{0,120}
      | .{0,80}\bnão\ (?:tem|teve|têm|exerce)\ (?:qualquer\ |nenhuma\ )?(?:influência|interferência|
          controle)\ (?:editorial|sobre\ o\ conteúdo)\b.{0,120}
      # A broadcaster's teaser closing with who explains it: "Lukas Meier, Südamerika-
      # Korrespondent, ordnet ein.", "Osteuropa-Korrespondentin Eva Keller schätzt die Lage ein."
      | [^.!?]{0,100}\b(?:ordnet|ordnen|schätzt|schätzen)\ (?:(?:das|dies|die\ lage|
          die\ ereignisse|die\ entwicklung)\ )?ein\W*
    )$""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# "... sanctions. Read more" / "The post X appeared first on Y." glued to a real paragraph.
# (the read-on phrases also gate the pattern: `_junk_tail_possible`)
_READ_ON_PHRASES = (
    "continue reading", "read more", "read the full story", "read the full article",
    "weiterlesen", "lire la suite", "leer más", "seguir leyendo", "continua a leggere",
    "leia mais", "continue lendo",
)
_JUNK_TAIL = re.compile(
    r"(?:(?<=[.!?\"”’)])|^)\s*(?:"
    r"(?:" + "|".join(p.replace(" ", r"\ ") for p in _READ_ON_PHRASES) + r")\b[^.!?]{0,60}"
    r"|the\ post\ .{1,200}?\ appeared\ first\ on\ .{1,120}?|\[(?:…|\.\.\.)\])\W*$"
    # "…der EZB [mehr]": a bracketed read-more link ends the text with or without a full stop
    r"|\s*\[\s*(?:mehr|more|weiter|plus|más|mais|altro)\s*\]\W*$",
    re.IGNORECASE | re.VERBOSE,
)
# The same junk in more languages, from a data table (bot/data/junk.json): read-more links,
# byline-only paragraphs ("Por Ana Ruiz", "От Ивана Петрова", "بقلم …"), boilerplate openings.
_JUNK_TABLE = json.loads(resources.files("bot.data").joinpath("junk.json").read_text("utf-8"))


def _words(table: str, *, variants: bool = False) -> str:
    """`variants`: Urdu letters also match their Arabic stand-ins (letters.with_variants); only
    for patterns no literal gate is derived from (the variants multiply a gate's prefixes)."""
    return "|".join(
        f"(?:{with_variants(w) if variants else w})" for lang, ws in _JUNK_TABLE[table].items()
        if not lang.startswith("_") for w in ws
    )


_CAP = r"(?-i:[A-ZÀ-ÝА-ЯЁІЇЄҐΑ-Ω\u0590-\u05ff\u0600-\u06ff])"
_PARTICLE = r"(?:(?:van|von|de|da|di|del|der|la|le|al|el|bin|ibn)\s+)?"
_NAME = rf"{_CAP}[\w.'’-]*(?:\s+{_PARTICLE}{_CAP}[\w.'’-]*){{0,3}}"
_AND = r"(?:,|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bи\b|و|&)"
_JUNK_MORE = re.compile(
    rf"^\W*(?:(?:{_words('read_more')})(?=\W|$).{{0,80}}"
    rf"|(?:{_words('boilerplate')}).{{0,240}}"
    rf"|(?:{_words('byline_words')})\s+{_NAME}(?:\s*{_AND}\s*{_NAME})*"
    rf"(?:\s*[,|/–—-]\s*[^.!?]{{0,40}})?(?:\s*\([^()]{{1,60}}\))?\s*\.?)$",
    re.IGNORECASE | re.DOTALL,
)
_CORRESPONDENT_WORDS = "|".join(
    w for lang in ("en", "de", "fr", "es", "it", "pt")
    for w in _JUNK_TABLE["byline_words"][lang] if "nost" in w or "our" in w or "noss" in w
    or "nuestr" in w or "unser" in w or "notr" in w
)
_CORRESPONDENT_LEAD = re.compile(
    rf"^(?i:{_CORRESPONDENT_WORDS})\s+{_NAME}\.?\s+(?=[A-ZÀ-Ý„“\"«])"
)
# "By Our Correspondent The Ministry of …": a desk credit with no name run into the first
# sentence (a WordPress excerpt joins the byline paragraph to the text); a capital follows it.
_DESK_BYLINE_LEAD = re.compile(
    rf"^(?i:{_words('desk_byline_leads')})\s*[,:.|–—-]?\s+(?=[A-ZÀ-Ý„“\"«])"
    # "dalla nostra inviata Carla Benedetti. Il premier …": a named byline, left whole to the
    # byline rules
    rf"(?!{_NAME}\.(?:\s|$))"
)
_JUNK_MORE_TAIL = re.compile(
    rf"(?:(?<=[.!?。！？؟۔\"”’)…])|^)\s*(?:(?:{_words('read_more')})(?=\W|$)[^.!?。]{{0,60}}"
    r"|\[\+\d+\s*chars?\])[\W]*$|\s*…?\s*\[\+\d+\s*chars?\]\s*$",
    re.IGNORECASE,
)
# A paragraph or sentence that is only a label: "Advertisement", "Anzeige", "With AFP", "(END)":
# `^\W*(?:<boilerplate_whole>)\W*$`, run as two patterns split by how entries start (below).
# Podcast and video credits: "Foreign Desk is hosted by A and produced by B." Two credits, or
# one in a sentence about the show; "The summit is hosted by Qatar" is news and stays.
_CREDIT_VERB = re.compile(
    r"\b(?:hosted|presented|produced|edited|mixed|engineered|reported|researched|narrated|"
    r"composed|moderated)\s+by\b|\b(?:sound design|original music|theme music|music|"
    r"executive producers?|producers?|hosts?|moderation|redaktion|produktion|réalisation)"
    r"\s*(?:by|:|is|are|von|par)\s",
    re.IGNORECASE,
)
# Characters re.IGNORECASE matches to an ASCII letter that str.lower() does not map to it
# (ı İ ſ K): with one present, the literal prefilters fall back to the regex.
_ODD_FOLD = re.compile("[\u0130\u0131\u017f\u212a]")
_SHOW_WORD = re.compile(
    r"\b(?:podcast|episode|episodes|show|programme|program|newsletter|series|folge|sendung|"
    r"émission|épisode|episodio|programa)\b",
    re.IGNORECASE,
)
# "…según fuentes oficiales (EFE)", "… the ministry said. (AFP)", "… said on Thursday. — AFP",
# "(Com Reuters)", "(dpa/afp)": a credit closing the text.
_AGENCIES = (
    r"AFP|AP|Reuters|rtr|EFE|dpa|ANSA|Lusa|APA|KNA|epd|ots|red|SDA|Xinhua|Yonhap|Kyodo|Jiji|PTI|"
    r"IANS|ANI|TASS|RIA Novosti|Interfax|WAM|SPA|MENA|IRNA|Anadolu|AA|Adnkronos|AGI|askanews|"
    r"UPI|Europa Press|Agência Brasil|Agencias|Agências|Agencies|agences|wires|dpa-AFX|"
    r"Bloomberg|NHK|CNA|Bernama|Antara|APP|NNN|sid|KNA|AFP|rtr|ATS|awp|Keystone-SDA|Keystone-ATS"
)
# A wire dateline or credit opening a paragraph: "SEOUL, Dec. 3 (Yonhap) -- ",
# "WASHINGTON (AP) — ", "Berlin (dpa) - ", "(ANSA) - ROMA, 03 DIC - ", "KYIV, Dec 3 (Reuters) -".
# An upper-case place may stand alone; a mixed-case one needs the agency in brackets.
_LOWER_AGENCY = r"(?:dpa|epd|afp|apa|kna|dpa-AFX|askanews|agi|adnkronos|lusa|efe|sda|ats|awp|sid)"
_AGENCY = (
    rf"\((?:[A-Z][\w.&' /-]{{0,24}}|{_LOWER_AGENCY}(?:/{_LOWER_AGENCY})*)\)"
)
# Only agencies' names in the brackets ("(AP)", "(sda)", "(dpa/AFP)"): a credit also when no
# dash follows ("(AP) The two …", "Bern (sda) Der Bundesrat …").
_KNOWN_AGENCY = rf"\((?i:{_AGENCIES})(?:\s*/\s*(?i:{_AGENCIES}))*\)"
_KNOWN_AGENCY_RE = re.compile(_KNOWN_AGENCY)
# Capitals beyond Latin-1 that place names in capitals hold: "LEFKOŞA", "İZMİR", "ŁÓDŹ".
_CAPS_EXT = "ĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_CAPS_PLACE = (
    rf"[A-ZÀ-ÝÄÖÜ{_CAPS_EXT}][A-ZÀ-ÝÄÖÜ{_CAPS_EXT}'’.-]{{2,}}"
    rf"(?:[ /][A-ZÀ-ÝÄÖÜ{_CAPS_EXT}][A-ZÀ-ÝÄÖÜ{_CAPS_EXT}'’.-]+){{0,3}}"
)
# A place name's lower-case joining words: "Dar es Salaam", "Rio de Janeiro", "Frankfurt am Main".
_PLACE_JOINER = r"(?:es|de|do|da|dos|das|del|di|la|el|al|am|an|upon|sur|en)"
_PLACE = (
    r"[A-ZÀ-ÝÄÖÜ][\w'’.-]+"
    rf"(?:(?:[ /-]|\s{_PLACE_JOINER}\s(?=[A-ZÀ-ÝÄÖÜ]))[A-ZÀ-ÝÄÖÜ][\w'’.-]+){{0,2}}"
)
_DATE_BIT = (
    r"(?:,\s*(?:[A-Za-zÀ-ÿ]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-zÀ-ÿ]{3,9}\.?)(?:,?\s+\d{4})?"
    # Portuguese and Spanish agencies: "DÍLI, 13 de abril de 2027 (AGÊNCIA) –"
    r"|,\s*\d{1,2}\s+de\s+[a-zç]{3,9}(?:\s+de\s+\d{4})?)"
)
# Spanish and Portuguese wire copy puts a full stop before the dash: "Nova York, 24 set (EFE).-",
# "(AFP) .-", "(Reuters).—".
_DASH = r"\s*\.?\s*(?:--|[-–—])\s*"
# "Dec 3", "December 3", "3 Dec": an English month name and a day, as a wire dateline writes them.
_MONTH_DAY = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?)"
)
# A date a dateline gives without an agency after a mixed-case place: numeric ("Bern,
# 27.11.2024 - ", "Luanda, 03/12/2026 – "), an English month and day ("Brussels, Nov 17 — ") or a
# day, a month's name and the year ("Roma, 3 dicembre 2026 - ", "Lisboa, 3 de dezembro de 2026 –",
# "Wien, 3. Dezember 2026 -"); a word after a number without a year is no date ("Moskau, 12
# Soldaten -").
_PLAIN_DATE = (
    r",\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,9}\.?\s+(?:de\s+)?\d{4})"
)
# An agency's short code in small letters, known or not, in brackets after a mixed-case place
# and before a dash: "Den Haag (dnd) - ", "Tel Aviv/Teheran (dnd) - ", "Kananaskis (xyz) – ".
_LOWER_CODE = r"\([a-z]{2,6}(?:[/-][A-Za-z]{2,6}){0,2}\)"
# "JAKARTA, KOMPAS.com - ": Indonesian and Malaysian portals credit their site after the place.
_SITE_CREDIT = r"(?:,\s*[A-Za-z][\w-]*\.(?:com|co\.id|id|my|net|org|co)\b)"
_BYLINE_NAME = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
# US wires and papers name the state or country after an upper-case city: "KYIV, Ukraine (AP)
# — ", "NUUK, Greenland — ".
_REGION = rf"(?:,\s*{_PLACE})"
_WIRE_LEAD = re.compile(
    rf"^(?:(?:By|BY|by)\s+{_BYLINE_NAME}(?:\s*(?:,|and|&)\s*{_BYLINE_NAME})*\s+(?={_CAPS_PLACE}))?"
    # A state agency's web service stamps the time before the dateline: "17:42 | Lima, …".
    r"(?:\d{1,2}[:.]\d{2}\s*\|\s*)?"
    rf"(?:{_AGENCY}{_DASH}(?:{_CAPS_PLACE}{_DATE_BIT}?{_DASH})?"
    # (a hyphen glued to the capitals and the next word joins a compound: "OSZE-Beobachter …",
    # "NATO-Generalsekretär …")
    rf"|{_CAPS_PLACE}(?:{_DATE_BIT}|{_REGION}{_DATE_BIT}?)?\s*(?:{_AGENCY}|{_SITE_CREDIT})?{_DASH}"
    r"(?<![^\W\d_]-)"
    # "Jayapura, Papua (KARTIKA) - ": a mixed-case place, its province, the agency.
    rf"|{_PLACE}{_REGION}?{_DATE_BIT}?\s*{_AGENCY}{_DASH}"
    rf"|{_PLACE}\s*{_LOWER_CODE}{_DASH}"
    # A government's or an institution's press release: the place and the date, no agency.
    rf"|{_PLACE}{_REGION}?{_PLAIN_DATE}{_DASH}"
    # Caribbean and Pacific agencies' copy names the agency after the date, no brackets:
    # "PORT-AU-PRINCE, Haiti, Nov 7, CMC – ", "SUVA, Fiji, 3 Dec, PINA – ".
    rf"|{_CAPS_PLACE}{_REGION}?{_DATE_BIT},\s*(?-i:[A-Z]{{2,6}}){_DASH}"
    # A colon instead of the dash: "ISLAMABAD (Meridian Press): The …", "BERLIN (Nordpresse):
    # Die …" (the place in capitals), "Islamabad (AP): " (a mixed-case place: a known agency).
    rf"|(?:{_CAPS_PLACE}{_REGION}?\s*{_AGENCY}|{_PLACE}\s*{_KNOWN_AGENCY})\s*:\s+"
    r"(?=[A-ZÀ-ÝÄÖÜ\"“‘„«])"
    # Italian agencies stamp the place, date and time before their name: "Roma, 17 nov 15:05 -
    # (Agenzia Nova) - ".
    rf"|(?:{_CAPS_PLACE}|{_PLACE}){_DATE_BIT}(?:\s+\d{{1,2}}[:.]\d{{2}})?{_DASH}{_AGENCY}{_DASH}"
    # A place and a date make the bracket a dateline's whatever it holds: "Brussels, November 17
    # (VNA correspondent Maria Petkova) - ", "Sofia, Dec 3 (Our correspondent) - ".
    rf"|(?:{_CAPS_PLACE}|{_PLACE}){_REGION}?{_DATE_BIT}\s*\([^()]{{2,60}}\){_DASH}"
    # A wire's factbox or graphic has no place: "Dec 3 (Reuters) - Here are the candidates …".
    rf"|{_MONTH_DAY}\s*{_AGENCY}{_DASH}"
    # South Asian agencies: "New Delhi, Dec 3 (PTI): …", "Dhaka, Dec 3 (PTI) Bangladesh …",
    # "Kabul [Afghanistan], December 3 (ANI): …", "ISLAMABAD, Dec 3 (APP): …"
    # "Lima, Oct. 18 (ANDES). Peru and …": Latin American agencies' English services.
    rf"|(?:{_CAPS_PLACE}|{_PLACE})(?:\s*\[[^\[\]]{{2,30}}\])?{_DATE_BIT}\s*{_AGENCY}"
    r"(?:\s*:\s*|\.?\s+(?=[A-Z\"“‘]))"
    rf"|(?:{_PLACE}\s*)?{_KNOWN_AGENCY}\s+(?=[A-Z\"“‘])"
    # SPIP news sites (Sudan Tribune style): the date first, the place in capitals in
    # brackets: "April 13, 2027 (PORT SUDAN) – ".
    rf"|{_MONTH_DAY},?\s+\d{{4}}\s*\({_CAPS_PLACE}\){_DASH}"
    # Science and development news sites: the place in capitals in square brackets, "[NAIROBI]
    # Kenya's …", "[CIUDAD DE MÉXICO] El …".
    rf"|\[[A-ZÀ-ÝÄÖÜ{_CAPS_EXT}][A-ZÀ-ÝÄÖÜ{_CAPS_EXT}'’., /-]{{2,40}}\]\s*(?:{_DASH})?"
    r"(?=[A-ZÀ-Ý\"“‘«¿¡]))(?=\S)"
)
# Caspian and Central Asian agencies' dateline as its own line or run into the text, the agency
# after the date in capitals: "BAKU, Azerbaijan, April 13. AGENCY", "ASTANA, April 2. AGENCY:";
# Russian state agencies put it between slashes: "MOSCOW, June 15. /AGENCY/. ".
_DATED_PLACE_LEAD = re.compile(
    rf"^{_CAPS_PLACE}{_REGION}?,\s*{_MONTH_DAY}\.(?:\s+(?-i:[A-Z][A-Z.&-]+(?:\s[A-Z][A-Z.&-]+){{0,3}})"
    r"(?:\s*[.:]|$)|\s+/(?-i:[A-Z][A-Za-z.&-]{1,24})/\.?)?(?:\s+|$)"
)
# East Asian agency leads: Korean "(서울=연합뉴스) 홍길동 기자 = ",
# "(베이징=X) A 특파원 B 통신원 = ";
# Taiwanese/Chinese "（中央社記者X台北2日電）", "（记者X北京3日电）"; Japanese "【ワシントン共同】".
_CJK_WIRE_LEAD = re.compile(
    r"^\s*(?:[(（][^()（）=]{1,30}=[^()（）]{1,30}[)）]\s*"
    r"(?:[\w·]{1,12}\s*(?:기자|특파원|통신원|객원기자|선임기자)\s*)*=\s*"
    r"|[(（][^()（）]{0,30}?(?:記者|记者)[^()（）]{1,30}?(?:專電|专电|電|电)[)）]\s*"
    r"|【[^【】]{1,20}(?:共同|時事|ロイター|AFP)】\s*"
    # Chinese portals: "中新网客户端9月18日电(记者X)", "荆楚网消息（通讯员X）": a site's dateline,
    # then the reporter or correspondent in brackets
    r"|[^\s。，,()（）]{1,30}?(?:电|電|消息|讯|訊)\s*[(（]\s*(?:本报)?(?:记者|記者|通讯员|通訊員"
    r"|特约记者|特約記者)[^()（）]{1,30}[)）]\s*)"
)
# What Korean agency copy closes with: the reporter's e-mail and the copyright notice
# ("hong@yna.co.kr <저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
# "ⓒ … 무단전재 및 재배포 금지").
_KO_TAIL = re.compile(
    r"(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*[<〈<]?\s*(?:저작권자|ⓒ|©|\(c\))"
    r"[^<>〈〉]{0,120}?(?:무단\s*전재|재배포)[^<>〈〉]{0,80}[>〉>]?\W*$"
    r"|(?<=[.!?。])\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$",
    re.IGNORECASE,
)
# Editors' initials closing an item of German broadcasters' copy: "kle/jj (dpa, afp, rtr)",
# "se/ack", "asz (sid, dpa)": lower-case letter groups after the last sentence.
_EDITOR_INITIALS = re.compile(r"(?<=[.!?\"”“’])\s+[a-zäöü]{2,4}(?:/[a-zäöü]{2,4}){0,3}\s*$")
# National agencies' editor initials between slashes as the copy's last line: "/NF/", "/RY/",
# "/AB/LK/" (BTA-style wire copy); as a paragraph of its own or after the last sentence.
_SLASHED_INITIALS = re.compile(r"(?:(?<=[.!?\"”“’])\s+|^)/[A-Z]{2,5}(?:/[A-Z]{2,5}){0,3}/\s*$")
# An op-ed's author bio as its own (italic) paragraph at the end: "A B is a fellow at C. D E is
# an assistant professor at F." Every sentence is a full name introduced by an academic or
# writing role; "Jan Novak is a former defence minister." (background in news) stays.
_BIO_SENTENCE = re.compile(
    rf"^{_CAP}[\w.'’-]*(?:\s+{_PARTICLE}{_CAP}[\w.'’-]*){{1,3}}\s+(?:"
    r"(?:is|was)\s+(?:(?:a|an|the|The)\s+(?:[\w'’-]+\s+){0,4}?"
    # Without an article, a title-case job title: "A B is Senior Research Consultant, C."
    r"|(?=(?-i:[A-Z]))(?:(?-i:[A-Z])[\w'’-]+\s+){0,4}?)"
    r"(?i:fellow|professor|lecturer|researcher|analyst|journalist|writer|editor|retired|"
    r"author|scholar|non-?resident|doctoral|phd|columnist|contributor|contributing|"
    r"correspondent|consultant)\b"
    # Portuguese, Spanish, Italian: "A B é professor de Relações Internacionais e colunista"
    r"|(?:é|es|è)\s+(?:(?:um|uma|un|una)\s+)?(?:professora?|pesquisadora?|investigadora?|"
    r"colunista|columnista|editorialista|analista|ricercatrice|ricercatore|docente)\b)",
)
# An academic news site's disclosure statement closing the text: "A B receives funding from C.",
# "A B does not work for, consult, own shares in or receive funding from any company…", "The
# authors do not work for…". Only as the last paragraph, every sentence one: "The Sahel Front
# receives funding from gold traders" inside a report is news.
_PERSON = rf"{_CAP}[\w.'’-]*(?:\s+{_PARTICLE}{_CAP}[\w.'’-]*){{1,3}}"
_DISCLOSURE = re.compile(
    rf"^(?:(?:the )?authors?|(?!(?-i:The|A|An)\s){_PERSON}(?:\s*(?:,|and)\s*{_PERSON})*)\s+"
    r"(?:(?:receives?|received|has received|have received)\s+(?:\w+\s+){0,2}funding\s+from"
    r"|(?:do|does)\s+not\s+work\s+for,\s+consult"
    r"|(?:has|have)\s+(?:previously\s+)?(?:consulted|acted\s+as\s+a\s+consultant)\s+for"
    r"|(?:has|have)\s+disclosed\s+no\s+relevant\s+affiliations)\b",
    re.IGNORECASE,
)
# "Düsseldorf. Die Landesregierung…", "Berlin/Kiew. Der Kanzler…": the place line German
# regional papers open their text with. One capitalised word (or two joined by "/") as a whole
# sentence, a capital after it; abbreviations ("Prof. Weber") are not places.
_PLACE_DOT_LEAD = re.compile(
    r"^(?!(?:Prof|Gen|Sen|Gov|Capt|Sgt|Pres|Dipl|Mme|Mlle|Univ|Corp|Bzw|Ggf|Usw|Abs|Nr|Hrsg|"
    r"Bsp|Jan|Feb|Febr|Aug|Sept|Sep|Okt|Oct|Nov|Dez|Dec|Mrs|Mr|Ms|Dr|St|Jr|Sr|Sra|Inc|Ltd)\.)"
    r"[A-ZÄÖÜ][a-zäöüßéèáó-]{2,}(?:/[A-ZÄÖÜ][a-zäöüßéèáó-]{2,}){0,2}\.\s+(?=[A-ZÄÖÜ„\"])"
)
# The same place line in capitals: "MASERU. The mission…", "DAR ES SALAAM. ", "LINZ/PRAG. Das
# Land…", "WIEN. Im Mittelpunkt…" (a bold "<strong>ORT.</strong>" in Austrian and Swiss papers'
# copy). Capitals as a whole first sentence, then a sentence in mixed case (its second letter,
# or a small letter within its first words: "EU-Gipfel", "„Wir …"), are no heading or acronym
# run: a place (or a label), cut when _caps_lead reads it as one.
_CAPS_DOT_LEAD = re.compile(
    r"^[A-ZÀ-ÝÄÖÜ][A-ZÀ-ÝÄÖÜ'’-]{2,}(?:[ /-][A-ZÀ-ÝÄÖÜ][A-ZÀ-ÝÄÖÜ'’-]{1,}){0,3}\.\s+"
    r"(?=[„\"“«‘]?[A-ZÀ-ÝÄÖÜ][a-zà-ÿß]|[A-ZÀ-ÝÄÖÜ„\"“«\d][^.]{0,20}?[a-zà-ÿ])"
)
# Of several mixed-case words ("Dar es Salaam. The…", "New Delhi. "), only a place the gazetteer
# knows: "Klare Worte. Der Kanzler…" is a real opening.
_WORDS_DOT_LEAD = re.compile(
    rf"^(?P<place>[A-ZÀ-Ý][\w'’-]+(?:(?:\s{_PLACE_JOINER})?\s[A-ZÀ-Ý][\w'’-]+){{1,3}})"
    r"\.\s+(?=[„\"“«‘]?[A-ZÀ-ÝÄÖÜ])"
)
# "Windhoek/Lüderitz • Die Regierungen…", "Oshikango • ": a place (or a kicker) set off by a
# bullet, any place: no sentence opens with a bullet after its first words.
_BULLET_LEAD = re.compile(
    rf"^(?:{_CAPS_PLACE}|{_PLACE})\s*[•·]\s*(?=[„\"“«‘]?[A-ZÀ-ÝÄÖÜ\d])"
)
# Indian Urdu and Hindi dailies' place line with a double slash, a desk or an agency after it:
# "سرینگر//(نمائندہ خصوصی) …", "نئی دہلی//(یو این آئی) …", "Jammu// (KNO) …". Prose never writes
# "//": the credit in brackets may be any.
_SLASHES_LEAD = re.compile(r"^\w+(?:\s\w+){0,2}\s*//\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?=\S)")
# South Asian dailies' place line with a colon: "Kathmandu: Nepal's election commission…",
# "New Delhi: …", "ISLAMABAD: …", "اسلام آباد: …"; a place and a dash without an agency:
# "Kyiv, Ukraine — …", "Genf – Die …". A speaker is written the same way ("Sheinbaum: Mexico
# will not…") and must stay, so a mixed-case lead counts only when the gazetteer reads it as a
# place (a capital or a large city, in one of the languages the lead's script is written in).
_COLON_LEAD = re.compile(
    rf"^(?:(?P<caps>{_CAPS_PLACE})|(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){{0,2}}))"
    r":\s+(?=[A-ZÀ-Ý\d])"
)
_DASH_LEAD = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){0,2})"
    r"(?:,\s*[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){0,2})?\s+[—–-]\s+(?=[A-ZÀ-Ý\"“„«])"
)
# "Pristina/Belgrad – Nach …", "Wien/Kiew – ": two or three places joined by slashes before a
# spaced dash, as Austrian and German papers date copy from both sides; one of them must be a
# city the gazetteer knows ("Rot/Grün – Die Koalition…" is a lead). Only such a lead asks the
# other Latin-script gazetteers (the place is written in the copy's language).
_SLASH_LEAD_LANGS = ("de", "fr", "it", "es", "pt", "nl")
_PLACES_DASH_LEAD = re.compile(
    r"^(?P<places>[A-ZÀ-ÝÄÖÜ][\w'’.-]+(?:\s[A-ZÀ-ÝÄÖÜ][\w'’.-]+)?"
    r"(?:/[A-ZÀ-ÝÄÖÜ][\w'’.-]+(?:\s[A-ZÀ-ÝÄÖÜ][\w'’.-]+)?){1,2})\s+[—–-]\s+(?=[A-ZÀ-Ý\"“„«])"
)
# Urdu and Arabic services: "اسلام آباد — پاکستان اور …", "القاهرة (رويترز) - …" (a dash: the
# place line), "لاہور: …" (a colon: only a place the gazetteer knows).
_ARABIC_SCRIPT_DATELINE = re.compile(
    r"^[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}(?:\s*[(（][^()（）]{1,30}[)）])?\s*[—–-]\s+(?=\S)"
    # Urdu dailies without a dash: "اسلام آباد (نمائندہ خصوصی) …", "بیجنگ (اردو مرکز ۔ 03 دسمبر
    # 2026ء) …": the bracket names a desk, reporter or agency, or holds a date.
    # "برسلز: (ویب ڈیسک) …", "جنین: (اردو نیوز) …": the place with a colon, then the credit.
    r"|^[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}\s*:?\s*[(（]"
    rf"(?=[^()（）]*(?:{_words('dateline_credits', variants=True)}|[0-9۰-۹]))[^()（）]{{2,60}}[)）]"
    r"\s*(?:[—–-]\s*)?(?=[\u0600-\u06ff\"”“‘’])"
    # A date after the place makes it a dateline whatever the place: "سرینگر،۱۷ نومبر: …",
    # "القاهرة، 17 نوفمبر - …" (the day in any digits, the month, maybe the year), maybe the
    # agency's or the service's credit in brackets before the colon ("کراچی، 3 دسمبر (وادی
    # نیوز): …").
    r"|^[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}\s*[،,]\s*[0-9٠-٩۰-۹]{1,2}\s*"
    r"[\u0600-\u06ff]{3,}(?:\s*[0-9٠-٩۰-۹]{4}\s*ء?)?(?:\s*[(（][^()（）]{2,40}[)）])?"
    r"\s*[:：—–-]\s*(?=\S)"
    # The Urdu newspaper dateline glued to both neighbours: "تفتان(محمد اسلم بلوچ)پاک ایران …";
    # prose puts spaces around a bracket.
    r"|^[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}[(（][^()（）]{2,40}[)）](?=[\u0600-\u06ff])"
)
# The credit alone opening the text, or left after a known place was cut: "(ویب ڈیسک) …",
# "(اردو نیوز) …" (a desk, a reporter, an agency or the channel's news service).
_ARABIC_SCRIPT_LEAD_CREDIT = re.compile(
    rf"^[(（](?=[^()（）]*(?:{_words('dateline_credits', variants=True)}))[^()（）]{{2,40}}[)）]"
    r"\s*(?:[—–-]\s*)?(?=[\u0600-\u06ff\"”“‘’])"
)
# "کابل (عالمی اخبار) افغانستان …": a known place and the credit in brackets, no dash.
_ARABIC_SCRIPT_CREDIT = re.compile(
    r"^(?P<place>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2})\s*[(（][^()（）]{1,30}[)）]\s+(?=[^\s—–-])"
)
_ARABIC_SCRIPT_COLON = re.compile(
    r"^(?P<place>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2})\s*:\s+(?=\S)"
)
# The gazetteers asked: English (its exonyms cover the South Asian and African datelines written
# this way; German, Italian and Portuguese copy writes the place in capitals or with an agency,
# which needs no gazetteer), Urdu or Arabic by the letters. Each table costs memory: a worker
# loads only the ones its feeds' languages need.
_LATIN_LANGS = ("en",)
_URDU_LETTERS = re.compile("[ٹڈڑںھہےۓگکپچژ]")


def _cut_place_lead(para: str) -> str:
    """The text's first paragraph without its place line ("Düsseldorf. ", "Kathmandu: ",
    "Kyiv, Ukraine — ", "اسلام آباد — ")."""
    para = _BULLET_LEAD.sub("", _PLACE_DOT_LEAD.sub("", para, count=1), count=1)
    if (m := _CAPS_DOT_LEAD.match(para)) and _caps_lead(m[0].rstrip(". \n")):
        para = para[m.end():]
    if (m := _WORDS_DOT_LEAD.match(para)) and (
        _is_place(m["place"], _LATIN_LANGS) or m["place"].casefold() in _DATELINE_PLACES
    ):
        para = para[m.end():]
    if (m := _CAPS_HYPHEN_LEAD.match(para)) and _is_place(m["caps"].title(), _LATIN_LANGS) and (
        _caps_lead(m["caps"])
    ):
        para = para[m.end():]
    para = _SLASHES_LEAD.sub("", para, count=1)
    if (m := _COLON_LEAD.match(para)) and (
        _caps_lead(m["caps"]) or _is_city_of_country(m["caps"].title())  # "PORT SUDAN: "
        or m["caps"].casefold() in _DATELINE_PLACES or m["caps"].casefold() in _CITY_STATES
        if m["caps"] else _is_place(m["place"], _LATIN_LANGS)
        or _is_city_of_country(m["place"]) or m["place"].casefold() in _DATELINE_PLACES
    ):
        return para[m.end():]
    if (m := _DASH_LEAD.match(para)) and (
        _is_place(m["place"], _LATIN_LANGS) or _is_city_of_country(m["place"])
        # the copy's own language names the city: "Tokio – Deutschland und Japan …",
        # "Bruxelles – I leader …"; not "Moskau – Kiew: …", two sides named
        or (_is_place(m["place"], _SLASH_LEAD_LANGS) and not _place_word_at(para, m.end()))
        # A town the gazetteer does not know ("Freiburg - Auf dem …", "Bremen - Der SC …"):
        # the dash and then a word that only opens a sentence; "Russia – Ukraine talks …"
        # joins two names, and a country's own name stays.
        or (" " not in m[0][: m.end("place")] and _SENTENCE_OPENER.match(para, m.end())
            and not _names_area(m["place"]))
    ):
        return para[m.end():]
    if (m := _PLACES_DASH_LEAD.match(para)) and any(
        _is_place(p, langs) for langs in (_LATIN_LANGS, _SLASH_LEAD_LANGS)
        for p in m["places"].split("/")
    ):
        return para[m.end():]
    if not "\u0600" <= para[:1] <= "\u06ff" and para[:1] not in "(（":
        return para
    for lead in (_ARABIC_SCRIPT_COLON, _ARABIC_SCRIPT_CREDIT):
        if ((m := lead.match(para)) and m["place"] in _DATELINE_PLACES) or (m and _is_place(
            m["place"], ("ur",) if _URDU_LETTERS.search(para[:200]) else ("ar",)
        )):
            return _ARABIC_SCRIPT_LEAD_CREDIT.sub("", para[m.end():], count=1)
    return _ARABIC_SCRIPT_LEAD_CREDIT.sub("", _ARABIC_SCRIPT_DATELINE.sub("", para, count=1),
                                          count=1)


_NEXT_NAME = re.compile(r"[A-ZÀ-ÝÄÖÜ][\w'’.-]+")


def _place_word_at(para: str, at: int) -> bool:
    """Is the capitalised word at `at` a city of a Latin-script gazetteer ("Moskau – Kiew:")?
    A country opens many a lede ("Tokio – Deutschland und Japan wollen …")."""
    if not (m := _NEXT_NAME.match(para, at)):
        return False
    return _is_place(m[0].rstrip(".:,"), ("en", *_SLASH_LEAD_LANGS))


@lru_cache(maxsize=512)
def _names_area(words: str) -> bool:
    """Does the gazetteer read `words` as a country or region, not a city ("Russia", "Europe")?"""
    from bot.content import geo

    found = geo.find_mentions(words, lang="en")
    return any(f.surface == words for f in found) and not _is_place(words, _LATIN_LANGS)


# Provincial cities that date copy ("پشاور: ", "Peshawar: "), beside the gazetteer's capitals.
_DATELINE_PLACES = frozenset(
    w.casefold() for lang, ws in _JUNK_TABLE["dateline_places"].items() if not lang.startswith("_")
    for w in ws
)
# "KUWAIT: ", "SINGAPORE: ": a capital bearing its country's name, in an upper-case dateline.
_CITY_STATES = frozenset(_JUNK_TABLE["place_lead_city_states"]["en"])
# A seat of government names who speaks, not where: "Kremlin: Ukraine must …" (bot/data/junk.json).
_SEATS = frozenset(_JUNK_TABLE["place_lead_seats_of_government"]["any"])


@lru_cache(maxsize=512)
def _caps_lead(words: str) -> bool:
    """An upper-case lead before a colon: a place line ("ISLAMABAD: ", "THIRUVANANTHAPURAM: ")
    or a label ("BREAKING: "), both cut; not a body, a country or a seat of government that
    speaks ("NATO: Russia …", "RUSSIA: …", "KREMLIN: …")."""
    from bot.content import geo

    title = words.title()
    if title.casefold() in _SEATS:
        return False
    found = geo.find_mentions(title, lang="en")
    return not found or _is_place(title, _LATIN_LANGS)


@lru_cache(maxsize=512)
def _is_place(words: str, langs: tuple[str, ...]) -> bool:
    """Is `words` one city (a capital, a large city) in one of `langs`' gazetteers? Not a
    country's own name: "Russia: Ukraine fired …" names who said it, not where."""
    from bot.content import geo  # the gazetteer loads on first use: only for such leads

    for lang in langs:
        found = geo.find_mentions(words, lang=lang)
        if len(found) != 1 or found[0].surface != words:
            continue
        entity = found[0].entity
        if entity.kind not in ("country", "home") or words.casefold() in _SEATS:
            continue
        # CLDR lists each country's name first, then its capital and largest city
        names = {entity.name.casefold()} | {
            n.casefold() for other in langs for n in _cldr_names(other).get(entity.code, ())[:1]}
        if words.casefold() not in names:
            return True
    return False


# "Kuwait City", "Port Sudan": a country's name with a word that makes it a city (junk.json).
_CITY_WORDS = frozenset(_JUNK_TABLE["place_lead_name_words"]["en"])


@lru_cache(maxsize=512)
def _is_city_of_country(words: str) -> bool:
    """A city named after its country ("Kuwait City: ", "Port Sudan: "), which the gazetteer
    reads as the country alone: the country's name plus one city word, nothing else."""
    parts = words.split()
    if len(parts) < 2:
        return False
    if parts[0].casefold() in _CITY_WORDS:
        rest = " ".join(parts[1:])
    elif parts[-1].casefold() in _CITY_WORDS:
        rest = " ".join(parts[:-1])
    else:
        return False
    from bot.content import geo

    found = geo.find_mentions(rest, lang="en")
    return len(found) == 1 and found[0].surface == rest and found[0].entity.kind == "country"


@lru_cache(maxsize=8)
def _cldr_names(lang: str) -> dict[str, list[str]]:
    from bot.content import geo

    table: dict[str, list[str]] = geo.read_data("cldr.json").get(lang, {})
    return table


# Print editions' credit lines run into the first sentence (a custom CMS joins the printed
# byline box to the text): "By Lin Mei / Staff reporter The coast guard …", "Staff writer,
# with CNA The Legislative Yuan …", "AFP, TOKYO Japan and …": the credit goes (a named one's
# names go to the authors: attribution.byline_from_text).
_CREDIT_ROLE = r"(?:[A-Za-z-]+\s+){0,2}(?:reporters?|writers?|correspondents?|editors?)"
_AGENCY_LIST = rf"(?:{_AGENCIES})(?:\s*(?:,|and|/)\s*(?:{_AGENCIES}))*"
_PRINT_CREDIT_LEAD = re.compile(
    rf"^(?:(?:By|BY)\s+{_BYLINE_NAME}(?:\s*(?:,|and|&)\s*{_BYLINE_NAME})*\s*/\s*{_CREDIT_ROLE}"
    rf"|(?:[Ss]taff|[Ss]pecial|[Oo]ur)\s+{_CREDIT_ROLE}(?=,?\s+with\s)"
    rf"|{_AGENCY_LIST},\s+{_CAPS_PLACE})"
    rf"(?:,?\s+with\s+{_AGENCY_LIST})?\s+(?=[A-Z\"“‘])"
)
# A byline run into the first sentence with no stop between them ("By Mahmoud Karimi Talab Five
# years after …"): two to four capitalised name words, then a word that opens a sentence and is
# never part of a name (bot/data/junk.json 'glued_byline'). Not a time ("By Tuesday Morning The
# …"): no weekday or month among the names.
_GLUED_BYLINE_TABLE = _JUNK_TABLE["glued_byline"]
_GLUED_OPENERS = "|".join(
    re.escape(w) for lang, ws in _GLUED_BYLINE_TABLE["openers"].items()
    if not lang.startswith("_") for w in ws
)
_GLUED_PREFIXES = "|".join(map(re.escape, _GLUED_BYLINE_TABLE["prefixes"]))
_SENTENCE_OPENER = re.compile(rf"(?:{_GLUED_OPENERS})\s+[\w\"“„«‘']")
_GLUED_NAME_WORD = (
    rf"(?!(?:{_GLUED_OPENERS}|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\b)"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)[A-ZÀ-Ý][\w'’.-]+"
)
GLUED_BYLINE = re.compile(
    rf"^\s*(?:{_GLUED_PREFIXES})\s+"
    rf"(?P<names>{_GLUED_NAME_WORD}(?:\s+{_PARTICLE}{_GLUED_NAME_WORD}){{1,3}})"
    rf"\s+(?=(?:{_GLUED_OPENERS})\s+[\w\"“‘'])"
)
# "… under the national security law, writes Dr Alan Chiu.": an op-ed standfirst naming its
# writer at the end of a sentence (bot/data/junk.json writes_byline); the clause goes, the
# names go to the authors (attribution.byline_from_text). Name words without a full stop: the
# sentence ends after the name.
_WRITES_NAME = (
    r"[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+(?:(?:van|von|de|da|di|del|der|la|le|al|el|bin|ibn)\s+)?[A-ZÀ-Ý][\w'’-]*){1,3}"
)
_WRITES_VERBS = "|".join(w for ws in _JUNK_TABLE["writes_byline"].values() for w in ws)
# "…, escreve o correspondente NAME.", "…, writes our Europe correspondent NAME.", "…, schreibt
# unsere Korrespondentin NAME.": an article and the writer's role (no preposition: "o
# correspondente em Berlim" would make the city a name) before the name
_WRITES_ROLE = (
    r"(?:(?:the|our|o|a|os|as|il|la|lo|el|le|notre|nuestr[oa]|nosso|nossa|nostr[oa])\s+"
    r"(?:(?!(?:em|in|en|de|da|do|of|from|à|a|di|no|na|at)\s)[a-zà-ÿ][\w-]*\s+){1,3}"
    r"|unser(?:e)?\s+[\w-]*(?:Korrespondent|Reporter|Redakteur|Autor)(?:in)?\s+)"
)
WRITES_BYLINE = re.compile(
    rf",\s+(?:{_WRITES_VERBS})\s+{_WRITES_ROLE}?"
    rf"(?:(?:Dr|Prof|Professor|Sir|Dame)\.?\s+)?(?P<names>{_WRITES_NAME}"
    rf"(?:\s+(?:and|und|et|e|y)\s+{_WRITES_NAME})?)(?=\s*(?:[.!?](?:\s|$)|$))"
)
# "… primavera. dal nostro inviato MARCO DE ANGELIS", "… contro. di Giulia Ferraro, nostra
# corrispondente": a print CMS's byline box glued after the teaser's last full stop, its marker
# in lower case (no sentence opens so), then two to four name words (capitalised or in
# capitals) and maybe the role after a comma (bot/data/junk.json glued_byline_tail). The tail
# goes; the names go to the authors (attribution.byline_from_text).
_GLUED_TAIL_TABLE = _JUNK_TABLE["glued_byline_tail"]
_GLUED_TAIL_NAME = (
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|da|di|del|della|dos|van|von|la|le)\s+)?[A-ZÀ-Ý][\w'’-]+)"
    r"{1,3}"
)
GLUED_BYLINE_TAIL = re.compile(
    r"(?<=[.!?»”\"])\s+"
    rf"(?:{'|'.join(w for ws in _GLUED_TAIL_TABLE['markers'].values() for w in ws)})\s+"
    rf"(?P<names>{_GLUED_TAIL_NAME}(?:\s+(?:e|and|und|et|y)\s+{_GLUED_TAIL_NAME})?)"
    rf"(?:\s*,\s*(?i:{'|'.join(w for ws in _GLUED_TAIL_TABLE['roles'].values() for w in ws)}))?"
    r"\s*\.?\s*$"
)
GLUED_TAIL_WINDOW = 200  # the marker, four names and a role: the tail's last characters
# "GENEVA-The talks …": the place in capitals glued to the first word by a hyphen, when that
# word opens a sentence (bot/data/junk.json "glued_byline" openers): "NATO-Generalsekretär",
# "USA-Reise" are compounds.
_CAPS_HYPHEN_LEAD = re.compile(
    rf"^(?P<caps>{_CAPS_PLACE})-(?=(?:{_GLUED_OPENERS})\s)"
)
_AGENCY_ENDS = tuple(a.lower() for a in _AGENCIES.split("|"))
_AGENCY_WINDOW = max(map(len, _AGENCY_ENDS)) + 8
_AGENCY_TAIL = re.compile(
    rf"\s*(?:[(\[](?:(?:mit|with|con|avec|com|con información de|com informações d[aeo]s?)\s+)?"
    rf"(?:{_AGENCIES})(?:\s*(?:[/,;-]|and|und|y|e|et)\s*(?:{_AGENCIES}))*[)\]]\.?"
    # after the last sentence, with or without a dash: "… — AFP", "… dpa/AFP/Reuters",
    # "… *Com Agência Brasil", Lusa's "… Lusa/Fim", EFE's desk initials "… EFE mmr/jlp"
    rf"|(?<=[.!?\"”’])\s*(?:[—–-]+\s*)?\*?(?:(?:with|mit|avec|com|con)\s+)?(?:{_AGENCIES})"
    rf"(?:\s*[/,]\s*(?:{_AGENCIES}))*(?:\s*/\s*fim)?(?-i:\s+[a-z]{{2,4}}(?:/[a-z]{{2,4}})+)?\.?"
    # An agency editor's three-letter code closing the text, a stop before it or none ("… su
    # Misurata (Trp)", "… presidenziale. (Res)"): Agenzia Nova-style wire copy's desk mark.
    r"|(?<=[\w.!?\"”’»])\s*\((?-i:[A-Z][a-z]{2})\))\s*$",
    re.IGNORECASE,
)
# Text that may end in a credit the tail pattern takes: "… Lusa/Fim", "… EFE mmr/jlp".
_AGENCY_END_MARKS = re.compile(r"/\s*fim\.?\s*$|\s[a-z]{2,4}/[a-z]{2,4}\.?\s*$", re.IGNORECASE)
# arXiv listings: "arXiv:2612.01234v1 Announce Type: new Abstract: We study…"; and a leading
# "Abstract:"/"Summary:" label on the text of a paper or report; Substack's player label
# "Listen now (38 min) | " before a podcast post's notes; a column label ("Blog |", "Opinião.").
_LEAD_LABEL = re.compile(
    r"^(?:(?:Listen|Watch) now\s*\(\d+\s*min\)\s*[|·]\s*)?"
    # a CMS editor's note in capitals ("ALT HED Video shows …", "DEK: …"; junk.json cms_notes)
    rf"(?:(?:{_words('cms_notes')})(?:\s*:\s*|\s+)(?=[A-Z\"“‘']))?"
    rf"(?:(?i:{_words('lead_labels')})\s*:\s*(?=\S))?"  # "Wire: Talks resume…"
    # "Blog | Behind the figures…", "Opinião. A cimeira…": a column label before the text
    rf"(?:(?i:{_words('genre_labels')})(?:\s*[:|]\s*|\.\s+)(?=[\"“„«‘'(\w]))?"
    r"(?:arXiv:\s*\d{4}\.\d{4,5}(?:v\d+)?\s*(?:Announce Type:\s*[\w-]+\s*)?)?"
    r"(?:(?:Abstract|Summary|Zusammenfassung|Résumé|Resumen|Riassunto|Resumo|Аннотация)\s*:\s*)?",
)
# A community news site's lead-in: "An anonymous reader quotes a report from Reuters: "…"",
# "Longtime Site reader X writes: …" (junk.json's submission_leads).
_SUBMISSION_LEAD = re.compile(rf"^(?:{_words('submission_leads')})\s*:\s*(?=\S)", re.IGNORECASE)
_EXCERPT_CLOSE = {"\"": "\"", "“": "”", "«": "»"}


def _cut_submission_lead(para: str) -> str:
    """The lead-in cut, and the quotation marks around the excerpt that follows it: they mark
    the source's text, not a speaker's words (a closing mark after a sentence end, then a space
    or the end; otherwise they stay)."""
    m = _SUBMISSION_LEAD.match(para)
    if m is None:
        return para
    rest = para[m.end() :]
    close = _EXCERPT_CLOSE.get(rest[:1])
    if close is not None:
        end = rest.find(close, 1)
        if end > 1 and rest[end - 1] in ".!?…" and rest[end + 1 : end + 2] in ("", " "):
            rest = rest[1:end] + rest[end + 1 :]
    return rest


# The feed footer WordPress (Yoast) adds, in the site's language: "The post X appeared first on
# Y.", "L’article X est apparu en premier sur Y.", "Der Beitrag X erschien zuerst auf Y.", …
_WP_FOOTER = re.compile(
    r"(?:(?<=[.!?\"”’»)…])\s*|^)(?:"
    r"the post .{1,300}? appeared first on"
    r"|l['’]article .{1,300}? est apparu en premier sur"
    r"|der beitrag .{1,300}? erschien zuerst (?:auf|bei|in)"
    r"|(?:la entrada|el artículo|el post) .{1,300}? se publicó primero en"
    r"|(?:la entrada|el artículo|el post) .{1,300}? aparece primero en"
    r"|l['’]articolo .{1,300}? "
    r"(?:proviene da|sembra essere il primo su|è apparso per la prima volta su)"
    r"|(?:o post|o artigo|a postagem) .{1,300}? (?:apareceu primeiro em|foi publicado primeiro em)"
    r"|het bericht .{1,300}? verscheen eerst op"
    r"|(?:сообщение|запись|статья) .{1,300}? "
    r"(?:появились сначала на|впервые появилась на|появилась сначала на)"
    r"|artykuł .{1,300}? pochodzi z serwisu"
    r"|.{1,300}? ilk (?:önce|olarak) .{1,200}? üzerinde ortaya çıktı"
    r") .{1,160}?\W*$",
    re.IGNORECASE | re.DOTALL,
)


# A link whose whole text is a read-more label ("<a>Continua a leggere</a>"), or a "see also"
# label with its link ("LEGGI ANCHE <a>Other headline</a>"): junk wherever it sits.
_SEE_ALSO = (
    r"(?:read|see) also|also read|read(?=\s*:)|related(?: (?:news|articles|stories|coverage))?|"
    r"more on this|"
    r"mehr zum thema|siehe auch|lesen sie auch|"
    r"lire aussi|à lire aussi|voir aussi|lee también|lea también|ver también|leggi anche|"
    r"leia também|veja também|leia mais|saiba mais|читайте также|اقرأ أيضا|اقرأ أيضاً"
)
_LINKED_JUNK = re.compile(
    rf"\ue000\W*(?:{_words('read_more')}|{_SEE_ALSO}|{_words('read_more_link_words')})\W*\ue001"
    rf"|(?<![\w])(?:{_SEE_ALSO})\s*[:»>→|-]*\s*\ue000[^\ue000\ue001]{{1,200}}\ue001"
    # A bare URL as the link text closing a paragraph (Mastodon, Bluesky): not a sentence.
    r"|\ue000\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[^\s\ue000\ue001]*)?\s*…?\s*\ue001\s*$",
    re.IGNORECASE,
)
_EMPTY_BRACKETS = re.compile(r"\s*(?:\[\s*\]|\(\s*\))")
_INLINE_CREDIT = re.compile(
    "|".join([*_JUNK_TABLE["image_credit_inline"], *_JUNK_TABLE["link_language_marks"]]),
    re.IGNORECASE,
)
# A caption's words: a picture is described in a phrase, not a paragraph.
_CAPTION_MAX_WORDS = 40


def _credited_caption(para: str) -> bool:
    """"La piazza davanti al Parlamento di Belgrado (Foto: Afp)": a paragraph that ends with an
    inline picture credit right after words that end no sentence describes a picture (the
    <span> under an <img>), it is no text of the story. "… in Berlin. (Foto: dpa)" stays."""
    return _credited_caption_of(para, list(_INLINE_CREDIT.finditer(para)))


def _credited_caption_of(para: str, credits: list[re.Match[str]]) -> bool:
    """`_credited_caption`, given the _INLINE_CREDIT matches of `para`."""
    if not credits:
        return False
    last = credits[-1]
    if para[last.end() :].strip(" .") or last.start() == 0:
        return False
    before = para[: last.start()].rstrip()
    return bool(before) and not _terminal(before) and len(before.split()) <= _CAPTION_MAX_WORDS


def _without_spans(text: str, found: list[re.Match[str]]) -> str:
    """`pattern.sub("", text)` given `found`, the pattern's `finditer(text)` (the same
    non-overlapping matches `sub` replaces)."""
    parts, at = [], 0
    for m in found:
        parts.append(text[at : m.start()])
        at = m.end()
    parts.append(text[at:])
    return "".join(parts)


# A photo caption as a paragraph of the text: it ends with a bracketed credit (junk.json).
_CAPTION_END = re.compile(
    rf"[(\[]\s*(?:{_words('caption_credit_end')})[^()\[\]]{{0,120}}[)\]]\W*$", re.IGNORECASE
)
# A photo caption as its own paragraph, credited after slashes: "Medininkai border checkpoint /
# D. Umbrasas / BNS", "Illustrative / LRT", "Soldiers in Rūdninkai / Scanpix" (Baltic and
# Nordic public broadcasters): what it shows, maybe the photographer, the agency or brand last.
_SLASH_CAPTION = re.compile(
    r"^[^/!?:;.]{2,80}(?:\s/\s[^/!?:;]{2,40})?\s/\s"
    rf"(?:(?-i:[A-Z][A-Z&-]{{1,9}})|{_AGENCIES}|Scanpix|Getty Images|EPA-EFE|[\w-]+\.[a-z]{{2,3}})"
    r"\.?$",
    re.IGNORECASE,
)
# "… a week of meetings - by Jane Doe": a byline glued to the end of the text.
_BY_TAIL = re.compile(r"\s+[-–—|]\s*by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$")
# "… the coast guard said. – Outlet.com", "… – with reports from Reuters/Outlet.com": the
# site's sign-off (Rappler-style outlets close every article with their host name).
_SITE_SIGNOFF = re.compile(
    r"(?<=[.!?\"”’])\s*[—–]\s*(?:with (?:additional )?reports? from\s+[^.\n]{1,80}?/)?"
    r"[A-Z][\w-]{1,40}\.(?:com|net|org|ph|co\.[a-z]{2}|com\.[a-z]{2})\.?\s*$"
)
_SIGNOFF_HOST_END = re.compile(r"\.(?:com|net|org|ph|co\.[a-z]{2}|com\.[a-z]{2})$")


def _site_signoff_possible(tail: str) -> bool:
    """False only where _SITE_SIGNOFF cannot match: each match ends with its host's domain
    ending, then maybe ".", then spaces (a dash alone, in most text, is no sign-off; the
    pattern's lookbehind, tried at every position, costs ~10 µs a tail)."""
    end = tail.rstrip()  # (str.isspace is re's \s)
    return _SIGNOFF_HOST_END.search(end.removesuffix(".")[-8:]) is not None


_TAIL_WINDOW = 500
_LEFTOVER_TAG = re.compile(r"</?[A-Za-z!?][^<>]{0,2000}>")
_LEFTOVER_LT = re.compile(r"<(?=/?[A-Za-z!?])")
_SCRIPT_URL = re.compile(r"\b(?:java|vb)script\s*:", re.IGNORECASE)
_TAG_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^<>]{0,2000}?(/?)>")
_VOID_TAGS = "area base br col embed hr img input link meta param source track wbr"
_VOID = frozenset(_VOID_TAGS.split())
# Structure kept when flattening pathologically deep documents.
_FLAT_KEEP = re.compile(r"^/?(?:p|br|li|h[1-6]|script|style|noscript|template|a)$", re.IGNORECASE)
_DOTS_RUN = re.compile(r"\.{4,}|…{2,}|(?:\.\s){3,}")
# "[?]", "[\ufffd]": a "[…]" whose ellipsis a wrong encoding step turned into a question mark or
# the replacement character (Brazilian portals' RSS).
_TRUNCATED_END = re.compile(r"(?:\.{3,}|…|\[…\]|\[\.\.\.\]|\[[?\ufffd]\])[\"'”’)\]]*$")
# A plain ellipsis ("…", "...", not "[…]" that marks left-out text).
_PAUSE = re.compile(r"(?:\.{3}|…)")


def _opens_sentence(text: str) -> bool:
    """Does `text` start as a sentence does: a letter not in lower case (a capital, or a script
    without case), a digit, after an opening quotation mark if any?"""
    first = text.lstrip("\"“„«‘' ")[:1]
    return first.isalnum() and not first.islower()


def _cut_mark_in(end: str) -> bool:
    """A cheap test before _TRUNCATED_END: does the end hold a cut mark at all ("…", "...",
    "[?]", "[\ufffd]")? (Written out: a generator over the marks costs more than the test.)"""
    return "…" in end or "..." in end or "[?]" in end or "[\ufffd]" in end
_TERMINAL = re.compile(r"[.!?。！？؟۔\"'”’»«“」』)\]:;…]$")
_WS = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+")


def _is_heading(para: str) -> bool:
    """A line of at most three words and no sentence end: a desk credit or a kicker."""
    return len(para.split()) <= 3 and not _terminal(para)


def _terminal(text: str) -> bool:
    """_TERMINAL.search(text): one character then "$" (which also matches before a final "\n"),
    so only the last two positions can match; searching from there skips the whole text."""
    return _TERMINAL.search(text, max(0, len(text) - 2)) is not None


# C0 control characters a print CMS pastes into a feed (NUL, backspace, SUB, escape): no text
# has them, and an HTML parser would turn a NUL into U+FFFD. The vertical tab, form feed and
# file/group separators are whitespace to str.split: a space between words.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
_CONTROL_SPACE = re.compile("[\x0b\x0c\x1c-\x1f]")


# Every character the two patterns match: `in` finds one (or its absence) ~10× faster than a
# character-class search over a long text.
_CONTROL_CHARS = tuple(
    c for c in map(chr, range(0x80)) if _CONTROL.match(c) or _CONTROL_SPACE.match(c)
)


def drop_controls(text: str) -> str:
    """`text` without C0 control characters (a vertical tab or form feed becomes a space)."""
    if not any(c in text for c in _CONTROL_CHARS):
        return text
    return _CONTROL_SPACE.sub(" ", _CONTROL.sub("", text))


# A reader appeal closing the text (bot/data/junk.json 'appeal'): an imperative of support,
# membership or subscription naming what the reader would fund; "Support for the bill …" and
# "Help from Qatar …" (a noun, then a preposition) report.
def _appeal_words(kind: str) -> str:
    return "|".join(f"(?:{w})" for ws in _JUNK_TABLE["appeal"][kind].values() for w in ws)


_APPEAL_VERB = re.compile(
    rf"^\W{{0,3}}(?:{_appeal_words('verbs')})"
    r"\b(?!\s+(?:for|from|of|among|to the|für|von|pour|de|para|por|per|da)\b)",
    re.IGNORECASE,
)
_APPEAL_OBJECT = re.compile(rf"\b(?:{_appeal_words('objects')})", re.IGNORECASE)
_APPEAL_MAX_WORDS = 40


def _is_appeal(sentence: str) -> bool:
    return bool(
        len(sentence.split()) <= _APPEAL_MAX_WORDS
        and _APPEAL_VERB.match(sentence)
        and _APPEAL_OBJECT.search(sentence)
    )


def html_to_paragraphs(html: str) -> list[str]:
    """Text of `html`, one string per paragraph; markup and non-content elements removed.

    Link text is wrapped in private-use markers so `clean_paragraphs` can measure link density;
    `clean_paragraphs` removes them.
    """
    if not html or not html.strip():
        return []
    html = drop_controls(html)
    if len(html) > MAX_HTML_CHARS:
        log.debug("html of %d chars cut to %d", len(html), MAX_HTML_CHARS)
        html = html[:MAX_HTML_CHARS]
    if "<" not in html:
        html = htmllib.unescape(html)  # plain text may still carry entities, even escaped tags
        if not _LEFTOVER_TAG.search(html):
            return _split_plain(html)
        html = _NOT_A_DECLARATION.sub("&lt;!", html)
    if html.count("<") > MAX_DEPTH and _max_depth(html) > MAX_DEPTH:  # a level per "<" at most
        html = _flatten(html)
    text = _tree_text(html)
    # Feeds often escape their HTML twice: "&lt;p&gt;Text&lt;/p&gt;" decodes to markup.
    if _LEFTOVER_TAG.search(text):
        # "<!channel>" in the text is words about chat syntax, not a declaration to drop
        # (the adapters escape it when they post).
        text = _NOT_A_DECLARATION.sub("&lt;!", text)
        text = _tree_text(_flatten(text)) if _max_depth(text) > MAX_DEPTH else _tree_text(text)
    return _split_plain(text)


_ATTR_VALUE = re.compile(r"(?:class|id)\s*=")  # on lower-cased markup
_NOT_A_DECLARATION = re.compile(r"<!(?!--|\[CDATA\[|doctype)", re.IGNORECASE)


def _decompose_outermost(nodes: list[LexborNode]) -> None:
    """Remove `nodes` (document order), skipping those inside one already removed: touching a
    destroyed subtree's nodes again would read freed memory."""
    removed: set[int] = set()
    for node in nodes:
        ancestor = node.parent
        inside = False
        while ancestor is not None:
            if ancestor.mem_id in removed:
                inside = True
                break
            ancestor = ancestor.parent
        if not inside:
            removed.add(node.mem_id)
    for node in nodes:
        if node.mem_id in removed:
            node.decompose()


# Markup of only paragraph and line-break tags without attributes ("<p>…</p><p>…</p>": many
# feeds' content:encoded): a tree would only mark where blocks break. Each such tag is a block
# break, and the text between them the parser's text: its character references decoded as
# html.unescape does (both follow the HTML standard). A carriage return, which the parser
# makes a line feed, leaves it to the parser.
_SIMPLE_TAG = re.compile(r"<(?:/?(?:p|br)\s*/?)>", re.IGNORECASE)


def _simple_text(html: str) -> str | None:
    """What _tree_text makes of `html` as far as _split_plain can tell (the same blocks, the
    same words in each), when the markup is only <p> and <br> tags; else None."""
    if "\r" in html or (not html.isascii() and not _encodes(html)):
        return None  # (the parser drops a lone surrogate)
    text = _SIMPLE_TAG.sub("\n\n", html)
    if "<" in text:  # another tag (or a "<" the parser would read as one)
        return None
    if "&" not in text:
        return text
    if "&#" in text and any(_unescape_drops(m) for m in _NUMERIC_REF.finditer(text)):
        return None
    return htmllib.unescape(text)


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_NUMERIC_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))")


def _unescape_drops(m: re.Match[str]) -> bool:
    """Does html.unescape decode this numeric reference to nothing (a C0 control, DEL, a
    noncharacter), where the parser keeps the character?"""
    n = int(m[1], 16) if m[1] is not None else int(m[2])
    return (
        (n < 0x20 and n not in (0, 9, 10, 12, 13)) or n == 0x7F or 0xFDD0 <= n <= 0xFDEF
        or (n & 0xFFFE == 0xFFFE and n <= 0x10FFFF)
    )


def _tree_text(html: str) -> str:
    if (simple := _simple_text(html)) is not None:
        return simple
    tree = HTMLParser(html)
    if "alt=" in html and (body := tree.body or tree.root) is not None:
        _drop_alt_captions(body)
    if _DROP_TAG_START.search(html):  # no such tag in the markup (most items): none to drop
        _decompose_outermost(tree.css(", ".join(_DROP_TAGS)))
    root = tree.body or tree.root
    if root is None:
        return ""
    widgets = []
    # a widget's class or id has a value: "class=…"/"id=…" (any case: `low`, below) or none
    low = html.lower()
    for node in root.css("[class], [id]") if _ATTR_VALUE.search(low) else ():
        attrs = node.attributes
        label = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
        # A widget is small; a big wrapper that happens to say "social" is the article itself.
        if _JUNK_ATTR.search(label) and len(node.text(deep=True)) < 2000:
            widgets.append(node)
    _decompose_outermost(widgets)
    # <q> and <blockquote> are quotations whose marks the browser draws: give them their marks
    # so the quote finder sees them; a <cite>/"— Name" line after one stays with it.
    # An element is only where its start tag is written ("</br>" makes a <br> too): a tag not
    # in the markup at all (most items have no quotation, many no link) needs no selector pass.
    if "<q" in low:
        for node in root.css("q"):
            node.insert_before("“")
            node.insert_after("”")
    if "<blockquote" in low:
        for node in root.css("blockquote"):
            inner = node.text(deep=True).strip()
            if inner and inner[0] not in "“\"«„‘「" and len(inner) < 1500:
                _mark_blockquote(node)
    if "<strong" in low or "<b>" in low or "<b " in low:
        for node in root.css("strong, b"):
            if _run_in_label(node) or _bold_place_line(node):
                node.replace_with("")
    if "<a" in low:
        for node in root.css("a"):
            node.insert_before(_LINK_OPEN)
            node.insert_after(_LINK_CLOSE)
    if "<br" in low or "</br" in low:
        for node in root.css("br"):
            node.replace_with("\n\n")
    for node in root.css(_BLOCK_TAGS):
        node.insert_before("\n\n")
        node.insert_after("\n\n")
    return root.text(separator="", deep=True)


# A bold run-in label opening a paragraph: "<p><strong>Why it matters:</strong> It would…",
# "<b>Warum das wichtig ist:</b>", "<strong>Le contexte :</strong>" (newsletter-style briefs):
# a section heading set in the paragraph, not part of its sentence. A label is a few words,
# capitalised only at the start (a speaker's name — "Jake Sullivan:" — is no label), and
# not a speech intro ("Moscow says:", "Officials said:", "a déclaré :").
_LABEL_BLOCKS = frozenset(("p", "li", "div", "dd"))
_LABEL_WORDS = (2, 6)


def _run_in_label(node: LexborNode) -> bool:
    parent = node.parent
    if parent is None or parent.tag not in _LABEL_BLOCKS:
        return False
    prev = node.prev
    while prev is not None:  # only white space before it in its paragraph
        if prev.tag != "-text" or (prev.text_content or "").strip():
            return False
        prev = prev.prev
    label = " ".join(node.text(deep=True).split())
    after = node.next
    after_text = (after.text_content or "") if after is not None and after.tag == "-text" else ""
    colon_after = False
    if label.endswith((":", "：")):
        label = label[:-1].rstrip()
    elif after_text.lstrip().startswith(":"):  # "<strong>Why it matters</strong>: …"
        colon_after = True
        after_text = after_text.lstrip()[1:]
    else:
        return False
    words = label.split()
    if not _LABEL_WORDS[0] <= len(words) <= _LABEL_WORDS[1] or not words[0][:1].isupper():
        return False
    if any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return False
    # text must follow the label in its paragraph (a label alone is a heading line already)
    if not (after_text.strip() or (after is not None and after.tag != "-text")):
        return False
    low_words = tuple(w.casefold().strip(",") for w in words)
    if any(low_words[-len(v):] == v for v in speech_verbs()):
        return False
    # "<strong>Media contact:</strong> Jane Holt, +1 …", "<b>Transparenzhinweis:</b> …": a
    # label the junk tables name marks its whole paragraph as junk; it stays for them to drop
    if _is_junk(f"{label}:"):
        return False
    if colon_after and after is not None:
        after.replace_with(after_text)  # the colon goes with the label
    return True


# What may separate a bold place line from its paragraph's sentence: "<b>New Delhi:</b> India
# …", "<strong>Wien</strong> – Österreich …", "<b>KABUL.</b> The …".
_PLACE_LINE_MARK = re.compile(r"^\s*[:：.,–—-]")
_PLACE_LINE_WORDS = 4


def _bold_place_line(node: LexborNode) -> bool:
    """A bold place opening a paragraph is its dateline, not part of its sentence: "<strong>New
    Delhi:</strong> India and …" (after a key-points box, so no first-paragraph rule sees it),
    "<b>BERLIN</b> – Die …", and in Urdu and Arabic dailies the bold city with no mark at all,
    glued to the sentence once the markup goes: "<strong>لندن</strong> برطانوی حکومت …".
    The place must be one the gazetteer (or junk.json's dateline places) knows; in Latin script
    a mark must follow it or it must be in capitals ("<b>Kyiv</b> has rejected …" stays)."""
    parent = node.parent
    if parent is None or parent.tag not in _LABEL_BLOCKS:
        return False
    prev = node.prev
    while prev is not None:  # only white space before it in its paragraph
        if prev.tag != "-text" or (prev.text_content or "").strip():
            return False
        prev = prev.prev
    raw = " ".join(node.text(deep=True).split())
    label = raw.rstrip(":：.,–—- ")
    after = node.next
    after_text = (after.text_content or "") if after is not None and after.tag == "-text" else ""
    if not label or len(label.split()) > _PLACE_LINE_WORDS or not after_text.strip():
        return False
    marked = label != raw or bool(_PLACE_LINE_MARK.match(after_text))
    if "\u0600" <= label[:1] <= "\u06ff":
        langs: tuple[str, ...] = ("ur",) if _URDU_LETTERS.search(
            label + after_text[:200]) else ("ar",)
        known = label in _DATELINE_PLACES or _is_place(label, langs)
    else:
        caps = label.isupper()
        if not (marked or caps) or not label[:1].isupper():
            return False
        colon = raw.endswith((":", "：")) or after_text.lstrip().startswith((":", "："))
        if colon and not caps and " " not in label:
            return False  # "<b>Kyiv:</b> Rockets …": one word and a colon, a place or a speaker
        name = label.title() if caps else label
        known = (
            _is_place(name, _LATIN_LANGS) or _is_place(name, _SLASH_LEAD_LANGS)
            or _is_city_of_country(name) or name.casefold() in _DATELINE_PLACES
        )
    if not known:
        return False
    if after is not None and _PLACE_LINE_MARK.match(after_text):
        after.replace_with(_PLACE_LINE_MARK.sub("", after_text, count=1).lstrip())
    return True


@cache
def speech_verbs() -> frozenset[tuple[str, ...]]:
    """Speech verbs of every language (bot/data/quotes.json), each as its folded words:
    ("said",), ("a", "déclaré")."""
    tables = json.loads(resources.files("bot.data").joinpath("quotes.json").read_text("utf-8"))
    verbs = (*tables["verbs_en"], *(v for vs in tables["verbs"].values() for v in vs))
    return frozenset(tuple(v.casefold().split()) for v in verbs)


_CAPTION_SKIP = frozenset(("br", "a", "img", "picture", "source", "figure"))


def _drop_alt_captions(root: LexborNode) -> None:
    """"<a><img alt="Ahn and Kenta in Busan"></a><br/>Ahn and Kenta in Busan": the picture's
    alt text printed again under it (broadcasters' teaser images) is its caption, not the
    text's first sentence. Only the text right after the picture (line breaks between), equal
    to the alt text, without a full stop of its own."""
    for img in root.css("img[alt]"):
        alt = " ".join((img.attributes.get("alt") or "").split())
        if len(alt.split()) < 2:
            continue
        node = img
        while node.next is None and node.parent is not None and node.parent.tag in _CAPTION_SKIP:
            node = node.parent  # out of the <a> around the picture
        sibling = node.next
        while sibling is not None and (
            sibling.tag in _CAPTION_SKIP
            or (sibling.tag == "-text" and not (sibling.text_content or "").strip())
        ):
            sibling = sibling.next
        if sibling is None or sibling.tag != "-text":
            continue
        text = " ".join((sibling.text_content or "").split())
        if text.casefold() == alt.casefold() and not _terminal(text):
            sibling.replace_with("")


def _mark_blockquote(node: LexborNode) -> None:
    """Quotation marks around a blockquote's text; its <cite> or closing "— Name" line becomes
    the attribution after the closing mark ("“…” — Amina Yusuf, foreign minister")."""
    cite = None
    for child in node.css("cite, footer"):
        cite = child.text(deep=True).strip()
        child.decompose()
    paragraphs = [p for p in node.css("p")]
    if paragraphs and not cite:
        last = paragraphs[-1].text(deep=True).strip()
        if last[:1] in "—–-" and len(last) < 200:
            cite = last.lstrip("—–- ")
            paragraphs[-1].decompose()
    text = " ".join(node.text(deep=True).split())
    if not text:
        return
    if cite and not _terminal(cite):
        cite += "."
    node.replace_with(f"\n\n“{text}”" + (f" — {cite}" if cite else "") + "\n\n")


def _max_depth(html: str) -> int:
    """Nesting depth of the markup, counted cheaply from the tags (no tree is built)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG_TOKEN.findall(html):
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _flatten(html: str) -> str:
    """Drop every tag but paragraph structure, scripts and links: no depth left to recurse on."""

    def keep(m: re.Match[str]) -> str:
        return m.group(0) if _FLAT_KEEP.match(m.group(1) + m.group(2)) else " "

    return _TAG_TOKEN.sub(keep, html)


# Invisible format characters with no place in shown text: the soft hyphen a CMS's hyphenation
# writes into long compounds ("Rückführungs\u00adzentren", also as "&shy;"), the word joiner, a
# BOM pasted mid-text. Zero-width (non-)joiners shape Persian and Indic script: they stay.
_INVISIBLE = re.compile("[\u00ad\u2060\ufeff]")


def drop_invisible(text: str) -> str:
    # `in` for each of the three: a class search costs ~10× more on a long text
    if "\u00ad" in text or "\u2060" in text or "\ufeff" in text:
        text = _INVISIBLE.sub("", text)
    return cyrillic_stress(text)


# A stress mark typed as a Latin accented vowel inside a Cyrillic word ("Александрóва", a CMS
# without the combining accent): the Cyrillic vowel and U+0301, which reads the same and is one
# script (a Latin letter in a Cyrillic word is mojibake to every check and search).
_STRESSED = {"á": "а", "é": "е", "ó": "о", "ý": "у", "Á": "А", "É": "Е", "Ó": "О", "Ý": "У"}
_LATIN_STRESS = re.compile(
    "(?<=[\u0400-\u04ff])[áéóýÁÉÓÝ]|[áéóýÁÉÓÝ](?=[\u0400-\u04ff])"
)


def cyrillic_stress(text: str) -> str:
    if not any(c in text for c in _STRESSED):
        return text
    return _LATIN_STRESS.sub(lambda m: _STRESSED[m[0]] + "\u0301", text)


def _split_plain(text: str) -> list[str]:
    text = drop_invisible(text)
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(block.split())  # = _WS.sub(" ", block).strip(): str.split is \s
        if block:
            paragraphs.append(block)
    return paragraphs


def _linked_teaser(para: str) -> bool:
    """An aggregator's block: the linked headline, a dash, then the teaser in plain text ("<a>
    Samsung reports a 95% YoY drop …</a> — Samsung Electronics' operating profit fell …"). Its
    link is the story's headline, not a list of other links: the teaser is the item's text."""
    m = _LINKED_TEASER.match(para)
    return m is not None and len(m["teaser"].split()) >= _LINKED_TEASER_WORDS


_LINKED_TEASER = re.compile(
    rf"^\s*{_LINK_OPEN}[^{_LINK_OPEN}{_LINK_CLOSE}]+{_LINK_CLOSE}\s*[—–]+\s*"
    rf"(?P<teaser>[^{_LINK_OPEN}{_LINK_CLOSE}]+)$"
)
_LINKED_TEASER_WORDS = 5


def _link_density(para: str) -> float:
    if _LINK_OPEN not in para:
        return 0.0  # no link in it (most paragraphs): nothing to count
    inside = 0
    depth = 0
    for ch in para:
        if ch == _LINK_OPEN:
            depth += 1
        elif ch == _LINK_CLOSE:
            depth = max(0, depth - 1)
        elif depth and not ch.isspace():
            inside += 1
    total = sum(1 for ch in para if not ch.isspace() and ch not in (_LINK_OPEN, _LINK_CLOSE))
    return inside / total if total else 0.0


# Literal gates derived from the patterns themselves (bot/content/regex_gates.py): a branch
# added to a pattern or to bot/data/junk.json is gated from the moment it exists, so no gate can
# skip it. None (no literal provable) means the pattern always runs.
# The whole-label pattern runs as two, its table's entries split by how they start (the same
# matches: a text matches an alternation where it matches one of its alternatives): those that
# start with a literal ("advertisement", "(end)") share the start gate of _JUNK and _JUNK_MORE;
# those that start with a character class ("[\w'’. -]{3,60}, enviado especial") would open that
# gate to nearly every text, and are gated by the literals their matches contain (_gates()).


def _whole_pattern(entries: list[str]) -> re.Pattern[str] | None:
    alternation = "|".join(f"(?:{w})" for w in entries)
    return re.compile(rf"^\W*(?:{alternation})\W*$", re.IGNORECASE) if entries else None


def _starts_with_literal(entry: str) -> bool:
    gate = regex_gates.prefixes(re.compile(rf"^\W*(?:{entry})", re.IGNORECASE))
    return gate is not None and not gate.firsts


def _publication_stamp() -> str:
    """A run of one to three stamps of when the item was published or updated ("Publiziert:
    15.06.2027 um 16:55 Uhr | Aktualisiert: 15.06.2027 um 11:40 Uhr", "Updated: 11:40 BST, 15
    June 2027"): the labels from junk.json's publication_stamp, the date and clock here."""
    table = _JUNK_TABLE["publication_stamp"]
    label = "|".join(
        f"(?:{w})" for lang, ws in table["labels"].items() if not lang.startswith("_") for w in ws
    )
    linker = "|".join(table["linkers"])
    day = r"(?:\d{1,2}[/.-]\s?\d{1,2}[/.-]\s?\d{2,4}" \
        r"|\d{1,2}(?:\.|º| de)? [^\W\d_]{3,10}\.?(?: de)?,? \d{4}|[^\W\d_]{3,9}\.? \d{1,2},? \d{4})"
    date = rf"(?:[^\W\d_]{{3,12}},? )?{day}"  # "Tuesday, 15 June 2027", "Di., 15.06.2027"
    clock = r"\d{1,2}[:.h]\d{2}(?:min)?(?: ?[ap]\.?m\.?)?(?: (?:uhr|hrs?|h|[a-z]{2,4}))?"
    at = rf"(?:(?:{linker}|ore|-|\|)\s)?(?:ore )?"  # "um 16:55", "alle ore 10", "- 10:05"
    ago = "|".join(
        f"(?:{w})" for lang, ws in table["relative"].items() if not lang.startswith("_")
        for w in ws
    )  # "2 hours ago", "vor 3 Stunden", "há 2 horas"
    when = rf"(?:{date}(?:,?\s?{at}{clock})?|{clock}(?:,?\s{date})?|{ago})"
    stamp = rf"(?:{label})(?: (?:{linker}))?\s?:?\s?{when}"
    return rf"{stamp}(?:\s*[|·/,–—-]?\s*{stamp}){{0,2}}"


_WHOLE_ENTRIES = [
    w for lang, ws in _JUNK_TABLE["boilerplate_whole"].items() if not lang.startswith("_")
    for w in ws
] + [_publication_stamp()]


class _JunkGates(NamedTuple):
    """The whole-label split and the start gate (see _built_gates)."""

    whole_literal: re.Pattern[str] | None
    whole_other: re.Pattern[str] | None
    patterns: tuple[re.Pattern[str], ...]  # _JUNK, _JUNK_MORE, whole_literal: start-gated
    starts: regex_gates.Prefixes | None  # the start gate of `patterns`


# The gates below are derived from the patterns on first use, or read from
# bot/data/clean_gates.json, which bench/build_clean_gates.py derives at build time (a test
# checks it is fresh): deriving them here was ~0.2 s of parsing in every process that cleans.
# Each stored entry records what it was derived from (the table's entries, the patterns'
# sources); one that no longer matches is ignored and derived here, so the file can only save
# time.
@cache
def _built_gates() -> dict[str, Any]:
    path = resources.files("bot.data").joinpath("clean_gates.json")
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def whole_entries_key() -> str:
    return regex_gates.digest("\x00".join(_WHOLE_ENTRIES))


def whole_split() -> list[bool]:
    """For each whole-label entry, whether every match starts with a literal."""
    entry = _built_gates().get("whole_split")
    if entry is not None and entry.get("source") == whole_entries_key():
        return [bool(b) for b in entry["literal"]]
    return [_starts_with_literal(w) for w in _WHOLE_ENTRIES]


def junk_start_patterns(split: Sequence[bool]) -> tuple[re.Pattern[str], ...]:
    """The start-gated junk patterns: _JUNK, _JUNK_MORE and the literal-led whole labels."""
    whole_literal = _whole_pattern([w for w, lit in zip(_WHOLE_ENTRIES, split, strict=True) if lit])
    return tuple(p for p in (_JUNK, _JUNK_MORE, whole_literal) if p is not None)


def start_gate(patterns: Sequence[re.Pattern[str]]) -> regex_gates.Prefixes | None:
    entry = _built_gates().get("starts")
    if entry is not None and entry.get("source") == regex_gates.sources_key(patterns):
        gate = entry["gate"]
        return None if gate is None else regex_gates.Prefixes.from_data(gate)
    return regex_gates.any_prefix(*(regex_gates.prefixes(p) for p in patterns))


@cache
def _junk_gates() -> _JunkGates:
    split = whole_split()
    patterns = junk_start_patterns(split)
    whole_literal = patterns[-1] if any(split) else None
    whole_other = _whole_pattern(
        [w for w, lit in zip(_WHOLE_ENTRIES, split, strict=True) if not lit])
    return _JunkGates(whole_literal, whole_other, patterns, start_gate(patterns))


def _is_junk(text: str, gates: frozenset[str] | None = None) -> bool:
    """`gates`: _gates().possible() of `text` or of the paragraph it is part of (a sentence
    holds no literal its paragraph does not)."""
    if len(text) >= 400:
        return False
    if gates is None:
        gates = _gates().possible(text)
    if "wp_footer" in gates and _WP_FOOTER.match(text):
        return True
    junk = _junk_gates()
    if (junk.starts is None or junk.starts.may_match(text)) and any(
        p.match(text) for p in junk.patterns
    ):
        return True
    if "whole_other" in gates and junk.whole_other is not None and junk.whole_other.match(text):
        return True
    if "anywhere" in gates and _JUNK_ANYWHERE.match(text):
        return True
    return "credit" in gates and _is_show_credit(text)


def _is_show_credit(text: str) -> bool:
    """ "Foreign Desk is hosted by A and produced by B.", "Producer: C. Sound design: D." """
    # A sentence is asked with its paragraph's gates: its own literals first (~1 µs against
    # ~11 µs for the pattern, tried at every position).
    if (words := _credit_literals()) is not None and not words.may_match(text):
        return False
    credits = len(_CREDIT_VERB.findall(text))
    return credits >= 2 or (credits == 1 and bool(_SHOW_WORD.search(text)))


# "Nepal#8217;s": a numeric entity that lost its "&" on the way (double-escaping CMSs); not
# "&amp;#8217;", an entity escaped twice, which decoding twice reads whole.
_BROKEN_ENTITY = re.compile(r"(?<!&)(?<!&amp;)#(?:(\d{2,7})|[xX]([0-9a-fA-F]{2,6}));")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "…on Wednesday.President Rasheed said", "…in 2024.The", "…Kayseri'ye.Şimdi": a full stop
# with no space after it (any script with case; not in "example.com", "U.S.", "3.5"); also a
# one-letter word opening the next sentence ("…por dois anos.O ministro", "…today.A new").
_GLUED = re.compile(r"(?<=[^\W_]{2}[.!?])(?=[^\W\d_](?:[^\W\d_]| [^\W\d_]{2}))")


def _unglue(text: str) -> str:
    def space(m: re.Match[str]) -> str:
        i = m.start()
        left, right = text[i - 2], text[i : i + 2]
        if not ((left.islower() or left.isdigit()) and right[0].isupper() and (
            right[1].islower() or (right[1] == " " and (
                text[i + 2 : i + 3].islower()
                # "…União Europeia.O Itamaraty", "…today.I think": a word of one letter
                # opens the sentence, a name may follow it
                or (right[0] in _ONE_LETTER_WORDS and text[i + 2 : i + 3].isupper())
            ))
        )):
            return ""
        token = text[max(0, i - 30) : i + 30]
        return "" if _URLISH.search(token) else " "

    # A _GLUED match sits between ".", "!" or "?" and a letter, a _GLUED_QUOTE one before an
    # opening mark: where neither is (most paragraphs), nothing to do, found in one pass.
    if not _GLUE_HINT.search(text):
        return text
    text = _sub_after_hints(_GLUED, _GLUED_HINT, space, text)
    return _sub_after_hints(_GLUED_QUOTE, _GLUED_QUOTE_HINT, _quote_space, text)


def _sub_after_hints(
    pattern: re.Pattern[str], hint: re.Pattern[str], repl: Callable[[re.Match[str]], str],
    text: str,
) -> str:
    """`pattern.sub(repl, text)` for a pattern whose matches are all empty and each right after
    the first character of a `hint` match (two characters, the second never a first one, so
    `finditer` sees every such place): the pattern is tried there only, not at every position
    (its lookbehind still sees the text before the position)."""
    parts: list[str] = []
    at = 0
    for h in hint.finditer(text):
        i = h.start() + 1
        if (m := pattern.match(text, i)) is not None and (put := repl(m)):
            parts += (text[at:i], put)
            at = i
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)


_GLUED_HINT = re.compile(r"[.!?][^\W\d_]")
_GLUE_HINT = re.compile(r"[.!?](?:[^\W\d_]|[“«‘„\"])")  # _GLUED_HINT or _GLUED_QUOTE_HINT
# "…local officials said.“They were farmers,” said …", "… dal 2029.«È un passo …»": a full
# stop after a word or a year, then at once the opening mark of a quotation and its first
# capital, the space between the sentences lost.
_GLUED_QUOTE = re.compile(r"(?<=(?:[^\W\d_]{2}|\d{2})[.!?])(?=[“«‘„\"][^\W\d_])")
_GLUED_QUOTE_HINT = re.compile(r"[.!?][“«‘„\"]")


def _quote_space(m: re.Match[str]) -> str:
    i, text = m.start(), m.string
    if not text[i + 1].isupper():
        return ""
    # "…sagte er.“Das …" in German: with a „ still open before it, the “ closes that quotation
    if text[i] == "“" and text.count("„", 0, i) > text.count("“", 0, i):
        return ""
    # '…border."This corridor …', '…Mali."Serve …': a straight mark opens a quotation when the
    # marks before it are paired; after an odd one it closes one ('… he said."Then …' stays)
    return "" if text[i] == '"' and text.count('"', 0, i) % 2 else " "


# Capital letters that are words of their own (pt/it/es/fr articles and conjunctions, en "A"
# and "I", it "È"): after a glued full stop and before a name, the start of a sentence. An
# initial ("J.R.R. Tolkien", "U.S.A. Today") has a capital before its full stop, never a
# lower-case pair, so it never reaches this test.
_ONE_LETTER_WORDS = frozenset("AEOIÈÀÉY")


_URLISH = re.compile(r"(?i)https?://|www\.|\.(?:com|org|net|gov|edu|io)\b")


def fix_entities(text: str) -> str:
    """Entities left in text: "&amp;quot;" (escaped twice) and "#8217;" (lost its "&")."""

    def numeric(m: re.Match[str]) -> str:
        code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
        return chr(code) if 32 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""

    if "#" in text:  # the patterns need "#" and "&": skip them when absent
        text = _BROKEN_ENTITY.sub(numeric, text)
    for _ in range(2):  # at most twice escaped in practice
        if "&" not in text or not _ENTITY.search(text):
            break
        text = htmllib.unescape(text)
    return text


def clean_title(title: str) -> str:
    """A headline as plain text: tags out ("<em>Exclusive:</em>", "<span class='webrupee'>₹
    </span>4,000"), entities decoded, also numeric ones missing their "&"."""
    text = fix_entities(drop_controls(title))
    if "<" in text:
        text = _LEFTOVER_TAG.sub("", text)
        text = fix_entities(text)
    text = drop_invisible(text)
    text = _SPACES.sub(" ", text).strip()
    # "UPDATE 2-Talks stall", "Live: Summit opens", "EN DIRECT Sommet…": the label goes.
    stripped = _TITLE_LABEL.sub("", text, count=1)
    while stripped != text and len(stripped) >= 8:
        text = stripped
        stripped = _TITLE_LABEL.sub("", text, count=1)
    stripped = cut_wire_slug(text)
    return stripped if len(stripped) >= 8 else text


_SPACES = re.compile(r"\s+")
_TITLE_LABEL = re.compile(
    r"^\W{0,2}(?:"
    # a hyphen glued on both sides joins a compound ("Premium-Tanker …"), it is no separator
    rf"(?i:{'|'.join(_JUNK_TABLE['title_prefixes'])})\W{{0,2}}(?:\s*[:：|–—]|\s+-|-(?=\s))\s*"
    rf"|(?:{'|'.join(_JUNK_TABLE['title_prefixes_caps'])})(?:\s*[-:：|–—]\s*|\s+(?=[A-ZÀ-Ý0-9]))"
    r")"
)


# A wire desk's topic slug glued to the headline or lead with a hyphen: "SOCCER-Morocco to…",
# "GLOBAL MARKETS-Stocks edge…" (bot/data/junk.json); the labels the headline drops too
# ("UPDATE 2-Kenya's shilling fell…").
_WIRE_SLUG = re.compile(
    rf"^(?:{'|'.join(_JUNK_TABLE['wire_slugs'])}|{'|'.join(_JUNK_TABLE['title_prefixes_caps'])})"
    r"\s*-\s*(?=[A-Z][a-z]|[A-Z]['’]|[0-9][\d.,]*\s|[\"“‘'])"
)


def opens_with_dateline(text: str) -> bool:
    """Does the text open with a wire or newspaper dateline ("KYIV, Dec 3 (Reuters) -",
    "LIMA, 3 dic (EFE).-", "Wien (apa) -", "【釜山共同】"): a written report's, which cleaning
    cuts from the text?"""
    text = text.lstrip()
    return bool(_WIRE_LEAD.match(text) or _CJK_WIRE_LEAD.match(text)
                or _DATED_PLACE_LEAD.match(text))


def cut_wire_slug(text: str) -> str:
    """`text` without a wire desk's label or topic slug at its start ("SOCCER-", "UPDATE 2-")."""
    if "-" not in text[:40]:
        return text
    return text[m.end():] if (m := _WIRE_SLUG.match(text)) else text


@lru_cache(maxsize=512)
def _name_in_caps(words: str) -> str:
    """A place's name set in capitals ("IRAN", "SOUTH KOREA") as the gazetteer writes it, else
    "" (also for acronyms, which it writes in capitals: "NATO", "IAEA")."""
    from bot.content import geo

    found = geo.find_mentions(words)
    if len(found) != 1 or found[0].surface.casefold() != words.casefold():
        return ""
    name = found[0].entity.name
    if name.isupper():
        return ""
    if name.casefold() == words.casefold():
        return name
    # "IRANIAN", "CHINESE": a demonym, not initials ("US", "UAE", "DRC" stay)
    if len(words) >= 4 and " " not in words and words[:3].casefold() == name[:3].casefold():
        return words.capitalize()
    return ""


@lru_cache(maxsize=512)
def _is_known_name(words: str) -> bool:
    """A name the English gazetteer knows ("NATO", "OPEC", "IAEA"), in any case."""
    from bot.content import geo

    return any(m.surface.casefold() == words.casefold() for m in geo.find_mentions(words))


_CHAT_TOKEN = re.compile(r"<([!@#][\w|^@&:.-]{1,60})>")


def _chat_words(m: re.Match[str]) -> str:
    """"<!channel>" → "@channel", "<@U123|ana>" → "@ana", "<#C1|general>" → "#general": the chat
    syntax a story quotes, as a reader writes it (plain text pings nobody: the adapters escape
    it, and Discord's @everyone/@here are defused there)."""
    token = m[1]
    sign, body = token[0], token[1:]
    name = body.split("|", 1)[1] if "|" in body else body.split("^", 1)[0]
    return name if name[:1] in "@#" else ("@" if sign in "!@" else "#") + name


def _strip_markup_leftovers(text: str) -> str:
    """Last line of defence: no tag-looking text and no script URLs ever reach a digest."""
    text = _unglue(fix_entities(text))
    if "<" in text:  # the patterns below need these characters: skip them when absent
        # Chat syntax quoted in a story ("<!channel>", "<@U123>") stays readable but inert.
        text = _CHAT_TOKEN.sub(_chat_words, text)
        text = _LEFTOVER_TAG.sub(" ", text)
        text = _LEFTOVER_LT.sub("‹", text)
    if ":" in text:
        text = _SCRIPT_URL.sub("", text)
    return " ".join(text.split())  # = _WS.sub(" ", text).strip(), without the regex


# A whole quotation: an opening mark, words, the closing mark (straight, curly, German, French,
# CJK corner marks; a Hebrew gershayim inside a word is no mark: it has letters on both sides).
_QUOTATION = re.compile(
    r'(?:^|(?<=[\s(\[:,،—–-]))["“„«»‘「『][^"“”„«»「」『』]{3,}?["”“»«’」』](?=[\s,.;:!?،)\]—–-]|$)'
)
QUOTE_TAIL_WORDS = 12  # words after a quotation: an attribution, not a cut-off sentence


def _quotation_then_short_tail(sentence: str) -> bool:
    """Does `sentence` hold a whole quotation followed by at most QUOTE_TAIL_WORDS words?"""
    # the sentence's end only: a quotation and a short tail fit in it, and an unpunctuated
    # block of thousands of characters is not searched whole
    ends = [m.end() for m in _QUOTATION.finditer(sentence, max(0, len(sentence) - 600))]
    return bool(ends) and len(sentence[ends[-1] :].split()) <= QUOTE_TAIL_WORDS


def _drop_truncated(
    sentences: list[str], *, last_paragraph: bool, keep_cut: bool = False
) -> list[str]:
    """Remove sentences the scraper cut: "…", "[...]", "........", or a tail cut mid-word.

    A complete sentence followed by an ellipsis ("…on Thursday.…") is kept without it. With
    `keep_cut` (the text has nothing else) a cut sentence is kept, ending in " …"."""
    kept = []
    for i, sentence in enumerate(sentences):
        end = sentence[-40:]  # _TRUNCATED_END needs a cut mark (and is anchored at the end)
        if _cut_mark_in(end) and (m := _TRUNCATED_END.search(end)):
            before = sentence[: len(sentence) - 40 + m.start()] if len(sentence) > 40 else (
                sentence[: m.start()])
            before = before.rstrip()
            if _terminal(before) and not before.endswith("…"):
                sentence = before
            elif _PAUSE.fullmatch(end[m.start():]) and len(before.split()) >= 4 and (
                    i + 1 < len(sentences) and _opens_sentence(sentences[i + 1])):
                # "…on Tuesday… Police advisers will…": more text follows in the paragraph, so
                # the ellipsis is the writer's pause that ends the sentence, not a cut.
                before = before.rstrip(",;:–—- ")
                sentence = before + ("۔" if _URDU_LETTERS.search(before[-60:]) else ".")
            elif keep_cut and len(before.split()) >= 4:
                glued = m.start() > 0 and end[m.start() - 1].isalnum()
                if cut := _clean_cut(before, glued=glued):
                    kept.append(cut)
                continue
        run = _DOTS_RUN.search(sentence) if (
            "…" in sentence or ".." in sentence or sentence.count(".") >= 3) else None
        if run:
            sentence = sentence[: run.start()].rstrip()
            # Text before a dot run is a complete sentence only if it says so.
            if not _terminal(sentence):
                continue
        end = sentence[-40:]  # anchored at the end: look at the end only
        if _cut_mark_in(end) and _TRUNCATED_END.search(end):
            continue
        is_tail = last_paragraph and i == len(sentences) - 1
        # A final sentence with no terminal punctuation was cut off mid-word or mid-clause;
        # short unpunctuated lines ("Analysis", "Background") are kept; so is a whole
        # quotation with at most a short attribution after it ('… said the swap had “kept the
        # lights on” during the squeeze', '"…", אמרה ד"ר …': outlets that end every
        # description without a full stop would otherwise lose their quotes), and a last
        # sentence after complete ones that ends as a sentence ends, only without its full
        # stop ("…gennaio.Secondo fonti …, Teheran ha ottenuto lo stop alla risoluzione").
        if is_tail and len(sentence.split()) >= 6 and not _terminal(sentence) and not (
            _quotation_then_short_tail(sentence)
            or (kept and _terminal(kept[-1]) and _latin_letter(sentence[-1:]) and (
                # "…kündigt Gegenmaßnahmen an": a German or Dutch verb particle ends it
                _ends_on_verb_particle(sentence, " ".join(sentences))
                or (not _OPEN_ENDING.search(sentence) and not _CUT_WORD_END.search(sentence)
                    and sentence.rsplit(None, 1)[-1].casefold() not in _NEVER_LAST_WORDS))
            and not _WRITES_CREDIT.search(sentence))
        ):
            continue
        if sentence:
            kept.append(sentence)
    return kept


def _clean_cut(before: str, *, glued: bool) -> str:
    """A teaser the CMS cut, kept because the text has nothing else. A summary never ends in
    "…" or mid-phrase: a teaser stopping on a whole word a sentence may end on ("…into a
    nearby warehouse …") ends there with a full stop; one stopping mid-phrase ("…after taking
    office, setting up a …", "…remained uncert...") is cut back to its last comma; with no
    such comma nothing is left (the digest shows the headline). Text without spaces (Chinese,
    Japanese) keeps its words and " …": its words cannot be told whole."""
    words = before.split()
    cut_word = glued and not _whole_word(words[-1], words)
    if cut_word:
        words.pop()
    while words and not any(c.isalnum() for c in words[-1]):
        words.pop()
    if len(words) < 3:
        return ""
    text = " ".join(words).rstrip(",;:–—- ")
    if _CJK_TEXT.search(text[-40:]):
        return text + " …"
    stop = _sentence_stop(text)
    last = words[-1].strip(_WORD_EDGE).casefold()
    # "…and that Berlin …", "…seen in Canberra as limiting …": a clause that just opened
    opened = any(w.strip(_WORD_EDGE).casefold() in _CLAUSE_OPENERS for w in words[-3:-1])
    if (not cut_word and not opened and len(words) >= _TEASER_WHOLE_WORDS
            and last not in _NEVER_LAST_WORDS
            and not (_latin_letter(text[-1:]) and _CUT_WORD_END.search(text))
            and not words[-1].endswith((",", ";", ":"))):
        return text + stop
    for m in reversed(list(_CLAUSE_BREAK.finditer(text))):
        head, tail = text[: m.start()], text[m.end():]
        head_words = head.split()
        if len(head_words) < _TEASER_MIN_WORDS:
            break
        if head_words[-1].strip(_WORD_EDGE).casefold() in _NEVER_LAST_WORDS:
            continue
        first = tail.split(None, 1)[0].strip(_WORD_EDGE).casefold() if tail.split() else ""
        if first in _COMPLEMENTISERS or tail[:1] in "\"“„«‘":
            continue  # "…said, that …": the words before introduce what was cut
        if _speech_verb_end(head_words):
            continue
        return head.rstrip(",;:–—- ") + stop
    # No whole clause: the words the feed gave, marked as cut. The item has text, so its digest
    # is not a bare headline (README: never empty while the item has text).
    return text + " …"


_TEASER_MIN_WORDS = 6  # a cut teaser's words that may stand as its sentence
_TEASER_WHOLE_WORDS = 8  # … and as it was written, with a full stop ("Footage … shows" is not)
_WORD_EDGE = "\"'“”‘’„«»()[]"
_CJK_TEXT = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;،]|\s[–—-])\s+")
_COMPLEMENTISERS = frozenset(
    w for ws in json.loads(resources.files("bot.data").joinpath("summary.json").read_text(
        "utf-8"))["teaser_cut_complementisers"].values() for w in ws
)


_CLAUSE_OPENERS = frozenset(
    w for ws in json.loads(resources.files("bot.data").joinpath("summary.json").read_text(
        "utf-8"))["teaser_cut_clause_openers"].values() for w in ws
)


def _sentence_stop(text: str) -> str:
    """The full stop of the text's script: "۔" in Urdu, "।" in Hindi and Bengali, else "."."""
    tail = text[-60:]
    if _URDU_LETTERS.search(tail):
        return "۔"
    if any("\u0900" <= c <= "\u09ff" for c in tail):
        return "।"
    return "."


def _speech_verb_end(words: list[str]) -> bool:
    """Do the words end on a speech verb ("…the minister said", "…a déclaré")?"""
    low = tuple(w.strip(_WORD_EDGE + ",").casefold() for w in words[-3:])
    return any(low[-len(v):] == v for v in speech_verbs())


# A lead set in print style, its first word or words in capitals: "TALKS between Serbia and
# Kosovo…", "THE Government said…", "A SENIOR minister…". The capitals end before a word in
# small letters.
_CAPS_LEAD = re.compile(r"^(?P<caps>(?:[A-Z][A-Z'’]*\s+){1,3})(?=[A-Z]?[a-z])")
# Words a caps lead may start with that are never acronyms (bot/data/summary.json).
_LEAD_FUNCTION_WORDS = frozenset(
    json.loads(resources.files("bot.data").joinpath("summary.json").read_text("utf-8"))[
        "caps_lead_words"]
)
_LEAD_ACRONYMS = frozenset(
    json.loads(resources.files("bot.data").joinpath("summary.json").read_text("utf-8"))[
        "caps_lead_acronyms"]
)
_CAPS_LEAD_MIN_LETTERS = 5  # "TALKS", "SENIOR": shorter capitals may be an acronym ("IMF")


def sentence_case_lead(para: str, context: Sequence[str] = ()) -> str:
    """`para` with its print-style capitals lead in sentence case ("TALKS between" → "Talks
    between", "THE Government said" → "The Government said"). An acronym stays ("NATO defence
    ministers", "IAEA inspectors", "EU and UN officials"): a name the gazetteer knows, a word the
    text writes in capitals again, or a short word not known to be an ordinary one."""
    m = _CAPS_LEAD.match(para)
    if not m:
        return para
    words = m["caps"].split()
    if name := _name_in_caps(" ".join(words)):  # "IRAN said", "SOUTH KOREA has"
        return name + " " + para[m.end():]
    rest = " ".join(context)[:3000]
    out = []
    for i, word in enumerate(words):
        letters = sum(c.isalpha() for c in word)
        if i and (name := _name_in_caps(word)):
            out.append(name)
            continue
        ordinary = word.casefold() in _LEAD_FUNCTION_WORDS or (
            letters >= 3 and word not in _LEAD_ACRONYMS and not _is_known_name(word) and (
                (letters >= _CAPS_LEAD_MIN_LETTERS
                and len(re.findall(rf"\b{re.escape(word)}\b", rest)) <= 1)
                or re.search(rf"\b{re.escape(word.lower())}\b", rest) is not None
            )
        )
        if letters > 1 and not ordinary:
            return para  # an acronym: the lead is not set in print capitals
        if letters <= 2 and len(words) == 1 and not para[m.end():m.end() + 1].islower():
            return para  # "AS Roma", "IS fighters"?: a short word before a name may be one
        out.append(word.capitalize() if i == 0 else word.lower() if letters > 1 else word)
    return " ".join(out) + " " + para[m.end():]


_ENGLISH_MARKERS = frozenset(("the", "of", "and", "to", "in", "that", "for", "on", "with"))


def _whole_word(word: str, words: list[str]) -> bool:
    """Is the word a teaser's ellipsis is glued to whole? Only English text can tell (the
    clustering vocabulary): "talks" is, "uncert" is not. In other languages it is not known
    whole ("perseguiç..."), so it goes: the summary ends at the last word a space closed."""
    from bot.content import clustering
    from bot.content.relevance import _stem

    if sum(w.casefold() in _ENGLISH_MARKERS for w in words) < 2:
        return False
    low = word.casefold().strip("\"'“”‘’(),;:")
    _, df = clustering._static_df()
    if not df or low in _NEVER_LAST_WORDS or _stem(low) in df or any(
        low.endswith(end) and low[: -len(end)] in df for end in ("s", "es", "ed", "d", "ing")
    ):
        return True
    # A name the vocabulary lacks ("…a university in Irkutsk..."): CMSs mostly cut at a word's
    # end, so it is whole unless it is clearly the start of a longer word the vocabulary or the
    # text has ("Ukrain…", "Moza…" beside "Mozambique").
    return word[:1].isupper() and len(low) > 2 and not _starts_known_word(low, words)


def _starts_known_word(low: str, words: list[str]) -> bool:
    """Is `low` the start of a longer word of the clustering vocabulary or of `words`?"""
    keys = _sorted_vocabulary()
    i = bisect.bisect_right(keys, low)
    return (i < len(keys) and keys[i].startswith(low)) or any(
        w.casefold().startswith(low) and len(w) > len(low) for w in words[:-1]
    )


@cache
def _sorted_vocabulary() -> list[str]:
    from bot.content import clustering

    return sorted(clustering._static_df()[1])


# "💬 Hamish Doyle: Useful on the logistics, thin on the politics." opening a curated item: the
# curator's note (junk.json sharer_note_marks), up to its first sentence end or the line's.
_SHARER_MARKS = tuple(_JUNK_TABLE["sharer_note_marks"])
_SHARER_NOTE = re.compile(
    rf"^\s*(?:{'|'.join(map(re.escape, _SHARER_MARKS))})\s*[^\W\d_][^:\n]{{1,40}}:\s*"
    r"(?:[^\n]*?[.!?…](?=\s|$)|[^\n]*)\s*"
)


# "(Im zweiten Absatz wurde der Name … berichtigt.)", "(Corrects spelling of name in paragraph
# 2)": a corrected reissue's bracketed note opening the text (junk.json correction_notes).
_CORRECTION_NOTE = re.compile(
    rf"^\s*[(\[]\s*(?:{_words('correction_notes')})[^()\[\]]{{0,200}}[)\]]\W*$",
    re.IGNORECASE,
)


def clean_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """Drop junk, trailing link lists, truncated sentences and repeated paragraphs/sentences."""
    paragraphs = list(_bounded(paragraphs))
    if paragraphs and paragraphs[0].lstrip().startswith(_SHARER_MARKS):
        paragraphs[0] = _SHARER_NOTE.sub("", paragraphs[0], count=1)
    if paragraphs and paragraphs[0].lstrip()[:1] in "([" and _CORRECTION_NOTE.match(paragraphs[0]):
        paragraphs = paragraphs[1:]  # a corrected reissue's note: the desk's, not the copy
    # Trailing link lists ("Related: A | B | C"): paragraphs mostly made of link text at the end.
    while paragraphs and _link_density(paragraphs[-1]) > 0.6 and not _linked_teaser(
            paragraphs[-1]):
        paragraphs.pop()
    # A paragraph that is all link in the middle of the text is a "see also" teaser.
    paragraphs = [p for p in paragraphs if _link_density(p) < 0.9 or _linked_teaser(p)]
    kept = _clean(paragraphs, drop_cut_tail=True)
    # Text with no sentence end at all, or only a teaser cut with "…", is still text: better
    # its words than an empty digest. So is a teaser under a label line that is no sentence
    # ("Ілюстрація REUTERS" then "Медикам … слід підняти виплати...."): the label alone
    # would leave the summary nothing.
    if not paragraphs or any(_terminal(p) for p in kept):
        return kept
    whole = _clean(paragraphs, drop_cut_tail=False)
    return whole if len(whole) > len(kept) or not kept else kept


# _JUNK_MORE_TAIL without its "[+123 chars]" branches (NewsAPI's cut marker): for text without
# "[+", where those cannot match, and far cheaper than the whole pattern.
_READ_MORE_TAIL = re.compile(
    rf"(?:(?<=[.!?。！？؟۔\"”’)…])|^)\s*(?:{_words('read_more')})(?=\W|$)[^.!?。]{{0,60}}[\W]*$",
    re.IGNORECASE,
)
# A closing "Here's why." / "; veja perguntas e respostas." / "Our earlier brief explains …":
# the reader sent on, not news (junk.json's read_on). After a clause mark the sentence before
# it is closed ("…Emirados Árabes Unidos."); a spaced hyphen is one too ("… בתי חולים - פרטים
# נוספים בחדשה", where a plain keyboard's dash stands for "–").
_READ_ON_TAIL = re.compile(
    rf"(?:(?<=[.!?。！？\"”’)…])\s*|(?P<clause>\s*[;:–—]|\s+-(?=\s))\s*)(?:{_words('read_on')})"
    r"(?=\W|$)"
    r"[^.!?;:]{0,60}[.!?…]*\s*$",
    re.IGNORECASE,
)
# "… nicht. vor 5 Std. Lesezeit: 2 Min.": a scraped news card's age and reading time after the
# teaser's last sentence (junk.json's card_meta_reading_time, publication_stamp's ages).
_CARD_META_TAIL = re.compile(
    r"(?:(?<=[.!?。！？؟۔\"”’)…])|^)\s*(?:(?:"
    + "|".join(f"(?:{w})" for lang, ws in _JUNK_TABLE["publication_stamp"]["relative"].items()
               if not lang.startswith("_") for w in ws)
    + "|" + _words("card_meta_reading_time")
    + r")\.?\s*[|·•,–—-]?\s*){1,3}$",
    re.IGNORECASE,
)
# The literal-gated patterns of _clean, each tried on a paragraph (its tail, its sentences)
# only where one of its literals is in it: one pass over the paragraph answers for all of them.
# Built on first use, or read from clean_gates.json (see _built_gates).
def literal_gate_patterns(
    whole_other: re.Pattern[str] | None,
) -> dict[str, re.Pattern[str]]:
    return {
        "junk_tail": _JUNK_TAIL, "read_more": _READ_MORE_TAIL, "more_tail": _JUNK_MORE_TAIL,
        "read_on": _READ_ON_TAIL, "card_meta": _CARD_META_TAIL,
        "by_tail": _BY_TAIL, "wp_footer": _WP_FOOTER, "ko_tail": _KO_TAIL,
        "inline_credit": _INLINE_CREDIT, "anywhere": _JUNK_ANYWHERE, "credit": _CREDIT_VERB,
        **({"whole_other": whole_other} if whole_other is not None else {}),
    }


@cache
def _credit_literals() -> regex_gates.Literals | None:
    return regex_gates.gate(_CREDIT_VERB, (_built_gates().get("gates") or {}).get("credit"))


@cache
def _gates() -> regex_gates.LiteralGates:
    return regex_gates.LiteralGates(
        literal_gate_patterns(_junk_gates().whole_other), _built_gates().get("gates")
    )


_INITIALS_END = frozenset("abcdefghijklmnopqrstuvwxyzäöü")


def _cut_tail_junk(tail: str, gates: frozenset[str]) -> str:
    """_JUNK_TAIL then _JUNK_MORE_TAIL removed from the end of `tail`; the same result, each
    pattern tried only where the literals its matches contain are present (`gates`:
    _gates().possible() of `tail` or of a text it is part of)."""
    if "junk_tail" in gates and _junk_tail_possible(tail):
        tail = _JUNK_TAIL.sub("", tail)
    if "card_meta" in gates:
        tail = _CARD_META_TAIL.sub("", tail)
    if "read_on" in gates and (m := _READ_ON_TAIL.search(tail)):
        tail = tail[: m.start()] + ("." if m["clause"] else "")
    if "[+" in tail:
        return _JUNK_MORE_TAIL.sub("", tail) if "more_tail" in gates else tail
    return _READ_MORE_TAIL.sub("", tail) if "read_more" in gates else tail


def _junk_tail_possible(tail: str) -> bool:
    """False only where _JUNK_TAIL cannot match: each match holds a "[", " appeared first on "
    or a read-on phrase. The paragraph's literal gate is weaker here ("more", "plus", "mais",
    words of every English or Portuguese text) and the pattern, tried at every position of the
    tail, costs ~13 µs. (Letters whose case folds unlike lower() always run it.)"""
    if "[" in tail or (not tail.isascii() and _ODD_FOLD.search(tail)):
        return True
    low = tail.lower()
    return " appeared first on " in low or any(p in low for p in _READ_ON_PHRASES)


def _cut_agency(text: str) -> str:
    """_AGENCY_TAIL removed: it only matches text ending in ")" or "]" or in an agency name
    (then maybe "."), so other text is returned as it is without running it."""
    end = text.rstrip()[-_AGENCY_WINDOW:]  # the agency name, "." and spaces: the end only
    if not end.endswith((")", "]", ").", "].")) and (
        end.isascii() or not _ODD_FOLD.search(end)
    ) and not (
        end.removesuffix(".").lower().endswith(_AGENCY_ENDS)
    ) and not ("/" in end and _AGENCY_END_MARKS.search(end)):  # (every match has a "/")
        return text
    return _AGENCY_TAIL.sub("", text)


def _cut_initials(text: str) -> str:
    """_EDITOR_INITIALS removed: it only matches text ending in a lower-case letter."""
    if text.rstrip()[-1:] not in _INITIALS_END:
        return text
    return _EDITOR_INITIALS.sub("", text)


# Desk initials closing South Asian wire copy after the agency's name: "… in Vienna. PTI AR SKY",
# "… import bills BPS RS NSD" (the sentence end may be lost): the agency, then one to four
# groups of capitals.
_DESK_INITIALS = re.compile(
    r"(?:(?<=[.!?\"”’])|(?<=[a-z0-9%]))\s+(?P<agency>[A-Z]{2,6})(?:\s+[A-Z]{2,4}){1,4}\s*\.?\s*$"
)
# The agency a dateline names in brackets: "New Delhi, Jun 15 (BPS) …", "Male, Dec 3 (PTI): …".
_DATELINE_AGENCY = re.compile(r"\((?P<agency>[A-Z]{2,6})\)")
_KNOWN_CAPS_AGENCIES = frozenset(a for a in _AGENCIES.split("|") if a.isupper())


def _dateline_agencies(paragraphs: Sequence[str]) -> frozenset[str]:
    """The agencies the text's dateline names ("(BPS)"), in its first paragraphs."""
    found: set[str] = set()
    for para in paragraphs[:3]:
        lead = _WIRE_LEAD.match(para)
        if lead is not None:
            found.update(m["agency"] for m in _DATELINE_AGENCY.finditer(lead.group()))
    return frozenset(found)


# An editor's initials joined by full stops as the copy's last line, after a sentence: "… in
# Hodeidah governorate.\nF.M" (Arab state agencies' English services).
_DOTTED_INITIALS = re.compile(r"(?<=[.!?\"”’])\s+[A-Z]\.[A-Z](?:\.[A-Z])?\.?\s*$")


def _cut_desk_initials(text: str, agencies: frozenset[str]) -> str:
    """Desk initials after the agency's name removed: the agency the dateline named, or a known
    one with two or more groups after it ("… PTI AR SKY"); not "… talks with the EU and UK".
    In copy whose dateline names an agency, dotted initials closing it ("… governorate. F.M")."""
    if not text.rstrip().removesuffix(".")[-1:].isupper():
        return text
    if agencies and (dotted := _DOTTED_INITIALS.search(text)) is not None:
        return text[: dotted.start()]
    m = _DESK_INITIALS.search(text)
    if m is None:
        return text
    groups = len(m.group().split()) - 1
    if m["agency"] in agencies or (m["agency"] in _KNOWN_CAPS_AGENCIES and groups >= 2):
        return text[: m.start()]
    return text


def _is_caps_line(text: str) -> bool:
    """A line in capitals ("VENEZUELA'S REGIME FACES NEW PRESSURE AS EXPORTS SLUMP", "CLICK HERE
    TO GET THE APP"): US broadcasters' related-story links and app prompts inside the text."""
    # The letters' case first: it stops at the first small letter, the usual answer.
    return (
        all(map(str.isupper, filter(str.isalpha, text)))
        and len(text.split()) >= 4
        and sum(map(str.isalpha, text)) >= 15
    )


# An aggregator's credit line opening the text: "Karen Holloway / Meridian Wire:", "Seoul
# Economic Daily:", "Dana Whitfield and Omar Sayeed / The Byte Ledger:" — names and an outlet,
# every word capitalised, then a colon; the linked headline and its teaser follow. No summary
# text (a label is one word or has words in small letters: "Key points:").
_CREDIT_STUB = re.compile(
    r"^[A-ZÀ-ÝÄÖÜ][\w'’.&-]*(?:(?:\s+|\s*[/,&]\s*|\s+(?:and|und|y|e|et|i|og|en)\s+)"
    r"[A-ZÀ-ÝÄÖÜ\d][\w'’.&-]*)+\s*[:：]$"
)
_CREDIT_STUB_WORDS = 10


_SALUTATION_WORDS = 6


def _salutation(para: str) -> bool:
    """A newsletter's greeting line ("Liebe Leserinnen und Leser,", "Dear readers,", "Cari
    lettori,", "Caros leitores,"): a few words ending in a comma, the letter going on after it."""
    return para.endswith(",") and len(para.split()) <= _SALUTATION_WORDS


# The longest line read as the headline repeated over the text (no sentence end).
_HEADLINE_LINE_WORDS = 25


def _clean(paragraphs: list[str], *, drop_cut_tail: bool) -> list[str]:
    # Capitals lines are links and prompts only among text in mixed case: a feed written all
    # in capitals keeps its text.
    mixed_case = any(not _is_caps_line(p) for p in paragraphs if p.strip())
    seen_paragraphs: set[str] = set()
    recent: list[str] = []
    seen_sentences: set[str] = set()
    kept: list[str] = []
    greeted = False  # the paragraph before was a greeting line cut as junk
    agencies = _dateline_agencies(paragraphs)
    for index, raw in enumerate(paragraphs):
        if _LINK_OPEN in raw:
            # "… [<a>mehr</a>]": the brackets the link stood in go with it
            raw = _EMPTY_BRACKETS.sub("", _LINKED_JUNK.sub(" ", raw))
        if _LINK_OPEN in raw or _LINK_CLOSE in raw:  # no link in most paragraphs
            raw = _MARKERS.sub("", raw)
        para = whole = _strip_markup_leftovers(raw)
        gates = _gates().possible(whole)  # holds for every part of `whole` too
        # The tail pattern is anchored at the end and ≤ ~400 chars long: only run it there.
        head, tail = para[:-_TAIL_WINDOW], para[-_TAIL_WINDOW:]
        tail = _cut_tail_junk(tail, gates)
        if "by_tail" in gates:
            tail = _BY_TAIL.sub("", tail)
        if "wp_footer" in gates:
            tail = _WP_FOOTER.sub("", tail)
        if "ko_tail" in gates:
            tail = _KO_TAIL.sub("", tail)
        if ("–" in tail or "—" in tail) and _site_signoff_possible(tail):
            tail = _SITE_SIGNOFF.sub("", tail)
        end = tail[-GLUED_TAIL_WINDOW:]
        if (glued := GLUED_BYLINE_TAIL.search(end)) is not None:
            tail = tail[: len(tail) - len(end) + glued.start()]
        if tail.endswith("/"):
            tail = _SLASHED_INITIALS.sub("", tail)
        cut = _cut_initials(_cut_agency(tail))
        cut = _cut_desk_initials(_cut_initials(_cut_agency(cut)), agencies)
        if cut != tail:
            tail = cut if _terminal(cut) else cut + "."
        joined = head + tail
        # (a caption credit opens with "(" or "[": most paragraphs have neither)
        if len(paragraphs) > 1 and (
            (("(" in joined or "[" in joined) and _CAPTION_END.search(joined))
            or (" / " in raw and _SLASH_CAPTION.match(raw.strip()))
        ):
            continue
        para = joined
        if "inline_credit" in gates:
            # the matches once: the caption test reads them, and cutting them is the sub
            credits = list(_INLINE_CREDIT.finditer(para))
            if len(paragraphs) > 1 and _credited_caption_of(para, credits):
                continue
            if credits:
                para = _without_spans(para, credits)
        para = para.strip()
        if not kept and _CREDIT_STUB.match(para) and len(para.split()) <= _CREDIT_STUB_WORDS:
            continue  # "Karen Holloway / Meridian Wire:": an aggregator's credit, no text
        if index < 3:
            para = _WIRE_LEAD.sub("", _LEAD_LABEL.sub("", para, count=1), count=1)
            if index == 0 and " " in para[:12]:
                para = _cut_submission_lead(para)
            para = _CJK_WIRE_LEAD.sub("", para, count=1)
            para = _DATED_PLACE_LEAD.sub("", para, count=1)
            # only where the text starts, or after a credit or kicker line ("Sportredaktion")
            if kept and not all(_is_heading(k) for k in kept) and all(
                    not _terminal(k) and len(k.split()) <= _HEADLINE_LINE_WORDS for k in kept):
                # under the headline repeated as the text's first line (a Telegram or social
                # bridge: "Headline<br><br>اسلام آباد: …"), the place line still opens the text
                led = _cut_place_lead(para)
                para = led if led == para or not _is_junk(para) else para
            elif not kept or all(_is_heading(k) for k in kept):
                para = sentence_case_lead(cut_wire_slug(para), paragraphs)
                # "Par notre correspondante à Dakar, Awa N. Le port…": an initial's full stop
                # hides the sentence end from the splitter; the byline goes here.
                if "," in para[:120]:
                    para = _CORRESPONDENT_LEAD.sub("", para, count=1)
                para = _DESK_BYLINE_LEAD.sub("", para, count=1)
                para = _PRINT_CREDIT_LEAD.sub("", para, count=1)
                para = GLUED_BYLINE.sub("", para, count=1)
                if "," in para:
                    para = WRITES_BYLINE.sub("", para, count=1)
                led = _cut_place_lead(para)
                # "FILE PHOTO: A view of …": a caption whose label reads like a place line
                # goes whole, below
                para = led if led == para or not _is_junk(para) else para
        elif (lead := _WIRE_LEAD.match(para)) is not None and "(" in lead.group() and (
                lead.group()[:3].isupper() or _KNOWN_AGENCY_RE.search(lead.group())):
            # Further down only a place in capitals or a known agency with its bracket: a
            # stitched update's earlier story under "… LP's earlier story is below."
            # ("CARACAS, Venezuela (LP) — "); not "Die Union (CDU/CSU) – so heißt es – …".
            para = para[lead.end():]
        if para not in whole:  # a credit cut from inside, a full stop added: look again
            gates = _gates().possible(para)
        if not para or _is_junk(para, gates):
            # a greeting cut as junk ("Buongiorno a tutte e a tutti,") still opens the letter
            greeted = bool(para) and _salutation(para)
            continue
        # (not "eBay", "iPhone": a capital inside the first word)
        if para[:1].islower() and not para[1:2].isupper() and (
                greeted or (kept and _salutation(kept[-1]))):
            # "Liebe Leserinnen und Leser," / "die Nato hat …": the letter's first sentence,
            # which a summary may show without the greeting line before it
            para = para[0].upper() + para[1:]
        greeted = False
        fp = fingerprint(para)
        if not fp or _is_near_duplicate(fp, seen_paragraphs, recent):
            continue
        seen_paragraphs.add(fp)
        recent.append(fp)
        original = split_sentences(para)
        if len(original) == 1 and original[0] == para:  # the paragraph itself: not junk
            sentences = original
        else:
            sentences = [s for s in original if not _is_junk(s, gates)]
        if mixed_case:
            sentences = [s for s in sentences if not _is_caps_line(s)]
        sentences = _drop_truncated(
            sentences, last_paragraph=drop_cut_tail and index == len(paragraphs) - 1,
            keep_cut=not drop_cut_tail,
        )
        unique = []
        for sentence in sentences:
            key = fingerprint(sentence)
            if not key or key in seen_sentences:
                continue
            seen_sentences.add(key)
            unique.append(sentence)
        if unique == original:
            kept.append(para)  # untouched: keep the author's spacing (CJK has none)
        elif unique:
            kept.append(_join(unique))
    while len(kept) > 1 and all(
        _BIO_SENTENCE.match(x) or _DISCLOSURE.match(x) or _is_appeal(x)
        for x in split_sentences(kept[-1])
    ):
        kept.pop()
    listed = _list_runs(kept)
    return [p if i in listed else _close_block(p) for i, p in enumerate(kept)]


_BLOCK_MIN_WORDS = 4  # "Analysis", "Key points": headings stay as they are
# Words no sentence ends on, in many languages (bot/data/open_endings.json).
_NEVER_LAST_WORDS = frozenset(
    word
    for key, words in json.loads(
        resources.files("bot.data").joinpath("open_endings.json").read_text("utf-8")
    ).items()
    if not key.startswith("_")
    for word in words
)
_VERB_PARTICLES = {
    lang: (frozenset(v["particles"]), frozenset(v["markers"]))
    for lang, v in json.loads(
        resources.files("bot.data").joinpath("verb_particles.json").read_text("utf-8")
    ).items()
    if not lang.startswith("_")
}


def _ends_on_verb_particle(text: str, context: str) -> bool:
    """Does `text` end on a separable verb particle ("…kündigt Gegenmaßnahmen an") of the
    language `context` (its paragraph) reads as? Then it ends as written, only unstopped."""
    last = text.rsplit(None, 1)[-1:]
    if not last:
        return False
    word = last[0].casefold()
    words = [w.casefold() for w in context.split()]
    english = sum(w in _ENGLISH_MARKERS for w in words)
    return any(
        word in particles and sum(w in markers for w in words) > english
        for particles, markers in _VERB_PARTICLES.values()
    )


# "…could swallow most of the new money, writes Evan Thorsby": an op-ed teaser's credit.
_WRITES_CREDIT = re.compile(
    r",\s+(?:writes|argues|says)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}$"
)
# A last word of one or two letters ("…the government would co"): cut, not ended.
_CUT_WORD_END = re.compile(r"(?:^|\s)\w{1,2}$")
_LIST_ITEM_MAX_WORDS = 8  # "A 12-month deadline for creditor committees": a bullet, not a sentence


def _list_runs(paragraphs: list[str]) -> set[int]:
    """Indexes of the blocks that are list items: two or more short blocks in a row without a
    sentence end ("A standstill clause", "Private creditors named for the first time"). They
    get no full stop, so the summary does not read them as sentences. The first block is the
    lead (a standfirst without a full stop), never a list item."""
    short = [
        i > 0 and len(p.split(None, _LIST_ITEM_MAX_WORDS)) <= _LIST_ITEM_MAX_WORDS
        and not _terminal(p)
        for i, p in enumerate(paragraphs)
    ]
    out: set[int] = set()
    i = 0
    while i < len(short):
        j = i
        while j < len(short) and short[j]:
            j += 1
        if j - i >= 2:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out
def _latin_letter(ch: str) -> bool:
    """Words that cannot end a sentence are known for Latin-script languages only
    (open_endings.json); elsewhere a cut and a missing full stop look alike ("…וכן מטוסי"),
    and a visibly cut sentence is worse than a shorter summary."""
    return ch.isalpha() and ord(ch) < 0x250


_OPEN_ENDING = re.compile(r"(?:[,–—-]|\b(?:the|a|an|of|to|and|or|in|on|at|for|with|by))$", re.I)


def _close_block(para: str) -> str:
    """A block is a sentence boundary: a standfirst or bullet without a final full stop gets
    one, so a summary never runs "…will boycott the body A 50-strong commission…"."""
    # split(None, 3): as many parts as words up to four, without splitting the whole paragraph
    short = len(para.split(None, _BLOCK_MIN_WORDS - 1)) < _BLOCK_MIN_WORDS
    if not short and _unstopped_quotation_end(para):
        return para + "."  # 'Il ministro: «Nessun ferito»' as 'Paris steckt in der Krise'
    if short or _terminal(para) or para.endswith(("।", "॥")) or (
            _OPEN_ENDING.search(para) and not _ends_on_verb_particle(para, para)):
        return para
    return para + (
        "。" if _CJK_END.search(para) else "۔" if _URDU.search(para[-20:])
        else "।" if _DANDA_SCRIPT.search(para[-1:]) else "."
    )


# A block ending on a quotation's closing mark, a word (Latin script) right inside it: the
# sentence's stop is missing ('… fala em “risco de escalada regional”'). The opening mark must
# come before it, so an apostrophe ("the Smiths'") is no quotation; a question, an exclamation
# or an ellipsis inside the marks already ends the sentence.
_QUOTE_PAIRS = {"”": "“„", "»": "«", "«": "»", "“": "„", '"': '"', "’": "‘"}


def _unstopped_quotation_end(para: str) -> bool:
    close = para[-1:]
    if close not in _QUOTE_PAIRS:
        return False
    body = para[:-1]
    inside = body.rstrip(" \u00a0\u202f") if close == "»" else body  # French « … »
    if not _latin_letter(inside[-1:]) and not inside[-1:].isdigit():
        return False
    if close == '"':
        return body.count('"') % 2 == 1  # its opening mark is in the block
    return any(opening in body for opening in _QUOTE_PAIRS[close])


_CJK_END = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]$")
_URDU = re.compile(r"[\u0600-\u06ff]")
_DANDA_SCRIPT = re.compile(r"[\u0900-\u09ff]")  # Devanagari, Bengali: sentences end on "।"


def _join(sentences: list[str]) -> str:
    out = sentences[0]
    for sentence in sentences[1:]:
        out += sentence if out.endswith(("。", "！", "？")) else " " + sentence
    return out


def _bounded(paragraphs: Iterable[str]) -> Iterable[str]:
    budget = MAX_TEXT_CHARS
    for para in paragraphs:
        if budget <= 0:
            log.debug("text cut at %d chars", MAX_TEXT_CHARS)
            return
        if len(para) > budget:
            para = cut_at_sentence_end(para, budget)
            budget = 0
        else:
            budget -= len(para)
        if para:
            yield para


_SENTENCE_END = re.compile(r"[.!?。！？؟۔][\"'”’»)\]]*(?=\s|$)")


def cut_at_sentence_end(text: str, limit: int) -> str:
    """`text` cut to at most `limit` chars, ending at a sentence end ("" if there is none)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    last = None
    for last in _SENTENCE_END.finditer(head):  # noqa: B007 - we want the last match
        pass
    return head[: last.end()] if last else ""


_NEAR_WINDOW = 40  # paragraphs compared for near-duplicates (duplicates are usually close)


def _is_near_duplicate(fp: str, seen: set[str], recent: list[str]) -> bool:
    """Exact after normalisation, or ≥ 92% similar to a recent paragraph of similar length."""
    if fp in seen:
        return True
    size = len(fp)
    for other in recent[-_NEAR_WINDOW:]:
        if abs((n := len(other)) - size) <= 0.1 * (n if n > size else size) and (
            fuzz.ratio(fp, other, score_cutoff=92) >= 92
        ):
            return True
    return False


def clean_html(html: str) -> list[str]:
    """HTML → clean paragraphs. The one entry point the pipeline uses."""
    return clean_paragraphs(html_to_paragraphs(html))


_LIST_ITEM_TAG = re.compile(r"<li\b|&lt;li\b", re.IGNORECASE)
_LIST_KEY_MIN_CHARS = 12  # shorter keys would match inside ordinary sentences


def list_item_keys(html: str) -> frozenset[str]:
    """Fingerprints of the text of each `<li>` in `html` (also escaped once more, as feeds
    often write it): a standfirst's bullets or a "takeaways" box (`<p>dek</p><ul>…</ul><p>
    lede</p>`), which the summary must not splice between prose sentences. Cleaning flattens
    the markup, so the summary can only tell them by their text."""
    low = html.lower()  # every _LIST_ITEM_TAG match lower-cases to "<l…" or "&lt;l…"
    if ("<l" not in low and "&lt;l" not in low) or not _LIST_ITEM_TAG.search(html):
        return frozenset()
    if not re.search(r"<li\b", html, re.IGNORECASE):
        html = htmllib.unescape(html)
    root = HTMLParser(html).body
    if root is None:
        return frozenset()
    keys = set()
    for node in root.css("li"):
        if len(node.css("li")) > 1:  # (the selector matches the node itself too)
            continue  # a nested list: its own items are keyed
        key = fingerprint(node.text(deep=True))
        if len(key) >= _LIST_KEY_MIN_CHARS:
            keys.add(key)
    return frozenset(keys)


_NOTE_TABLE = _JUNK_TABLE["author_note"]
_NOTE_AFTER = re.compile(
    r"\s*(?:" + "|".join(
        re.escape(w) for ws in _NOTE_TABLE["after_name"].values() for w in sorted(ws, key=len)[::-1]
    ) + r")\s"
)
_NOTE_LAST = tuple(w for ws in _NOTE_TABLE["last"].values() for w in ws)
# What may stand before the name: a bracket, an asterisk, a title ("Dr", "Lt Gen (Retd) Sir")
_NOTE_OPENING = re.compile(r"^[\W_]*(?:(?:[A-Z][\w.]{0,11}|\([\w.]{1,8}\))\s+){0,4}")
# "Kevin Roy, Assistant Professor, School of Planning, University of X": a credit line, the
# name then title-case words and their joining words only
_CREDIT_TAIL = re.compile(
    r"^,\s*(?:(?:[A-ZÀ-Ý][\w.'’&-]*|of|for|and|the|at|in|de|da|do|di|del|della|für|der|des|an|"
    r"la|le|et|y|e|und)[\s,]+){1,20}$"
)
_NOTE_MAX_WORDS = 45


def _author_note(sentence: str, names: Sequence[str]) -> bool:
    """A sentence about one of `names` (the item's authors): their bio or credit line."""
    if len(sentence.split()) > _NOTE_MAX_WORDS:
        return False
    opening = _NOTE_OPENING.match(sentence)
    reach = opening.end() if opening else 0
    for name in names:
        at = sentence.find(name, 0, reach + len(name))
        if at < 0:
            continue
        after = sentence[at + len(name):]
        if _NOTE_AFTER.match(after) or _CREDIT_TAIL.match(after.rstrip(" .") + " "):
            return True
        end = re.sub(r"[\s.。۔)）]+$", "", after)  # the closing stop and bracket
        if _NOTE_LAST and end.endswith(_NOTE_LAST):
            return True
    return False


def drop_author_notes(paragraphs: list[str], authors: Sequence[str]) -> list[str]:
    """The text without the sentences that are notes about its own authors ("Marta Kowalczyk
    is a senior fellow at …", "(عمران خٹک پشاور کے صحافی ہیں۔)"): an op-ed's or a guest
    post's bio, wherever it stands (bot/data/junk.json author_note). Only full names (two
    words or more) count: an expert the text introduces is no author. The same list when
    there is no such note."""
    names = [a for a in authors if len(a.split()) >= 2]
    if not names or not any(n in p for p in paragraphs for n in names):
        return paragraphs
    kept: list[str] = []
    for para in paragraphs:
        if not any(n in para for n in names):
            kept.append(para)
            continue
        sentences = split_sentences(para)
        rest = [s for s in sentences if not _author_note(s, names)]
        if rest == sentences:
            kept.append(para)
        elif rest:
            kept.append(_join(rest))
    return kept if kept and kept != paragraphs else paragraphs
