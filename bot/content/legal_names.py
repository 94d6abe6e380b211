"""Is an outlet's name a company's? A legal form ("GmbH", "Corporation", "S.p.A."), a
publisher's word ("Verlag", "Media Group") or a rights notice's phrase ("all rights reserved")
in it. One test for two readers: the digest lint reports such an outlet (bot.content.lint), and
outlet resolution checks its answer with it and takes its next candidate instead
(bot.content.attribution.outlets), so that the two cannot disagree about what a company is."""

from __future__ import annotations

from bot.core import lazy_re as re  # compiles each pattern on first use

_LEGAL = re.compile(
    r"(?:\b(?:GmbH|AG|KG|KGaA|mbH|S\.?p\.?A|S\.?r\.?l|S\.?A|S\.?L|SE|N\.?V|B\.?V|Ltd|Limited|"
    r"Inc|LLC|LLP|PLC|Corp|Corporation|Pty|Oy|AB|ASA|Medien|Verlag|Verlagsgruppe|Publishing|"
    r"Publishers|Holdings?|Media\s+Group|Mediengruppe|Editora|Editorial|Editrice|"
    r"Éditions|Group\s+Ltd)\b\.?|or its affiliated companies|all rights reserved)",
    re.IGNORECASE,
)


def legal_entity(name: str) -> str | None:
    """The words that make `name` a company's or a rights notice's ("Corporation" of "Isles
    Broadcasting Corporation"), else None."""
    m = _LEGAL.search(name)
    return m.group(0) if m else None
