"""An item carrying an audio or video file: a written report that attaches its radio or TV piece
is a story; the clip, the programme page or the episode itself is not (product decision).
Told by structure (fixtures 1231, 1232): paragraphs of prose, a byline or a dateline against
an episode's own elements, short notes, an opening about the programme or the footage."""

from __future__ import annotations

import pytest

from bot.content.articles import build_article, is_story, written_report
from bot.core.types import FeedEntry, ParsedFeed

FEED = ParsedFeed(title="Example Broadcasting - World", link="https://broadcast.example/",
                  entries=())

REPORT_EN = [
    "Ministers from Chile and Argentina agreed on Thursday to open a second rail link across "
    "the Andes by 2030, their governments said after talks in Mendoza.",
    "The line would run through a new tunnel under the Cristo Redentor pass, which snow closes "
    "to road traffic for weeks every winter.",
    "Both governments said they would ask the regional development bank to finance half of the "
    "cost, estimated at four billion dollars.",
]
REPORT_TR = [
    "Gürcistan ile Azerbaycan, Hazar Denizi'nden Karadeniz'e uzanan yeni bir elektrik hattı "
    "için perşembe günü Tiflis'te anlaşma imzaladı.",
    "Enerji bakanları, hattın iki yıl içinde tamamlanacağını ve fazla elektriğin Avrupa'ya "
    "satılacağını açıkladı.",
    "Projenin maliyetinin bir kısmını Avrupa Yatırım Bankası'nın karşılaması bekleniyor.",
]
REPORT_ZH = [
    "越南和老挝星期四在河内签署协议，同意在两国边境新建三座公路口岸，以方便货物运输。",
    "两国交通部长表示，新口岸将在明年年底前投入使用，并将实行统一的海关检查程序。",
    "越南方面说，协议还包括联合打击走私和加强边境地区电力供应合作的内容。",
]


def _entry(paras: list[str], media: tuple[str, ...], *, authors: tuple[str, ...] = (),
           lead: str = "") -> FeedEntry:
    html = "".join(f"<p>{lead if i == 0 else ''}{p}</p>" for i, p in enumerate(paras))
    return FeedEntry(title="Neighbours sign a border deal", link="https://broadcast.example/n/1",
                     guid="n-1", content_html=html, authors=authors, media=media)


def _story(entry: FeedEntry) -> bool:
    return is_story(build_article(entry, FEED, feed_url="https://broadcast.example/rss"))


@pytest.mark.parametrize("paras", [REPORT_EN, REPORT_TR, REPORT_ZH], ids=["en", "tr", "zh"])
@pytest.mark.parametrize("media", [("video",), ("audio",)])
def test_a_written_report_attaching_a_file_is_a_story(paras: list[str],
                                                      media: tuple[str, ...]) -> None:
    assert _story(_entry(paras, media))


def test_two_paragraphs_with_a_byline_or_a_dateline_are_a_report() -> None:
    two = REPORT_EN[:2]
    assert not _story(_entry(two, ("video",)))
    assert _story(_entry(two, ("video",), authors=("Carla Núñez",)))
    assert _story(_entry(two, ("video",), lead="MENDOZA, Argentina (AP) — "))


@pytest.mark.parametrize(
    ("paras", "media"),
    [
        # an episode's own elements (itunes:duration, a JSON Feed attachment's duration)
        (REPORT_EN, ("audio", "episode")),
        # short notes: a caption, a presenter
        (["Crowds gathered at the border post as the first trucks crossed."], ("video",)),
        (["Analysts discuss the talks.", "With Carla Núñez."], ("audio",)),
        # an opening about the programme or the footage, in several languages
        (["In this episode, we ask what the new rail link means for the wine growers of "
          "Mendoza and for freight across the Andes.", *REPORT_EN[1:]], ("audio",)),
        (["In dieser Folge sprechen wir über die neue Bahnverbindung zwischen Chile und "
          "Argentinien und über die Folgen für den Güterverkehr.", *REPORT_EN[1:]], ("audio",)),
        (["The video shows the two ministers shaking hands in Mendoza after signing the "
          "agreement on the new rail link.", *REPORT_EN[1:]], ("video",)),
        (["Görüntüler, bakanların Tiflis'teki imza töreninden sonra basın toplantısına "
          "geçişini gösteriyor.", *REPORT_TR[1:]], ("video",)),
        (["يظهر الفيديو وزيري الطاقة خلال توقيع الاتفاق في تبليسي صباح الخميس أمام عدسات "
          "المصورين في القاعة الرئيسية.", *REPORT_TR[1:]], ("video",)),
        (["视频显示，两国交通部长在河内签署协议后握手，并参观了边境口岸的模型。", *REPORT_ZH[1:]],
         ("video",)),
    ],
    ids=["episode", "caption", "presenter", "en-episode", "de-folge", "en-video", "tr-footage",
         "ar-footage", "zh-footage"],
)
def test_the_clip_or_programme_itself_is_not(paras: list[str], media: tuple[str, ...]) -> None:
    assert not _story(_entry(paras, media))


def test_written_report_reads_structure_not_the_file() -> None:
    assert written_report(REPORT_EN, False, "")
    assert not written_report(REPORT_EN[:1], True, "")
    assert not written_report([p.rstrip(".") + " and" for p in REPORT_EN], False, "")
