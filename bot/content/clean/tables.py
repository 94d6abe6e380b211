"""Cleaning's limits, the elements never read, and the junk tables (bot/data/junk.json) with
the patterns of boilerplate lines built from them."""

from __future__ import annotations

import json
import logging
from importlib import resources

from bot.content.fingerprints import LINK_CLOSE, LINK_OPEN, MARKERS
from bot.content.letters import with_variants
from bot.core import lazy_re as re  # compiles each pattern on first use

log = logging.getLogger("bot.content.clean")  # the name it had as one module

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
      # (affiliate disclosures: junk.json boilerplate_whole "affiliate", the one table for them)
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
