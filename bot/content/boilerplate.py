"""Feed-level template detection: text one feed document repeats across items is its boilerplate.

Cleaning (bot/content/clean/) drops the junk it knows by its words: "The post … appeared
first on …", "Follow us on …", newsletter and podcast blurbs in the languages of
`bot/data/junk.json`. An outlet's own footer, sponsor block, sign-off, author box or reader
appeal ("Haben Sie Feedback? Schreiben Sie uns!", "Until next week, Tobias", "Broaden your
horizons…") is in nobody's list, but it gives itself away inside the feed: the same sentences
close (or open) item after item whose stories differ. This module finds them once per feed
document (`detect`, over every item's cleaned paragraphs) and cuts them from each item
(`strip`) before it is summarised. Pure CPU: a template is a frozenset of sentence keys. A poll
in steady state brings one new item, which alone repeats nothing: `learn` also takes the feed's
memory of its recent items (bytes the poller stores with the feed's state and pickles to the
pool) and returns it with the new items added, so their footer is told as in a document.

Conservative by construction:
- only a run of such sentences at the START or END of an item's text is cut: a shared sentence
  in the middle (a wire story's background paragraph) is news;
- a sentence counts once per headline (the same story twice is one vote), items whose whole
  text recurs (a duplicate, an item that is only the footer) cast no vote, and a sentence that
  shares the item's headline words ("Ukraine" in a Ukraine story) is news of that item;
- a run seen in only two items must be a block (two sentences or more) or carry a link; one
  recurring sentence of plain prose in two items (two stories ending on the same background
  line) stays;
- an item never loses all of its text.
"""

from __future__ import annotations

import hashlib
import struct
import unicodedata
from collections import defaultdict
from collections.abc import Container, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple, TypeVar

from bot.content.sentences import split_sentences
from bot.core import lazy_re as re  # compiles each pattern on first use

Template = frozenset[str]
T = TypeVar("T", str, bytes)
EMPTY: Template = frozenset()

_MIN_VOTES = 2  # items with different headlines that must repeat a sentence
_STRONG_VOTES = 3  # seen this often, a single short sentence is template too…
_LONE_SHARE = 10  # …or in a tenth of the items of a long feed (3 of 50 may be coincidence)
_MIN_RUN_WORDS = 3  # "Until next week, Tobias" is a sign-off; "Tobias" alone is not evidence
_MIN_WEAK_RUN_WORDS = 4  # a run seen twice needs some substance as well as a second sentence
_TOPICAL_TERMS = 2  # headline words a sentence must share to be the item's own news
_TERM_MIN_CHARS = 4
_MIN_TITLE_CHARS = 12  # a shorter headline ("Iran") would be found inside any sentence
_MAX_ITEMS = 200  # a feed of thousands: the newest 200 items tell its template as well

# A link as text: a URL, "site.example/path", an e-mail address, an @handle, a bare ".com" name
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|\S+@\S+\.\w+|(?<!\w)@\w{2,}"
    r"|\b[\w-]+\.(?:com|org|net)\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[\W_]+")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]+")


def _norm(text: str) -> str:
    """Case-, digit-, punctuation- and space-insensitive text: "Try it free for 30 days!" and
    "try it free for 14 days" are one key."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NON_WORD.sub(" ", _DIGITS.sub("0", text)).split())


@lru_cache(maxsize=256)
def _title_norm(title: str) -> str:
    return _norm(title)


@lru_cache(maxsize=512)  # an item's edges are keyed by `learn`, then by `strip`
def sentence_key(sentence: str, title: str = "") -> str:
    """The key of a sentence inside the item titled `title`: links become "url" and the item's
    own headline "title" ("Read 'Talks stall in Doha' on our site" repeats as a template)."""
    key = _norm(_URL.sub(" url ", sentence))
    own = _title_norm(title)
    if own and len(own) >= _MIN_TITLE_CHARS and own in key:
        key = key.replace(own, "title")
    return key


@lru_cache(maxsize=256)
def _title_terms(title: str) -> frozenset[str]:
    """The headline's content words (4+ letters), and character pairs of unspaced scripts."""
    norm = _title_norm(title)
    terms = {w for w in norm.split() if len(w) >= _TERM_MIN_CHARS and not w.isdigit()}
    for run in _UNSPACED.findall(norm):
        terms.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(terms)


def _topical(key: str, terms: frozenset[str]) -> bool:
    """Whether a sentence (its key) shares the headline's words: news of this item."""
    if not terms:
        return False
    words = set(key.split())
    shared = sum(1 for t in terms if t in words or (len(t) == 2 and t in key))
    return shared >= min(_TOPICAL_TERMS, len(terms))


def _sentences(paragraphs: Sequence[str]) -> list[tuple[int, str]]:
    """(paragraph index, sentence) of every sentence, in order."""
    return [(i, s) for i, para in enumerate(paragraphs) for s in (split_sentences(para) or [para])]


_EDGE_CHARS = 40  # a template's first (or last) characters: enough to tell it, cheap to compare


_STOPS = (". ", "? ", "! ", "。", "？", "！", "؟ ", "۔ ")  # where a sentence ends inside a block


def _mark(text: str, own_title: str, *, tail: bool) -> str:
    """The first sentence of `text` (or its last, `tail`), at most `_EDGE_CHARS` of it, without
    case, spaces, digits or the item's own headline: cheaper than `sentence_key` (no splitter,
    no NFKC, punctuation or link test), good enough to tell whether two items' edges recur."""
    text = text.casefold()
    if own_title and len(own_title) >= _MIN_TITLE_CHARS and own_title in text:
        text = text.replace(own_title, "")
    if tail:
        core = text.rstrip(" .!?。？！؟۔\"'”’)")
        cut = max(core.rfind(stop) for stop in _STOPS)
        text = text[cut + 1 :][-2 * _EDGE_CHARS :] if cut >= 0 else text[-2 * _EDGE_CHARS :]
    else:
        ends = [i for stop in _STOPS if (i := text.find(stop)) >= 0]
        text = text[: min(ends) + 1][: 2 * _EDGE_CHARS] if ends else text[: 2 * _EDGE_CHARS]
    text = "".join(_DIGITS.sub("0", text).split())
    return text[-_EDGE_CHARS:] if tail else text[:_EDGE_CHARS]


def detect(items: Sequence[tuple[str, Sequence[str]]]) -> Template:
    """The template of one feed document: keys of the sentences that open or close several of
    its items (`items`: each item's headline and cleaned paragraphs). EMPTY for a feed of one
    item, or when nothing qualifies."""
    return learn(items)[0]


# -- the feed's memory between polls --------------------------------------------------------
# A poll in steady state brings one or two new items: alone they repeat nothing, so their
# footer would pass. The feed's recent items vote too: `learn` reads a compact record of each
# (`Memory`, bytes: stored with the feed's state, pickled to the pool) and returns it with the
# new items added. A record is the item's voter (headline), the marks of its opening, ending
# and longest paragraph (`_mark`) and, when an edge recurred as it was built, the hashes of the
# keys of its first and last `_EDGE_SENTENCES` sentences: a feed without a template costs 33
# bytes an item and no sentence work; the memory holds the last `_MEMORY_ITEMS` items, about
# one feed document's worth, so the evidence is what detection over the whole document sees.
Memory = bytes
_MEMORY_ITEMS = 30
_MEMORY_VERSION = 1
_EDGE_SENTENCES = 8  # a template run is shorter; the middle of a longer item is not read
_HASH = 8
_RECORD = struct.Struct("<8s8s8s8sB")  # voter, head, tail and body marks, number of keys + 1
_GAP = b"\xff" * _HASH  # sentences not read (the middle of a long item): recur nowhere
_NONE = b"\x00" * _HASH  # no mark (an item without text)
_BLANK = b"\x01" * _HASH  # a sentence without a key (only punctuation): no vote


def _hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=_HASH).digest()


class _Item(NamedTuple):
    voter: bytes
    marks: tuple[bytes, bytes, bytes]  # opening, ending, longest paragraph
    keys: tuple[bytes, ...] | None  # None: its edges recurred nowhere when it was built


def _load(memory: Memory) -> list[_Item]:
    """The records of `memory`; none when it is empty or of another version (relearnt), the
    whole ones of a damaged one."""
    if not memory or memory[0] != _MEMORY_VERSION:
        return []
    out: list[_Item] = []
    pos, size, step = 1, len(memory), _RECORD.size
    while pos + step <= size:
        voter, head, tail, body, n = _RECORD.unpack_from(memory, pos)
        pos += step
        keys = None
        if n:
            end = pos + (n - 1) * _HASH
            if end > size:
                break
            keys = tuple(memory[i : i + _HASH] for i in range(pos, end, _HASH))
            pos = end
        out.append(_Item(voter, (head, tail, body), keys))
    return out


def _dump(records: Iterable[_Item]) -> Memory:
    parts = [bytes((_MEMORY_VERSION,))]
    for r in records:
        keys = r.keys
        if keys is not None and len(keys) > 2 * _EDGE_SENTENCES + 1:
            keys = (*keys[:_EDGE_SENTENCES], _GAP, *keys[-_EDGE_SENTENCES:])
        parts.append(_RECORD.pack(r.voter, *r.marks, 0 if keys is None else len(keys) + 1))
        if keys:
            parts.append(b"".join(keys))
    return b"".join(parts)


def _unseen(memory: Memory, hashes: Iterable[bytes]) -> bool:
    """Whether none of `hashes` (the items' marks and voters) is in a memory of this version:
    then none recurs there (a chance match of 8 bytes only costs the full reading)."""
    if not memory:
        return True
    return memory[0] == _MEMORY_VERSION and not any(memory.find(h, 1) >= 0 for h in hashes)


def _append(memory: Memory, records: Sequence[_Item]) -> Memory:
    """`memory` with `records` (keyless) added, newest last, its oldest dropped beyond
    `_MEMORY_ITEMS`: by the records' sizes, without reading them."""
    if not memory:
        return _dump(records[::-1][-_MEMORY_ITEMS:])
    starts, pos, size, step = [], 1, len(memory), _RECORD.size
    while pos + step <= size:
        starts.append(pos)
        pos += step + max(memory[pos + step - 1] - 1, 0) * _HASH
    drop = max(0, len(starts) + len(records) - _MEMORY_ITEMS)
    kept = memory[starts[drop]:] if drop < len(starts) else b""
    return memory[:1] + kept + _dump(records[::-1][-_MEMORY_ITEMS:])[1:]


def _voter(n: int, title: str, paras: Sequence[str]) -> str:
    """One vote per headline; an untitled item is its own (by its opening)."""
    return _title_norm(title) or ("#" + paras[0][:200] if paras else f"#{n}")


def _marks(title: str, paras: Sequence[str], *, body: bool = False
           ) -> tuple[bytes, bytes, bytes]:
    """The hashed marks of an item's opening, ending and (`body`: only an item whose keys are
    kept needs it, to tell its twins) longest paragraph."""
    if not paras:
        return _NONE, _NONE, _NONE
    own = title.casefold()
    marks = [("^", _mark(paras[0][: 3 * _EDGE_CHARS], own, tail=False)),
             ("$", _mark(paras[-1][-3 * _EDGE_CHARS :], own, tail=True)),
             ("=", _mark(max(paras, key=len)[: 3 * _EDGE_CHARS], own, tail=False) if body
              else "")]
    return tuple(_hash(p + m) if m else _NONE  # type: ignore[return-value]
                 for p, m in marks)


def _edge_sentences(paras: Sequence[str], head: bool, tail: bool) -> list[str | None]:
    """The item's first and last `_EDGE_SENTENCES` sentences (only the sides asked for), None
    for those between (not read); every sentence of a short item."""
    front: list[str] = []
    for para in paras:
        if len(front) > 2 * _EDGE_SENTENCES:
            break
        front.extend(split_sentences(para) or [para])
    if len(front) <= 2 * _EDGE_SENTENCES:
        return list(front)
    back: list[str] = []
    for para in reversed(paras):
        if len(back) >= _EDGE_SENTENCES:
            break
        back[:0] = split_sentences(para) or [para]
    return [*(front[:_EDGE_SENTENCES] if head else ()), None,
            *(back[-_EDGE_SENTENCES:] if tail else ())]


def learn(
    items: Sequence[tuple[str, Sequence[str]]], memory: Memory = b""
) -> tuple[Template, Memory]:
    """The template of `items` (one feed document's, or one poll's new items) with the votes of
    the feed's recent items (`memory`), and the memory with `items` added. Without a memory it
    is the template of the document alone, as `detect` gives it."""
    items = items[:_MAX_ITEMS]
    vhash = [_hash(_voter(n, title, paras)) for n, (title, paras) in enumerate(items)]
    marks = [_marks(title, paras) for title, paras in items]
    # the cheap test first: which edges recur between items with different headlines (in the
    # document alone, then with the memory's)
    mark_voters: dict[bytes, set[bytes]] = defaultdict(set)
    for v, (head, tail, _) in zip(vhash, marks, strict=True):
        mark_voters[head].add(v)
        mark_voters[tail].add(v)
    mark_voters.pop(_NONE, None)
    whole = any(len(v) >= _MIN_VOTES for v in mark_voters.values())
    if not whole and _unseen(memory, (*mark_voters, *vhash)):
        # most polls of most feeds: nothing recurs, and the memory is not even read
        return EMPTY, _append(memory, [_Item(v, m, None) for v, m in zip(vhash, marks,
                                                                         strict=True)])
    prior = _load(memory)
    renewed = set(vhash)  # an item built again (edited) replaces its record
    prior = [r for r in prior if r.voter not in renewed]
    for r in prior:
        for m in r.marks[:2]:
            if m in mark_voters:
                mark_voters[m].add(r.voter)
    texts: list[list[str | None] | None] = []
    for (title, paras), (head, tail, _) in zip(items, marks, strict=True):
        if whole:  # within the document, every item votes once one edge recurs (as always)
            texts.append([sentence_key(s, title) for _, s in _sentences(paras)])
            continue
        # with the memory only: the sides of the items whose edges recur
        at_head = len(mark_voters.get(head, ())) >= _MIN_VOTES
        at_tail = len(mark_voters.get(tail, ())) >= _MIN_VOTES
        texts.append([None if s is None else sentence_key(s, title)
                      for s in _edge_sentences(paras, at_head, at_tail)]
                     if at_head or at_tail else None)
    hashed = [None if t is None else tuple(_BLANK if k == "" else _GAP if k is None else _hash(k)
                                           for k in t) for t in texts]
    records = [_Item(v, m if h is None else _marks(title, paras, body=True), h)
               for v, m, h, (title, paras) in zip(vhash, marks, hashed, items, strict=True)]
    # the newest last (feeds list theirs first)
    updated = _dump([*prior, *records[::-1]][-_MEMORY_ITEMS:])
    if all(t is None for t in texts):
        return EMPTY, updated
    return _template(items, texts, [*prior, *records]), updated


def _template(
    items: Sequence[tuple[str, Sequence[str]]],
    texts: Sequence[list[str | None] | None],
    voted: Sequence[_Item],
) -> Template:
    """The sentence keys of `items` (`texts`, None where not read) that qualify as template,
    voted by the records of the memory and of the items (those with keys: `voted`, the items'
    last)."""
    voters: dict[bytes, set[bytes]] = defaultdict(set)
    twins: dict[tuple[bytes, bytes, bytes], set[bytes]] = defaultdict(set)
    for r in voted:
        twins[r.marks].add(r.voter)
        for key in r.keys or ():
            if key not in (_GAP, _BLANK):
                voters[key].add(r.voter)

    # an item whose every sentence recurs (the same story twice, an item that is only the
    # footer) is no evidence that the others' shared text is a template; of an item not read
    # whole, every sentence read, and its opening, ending and longest paragraph in one other
    def echo(r: _Item) -> bool:
        keys = r.keys or ()
        if _GAP in keys and (_NONE in r.marks or len(twins[r.marks]) < _MIN_VOTES):
            return False
        return all(k in (_BLANK, _GAP) or len(voters[k]) >= _MIN_VOTES for k in keys)

    echoes = {r.voter for r in voted if r.keys and echo(r)}
    votes = {k: n for k, v in voters.items() if (n := len(v - echoes)) >= _MIN_VOTES}
    if not votes:
        return EMPTY
    headlines = len({r.voter for r in voted})
    found: set[str] = set()
    for (title, _), text, r in zip(items, texts, voted[len(voted) - len(items):], strict=True):
        if text is None or r.keys is None:
            continue
        head, tail = _edges(r.keys, votes, _title_terms(title), text)
        for lo, hi in ((0, head), (len(text) - tail, len(text))):
            if hi > lo:
                run = [t for t in text[lo:hi] if t is not None]
                if _qualifies(r.keys[lo:hi], run, votes, headlines):
                    found.update(run)
    return frozenset(found)


def _edges(
    keys: Sequence[T], known: Container[T], terms: frozenset[str], text: Sequence[str | None]
) -> tuple[int, int]:
    """How many template candidates (`known`) open and close `keys` (the sentence keys `text`,
    or their hashes); a sentence of the item's own news (`_topical`) ends a run. (0, 0) when
    every sentence is one: an echo of another item, never a template of itself."""
    def run(order: Iterable[int]) -> int:
        n = 0
        for i in order:
            word = text[i]
            if keys[i] not in known or word is None or _topical(word, terms):
                break
            n += 1
        return n

    head = run(range(len(keys)))
    if head == len(keys):
        return 0, 0
    return head, run(reversed(range(len(keys))))


def _qualifies(
    run: Sequence[bytes], text: Sequence[str], votes: dict[bytes, int], headlines: int
) -> bool:
    """Whether a run of recurring sentences at an item's edge is template."""
    words = sum(len(k.split()) for k in text)
    least = min(votes[k] for k in run)
    block = len(set(run)) >= 2 or any("url" in k.split() for k in text)
    if least >= max(_STRONG_VOTES, headlines // _LONE_SHARE):
        return words >= _MIN_RUN_WORDS
    # seen in fewer items: a block of two sentences or more, or one with a link ("Follow us
    # on x.com/…"); a lone sentence of prose in two items may be stories' shared background
    return block and words >= _MIN_WEAK_RUN_WORDS


def strip(title: str, paragraphs: Sequence[str], template: Template) -> list[str]:
    """`paragraphs` without the template sentences that open or close them; the paragraphs
    unchanged when nothing matches or when nothing would be left."""
    if not template or not paragraphs:
        return list(paragraphs)
    first, last = split_sentences(paragraphs[0]), split_sentences(paragraphs[-1])
    if (sentence_key(first[0] if first else paragraphs[0], title) not in template
            and sentence_key(last[-1] if last else paragraphs[-1], title) not in template):
        return list(paragraphs)
    sentences = _sentences(paragraphs)  # (split once: the summary reads the same paragraphs)
    terms = _title_terms(title)

    def run(order: Iterable[int]) -> int:
        """`_edges`' run, keying only the sentences it reads (the edges, not the story)."""
        n = 0
        for i in order:
            key = sentence_key(sentences[i][1], title)
            if key not in template or _topical(key, terms):
                break
            n += 1
        return n

    head = run(range(len(sentences)))
    if head == len(sentences):
        return list(paragraphs)  # every sentence a template's: an echo, kept whole
    tail = run(reversed(range(len(sentences))))
    if not head and not tail:
        return list(paragraphs)
    kept: dict[int, list[str]] = defaultdict(list)
    for i, s in sentences[head : len(sentences) - tail]:
        kept[i].append(s)
    # a paragraph cut in part is its sentences left, one paragraph that lost none is as it was
    return [paragraphs[i] if len(kept[i]) == sum(1 for j, _ in sentences if j == i)
            else " ".join(kept[i]) for i in sorted(kept)]
