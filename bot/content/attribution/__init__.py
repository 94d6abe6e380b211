"""Who published an item: the original outlet, never the aggregator that carried it; and who
wrote it.

Each module imports only those above it: tables (attribution.json), links (domains, publisher,
shared and tracked links), keys (comparable names), rights (rights notices, publishers in
titles), headlines (labels around a headline), feed_titles (a name in a feed title), outlets
(resolve_outlet), authors (author fields made people), bylines (bylines in titles and texts).
This package re-exports their public names.
"""

from __future__ import annotations

from bot.content.attribution.authors import (
    OUTLET_DESK_WORDS,
    clean_authors,
    rights_holders,
    without_editors,
    without_rights_holders,
)
from bot.content.attribution.bylines import (
    byline_from_text,
    byline_from_title,
    labelled_byline,
    lead_byline,
    strip_title_byline,
)
from bot.content.attribution.feed_titles import (
    feed_outlet_name,
    host_brand,
    is_section_title,
    outlet_for_domain_name,
)
from bot.content.attribution.headlines import clean_headline, strip_headline_label
from bot.content.attribution.links import (
    ARTICLE_WORDS,
    aggregator_for_domain,
    article_link,
    community_name,
    domain_of,
    outlet_for_domain,
    publisher_link,
    shared_link,
    tracked_link,
)
from bot.content.attribution.outlets import (
    HOST_NAME_MAX_WORDS,
    MAX_CATEGORIES,
    MAX_CREDITS,
    feed_own_name,
    resolve_outlet,
)
from bot.content.attribution.rights import (
    PUBLISHER_TITLES_MIN,
    PUBLISHER_TITLES_SHARE,
    bracketed_publisher,
    bracketed_writers,
    copyright_holder,
    outlet_from_rights,
    split_title_outlet,
    titles_name_publishers,
)
from bot.content.attribution.tables import AGGREGATORS, KNOWN_OUTLETS, PROXIES

__all__ = [
    "AGGREGATORS",
    "ARTICLE_WORDS",
    "HOST_NAME_MAX_WORDS",
    "KNOWN_OUTLETS",
    "MAX_CATEGORIES",
    "MAX_CREDITS",
    "OUTLET_DESK_WORDS",
    "PROXIES",
    "PUBLISHER_TITLES_MIN",
    "PUBLISHER_TITLES_SHARE",
    "aggregator_for_domain",
    "article_link",
    "bracketed_publisher",
    "bracketed_writers",
    "byline_from_text",
    "byline_from_title",
    "clean_authors",
    "clean_headline",
    "community_name",
    "copyright_holder",
    "domain_of",
    "feed_outlet_name",
    "feed_own_name",
    "host_brand",
    "is_section_title",
    "labelled_byline",
    "lead_byline",
    "outlet_for_domain",
    "outlet_for_domain_name",
    "outlet_from_rights",
    "publisher_link",
    "resolve_outlet",
    "rights_holders",
    "shared_link",
    "split_title_outlet",
    "strip_headline_label",
    "strip_title_byline",
    "titles_name_publishers",
    "tracked_link",
    "without_editors",
    "without_rights_holders",
]
