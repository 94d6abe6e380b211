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

Each module imports only those above it: tables (limits, junk.json patterns), wire_leads,
captions_and_tails, junk_gates, html_blocks (stage 1), entities, sentence_fixes, paragraphs
(stage 2 and clean_html), author_notes. This package re-exports their public names.
"""

from __future__ import annotations

from bot.content.clean.author_notes import drop_author_notes
from bot.content.clean.captions_and_tails import drop_controls
from bot.content.clean.entities import fix_entities
from bot.content.clean.html_blocks import (
    cyrillic_stress,
    drop_invisible,
    html_to_paragraphs,
    speech_verbs,
)
from bot.content.clean.junk_gates import (
    junk_start_patterns,
    literal_gate_patterns,
    start_gate,
    whole_entries_key,
    whole_split,
)
from bot.content.clean.paragraphs import (
    clean_html,
    clean_paragraphs,
    cut_at_sentence_end,
    emphasis_keys,
    list_item_keys,
)
from bot.content.clean.sentence_fixes import (
    QUOTE_TAIL_WORDS,
    clean_title,
    cut_wire_slug,
    opens_with_dateline,
    sentence_case_lead,
)
from bot.content.clean.tables import MAX_DEPTH, MAX_HTML_CHARS, MAX_TEXT_CHARS
from bot.content.clean.wire_leads import (
    BAR_BYLINE,
    GLUED_BYLINE,
    GLUED_BYLINE_TAIL,
    GLUED_TAIL_WINDOW,
    LEAD_CREDIT,
    WRITES_BYLINE,
)
from bot.content.fingerprints import fingerprint  # its old home: callers import it from here

__all__ = [
    "BAR_BYLINE",
    "GLUED_BYLINE",
    "GLUED_BYLINE_TAIL",
    "GLUED_TAIL_WINDOW",
    "LEAD_CREDIT",
    "MAX_DEPTH",
    "MAX_HTML_CHARS",
    "MAX_TEXT_CHARS",
    "QUOTE_TAIL_WORDS",
    "WRITES_BYLINE",
    "clean_html",
    "clean_paragraphs",
    "clean_title",
    "cut_at_sentence_end",
    "cut_wire_slug",
    "cyrillic_stress",
    "drop_author_notes",
    "drop_controls",
    "drop_invisible",
    "emphasis_keys",
    "fingerprint",
    "fix_entities",
    "html_to_paragraphs",
    "junk_start_patterns",
    "list_item_keys",
    "literal_gate_patterns",
    "opens_with_dateline",
    "sentence_case_lead",
    "speech_verbs",
    "start_gate",
    "whole_entries_key",
    "whole_split",
]
