"""Quoted-printable residue in an item's HTML: a CMS fed by e-mail (WordPress/Jetpack "Post by
Email", a mail-to-blog gateway) that stored the message body without undoing its transfer
encoding ('Zambia=E2=80=99s', '<img src=3D"…">', '=' soft line breaks at 76 columns mid-word).
Undone here when the text carries clear evidence of it and decodes to valid UTF-8."""

from __future__ import annotations

import binascii
from email.errors import HeaderParseError
from email.header import decode_header, make_header

from bot.core import lazy_re as re  # compiles each pattern on first use

# Evidence: an escaped UTF-8 multi-byte sequence or a soft line break inside a word ('de=\nbate')
# alone, as no hand-written HTML has them; an escaped '=' before an attribute quote or a soft
# break after a space or sign only three times (one can be a typed formula).
_STRONG = re.compile(r"=(?:[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3}|(?<=\w=)\r?\n(?=\w))")
_WEAK = re.compile(r"=3D[\"']|=\r?\n")
MIN_WEAK = 3


def undo_quoted_printable(html: str) -> str:
    """`html` with its quoted-printable transfer encoding undone (unchanged without evidence,
    or when the decoded bytes are not UTF-8)."""
    if "=" not in html or not (_STRONG.search(html) or len(_WEAK.findall(html)) >= MIN_WEAK):
        return html
    try:
        return binascii.a2b_qp(html.encode("utf-8")).decode("utf-8")
    except (UnicodeDecodeError, binascii.Error):
        return html


# RFC 2047 encoded-words ('=?UTF-8?Q?Hawai=CA=BBi_Guard?=', '=?utf-8?B?TGVp…?='): a mail-to-web
# gateway copying a mail's Subject and From headers into <title> and <dc:creator> undecoded.
_ENCODED_WORD = re.compile(r"=\?[\w.:-]+(?:\*[\w-]+)?\?[QqBb]\?[^?\s]*\?=")


def decode_encoded_words(text: str) -> str:
    """`text` with its RFC 2047 encoded-words decoded (the space between two adjacent words is
    not part of the text); unchanged without one, or when a word does not decode."""
    if "=?" not in text or not _ENCODED_WORD.search(text):
        return text
    try:
        decoded = str(make_header(decode_header(text)))
    except (HeaderParseError, UnicodeDecodeError, LookupError, binascii.Error, ValueError):
        return text
    return decoded if "\ufffd" not in decoded else text
